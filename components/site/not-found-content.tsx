import Link from 'next/link';
import { getLatestArticles } from '@/lib/articles/queries';
import { isBuildPhase } from '@/lib/build-phase';
import { LatestNews } from './latest-news';

/** What a reader sees at an address with nothing there: a way home and the latest news. */
export function NotFoundContent({ latest = true }: { latest?: boolean }) {
  return (
    <div className="not-found">
      <div>
        <p className="not-found-label">Error 404</p>
        <h1>We can’t find that page</h1>
        <p className="not-found-text">
          The story may have moved or been taken down, or the address may be mistyped. Try the{' '}
          <Link href="/">
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
