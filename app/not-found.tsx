import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/site/not-found-content';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/**
 * notFound() outside the reader pages (an unknown article in the newsroom or its preview). Next sends this boundary
 * with every page of the site, so it is the message alone; addresses that match no route get
 * app/global-not-found.tsx, and reader pages their own 404 (components/site/not-found-page.tsx).
 */
export default function NotFound() {
  return (
    <main id="content" data-reader className="site-main">
      <NotFoundContent latest={false} />
    </main>
  );
}
