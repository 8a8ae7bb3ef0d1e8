import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseTarget } from '../../lib/db/url';
import { applyMigrations } from '../../scripts/db/engine';

/**
 * Integration tests use a real database, freshly migrated: a new SQLite file by default, or the PostgreSQL
 * database DATABASE_URL names (CI creates a new one for each run).
 */
export default async function setup() {
  const given = process.env.DATABASE_URL;
  let cleanup = () => {};
  if (!given || !/^postgres/i.test(given)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-it-'));
    process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`;
    process.env.MEDIA_DIR = path.join(dir, 'media');
    process.env.MAIL_OUTBOX_DIR = path.join(dir, 'outbox');
    cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    process.env.MEDIA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-it-media-'));
    process.env.MAIL_OUTBOX_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-it-outbox-'));
  }
  // Mail goes to the outbox unless a test starts an SMTP server of its own (tests/integration/mail.test.ts).
  delete process.env.SMTP_URL;
  await applyMigrations(databaseTarget(process.env.DATABASE_URL));
  return cleanup;
}
