// Views counted before the dashboard's grains existed were kept per story per hour only. Their days (per story and
// per section) are derived once from those hours, so the 30-day chart and the top stories over days cover the past
// from the first start after the upgrade. (Five-minute slots cannot be derived from hours; "now" starts empty.)
import type { Database } from '@/lib/db/client';
import { insertViewHistory, type ViewCount } from './grains';

const PAGE = 20_000;

/**
 * Fills the day grains from the hourly counts when no day has been counted yet and hours have; returns the views
 * carried over (0 when there was nothing to do). A story's views go to its present section.
 */
export async function fillMissingViewDays(db: Database, timeZone: string): Promise<number> {
  if ((await db.articleViewDay.count()) > 0 || (await db.articleViewHour.count()) === 0) return 0;
  const counts: ViewCount[] = [];
  const sections = new Map<string, string>();
  let after: { articleId: string; hour: Date } | undefined;
  for (;;) {
    const rows = await db.articleViewHour.findMany({
      orderBy: [{ articleId: 'asc' }, { hour: 'asc' }],
      take: PAGE,
      ...(after ? { cursor: { articleId_hour: after }, skip: 1 } : {}),
    });
    if (rows.length === 0) break;
    const unknown = [...new Set(rows.map((r) => r.articleId))].filter((id) => !sections.has(id));
    for (const a of await db.article.findMany({ where: { id: { in: unknown } }, select: { id: true, sectionId: true } })) sections.set(a.id, a.sectionId);
    for (const r of rows) counts.push({ articleId: r.articleId, sectionId: sections.get(r.articleId)!, at: r.hour, views: r.views });
    after = { articleId: rows.at(-1)!.articleId, hour: rows.at(-1)!.hour };
  }
  // The hours exist already: only the day grains are written (slots would be past their retention or made up).
  return insertViewHistory(db, counts, timeZone, new Date(0), { only: ['articleDays', 'sectionDays'] });
}
