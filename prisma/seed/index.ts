// `npm run db:seed`: fills the database DATABASE_URL names with the demo newsroom (idempotent). With
// NODE_ENV=production it adds the demo content but no demo accounts unless given `--demo-accounts`.
import { parseArgs } from 'node:util';
import { db } from '../../lib/db/client';
import { mediaDir } from '../../lib/media/storage';
import { announceDemoAccounts } from './demo-accounts';
import { seed } from './seed';

const { values } = parseArgs({ options: { 'demo-accounts': { type: 'boolean', default: false } } });
const result = await seed({
  db,
  mediaRoot: mediaDir(),
  timeZone: process.env.SITE_TIME_ZONE ?? 'Europe/London',
  log: (line) => console.log(line),
  demoAccounts: process.env.NODE_ENV !== 'production' || values['demo-accounts'],
});
announceDemoAccounts(result.demoAccounts);
await db.$disconnect();
