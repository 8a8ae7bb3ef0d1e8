// The demo newsroom's readership: 30 days of page views for its published stories, so "Most read" and the
// newsroom's dashboard (/admin/insights) mean something on a fresh clone. Made up, deterministically (the same story
// gets the same history on every machine), in the shape real traffic has: a story is read most in its first hours
// and fades over days; readers come at breakfast, lunch and in the evening, hardly at night; a few stories are read
// far more than the rest.
import { HOUR_MS, insertViewHistory, SLOT_MS, type ViewCount } from '../../lib/analytics/grains';
import type { Database } from '../../lib/db/client';
import { formatClock } from '../../lib/dates/format';
import { articles as demoArticles } from './content';
import { liveBlogs } from './live-blogs';

const DAYS = 30;
/** The last two days get five-minute detail (what the dashboard's "now" and 48-hour chart read). */
const DETAILED_HOURS = 48;

/** How busy each local hour of the day is, relative to the busiest (the morning commute). */
const DAY_SHAPE = [0.1, 0.06, 0.04, 0.03, 0.04, 0.1, 0.35, 0.8, 1, 0.85, 0.7, 0.65, 0.8, 0.75, 0.6, 0.55, 0.6, 0.7, 0.8, 0.9, 0.85, 0.7, 0.45, 0.22];

/** A small seeded generator (mulberry32): the same text always draws the same numbers. */
export function randomFor(seedText: string) {
  let seed = [...seedText].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Story = { id: string; slug: string; sectionId: string; publishedAt: Date; liveState: string | null };

/** One story's views, hour by hour (the last 48 hours slot by slot) from its publication or 30 days ago to `now`. */
function historyOf(story: Story, now: Date, timeZone: string): ViewCount[] {
  const random = randomFor(story.slug);
  // Long-tailed: most stories draw a few hundred readers in their first day, one in ten several thousand.
  const reach = 40 * Math.exp(random() * 2.2) * (random() < 0.1 ? 6 : 1) * (story.liveState ? 3 : 1);
  const counts: ViewCount[] = [];
  const from = Math.max(Math.ceil(story.publishedAt.getTime() / HOUR_MS) * HOUR_MS, now.getTime() - DAYS * 24 * HOUR_MS);
  const detailedFrom = now.getTime() - DETAILED_HOURS * HOUR_MS;
  for (let hour = Math.floor(from / HOUR_MS) * HOUR_MS; hour <= now.getTime(); hour += HOUR_MS) {
    const ageHours = Math.max(0, (hour - story.publishedAt.getTime()) / HOUR_MS);
    const localHour = Number(formatClock(new Date(hour), timeZone).slice(0, 2));
    const expected = reach * (Math.exp(-ageHours / 20) + 0.015) * DAY_SHAPE[localHour]!;
    if (hour + HOUR_MS <= detailedFrom) {
      const views = Math.round(expected * (0.6 + 0.8 * random()));
      if (views > 0) counts.push({ articleId: story.id, sectionId: story.sectionId, at: new Date(hour), views });
      continue;
    }
    for (let slot = hour; slot < hour + HOUR_MS && slot <= now.getTime(); slot += SLOT_MS) {
      if (slot < story.publishedAt.getTime()) continue;
      const views = Math.round((expected / 12) * (0.3 + 1.4 * random()));
      if (views > 0) counts.push({ articleId: story.id, sectionId: story.sectionId, at: new Date(slot), views });
    }
  }
  return counts;
}

/**
 * Writes the demo's view history into a database with no views yet; returns the views written (0 when skipped).
 * Only the demo's own stories get a history: a generated archive in the same database (npm run seed:archive) has
 * its own backfill, and 30 days of hours for each of its 100,000 stories would be millions of rows.
 */
export async function seedViews(db: Database, now: Date, timeZone: string): Promise<number> {
  if ((await db.articleViewHour.count()) > 0) return 0;
  const stories = await db.article.findMany({
    where: { status: 'published', publishedAt: { lte: now }, slug: { in: [...demoArticles, ...liveBlogs].map((a) => a.slug) } },
    select: { id: true, slug: true, sectionId: true, publishedAt: true, liveState: true },
  });
  const counts = stories.flatMap((story) => historyOf({ ...story, publishedAt: story.publishedAt! }, now, timeZone));
  return insertViewHistory(db, counts, timeZone, now);
}
