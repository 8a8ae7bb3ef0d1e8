// `npm run db:seed`: fills the database DATABASE_URL names with the demo newsroom (idempotent).
import { db } from '../../lib/db/client';
import { mediaDir } from '../../lib/media/storage';
import { announceDemoAccounts } from './demo-accounts';
import { seed } from './seed';

const result = await seed({
  db,
  mediaRoot: mediaDir(),
  timeZone: process.env.SITE_TIME_ZONE ?? 'Europe/London',
  log: (line) => console.log(line),
});
announceDemoAccounts(result.demoAccounts);
await db.$disconnect();
