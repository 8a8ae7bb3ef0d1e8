// The grains page views are kept at. A view is counted once, at the moment it happened, and added to each grain in
// the same transaction (lib/analytics/views.ts), so every grain agrees with the others at every moment and no
// roll-up job has to run once across instances:
// - per story per hour (ArticleViewHour): "Most read", and a story's first days on the dashboard;
// - per story per five minutes (ArticleViewSlot), kept two days: "now" and the last 30 minutes' top stories;
// - per story per day of the site's calendar (ArticleViewDay): top stories over days;
// - per section per five minutes and per day (SectionViewSlot, SectionViewDay): the whole site's totals and charts,
//   from a few hundred rows whatever the archive's size.
// The section is the story's section when it was read. Days follow the site's time zone (SITE_TIME_ZONE); five-minute
// slots never straddle a midnight, since every zone's offset is a whole multiple of five minutes.
import type { Database } from '@/lib/db/client';
import { siteDay } from '@/lib/dates/format';

export const SLOT_MS = 5 * 60_000;
export const HOUR_MS = 3_600_000;
/** Five-minute slots older than this are purged: the dashboard's 48-hour chart, the hour in progress and a margin. */
export const VIEW_SLOT_RETENTION_MS = 50 * HOUR_MS;

/** The start of the five-minute slot `at` falls in (UTC). */
export const slotOf = (at: Date) => new Date(Math.floor(at.getTime() / SLOT_MS) * SLOT_MS);
/** The start of the UTC hour `at` falls in. */
export const hourOf = (at: Date) => new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);

/** Some views of one story, read in its section, in the five minutes (or, for old history, the hour) from `at`. */
export type ViewCount = { articleId: string; sectionId: string; at: Date; views: number };

export type Grains = {
  articleHours: { articleId: string; hour: Date; views: number }[];
  articleSlots: { articleId: string; slot: Date; views: number }[];
  articleDays: { articleId: string; day: string; views: number }[];
  sectionSlots: { sectionId: string; slot: Date; views: number }[];
  sectionDays: { sectionId: string; day: string; views: number }[];
};

/**
 * The counts summed per grain, each list in a fixed order (so two instances writing at once take row locks in the
 * same order and never deadlock). Counts older than the slots' retention are left out of the slot grains.
 */
export function grainsOf(counts: ViewCount[], timeZone: string, now: Date): Grains {
  const slotsFrom = now.getTime() - VIEW_SLOT_RETENTION_MS;
  const dayOf = memoDay(timeZone);
  const sums = { articleHours: new Map(), articleSlots: new Map(), articleDays: new Map(), sectionSlots: new Map(), sectionDays: new Map() } as {
    [K in keyof Grains]: Map<string, Grains[K][number]>;
  };
  const add = <K extends keyof Grains>(grain: K, key: string, row: Grains[K][number]) => {
    const known = sums[grain].get(key);
    if (known) known.views += row.views;
    else sums[grain].set(key, row as never);
  };
  for (const { articleId, sectionId, at, views } of counts) {
    if (views <= 0) continue;
    const slot = slotOf(at);
    const hour = hourOf(at);
    const day = dayOf(slot);
    add('articleHours', `${articleId}|${hour.toISOString()}`, { articleId, hour, views });
    add('articleDays', `${articleId}|${day}`, { articleId, day, views });
    add('sectionDays', `${sectionId}|${day}`, { sectionId, day, views });
    if (slot.getTime() >= slotsFrom) {
      add('articleSlots', `${articleId}|${slot.toISOString()}`, { articleId, slot, views });
      add('sectionSlots', `${sectionId}|${slot.toISOString()}`, { sectionId, slot, views });
    }
  }
  const sorted = <K extends keyof Grains>(grain: K) => [...sums[grain].entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row) as Grains[K];
  return {
    articleHours: sorted('articleHours'),
    articleSlots: sorted('articleSlots'),
    articleDays: sorted('articleDays'),
    sectionSlots: sorted('sectionSlots'),
    sectionDays: sorted('sectionDays'),
  };
}

