// `npm run backup [-- <file or folder>]`: the whole site (every table but passing state, and the media folder) in one
// archive, while it keeps serving (lib/backup/archive.ts). Without an argument it writes
// BACKUP_DIR/dateline-backup-<time>.tar.gz and keeps the newest BACKUP_KEEP archives there (for a timer: README).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupName, pruneBackups, writeBackup } from '../lib/backup/archive';
import { db } from '../lib/db/client';
import { databaseTarget, describeTarget } from '../lib/db/url';
import { mediaDir } from '../lib/media/storage';

const USAGE = 'Usage: npm run backup [-- <file.tar.gz | folder>]  (default folder: BACKUP_DIR, ./data/backups)';
const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
if (values.help || positionals.length > 1) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
const keep = Number(process.env.BACKUP_KEEP ?? 7);
if (!Number.isSafeInteger(keep) || keep < 1) {
  console.error(`BACKUP_KEEP must be a whole number of archives, 1 or more, got "${process.env.BACKUP_KEEP}".`);
  process.exit(1);
}

const given = positionals[0];
const folder = path.resolve(given && !given.endsWith('.tar.gz') ? given : given ? path.dirname(given) : (process.env.BACKUP_DIR ?? 'data/backups'));
const file = given?.endsWith('.tar.gz') ? path.resolve(given) : path.join(folder, backupName());
fs.mkdirSync(folder, { recursive: true });

const target = databaseTarget();
const started = performance.now();
console.error(`Backing up ${describeTarget(target)} and ${mediaDir()} …`);
try {
  const manifest = await writeBackup({ db, kind: target.kind, mediaRoot: mediaDir(), file, onProgress: (line) => console.error(`  ${line}`) });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  const bytes = fs.statSync(file).size;
  console.log(`Wrote ${file}: ${rows} rows, ${manifest.media.files} media files, ${(bytes / 1048576).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  // Rotation only where this command names the archives itself.
  if (!given?.endsWith('.tar.gz')) {
    for (const old of await pruneBackups(folder, keep)) console.log(`Removed ${path.basename(old)} (keeping the newest ${keep}, BACKUP_KEEP).`);
  }
} catch (error) {
  console.error(`The backup failed, and no archive was written: ${(error as Error).message}`);
  process.exitCode = 1;
}
// The PostgreSQL adapter's pool keeps the process alive.
process.exit();
