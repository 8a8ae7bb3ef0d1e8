// `npm run test:e2e`: prepares a fresh database (migrated and seeded), builds the site if its sources changed,
// makes sure Debian's Chromium is there, then runs Playwright. Extra arguments go to Playwright.
// `--prepare-only` stops before Playwright, and `--prepared` starts there: `npm test` (scripts/test.ts) prepares while
// the other suites run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { e2eEnv, fakeTimeLibrary } from '../e2e/env';
import { databaseTarget } from '../lib/db/url';
import { applyMigrations } from './db/engine';
import { buildIsCurrent, recordBuild } from './lib/build-state';
import { nextBin } from './lib/next-bin';

const [mode] = process.argv.slice(2).filter((arg) => arg === '--prepare-only' || arg === '--prepared');
const playwrightArgs = process.argv.slice(2).filter((arg) => arg !== mode);
const env = e2eEnv();
const run = (cmd: string, args: string[]) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.log('Installing Debian’s Chromium for the browser tests…');
  run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core']);
}

// The test of the day's turnover moves a server's clock across midnight with Debian's libfaketime.
if (!fakeTimeLibrary()) {
  console.log('Installing Debian’s faketime for the day-turnover test…');
  run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime']);
}

if (mode !== '--prepared') {
  const target = databaseTarget(env.DATABASE_URL);
  if (target.kind === 'sqlite') {
    fs.rmSync(path.dirname(target.file), { recursive: true, force: true });
  }
  fs.rmSync(env.MEDIA_DIR, { recursive: true, force: true });
  fs.rmSync(env.MAIL_OUTBOX_DIR, { recursive: true, force: true });
  await applyMigrations(target);
  run(process.execPath, [path.resolve(import.meta.dirname, '../node_modules/tsx/dist/cli.mjs'), 'prisma/seed/index.ts']);

  if (!buildIsCurrent()) {
    run(process.execPath, [nextBin, 'build']);
    recordBuild();
  }
}
if (mode === '--prepare-only') process.exit(0);

const playwright = path.resolve(import.meta.dirname, '../node_modules/@playwright/test/cli.js');
run(process.execPath, [playwright, 'test', ...playwrightArgs]);
process.exit(0);
