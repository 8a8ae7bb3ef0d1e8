import type { Metadata } from 'next';
import Link from 'next/link';
import { getLatestArticles } from '@/lib/articles/queries';
import { LatestNews } from './latest-news';

export const removedStoryMetadata: Metadata = { title: 'Story removed', robots: { index: false } };

/**
 * What a reader sees at the address of a deleted story: a way home and the latest news, like the 404 page. The
 * proxy answers such addresses with status 410 and this content (lib/redirects/proxy-answer.ts).
 */
export function RemovedStoryContent() {
  return (
    <div className="grid gap-10 pt-10 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Error 410</p>
        <h1 className="mt-2 font-serif text-4xl font-bold">This story has been removed</h1>
        <p className="mt-4 max-w-xl text-lg text-muted">
          The story that was published at this address is no longer available. The{' '}
          <Link href="/" className="font-semibold text-ink underline">
            front page
          </Link>{' '}
          and the latest stories are below.
        </p>
      </div>
      <LatestForRemoved />
    </div>
  );
}

async function LatestForRemoved() {
  return <LatestNews articles={await getLatestArticles(10)} />;
}
