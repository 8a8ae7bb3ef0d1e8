import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, backupName, checkBackup, countRows, pruneBackups, restoreBackup, writeBackup } from '@/lib/backup/archive';
import { BACKED_UP_TABLES, delegateName } from '@/lib/backup/tables';
import { createClient, type Database, db } from '@/lib/db/client';
import { databaseTarget } from '@/lib/db/url';
import { mediaDir } from '@/lib/media/storage';
import { seed } from '@/prisma/seed/seed';
import { applyMigrations } from '@/scripts/db/engine';

// A backup of the integration database (the demo newsroom and some of everything else), restored into a new SQLite
// database: on the PostgreSQL run of this suite that is PostgreSQL → SQLite; CI's round trip does SQLite →
// PostgreSQL and compares every public page (scripts/test-restore.ts).

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-backup-it-'));
const kind = databaseTarget().kind;
let archive: string;
const clients: Database[] = [];

/** A new, migrated, empty SQLite database and an empty media folder. */
async function emptySite(name: string) {
  const target = databaseTarget(`file:${path.join(work, `${name}.db`)}`);
  await applyMigrations(target);
  const client = createClient(target);
  clients.push(client);
  return { db: client, mediaRoot: path.join(work, `${name}-media`) };
}

type Rows = Record<string, unknown>[];
const table = (client: Database, model: string) => (client as unknown as Record<string, { findMany(args: object): Promise<Rows> }>)[delegateName(model)]!;
const allRows = (client: Database, model: string, key: string[]) => table(client, model).findMany({ orderBy: key.map((field) => ({ [field]: 'asc' })) });

beforeAll(async () => {
  await seed({ db, mediaRoot: mediaDir(), demoAccounts: false });
  // Some of every table, and an author whose photo was uploaded by a newsroom account (a cycle of references).
  const article = await db.article.findFirstOrThrow({ where: { status: 'published' } });
  const user = await db.user.create({ data: { email: `backup-${Date.now()}@dateline.example`, name: 'Backup Tester', role: 'editor' } });
  const author = await db.author.findFirstOrThrow({ where: { photoId: { not: null } } });
  await db.image.update({ where: { id: author.photoId! }, data: { uploadedById: user.id } });
  await db.user.update({ where: { id: user.id }, data: { authorId: author.id } });
  await db.articleRevision.create({ data: { articleId: article.id, version: 9_001, headline: article.headline, snapshot: article.body, userId: user.id, note: 'save' } });
  await db.articleViewHour.create({ data: { articleId: article.id, hour: new Date('2026-01-01T10:00:00Z'), views: 42 } });
  await db.auditEvent.create({ data: { action: 'article.published', actorId: user.id, summary: 'backup test', ipAddress: '192.0.2.1' } });
  await db.redirect.create({ data: { fromPath: `/old/backup-${Date.now()}`, toPath: `/news/${article.slug}`, createdById: user.id } });
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
  fs.rmSync(work, { recursive: true, force: true });
});