/** siteDay, remembered per slot within one call (a day's worth of slots share 288 answers). */
function memoDay(timeZone: string) {
  const days = new Map<number, string>();
  return (slot: Date) => {
    let day = days.get(slot.getTime());
    if (day === undefined) days.set(slot.getTime(), (day = siteDay(slot, timeZone)));
    return day;
  };
}

/**
 * Adds views to every grain with atomic increments (`views = views + n`), in one transaction: any number of app
 * instances may add to the same rows at once without losing a view.
 */
export async function addViews(db: Database, counts: ViewCount[], timeZone: string, now = new Date()): Promise<void> {
  const g = grainsOf(counts, timeZone, now);
  const increment = (views: number) => ({ views: { increment: views } });
  await db.$transaction([
    ...g.articleHours.map(({ articleId, hour, views }) =>
      db.articleViewHour.upsert({ where: { articleId_hour: { articleId, hour } }, create: { articleId, hour, views }, update: increment(views) }),
    ),
    ...g.articleSlots.map(({ articleId, slot, views }) =>
      db.articleViewSlot.upsert({ where: { articleId_slot: { articleId, slot } }, create: { articleId, slot, views }, update: increment(views) }),
    ),
    ...g.articleDays.map(({ articleId, day, views }) =>
      db.articleViewDay.upsert({ where: { articleId_day: { articleId, day } }, create: { articleId, day, views }, update: increment(views) }),
    ),
    ...g.sectionSlots.map(({ sectionId, slot, views }) =>
      db.sectionViewSlot.upsert({ where: { sectionId_slot: { sectionId, slot } }, create: { sectionId, slot, views }, update: increment(views) }),
    ),
    ...g.sectionDays.map(({ sectionId, day, views }) =>
      db.sectionViewDay.upsert({ where: { sectionId_day: { sectionId, day } }, create: { sectionId, day, views }, update: increment(views) }),
    ),
  ]);
}

/**
 * Writes a history into empty grains in bulk (the demo's views, a generated archive's): the same sums as addViews,
 * inserted in batches rather than incremented row by row.
 */
export async function insertViewHistory(
  db: Database,
  counts: ViewCount[],
  timeZone: string,
  now = new Date(),
  { only }: { only?: (keyof Grains)[] } = {},
): Promise<number> {
  const g = grainsOf(counts, timeZone, now);
  const wanted = (grain: keyof Grains) => !only || only.includes(grain);
  const batches = <T>(rows: T[]) => Array.from({ length: Math.ceil(rows.length / 5000) }, (_, i) => rows.slice(i * 5000, (i + 1) * 5000));
  if (wanted('articleHours')) for (const rows of batches(g.articleHours)) await db.articleViewHour.createMany({ data: rows });
  if (wanted('articleSlots')) for (const rows of batches(g.articleSlots)) await db.articleViewSlot.createMany({ data: rows });
  if (wanted('articleDays')) for (const rows of batches(g.articleDays)) await db.articleViewDay.createMany({ data: rows });
  if (wanted('sectionSlots')) for (const rows of batches(g.sectionSlots)) await db.sectionViewSlot.createMany({ data: rows });
  if (wanted('sectionDays')) for (const rows of batches(g.sectionDays)) await db.sectionViewDay.createMany({ data: rows });
  return g.articleDays.reduce((sum, row) => sum + row.views, 0);
}

/** Deletes five-minute counts past their retention (the hours and days they were added to stay). Idempotent. */
export async function purgeOldViewSlots(db: Database, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - VIEW_SLOT_RETENTION_MS);
  const [stories, sections] = await db.$transaction([
    db.articleViewSlot.deleteMany({ where: { slot: { lt: before } } }),
    db.sectionViewSlot.deleteMany({ where: { slot: { lt: before } } }),
  ]);
  return stories.count + sections.count;
}
