import type { ReactNode } from 'react';
import { BreakingBanner } from './breaking-banner';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The reader's page frame: skip link, header with navigation, main content, footer. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#content" className="skip-link">
        Skip to content
      </a>
      <SiteHeader />
      <BreakingBanner />
      {/* data-reader turns on the reader's colour scheme (dark mode follows the system; app/globals.css). */}
      <main id="content" data-reader className="site-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
