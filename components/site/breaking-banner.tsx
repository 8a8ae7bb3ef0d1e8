import Link from 'next/link';
import { getBreakingNews } from '@/lib/articles/breaking';
import { isBuildPhase } from '@/lib/build-phase';

/**
 * The breaking-news banner at the top of every reader page, linking to the story an editor flagged. Its data is
 * cached on its own (getBreakingNews, tagged `breaking`), so every cached page carries that tag and drops the banner
 * when it is cleared, when it expires, or when the story is unpublished. Fixed colours (white on deep red, 7.6:1) read
 * the same in light and dark themes.
 */
export async function BreakingBanner() {
  const news = isBuildPhase() ? null : await getBreakingNews();
  if (!news) return null;
  return (
    <section aria-label="Breaking news" className="bg-[#a4161a] text-white">
      <p className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-3 px-4 py-2 sm:px-6">
        <span className="text-xs font-bold uppercase tracking-widest">Breaking</span>
        <Link href={news.url} className="font-serif text-lg font-semibold underline-offset-4 hover:underline focus-visible:outline-white">
          {news.headline}
        </Link>
      </p>
    </section>
  );
}
