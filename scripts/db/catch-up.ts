// Data kept alongside the rows it derives from, filled in once for rows written before it was kept. Run after the
// migrations by `npm start` and `npm run db:migrate`; each step does nothing when there is nothing to fill.
import type { Database } from '../../lib/db/client';

export async function catchUpDerivedData(db: Database, log: (line: string) => void): Promise<void> {
  const { fillStaleRenders } = await import('../../lib/articles/rendered');
  const rendered = await fillStaleRenders(db);
  if (rendered) log(`Rendered ${rendered} stories and live entries for readers (stored before this version's renderer).`);
  const { fillMissingViewDays } = await import('../../lib/analytics/backfill');
  const { siteConfig } = await import('../../lib/config/site');
  const carried = await fillMissingViewDays(db, siteConfig().timeZone);
  if (carried) log(`Counted ${carried} page views kept per hour into days for the newsroom's dashboard.`);
}
