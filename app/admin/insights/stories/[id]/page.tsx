import { forbidden, notFound } from 'next/navigation';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminShell } from '@/components/admin/admin-shell';
import { ChartFigure } from '@/components/admin/insights/chart-figure';
import { csvPath } from '@/components/admin/insights/paths';
import { HOUR_MS } from '@/lib/analytics/grains';
import { inScope, insightsScope, storyInsights } from '@/lib/analytics/insights';
import { siteClock, storyTable } from '@/lib/analytics/insights-tables';
import { pageAccess } from '@/lib/auth/access';
import { siteConfig } from '@/lib/config/site';
import { formatDateTime } from '@/lib/dates/format';

export const metadata: Metadata = { title: 'Story insights' };

export default async function StoryInsightsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await pageAccess('/admin/insights/stories/[id]', `/admin/insights/stories/${encodeURIComponent(id)}`);
  if (!access.ok) forbidden();
  // Another writer's story is answered as if it did not exist.
  const story = (await inScope(insightsScope(access.viewer), id)) ? await storyInsights(id, new Date()) : null;
  if (!story) notFound();
  const { timeZone } = siteConfig();
  const labels = story.hours.map((p, i) => (i % 24 === 0 ? `Day ${i / 24 + 1}` : siteClock(p.hour, timeZone).slice(11)));
  const marks = story.marks.map((m) => ({ index: Math.floor((m.at.getTime() - story.hours[0]!.hour.getTime()) / HOUR_MS), label: m.label }));
  const peak = story.hours.reduce((best, p) => (p.views > best.views ? p : best), story.hours[0]!);
  return (
    <AdminShell viewer={access.viewer} title={story.headline}>
      <p className="text-sm text-muted">
        {story.publishedAt ? <>Published {formatDateTime(story.publishedAt, timeZone)}. </> : <>Not published. </>}
        <Link href={`/admin/articles/${story.id}`} className="underline">
          Open in the editor
        </Link>
        {story.status === 'published' ? (
          <>
            {' · '}
            <a href={story.url} className="underline">
              Read on the site
            </a>
          </>
        ) : null}
        {' · '}
        <Link href="/admin/insights" className="underline">
          All insights
        </Link>
      </p>
      <dl className="mt-6 grid gap-4 sm:grid-cols-2">
        <div className="rounded border border-rule bg-surface p-4" data-figure="first-week">
          <dt className="text-sm text-muted">Views in its first {story.hours.length >= 168 ? 'week' : `${story.hours.length} hours`}</dt>
          <dd className="font-serif text-3xl font-bold tabular-nums">{story.firstWeek.toLocaleString('en-GB')}</dd>
        </div>
        <div className="rounded border border-rule bg-surface p-4" data-figure="all-time">
          <dt className="text-sm text-muted">Views in all</dt>
          <dd className="font-serif text-3xl font-bold tabular-nums">{story.allTime.toLocaleString('en-GB')}</dd>
        </div>
      </dl>
      <div className="mt-8">
        <ChartFigure
          id="story"
          title="Views per hour, first 7 days"
          summary={
            peak.views === 0
              ? 'No views in the story’s first days.'
              : `Bar chart of the story’s views per hour from its publication: ${story.firstWeek.toLocaleString('en-GB')} in all; the busiest hour began at ${siteClock(peak.hour, timeZone)}, with ${peak.views.toLocaleString('en-GB')}. Dashed lines mark ${story.marks.map((m) => `${m.label.toLowerCase()} at ${siteClock(m.at, timeZone)}`).join(', ') || 'nothing'}.`
          }
          labels={labels}
          values={story.hours.map((p) => p.views)}
          marks={marks}
          labelEvery={24}
          table={storyTable(story, timeZone)}
          csvHref={csvPath('story', { story: story.id })}
        />
      </div>
    </AdminShell>
  );
}
