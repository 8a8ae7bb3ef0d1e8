import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { NotFoundContent } from '@/components/site/not-found-content';
import { SiteChrome } from '@/components/site/site-chrome';
import { deferDuringBuild } from '@/lib/build-phase';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** Addresses that match no route at all. Prerendered at build, so its data is read at request time. */
export default function NotFound() {
  return (
    <Suspense fallback={null}>
      <DeferredAtBuild>
        <SiteChrome>
          <NotFoundContent />
        </SiteChrome>
      </DeferredAtBuild>
    </Suspense>
  );
}

async function DeferredAtBuild({ children }: { children: ReactNode }) {
  await deferDuringBuild();
  return children;
}
