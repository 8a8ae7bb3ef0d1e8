import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/site/site-chrome';

// Every reader page is complete static output: rendered once (on its first request when its params were not
// known at build), then served from the full-route cache until a cache tag or lifetime ends it. A request for an
// unknown page waits for that render, so it gets the right status code (404), never a 200 fallback shell.
export const ensureStatic = 'navigation';

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
