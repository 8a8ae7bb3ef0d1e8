// `npm run import -- <wxr|rss|atom|dateline> <file or URL> [options]`: brings another site's archive in
// (lib/import/). Prints progress as it goes and a summary of what was created, skipped and refused, and why.
// Safe to run again: what is already here is skipped, so a run that stopped carries on where it stopped.
import { parseArgs } from 'node:util';
import { applyMigrations } from './db/engine';
import { databaseTarget, describeTarget } from '../lib/db/url';

const USAGE = `Usage: npm run import -- <format> <file or URL> [options]
  format                 wxr (a WordPress export), rss or atom (a feed), dateline (a Dateline content export)
  --section <from>=<to>  put the old site's category <from> (its slug or name) in this site's section <to> (a slug);
                         repeat for each. Categories not mapped go to a section of the same slug or name, made if missing.
  --default-section <s>  the section for stories with no category (default: the site's first section)
  --uploads <folder>     a copy of the old site's uploads folder (WordPress: wp-content/uploads; Dateline: its media
                         folder, MEDIA_DIR): pictures are read from it before anything is downloaded
  --download-media       download pictures from their addresses in the file when not found in --uploads
  --as <email>           the administrator the import is recorded under (default: the first administrator)
  --time-zone <zone>     the old site's time zone, for WordPress dates stored only in local time (default: SITE_TIME_ZONE)`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    section: { type: 'string', multiple: true },
    'default-section': { type: 'string' },
    uploads: { type: 'string' },
    'download-media': { type: 'boolean' },
    as: { type: 'string' },
    'time-zone': { type: 'string' },
    // For /admin/import (lib/import/background.ts): the ImportRun to record into, and a last line with the cache tags.
    run: { type: 'string' },
    'report-tags': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
const formats = { wxr: 'wxr', rss: 'rss', atom: 'rss', dateline: 'dateline' } as const;
const [formatName, location] = positionals;
if (values.help || positionals.length !== 2 || !(formatName! in formats)) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
const sectionMap: Record<string, string> = {};
for (const pair of values.section ?? []) {
  const at = pair.lastIndexOf('=');
  if (at < 1) {
    console.error(`--section takes <old category>=<section slug>, got "${pair}".`);
    process.exit(1);
  }
  sectionMap[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
}
if (values['time-zone']) process.env.SITE_TIME_ZONE = values['time-zone'];

const target = databaseTarget();
await applyMigrations(target);
const { db } = await import('../lib/db/client');
const { runImport } = await import('../lib/import/run');
const { BATCH_SIZE } = await import('../lib/import/write');
const { readImportSource } = await import('../lib/import/source');

const admin = await db.user.findFirst({
  where: { role: 'administrator', status: 'active', ...(values.as ? { email: values.as } : {}) },
  orderBy: { createdAt: 'asc' },
});
if (!admin) {
  console.error(values.as ? `No active administrator has the email ${values.as}.` : 'There is no administrator to record the import under: create one with npm run admin:create.');
  process.exit(1);
}
const viewer = { userId: admin.id, sessionId: 'command-line', name: admin.name, email: admin.email, role: 'administrator' as const, authorId: admin.authorId };

console.error(`Importing ${location} (${formatName}) into ${describeTarget(target)} …`);
const started = performance.now();
const result = await runImport({
  format: formats[formatName as keyof typeof formats],
  origin: location!,
  runId: values.run,
  read: () => readImportSource(location!),
  viewer,
  context: { request: { ip: null, userAgent: 'npm run import' } },
  sectionMap,
  defaultSection: values['default-section'],
  uploadsDir: values.uploads,
  downloadMedia: values['download-media'] ?? false,
  onProgress: (p) => console.error(`  ${p.done.toLocaleString('en-GB')} / ${p.total.toLocaleString('en-GB')}: ${p.created} created, ${p.skipped} skipped, ${p.refused} refused`),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (!result.ok) {
  console.error(`Refused: ${result.message}`);
  await db.$disconnect();
  process.exit(1);
}
const { summary } = result;
const { describeSummary } = await import('../lib/import/run');
for (const note of summary.notes.filter((n) => n.outcome !== 'skipped' || n.reason !== 'Already imported.').slice(0, 200)) {
  console.log(`  ${note.outcome}: ${note.item}: ${note.reason}`);
}
console.log(`Done in ${seconds} s: ${describeSummary(summary)}`);
console.log(`The longest write held the database for ${Math.round(summary.longestTransactionMs)} ms (batches of ${BATCH_SIZE} stories).`);
if (values['report-tags']) {
  const { TAGS_LINE_PREFIX } = await import('../lib/import/background');
  console.log(TAGS_LINE_PREFIX + JSON.stringify(summary.expiredTags));
}
if (!process.env.REDIS_URL && summary.created > 0 && !values.run) {
  console.log('A running site without REDIS_URL keeps its cached pages until they expire (15 minutes at most); restart it to show the import at once.');
}
await db.$disconnect();
process.exit(0);
