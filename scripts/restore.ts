// `npm run restore -- <file>`: a backup (`npm run backup`) into the empty database DATABASE_URL names (SQLite or
// PostgreSQL, whichever the backup came from) and the empty MEDIA_DIR. The archive is checked whole before anything
// is written; the database is migrated, then filled in one transaction (lib/backup/archive.ts).
import { parseArgs } from 'node:util';
import { BackupError, checkBackup, restoreBackup } from '../lib/backup/archive';
import { db } from '../lib/db/client';
import { databaseTarget, describeTarget } from '../lib/db/url';
import { mediaDir } from '../lib/media/storage';
import { applyMigrations } from './db/engine';

const USAGE = 'Usage: npm run restore -- <dateline-backup-….tar.gz>  (into the empty database DATABASE_URL and the empty MEDIA_DIR)';
const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
if (values.help || positionals.length !== 1) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}

const target = databaseTarget();
const started = performance.now();
try {
  console.error(`Checking ${positionals[0]} …`);
  const backup = await checkBackup(positionals[0]!);
  try {
    await applyMigrations(target);
    console.error(`Restoring into ${describeTarget(target)} and ${mediaDir()} …`);
    const manifest = await restoreBackup({ db, mediaRoot: mediaDir(), backup, onProgress: (line) => console.error(`  ${line}`) });
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(`Restored ${rows} rows and ${manifest.media.files} media files from the backup of ${manifest.createdAt} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await backup.dispose();
  }
} catch (error) {
  const known = error instanceof BackupError;
  console.error(`Nothing was restored: ${known ? error.message : (error as Error).stack}`);
  process.exitCode = 1;
}
process.exit();
