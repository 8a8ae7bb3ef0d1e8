import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { Suspense } from 'react';
import { findRedirect } from '@/lib/redirects/queries';
import { NotFoundContent } from './not-found-content';
import { NotFoundSignal } from './not-found-signal.client';
import { RemovedStoryContent } from './removed-story-content';

export const notFoundMetadata: Metadata = { title: 'Page not found', robots: { index: false } };

/**
 * What a reader page renders when there is nothing at its address. Given the address (`path`, as the browser sends
 * it), an address that moved redirects (308; the proxy answers 301 for story-shaped addresses before this page is
 * reached) and a deleted story's address says the story was removed (`gone` says so without a lookup).
 *
 * Calling notFound() from the page itself would leave the HTML body empty under Cache Components (Next 16.4 sends
 * a client-rendered recovery shell); thrown inside a Suspense boundary it still sets the 404 status while the
 * content around it stays in the HTML. NotFoundSignal keeps that content once the browser takes over: otherwise
 * Next would swap it for app/(site)/not-found.tsx, which is sent with every reader page and so has no latest news.
 */
export async function NotFoundPage({ path, gone = false }: { path?: string; gone?: boolean }) {
  const redirect = path ? await findRedirect(path) : null;
  if (redirect?.toPath) permanentRedirect(redirect.toPath);
  // The removed-story page is served by the proxy with status 410: throwing notFound() there would make the
  // browser swap its content for the generic "not found" page once it hydrates.
  if (gone) return <RemovedStoryContent />;
  return (
    <>
      {gone || redirect ? <RemovedStoryContent /> : <NotFoundContent />}
      <NotFoundSignal>
        <Suspense fallback={null}>
          <RespondNotFound />
        </Suspense>
      </NotFoundSignal>
    </>
  );
}

function RespondNotFound(): never {
  notFound();
}
