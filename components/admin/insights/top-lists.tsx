import Link from 'next/link';
import type { TopSection, TopStory } from '@/lib/analytics/insights';
import { PERIODS, type Period } from '@/lib/analytics/insights-schemas';
import { CsvHeading } from './csv-heading';
import { csvPath, insightsPath, storyInsightsPath } from './paths';

/** The period the lists cover, as links (the page works without JavaScript). */
export function PeriodNav({ current }: { current: Period }) {
  return (
    <nav aria-label="Period">
      <ul className="flex flex-wrap gap-2 text-sm">
        {(Object.keys(PERIODS) as Period[]).map((period) => (
          <li key={period}>
            <Link
              href={insightsPath(period)}
              aria-current={period === current ? 'page' : undefined}
              className={`inline-block rounded border px-3 py-1 ${period === current ? 'border-ink bg-ink text-paper' : 'border-rule hover:border-ink'}`}
            >
              {PERIODS[period]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ListHeading(props: { id: string; title: string; csvHref: string }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <CsvHeading {...props} />
    </div>
  );
}

export function TopStoriesList({ stories, period }: { stories: TopStory[]; period: Period }) {
  return (
    <section aria-labelledby="top-stories">
      <ListHeading id="top-stories" title={`Top stories · ${PERIODS[period]}`} csvHref={csvPath('top-stories', { period })} />
      {stories.length === 0 ? (
        <p className="mt-2 text-muted">No story was read in this period.</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm" data-testid="top-stories">
          <thead>
            <tr className="border-b border-ink">
              <th scope="col" className="py-1 pr-3 text-right">#</th>
              <th scope="col" className="py-1 pr-3">Story</th>
              <th scope="col" className="py-1 pr-3">Section</th>
              <th scope="col" className="py-1 text-right">Views</th>
            </tr>
          </thead>
          <tbody>
            {stories.map((story, i) => (
              <tr key={story.id} className="border-b border-rule" data-story={story.id}>
                <td className="py-1 pr-3 text-right tabular-nums">{i + 1}</td>
                <th scope="row" className="py-1 pr-3 font-normal">
                  <Link href={storyInsightsPath(story.id)} className="font-semibold hover:underline">
                    {story.headline}
                  </Link>
                  {story.status !== 'published' ? <span className="ml-2 text-xs text-muted">({story.status})</span> : null}
                </th>
                <td className="py-1 pr-3">{story.section}</td>
                <td className="py-1 text-right tabular-nums">{story.views.toLocaleString('en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function TopSectionsList({ sections, period }: { sections: TopSection[]; period: Period }) {
  return (
    <section aria-labelledby="top-sections">
      <ListHeading id="top-sections" title={`Top sections · ${PERIODS[period]}`} csvHref={csvPath('top-sections', { period })} />
      {sections.length === 0 ? (
        <p className="mt-2 text-muted">No section was read in this period.</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm" data-testid="top-sections">
          <thead>
            <tr className="border-b border-ink">
              <th scope="col" className="py-1 pr-3">Section</th>
              <th scope="col" className="py-1 pr-3">Share</th>
              <th scope="col" className="py-1 text-right">Views</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((section) => (
              <tr key={section.id} className="border-b border-rule">
                <th scope="row" className="py-1 pr-3 font-semibold">
                  {section.name}
                </th>
                <td className="py-1 pr-3">
                  <span className="flex items-center gap-2">
                    <span aria-hidden="true" className="inline-block h-2 bg-accent" style={{ width: `${Math.max(2, Math.round(section.share * 160))}px` }} />
                    {Math.round(section.share * 100)} %
                  </span>
                </td>
                <td className="py-1 text-right tabular-nums">{section.views.toLocaleString('en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
