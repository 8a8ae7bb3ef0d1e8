import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { type ArchivePeriod, monthName, parseArchivePeriod, periodLabel } from '@/lib/archive/periods';
import { getArchiveDay, getArchiveMonth, getArchiveYear, getArchiveYears } from '@/lib/archive/queries';
import { siteConfig } from '@/lib/config/site';
import { paths } from '@/lib/routes';
import { listMetadata } from '@/lib/seo/metadata';
import { ArchivePeriodLinks, ArchiveStoryList } from './archive-list';
import { Breadcrumb, type Crumb } from './breadcrumb';
import { NotFoundPage, notFoundMetadata } from './not-found-page';

// The archive by date: /archive (years), /archive/2019 (months), /archive/2019/05 (days, and the month's stories),
// /archive/2019/05/16 (the day's stories). Periods are calendar periods in the site's time zone; an address that is
// not a real date, a period with no stories or a page past the last answers 404.

/** The route's segments as a period, or null (404). */
export const archivePeriod = (p: { year: string; month?: string; day?: string }) => parseArchivePeriod(p.year, p.month, p.day);

/** "Main » Archive » 2019 » May » Thursday, 16 May 2019": every period above this one links to its page. */
function crumbsFor(period: ArchivePeriod | null): Crumb[] {
  const crumbs: Crumb[] = [{ name: 'Main', url: paths.home() }, { name: 'Archive', url: paths.archive() }];
  if (period) crumbs.push({ name: String(period.year), url: paths.archive(String(period.year)) });
  if (period && period.kind !== 'year') crumbs.push({ name: monthName(period.month), url: paths.archive(period.key.slice(0, 7)) });
  if (period?.kind === 'day') crumbs.push({ name: periodLabel(period) });
  // The last crumb is the page itself: not a link.
  const last = crumbs[crumbs.length - 1]!;
  crumbs[crumbs.length - 1] = { name: last.name };
  return crumbs;
}

function ArchiveShell({ period, title, intro, children }: { period: ArchivePeriod | null; title: string; intro: string; children: ReactNode }) {
  return (
    <div className="pt-6">
      <Breadcrumb crumbs={crumbsFor(period)} />
      <header className="mt-4 border-b-4 border-ink pb-4">
        <h1 className="font-serif text-4xl font-bold">{title}</h1>
        <p className="mt-2 max-w-2xl text-muted">{intro}</p>
      </header>
      {children}
    </div>
  );
}

export async function ArchiveYearsPage() {
  const years = await getArchiveYears();
  return (
    <ArchiveShell period={null} title="Archive" intro={`Every story ${siteConfig().name} has published, by date.`}>
      {years.length === 0 ? <p className="mt-8 text-muted">No stories yet.</p> : <ArchivePeriodLinks label="Years" links={years} grid />}
    </ArchiveShell>
  );
}

export async function ArchiveYearPage({ period }: { period: Extract<ArchivePeriod, { kind: 'year' }> }) {
  const months = await getArchiveYear(period.key);
  if (months.length === 0) return <NotFoundPage />;
  return (
    <ArchiveShell period={period} title={`Archive: ${periodLabel(period)}`} intro={`Stories published in ${period.key}, by month.`}>
      <ArchivePeriodLinks label="Months" links={months} grid />
    </ArchiveShell>
  );
}

export async function ArchiveMonthPage({ period, page }: { period: Extract<ArchivePeriod, { kind: 'month' }>; page: number }) {
  const { days, stories } = await getArchiveMonth(period.key, page);
  if (stories.total === 0 || page > stories.pageCount) return <NotFoundPage />;
  const label = periodLabel(period);
  return (
    <ArchiveShell period={period} title={`Archive: ${label}`} intro={`Stories published in ${label}, by day.`}>
      <ArchivePeriodLinks label="Days" links={days} grid />
      <ArchiveStoryList title={`All stories of ${label}`} stories={stories} href={(p) => paths.archive(period.key, p)} showDate />
    </ArchiveShell>
  );
}

export async function ArchiveDayPage({ period, page }: { period: Extract<ArchivePeriod, { kind: 'day' }>; page: number }) {
  const stories = await getArchiveDay(period.key, page);
  if (stories.total === 0 || page > stories.pageCount) return <NotFoundPage />;
  const label = periodLabel(period);
  return (
    <ArchiveShell period={period} title={label} intro={`Stories published on ${label} (${siteConfig().timeZone} time).`}>
      <ArchiveStoryList title="Stories" stories={stories} href={(p) => paths.archive(period.key, p)} showDate={false} />
    </ArchiveShell>
  );
}

/**
 * Title, description and canonical URL of an archive page (null period: the list of years). Invalid addresses get
 * the 404 page's metadata; an empty period's page answers 404 from its component.
 */
export function archiveMetadata(period: ArchivePeriod | null, page = 1): Metadata {
  if (!period) return listMetadata('Archive', `Every story ${siteConfig().name} has published, by year, month and day.`, paths.archive(), 1);
  const label = periodLabel(period);
  return listMetadata(`Archive: ${label}`, `Stories ${siteConfig().name} published ${period.kind === 'day' ? 'on' : 'in'} ${label}.`, paths.archive(period.key, page), page);
}

export { notFoundMetadata };