describe('a backup', () => {
  it('holds every table and the media, and no passing state', async () => {
    archive = path.join(work, backupName());
    await writeBackup({ db, kind, mediaRoot: mediaDir(), file: archive });
    const checked = await checkBackup(archive);
    try {
      expect(checked.manifest.source).toBe(kind);
      expect(checked.manifest.tables.map((t) => t.model)).toEqual(BACKED_UP_TABLES.map((t) => t.model));
      expect(checked.manifest.media.files).toBeGreaterThan(0);
      // Nobody's session travels in a backup.
      expect(Object.keys(checked.manifest.files).some((file) => /Session|Verification/.test(file))).toBe(false);
    } finally {
      await checked.dispose();
    }
  });

  it('restores into an empty database every row as it was, and every media file', async () => {
    const site = await emptySite('restored');
    const backup = await checkBackup(archive);
    try {
      await restoreBackup({ db: site.db, mediaRoot: site.mediaRoot, backup });
    } finally {
      await backup.dispose();
    }
    for (const { model, key } of BACKED_UP_TABLES) {
      expect(await allRows(site.db, model, key), model).toEqual(await allRows(db, model, key));
    }
    const media = fs.readdirSync(mediaDir(), { recursive: true }).filter((f) => fs.statSync(path.join(mediaDir(), String(f))).isFile());
    expect(media.length).toBeGreaterThan(0);
    for (const file of media) expect(fs.readFileSync(path.join(site.mediaRoot, String(file))).equals(fs.readFileSync(path.join(mediaDir(), String(file))))).toBe(true);
    // Search works on what was restored (the index is kept by the database's own triggers).
    const story = await site.db.article.findFirstOrThrow({ where: { status: 'published' } });
    expect(story.headline).toBeTruthy();
    // So does the desk's index of headline trigrams: every restored story is in it.
    const [indexed] = await site.db.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS "n" FROM "article_headline_doc"`;
    expect(Number(indexed?.n)).toBe(await site.db.article.count());
  });

  it('is refused whole when damaged, truncated or not ours, and nothing is written', async () => {
    const site = await emptySite('refused');
    const bytes = fs.readFileSync(archive);
    const truncated = path.join(work, 'truncated.tar.gz');
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const notOurs = path.join(work, 'holiday-photos.tar.gz');
    fs.writeFileSync(notOurs, zlib.gzipSync(Buffer.from('not a tar archive at all')));
    // A data file changed after the backup was made: the checksum in the manifest no longer matches.
    const tampered = path.join(work, 'tampered.tar.gz');
    const unpacked = path.join(work, 'unpacked');
    fs.mkdirSync(unpacked);
    await tar.extract({ file: archive, cwd: unpacked });
    fs.appendFileSync(path.join(unpacked, 'data/Section.jsonl'), '{"id":"injected"}\n');
    await tar.create({ gzip: true, file: tampered, cwd: unpacked }, fs.readdirSync(unpacked));

    const refusals: Record<string, RegExp> = {
      [truncated]: /not a readable backup archive/,
      [notOurs]: /not a readable backup archive|no readable manifest/,
      [tampered]: /damaged: data\/Section\.jsonl does not match its checksum/,
      [path.join(work, 'missing.tar.gz')]: /no backup file/,
    };
    for (const [file, message] of Object.entries(refusals)) {
      await expect(checkBackup(file), path.basename(file)).rejects.toThrow(message);
      await expect(checkBackup(file)).rejects.toBeInstanceOf(BackupError);
    }
    expect(await countRows(site.db)).toBe(0);
    expect(fs.existsSync(site.mediaRoot)).toBe(false);
    // Nothing left behind in the temporary folder either.
    expect(fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('dateline-restore-')).length).toBeLessThan(50);
  });

  it('goes only into an empty database and an empty media folder', async () => {
    const site = await emptySite('occupied');
    await site.db.section.create({ data: { slug: 'already-here', name: 'Already here' } });
    const backup = await checkBackup(archive);
    try {
      await expect(restoreBackup({ db: site.db, mediaRoot: site.mediaRoot, backup })).rejects.toThrow(/database is not empty \(1 rows\)/);
      const other = await emptySite('media-occupied');
      fs.mkdirSync(other.mediaRoot, { recursive: true });
      fs.writeFileSync(path.join(other.mediaRoot, 'someone-elses.jpg'), 'x');
      await expect(restoreBackup({ db: other.db, mediaRoot: other.mediaRoot, backup })).rejects.toThrow(/media folder .* is not empty/);
      expect(await countRows(other.db)).toBe(0);
    } finally {
      await backup.dispose();
    }
    expect(await countRows(site.db)).toBe(1);
  });

  it('holds the database at one moment while the site goes on writing', async () => {
    const file = path.join(work, 'while-writing.tar.gz');
    const section = await db.section.findFirstOrThrow({ orderBy: { position: 'asc' } });
    // The backup reads through a connection of its own, as `npm run backup` beside a running site does.
    const reader = createClient();
    clients.push(reader);
    let wroteMidway = false;
    await writeBackup({
      db: reader,
      kind,
      mediaRoot: mediaDir(),
      file,
      onProgress: async (line) => {
        if (!line.startsWith('Article:')) return;
        // An editor renames a section mid-backup: not held up, and not in the archive (it was read before).
        await db.section.update({ where: { id: section.id }, data: { description: `${section.description} (renamed mid-backup)` } });
        wroteMidway = true;
      },
    });
    expect(wroteMidway).toBe(true);
    await db.section.update({ where: { id: section.id }, data: { description: section.description } });
    const checked = await checkBackup(file);
    try {
      const lines = fs.readFileSync(path.join(checked.dir, 'data/Section.jsonl'), 'utf8');
      expect(lines).not.toContain('renamed mid-backup');
    } finally {
      await checked.dispose();
    }
  });

  it('on a schedule keeps the newest archives only', async () => {
    const dir = path.join(work, 'rotation');
    fs.mkdirSync(dir);
    const names = [1, 2, 3, 4, 5].map((day) => backupName(new Date(Date.UTC(2026, 11, day, 3, 0, 0))));
    for (const name of names) fs.writeFileSync(path.join(dir, name), '');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'an operator’s own file');
    const removed = await pruneBackups(dir, 3);
    expect(removed.map((file) => path.basename(file))).toEqual([names[1], names[0]]);
    expect(fs.readdirSync(dir).sort()).toEqual([...names.slice(2), 'notes.txt'].sort());
  });
});
