import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/site/site-chrome';

// Search results depend on the address's query string, so unlike the reader pages in app/(site)/ (complete static
// output, `ensureStatic = 'navigation'`) they render per request. `instant = false` lets the page read its query
// outside <Suspense>: with no static shell to stream into, the server sends the finished page in one piece, and a
// reader without JavaScript gets the results, not a loading placeholder waiting for a script to swap it.
export const instant = false;

export default function SearchLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
