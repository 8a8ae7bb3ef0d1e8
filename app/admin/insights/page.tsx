import { forbidden } from 'next/navigation';
import type { Metadata } from 'next';
import { AdminShell } from '@/components/admin/admin-shell';
import { ChartFigure } from '@/components/admin/insights/chart-figure';
import { HeadlineFigures } from '@/components/admin/insights/headline-figures';
import { dailySummary, hourLabels, hourlySummary, shortDay } from '@/components/admin/insights/labels';
import { csvPath } from '@/components/admin/insights/paths';
import { PeriodNav, TopSectionsList, TopStoriesList } from '@/components/admin/insights/top-lists';
import { dailyViews, headlineFigures, hourlyViews, insightsScope, topSections, topStories } from '@/lib/analytics/insights';
import { DEFAULT_PERIOD, periodSchema } from '@/lib/analytics/insights-schemas';
import { dailyTable, hourlyTable } from '@/lib/analytics/insights-tables';
import { pageAccess } from '@/lib/auth/access';
import { siteConfig } from '@/lib/config/site';

export const metadata: Metadata = { title: 'Insights' };

export default async function InsightsPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const access = await pageAccess('/admin/insights');
  if (!access.ok) forbidden();
  const asked = periodSchema.safeParse((await searchParams).period ?? DEFAULT_PERIOD);
  const period = asked.success ? asked.data : DEFAULT_PERIOD;
  const scope = insightsScope(access.viewer);
  const { timeZone } = siteConfig();
  const now = new Date();
  const [figures, hourly, daily, stories, sections] = await Promise.all([
    headlineFigures(scope, now, timeZone),
    hourlyViews(scope, now),
    dailyViews(scope, now, timeZone),
    topStories(scope, period, now, timeZone),
    topSections(scope, period, now, timeZone),
  ]);
  const what = scope.kind === 'site' ? 'the site' : 'your stories';
  return (
    <AdminShell viewer={access.viewer} title="Insights">
      <p className="max-w-3xl text-muted">
        {scope.kind === 'site' ? 'How the whole site is read. ' : 'How your stories are read: those you own or carry your byline. '}
        Views are counted from readers’ browsers without cookies or personal data; search engines, other bots and link
        prefetches are left out. New views appear within a few seconds. Times are {timeZone}.
      </p>
      {asked.success ? null : (
        <p role="alert" className="mt-4 rounded border border-accent p-3 text-sm">
          {asked.error.issues[0]?.message} Showing {period}.
        </p>
      )}
      <div className="mt-6 grid gap-8">
        <HeadlineFigures figures={figures} />
        <ChartFigure
          id="hourly"
          title="Views per hour, last 48 hours"
          summary={hourlySummary(hourly, timeZone, what)}
          labels={hourLabels(hourly, timeZone)}
          values={hourly.map((p) => p.views)}
          labelEvery={6}
          table={hourlyTable(hourly, timeZone)}
          csvHref={csvPath('hourly')}
        />
        <ChartFigure
          id="daily"
          title="Views per day, last 30 days"
          summary={dailySummary(daily, what)}
          labels={daily.map((p) => shortDay(p.day))}
          values={daily.map((p) => p.views)}
          labelEvery={5}
          table={dailyTable(daily)}
          csvHref={csvPath('daily')}
        />
        <PeriodNav current={period} />
        <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
          <TopStoriesList stories={stories} period={period} />
          <TopSectionsList sections={sections} period={period} />
        </div>
      </div>
    </AdminShell>
  );
}
