// `npm start`: builds if the sources changed since the last build, migrates, seeds an empty database with the
// demo newsroom, then serves the production build on PORT (default 3000) through server.mjs.
//
// With NODE_ENV=production it is an operator's start: it refuses without BETTER_AUTH_SECRET and SITE_URL, and
// an empty database stays empty (no demo content, no demo accounts with their passwords in the log) unless
// `npm start -- --demo` asks for the demo.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databaseTarget } from '../lib/db/url';
import { applyMigrations } from './db/engine';
import { buildIsCurrent, recordBuild } from './lib/build-state';
import { nextBin } from './lib/next-bin';

const { values } = parseArgs({ options: { demo: { type: 'boolean', default: false } } });
const production = process.env.NODE_ENV === 'production';
const missing = production ? ['BETTER_AUTH_SECRET', 'SITE_URL'].filter((name) => !process.env[name]) : [];
if (missing.length > 0) {
  console.error(
    `NODE_ENV=production needs ${missing.join(' and ')}: set BETTER_AUTH_SECRET to 32+ random characters ` +
      '(e.g. `openssl rand -base64 32`) and SITE_URL to the public address, e.g. https://news.example.org.',
  );
  process.exit(1);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

if (!buildIsCurrent()) {
  console.log('Building the site (first start or changed sources)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
  recordBuild();
}

const target = databaseTarget();
const applied = await applyMigrations(target);
if (applied.length) console.log(`Applied ${applied.length} migration(s).`);

const { db } = await import('../lib/db/client');
const { catchUpDerivedData } = await import('./db/catch-up');
await catchUpDerivedData(db, console.log);
if ((await db.article.count()) === 0) {
  if (production && !values.demo) {
    console.log('The database is empty. Create the first administrator with `npm run admin:create -- --email … --name …`.');
  } else {
    console.log('Empty database: adding the demo newsroom…');
    const { seed } = await import('../prisma/seed/seed');
    const { announceDemoAccounts } = await import('../prisma/seed/demo-accounts');
    const { mediaDir } = await import('../lib/media/storage');
    const result = await seed({ db, mediaRoot: mediaDir(), timeZone: process.env.SITE_TIME_ZONE ?? 'Europe/London', log: console.log });
    announceDemoAccounts(result.demoAccounts);
  }
}
await db.$disconnect();

const port = process.env.PORT ?? '3000';
const server = spawn(process.execPath, [path.resolve(import.meta.dirname, '../server.mjs'), '--port', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
