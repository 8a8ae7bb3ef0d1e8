import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { NotFoundContent } from './not-found-content';

export const notFoundMetadata: Metadata = { title: 'Page not found', robots: { index: false } };

/**
 * What a reader page renders when there is nothing at its address. Calling notFound() from the page itself would
 * leave the HTML body empty under Cache Components (Next 16.4 sends a client-rendered recovery shell); thrown
 * inside a Suspense boundary it still sets the 404 status while the content around it stays in the HTML.
 */
export function NotFoundPage() {
  return (
    <>
      <NotFoundContent />
      <Suspense fallback={null}>
        <RespondNotFound />
      </Suspense>
    </>
  );
}

function RespondNotFound(): never {
  notFound();
}
