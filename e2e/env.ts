import fs from 'node:fs';
import path from 'node:path';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const root = path.resolve(import.meta.dirname, '..');
/** Where the e2e server sends IndexNow pings: e2e/indexnow-receiver.mjs, which Playwright starts beside the site. */
export const INDEXNOW_RECEIVER_PORT = Number(process.env.E2E_INDEXNOW_PORT ?? 3199);
export const E2E_INDEXNOW_KEY = 'e2e-indexnow-key-5c1a9e';

/** How every test browser (Playwright, Lighthouse) starts Debian's Chromium here: no sandbox, GPU or background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The database and media the e2e server and tests share: a scratch SQLite file unless DATABASE_URL is PostgreSQL. */
export function e2eEnv(): NodeJS.ProcessEnv & { DATABASE_URL: string; MEDIA_DIR: string; MAIL_OUTBOX_DIR: string } {
  const given = process.env.DATABASE_URL;
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: given && /^postgres/i.test(given) ? given : `file:${path.join(root, 'data/e2e/e2e.db')}`,
    MEDIA_DIR: process.env.E2E_MEDIA_DIR ?? path.join(root, 'data/e2e/media'),
    // Mail is written to this folder as .eml files (never sent): tests read invitations from it.
    MAIL_OUTBOX_DIR: path.join(root, 'data/e2e/outbox'),
    SMTP_URL: '',
    DEMO_ACCOUNTS_FILE: path.join(root, 'data/e2e/demo-accounts.txt'),
    SITE_URL: `http://127.0.0.1:${E2E_PORT}`,
    INDEXNOW_ENDPOINT: `http://127.0.0.1:${INDEXNOW_RECEIVER_PORT}/indexnow`,
    INDEXNOW_KEY: E2E_INDEXNOW_KEY,
  };
}

/** Debian's libfaketime (package `faketime`), which moves a test server's clock; undefined when not installed. */
export function fakeTimeLibrary(): string | undefined {
  const lib = '/usr/lib';
  for (const dir of fs.existsSync(lib) ? fs.readdirSync(lib) : []) {
    const file = path.join(lib, dir, 'faketime/libfaketime.so.1');
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}
