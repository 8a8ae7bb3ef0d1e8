import Link from 'next/link';
import { getLatestArticles } from '@/lib/articles/queries';
import { isBuildPhase } from '@/lib/build-phase';
import { LatestNews } from './latest-news';

/** What a reader sees at an address with nothing there: a way home and the latest news. */
export function NotFoundContent({ latest = true }: { latest?: boolean }) {
  return (
    <div className="grid gap-10 pt-10 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Error 404</p>
        <h1 className="mt-2 font-serif text-4xl font-bold">We can’t find that page</h1>
        <p className="mt-4 max-w-xl text-lg text-muted">
          The story may have moved or been taken down, or the address may be mistyped. Try the{' '}
          <Link href="/" className="font-semibold text-ink underline">
            front page
          </Link>{' '}
          or one of the latest stories.
        </p>
      </div>
      {latest && <LatestForNotFound />}
    </div>
  );
}

async function LatestForNotFound() {
  return <LatestNews articles={isBuildPhase() ? [] : await getLatestArticles(10)} />;
}
