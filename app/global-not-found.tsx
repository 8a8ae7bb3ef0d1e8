import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { NotFoundContent } from '@/components/site/not-found-content';
import { SiteChrome } from '@/components/site/site-chrome';
import { deferDuringBuild } from '@/lib/build-phase';
import { siteConfig } from '@/lib/config/site';
import { bodyClassName, sourceSerif } from './document';
import './globals.css';

export { viewport } from './document';

export function generateMetadata(): Metadata {
  const site = siteConfig();
  return { metadataBase: new URL(site.url), title: `Page not found | ${site.name}`, description: site.description, robots: { index: false } };
}

/**
 * Addresses that match no route at all. A root app/not-found.tsx would be sent with every page of the site
 * (Next serialises each not-found boundary into the pages under it: here the whole chrome and the latest news,
 * ~13 KB per page); this page is rendered only for such addresses. It bypasses the root layout, so it brings its
 * own <html>, styles and font. Prerendered at build, so its data is read at request time.
 */
export default function GlobalNotFound() {
  return (
    <html lang={siteConfig().language} className={sourceSerif.variable}>
      <body className={bodyClassName}>
        <Suspense fallback={null}>
          <DeferredAtBuild>
            <SiteChrome>
              <NotFoundContent />
            </SiteChrome>
          </DeferredAtBuild>
        </Suspense>
      </body>
    </html>
  );
}

async function DeferredAtBuild({ children }: { children: ReactNode }) {
  await deferDuringBuild();
  return children;
}
