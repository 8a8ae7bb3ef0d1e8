import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/site/site-chrome';

// A reader's newsletter pages: the list with its forms' answers, a confirmation link, the page behind every e-mail's
// "manage" link. Each depends on its address (a token, a status in the query), so like search they render per
// request, never cached by the edge; `instant = false` sends them finished, for readers without JavaScript.
export const instant = false;

export default function SubscriberLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
