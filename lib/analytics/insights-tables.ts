// The tables behind the dashboard's charts and lists: what the page shows under each chart and what its CSV download
// holds, built in one place so the two cannot disagree. Values stay raw (numbers as numbers, times on the site's
// clock as "2026-12-07 14:00"); the page formats them for reading.
import { toDateTimeLocal } from '@/lib/dates/format';
import { hourOf } from './grains';
import type { DayPoint, HourPoint, StoryInsights, TopSection, TopStory } from './insights';

export type Cell = string | number;
export type DataTable = { columns: string[]; rows: Cell[][] };

/** "2026-12-07 14:00": an instant on the site's clock, as a spreadsheet reads it. */
export const siteClock = (at: Date, timeZone: string) => toDateTimeLocal(at, timeZone).slice(0, 16).replace('T', ' ');

export function hourlyTable(points: HourPoint[], timeZone: string): DataTable {
  return { columns: [`Hour starting (${timeZone})`, 'Views'], rows: points.map((p) => [siteClock(p.hour, timeZone), p.views]) };
}

export function dailyTable(points: DayPoint[]): DataTable {
  return { columns: ['Day', 'Views'], rows: points.map((p) => [p.day, p.views]) };
}

export function topStoriesTable(stories: TopStory[], timeZone: string): DataTable {
  return {
    columns: ['Rank', 'Headline', 'Section', 'Status', `Published (${timeZone})`, 'Views', 'Address'],
    rows: stories.map((s, i) => [i + 1, s.headline, s.section, s.status, s.publishedAt ? siteClock(s.publishedAt, timeZone) : '', s.views, s.url]),
  };
}

export function topSectionsTable(sections: TopSection[]): DataTable {
  return { columns: ['Section', 'Views', 'Share (%)'], rows: sections.map((s) => [s.name, s.views, Math.round(s.share * 1000) / 10]) };
}

/** A story's first week, hour by hour, each publication, update or correction noted in the hour it happened. */
export function storyTable(story: StoryInsights, timeZone: string): DataTable {
  const notes = new Map<number, string[]>();
  for (const mark of story.marks) {
    const hour = hourOf(mark.at).getTime();
    notes.set(hour, [...(notes.get(hour) ?? []), `${mark.label} ${siteClock(mark.at, timeZone).slice(11)}`]);
  }
  return {
    columns: [`Hour starting (${timeZone})`, 'Hours since publication', 'Views', 'Event'],
    rows: story.hours.map((p, i) => [siteClock(p.hour, timeZone), i, p.views, (notes.get(p.hour.getTime()) ?? []).join('; ')]),
  };
}
