// Data kept alongside the rows it derives from, filled in once for rows written before it was kept. Run after the
// migrations by `npm start` and `npm run db:migrate`; each step does nothing when there is nothing to fill.
import type { Database } from '../../lib/db/client';

export async function catchUpDerivedData(db: Database, log: (line: string) => void): Promise<void> {
  const { fillMissingExcerpts } = await import('../../lib/articles/excerpts');
  const filled = await fillMissingExcerpts(db);
  if (filled) log(`Filled in the card text of ${filled} stories written before it was kept.`);
  const { fillMissingViewDays } = await import('../../lib/analytics/backfill');
  const { siteConfig } = await import('../../lib/config/site');
  const carried = await fillMissingViewDays(db, siteConfig().timeZone);
  if (carried) log(`Counted ${carried} page views kept per hour into days for the newsroom's dashboard.`);
}
