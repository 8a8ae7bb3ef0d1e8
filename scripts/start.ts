// `npm start`: builds if the sources changed since the last build, migrates, seeds an empty database with the
// demo newsroom, then serves the production build on PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import { databaseTarget } from '../lib/db/url';
import { applyMigrations } from './db/engine';
import { buildIsCurrent, recordBuild } from './lib/build-state';
import { nextBin } from './lib/next-bin';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

if (!buildIsCurrent()) {
  console.log('Building the site (first start or changed sources)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  recordBuild();
}

const target = databaseTarget();
const applied = await applyMigrations(target);
if (applied.length) console.log(`Applied ${applied.length} migration(s).`);

const { db } = await import('../lib/db/client');
if ((await db.article.count()) === 0) {
  console.log('Empty database: adding the demo newsroom…');
  const { seed } = await import('../prisma/seed/seed');
  const { announceDemoAccounts } = await import('../prisma/seed/demo-accounts');
  const { mediaDir } = await import('../lib/media/storage');
  const result = await seed({ db, mediaRoot: mediaDir(), timeZone: process.env.SITE_TIME_ZONE ?? 'Europe/London', log: console.log });
  announceDemoAccounts(result.demoAccounts);
}
await db.$disconnect();

const port = process.env.PORT ?? '3000';
const server = spawn(process.execPath, [nextBin, 'start', '--port', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
