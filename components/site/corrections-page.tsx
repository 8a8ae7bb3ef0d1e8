import type { Metadata } from 'next';
import Link from 'next/link';
import { getCorrections } from '@/lib/changelog/queries';
import { siteConfig } from '@/lib/config/site';
import { paths } from '@/lib/routes';
import { listMetadata } from '@/lib/seo/metadata';
import { Breadcrumb } from './breadcrumb';
import { DateText } from './date-text';
import { NotFoundPage } from './not-found-page';
import { Pagination } from './pagination';

const INTRO = 'When we get something wrong, we correct it and say so. Every correction, newest first.';

/** /corrections: every correction on a story readers can see, newest first, with the story, its time and the note. */
export async function CorrectionsPage({ page }: { page: number }) {
  const list = await getCorrections(page);
  if (page > list.pageCount) return <NotFoundPage />;
  return (
    <div className="mx-auto max-w-3xl pt-6">
      <Breadcrumb crumbs={[{ name: 'Main', url: paths.home() }, { name: 'Corrections' }]} />
      <header className="mt-4 border-b-4 border-ink pb-4">
        <h1 className="font-serif text-4xl font-bold">Corrections</h1>
        <p className="mt-2 text-muted">{INTRO}</p>
      </header>
      {list.items.length === 0 ? (
        <p className="mt-8 text-muted">No corrections have been published.</p>
      ) : (
        <ol className="divide-y divide-rule">
          {list.items.map((entry) => (
            <li key={entry.id} className="py-5">
              <h2 className="font-serif text-xl font-bold leading-snug">
                <Link href={entry.article.url} className="hover:underline">
                  {entry.article.headline}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-muted">
                Corrected <DateText date={entry.at} format="dateTime" />
              </p>
              <p className="mt-2 whitespace-pre-line">{entry.note}</p>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} href={paths.corrections} />
    </div>
  );
}

export function correctionsMetadata(page: number): Metadata {
  return listMetadata('Corrections', `Corrections published by ${siteConfig().name}: ${INTRO}`, paths.corrections(page), page);
}
