import Link from 'next/link';
import type { ArchiveLink, ArchiveStory } from '@/lib/archive/queries';
import type { Page } from '@/lib/articles/types';
import { DateText } from './date-text';
import { Pagination } from './pagination';

const plural = (count: number) => `${count} ${count === 1 ? 'story' : 'stories'}`;

/** Links to the shorter periods of a period (years, months or days), each with its number of stories. */
export function ArchivePeriodLinks({ label, links, grid = false }: { label: string; links: ArchiveLink[]; grid?: boolean }) {
  return (
    <nav aria-label={label} className="mt-6">
      <ul className={grid ? 'grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-6' : 'grid gap-3 sm:grid-cols-3 lg:grid-cols-4'}>
        {links.map((link) => (
          <li key={link.key} className="rounded border border-rule px-3 py-2">
            <Link href={link.url} className="font-serif text-lg font-bold hover:underline">
              {link.label}
            </Link>
            <span className="block text-sm text-muted">{plural(link.count)}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A period's stories, newest first: time, section and headline; paginated with stable addresses. */
export function ArchiveStoryList({ title, stories, href, showDate }: { title: string; stories: Page<ArchiveStory>; href: (page: number) => string; showDate: boolean }) {
  return (
    <section aria-labelledby="archive-stories" className="mt-10">
      <h2 id="archive-stories" className="border-b border-rule pb-2 font-serif text-2xl font-bold">
        {title} <span className="text-base font-normal text-muted">({plural(stories.total)})</span>
      </h2>
      <ol className="divide-y divide-rule">
        {stories.items.map((story) => (
          <li key={story.id} className="py-4">
            <p className="text-xs font-semibold uppercase tracking-wide text-accent">
              <Link href={story.section.url} className="hover:underline">
                {story.section.name}
              </Link>{' '}
              <span className="font-normal normal-case tracking-normal text-muted">
                · <DateText date={story.publishedAt} format={showDate ? 'dateTime' : 'clock'} />
              </span>
            </p>
            <h3 className="mt-1 font-serif text-xl font-bold leading-snug">
              <Link href={story.url} className="hover:underline">
                {story.headline}
              </Link>
            </h3>
            {story.standfirst && <p className="mt-1 text-muted">{story.standfirst}</p>}
          </li>
        ))}
      </ol>
      <Pagination page={stories.page} pageCount={stories.pageCount} href={href} />
    </section>
  );
}
