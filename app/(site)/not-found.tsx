import { NotFoundContent } from '@/components/site/not-found-content';

/**
 * Next sends this boundary with every reader page, so it carries no list: the reader pages' own 404s
 * (components/site/not-found-page.tsx) show the latest news, and only notFound() thrown elsewhere (the build's
 * placeholder addresses) lands here.
 */
export default function SiteNotFound() {
  return <NotFoundContent latest={false} />;
}
