// Backup and restore: one .tar.gz (node-tar) holding the database's rows as JSON lines, in a form neither SQLite
// nor PostgreSQL shapes, the media folder, and a manifest with every file's size and SHA-256.
//
// - Backup reads every table inside one read transaction (a snapshot: SQLite in WAL mode, PostgreSQL REPEATABLE
//   READ), so the site keeps serving and writing, and the archive is the database at one moment. It is written
//   under a temporary name and renamed when complete: a killed backup never leaves a file that looks whole.
// - Restore unpacks and checks everything (manifest, sizes, checksums, the schema it was made with) before it
//   writes anything, then writes every row in one transaction into an empty database, and the media into an empty
//   folder: a corrupt, truncated or foreign archive changes nothing.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import * as tar from 'tar';
import type { Database } from '@/lib/db/client';
import type { DatabaseKind } from '@/lib/db/url';
import { BACKED_UP_TABLES, delegateName } from './tables';

export const BACKUP_FORMAT = 'dateline-backup';
export const BACKUP_VERSION = 1;
const PAGE = 500;
/** Long enough for a 100,000-story archive; the snapshot holds nobody up meanwhile. */
const TRANSACTION_MS = 60 * 60 * 1000;

export type Manifest = {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  source: DatabaseKind;
  /** Which data model the rows follow (schemaFingerprint): a restore needs the same. */
  schema: string;
  tables: { model: string; rows: number; file: string }[];
  media: { files: number; bytes: number };
  files: Record<string, { bytes: number; sha256: string }>;
};

export class BackupError extends Error {}

type Delegate = {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<unknown>;
  update(args: object): Promise<unknown>;
  count(): Promise<number>;
};
const delegate = (client: unknown, model: string) => (client as Record<string, Delegate>)[delegateName(model)]!;

/**
 * The data model the rows follow: prisma/schema.prisma without its comments and spacing, hashed. Both databases'
 * schemas derive from it, so an archive from either restores into either, but only with the same model.
 */
export async function schemaFingerprint(root = process.cwd()): Promise<string> {
  const text = await fs.readFile(path.join(root, 'prisma/schema.prisma'), 'utf8');
  const model = text
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, '').trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('\n');
  return createHash('sha256').update(model).digest('hex');
}

// Values JSON has no type for, tagged so that they come back as what they were.
function replacer(this: Record<string, unknown>, key: string, value: unknown) {
  const raw = this[key];
  if (raw instanceof Date) return { $date: raw.toISOString() };
  if (typeof raw === 'bigint') return { $bigint: raw.toString() };
  if (raw instanceof Uint8Array) return { $bytes: Buffer.from(raw).toString('base64') };
  return value;
}
function reviver(_key: string, value: unknown) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = value as Record<string, unknown>;
    if (typeof tagged.$date === 'string') return new Date(tagged.$date);
    if (typeof tagged.$bigint === 'string') return BigInt(tagged.$bigint);
    if (typeof tagged.$bytes === 'string') return Buffer.from(tagged.$bytes, 'base64');
  }
  return value;
}

async function hashFile(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** Told of each step; a backup waits for what it returns (tests write to the database mid-backup). */
/** A row's primary key as Prisma names it: `{ id }`, or `{ articleId_tagId: { articleId, tagId } }` for a compound one. */
const rowKey = (key: string[], row: Record<string, unknown>) =>
  key.length === 1 ? { [key[0]!]: row[key[0]!] } : { [key.join('_')]: Object.fromEntries(key.map((field) => [field, row[field]])) };

export type Progress = (line: string) => void | Promise<void>;

export type BackupOptions = { db: Database; kind: DatabaseKind; mediaRoot: string; file: string; onProgress?: Progress };

/** Writes the whole site to `file` (a .tar.gz) while it keeps serving; returns the manifest. */
export async function writeBackup({ db, kind, mediaRoot, file, onProgress = () => {} }: BackupOptions): Promise<Manifest> {
  const staging = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-backup-'));
  const partial = `${file}.partial`;
  try {
    await fs.mkdir(path.join(staging, 'data'));
    const tables: Manifest['tables'] = [];
    await db.$transaction(
      async (tx) => {
        for (const { model, key } of BACKED_UP_TABLES) {
          const relative = `data/${model}.jsonl`;
          const out = createWriteStream(path.join(staging, relative));
          let rows = 0;
          let cursor: Record<string, unknown> | undefined;
          for (;;) {
            const page = await delegate(tx, model).findMany({
              orderBy: key.map((field) => ({ [field]: 'asc' })),
              take: PAGE,
              ...(cursor ? { cursor, skip: 1 } : {}),
            });
            if (page.length === 0) break;
            const text = page.map((row) => JSON.stringify(row, replacer)).join('\n') + '\n';
            if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
            rows += page.length;
            cursor = rowKey(key, page.at(-1)!);
            if (page.length < PAGE) break;
          }
          await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
          tables.push({ model, rows, file: relative });
          await onProgress(`${model}: ${rows} row${rows === 1 ? '' : 's'}`);
        }
      },
      // A snapshot on PostgreSQL (the app's client is typed as SQLite's, whose only level is Serializable); SQLite's
      // read transaction in WAL mode is one already.
      { timeout: TRANSACTION_MS, maxWait: 60_000, ...(kind === 'postgresql' ? { isolationLevel: 'RepeatableRead' as unknown as 'Serializable' } : {}) },
    );

    // Media after the rows: every file a row names was stored before the row was (uploads write the file first).
    let mediaBytes = 0;
    const media = await filesUnder(mediaRoot);
    for (const relative of media) {
      const target = path.join(staging, 'media', relative);
      await fs.mkdir(path.dirname(target), { recursive: true });
      try {
        await fs.copyFile(path.join(mediaRoot, relative), target);
      } catch (error) {
        // Deleted from the library while the backup ran: not part of the snapshot either.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
    }
    const files: Manifest['files'] = {};
    for (const relative of [...tables.map((t) => t.file), ...(await filesUnder(path.join(staging, 'media'))).map((f) => `media/${f}`)]) {
      files[relative] = await hashFile(path.join(staging, relative));
      if (relative.startsWith('media/')) mediaBytes += files[relative].bytes;
    }
    const mediaFiles = Object.keys(files).filter((f) => f.startsWith('media/')).length;
    onProgress(`media: ${mediaFiles} file${mediaFiles === 1 ? '' : 's'}, ${mediaBytes} bytes`);
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      source: kind,
      schema: await schemaFingerprint(),
      tables,
      media: { files: mediaFiles, bytes: mediaBytes },
      files,
    };
    await fs.writeFile(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const entries = ['manifest.json', 'data', ...(mediaFiles > 0 ? ['media'] : [])];
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, entries);
    await fs.rename(partial, file);
    return manifest;
  } finally {
    await fs.rm(partial, { force: true });
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/** An archive unpacked into a folder of its own and checked whole; `dispose` removes the folder. */
export type CheckedBackup = { dir: string; manifest: Manifest; dispose: () => Promise<void> };

/**
 * Unpacks `file` and checks it: a readable archive of ours, every file the manifest lists there with its size and
 * checksum and nothing else, every table, and the data model this code has. Throws BackupError saying what is wrong.
 */
export async function checkBackup(file: string): Promise<CheckedBackup> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new BackupError(`There is no backup file at ${file}.`);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dateline-restore-'));
  // Retried: after a failed extraction, node-tar may still be closing files it had begun in the folder.
  const dispose = () => fs.rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  try {
    try {
      // Only plain files and folders; node-tar also refuses absolute paths and "..", so nothing lands outside `dir`.
      await tar.extract({ file, cwd: dir, strict: true, filter: (_path, entry) => 'type' in entry && (entry.type === 'File' || entry.type === 'Directory') });
    } catch (error) {
      throw new BackupError(`${path.basename(file)} is not a readable backup archive (truncated or damaged?): ${(error as Error).message}`);
    }
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    } catch {
      throw new BackupError(`${path.basename(file)} has no readable manifest: it is not a Dateline backup, or it is damaged.`);
    }
    if (manifest.format !== BACKUP_FORMAT || manifest.version !== BACKUP_VERSION) {
      throw new BackupError(`${path.basename(file)} is not a Dateline backup of version ${BACKUP_VERSION}.`);
    }
    if ((await schemaFingerprint()) !== manifest.schema) {
      throw new BackupError(
        'This backup was made by a Dateline with another data model. Restore it with the version that made it, then upgrade (npm start applies the migrations).',
      );
    }
    const expected = BACKED_UP_TABLES.map((t) => t.model).join(',');
    if (manifest.tables?.map((t) => t.model).join(',') !== expected) throw new BackupError('The backup’s manifest does not list the tables this version backs up.');
    const present = [...(await filesUnder(dir))].filter((f) => f !== 'manifest.json').sort();
    const listed = Object.keys(manifest.files ?? {}).sort();
    const missing = listed.filter((f) => !present.includes(f));
    const extra = present.filter((f) => !(f in manifest.files));
    if (missing.length > 0) throw new BackupError(`The backup is incomplete: ${missing.length} file(s) missing, e.g. ${missing[0]}.`);
    if (extra.length > 0) throw new BackupError(`The backup holds file(s) its manifest does not list, e.g. ${extra[0]}.`);
    for (const relative of listed) {
      const actual = await hashFile(path.join(dir, relative));
      const want = manifest.files[relative]!;
      if (actual.bytes !== want.bytes || actual.sha256 !== want.sha256) throw new BackupError(`The backup is damaged: ${relative} does not match its checksum.`);
    }
    return { dir, manifest, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

export type RestoreOptions = { db: Database; mediaRoot: string; backup: CheckedBackup; onProgress?: Progress };

/** Rows in the tables a restore writes: a restore goes only into a database where this is 0. */
export async function countRows(db: Database): Promise<number> {
  let total = 0;
  for (const { model } of BACKED_UP_TABLES) total += await delegate(db, model).count();
  return total;
}

/**
 * Restores a checked backup (checkBackup) into an empty, migrated database and an empty media folder. The rows are
 * written in one transaction, so a failure leaves the database as empty as it was, and the media copied for it are
 * removed again.
 */
export async function restoreBackup({ db, mediaRoot, backup, onProgress = () => {} }: RestoreOptions): Promise<Manifest> {
  const { dir, manifest } = backup;
  const copied: string[] = [];
  try {
    const rows = await countRows(db);
    if (rows > 0) throw new BackupError(`The database is not empty (${rows} rows): restore only into a new database (another DATABASE_URL).`);
    if ((await filesUnder(mediaRoot)).length > 0) throw new BackupError(`The media folder ${mediaRoot} is not empty: restore only into a new one (another MEDIA_DIR).`);
    onProgress(`checked: ${Object.keys(manifest.files).length} files, made ${manifest.createdAt} on ${manifest.source}`);

    for (const relative of Object.keys(manifest.files).filter((f) => f.startsWith('media/'))) {
      const target = path.join(mediaRoot, relative.slice('media/'.length));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.copyFile(path.join(dir, relative), target);
      copied.push(target);
    }
    if (copied.length > 0) onProgress(`media: ${copied.length} files`);

    await db.$transaction(
      async (tx) => {
        const later: { model: string; key: string[]; row: Record<string, unknown>; fields: string[] }[] = [];
        for (const { model, key, deferred = [] } of BACKED_UP_TABLES) {
          const table = manifest.tables.find((t) => t.model === model)!;
          const lines = readline.createInterface({ input: createReadStream(path.join(dir, table.file)), crlfDelay: Infinity });
          let batch: Record<string, unknown>[] = [];
          let written = 0;
          const flush = async () => {
            if (batch.length === 0) return;
            await delegate(tx, model).createMany({ data: batch });
            written += batch.length;
            batch = [];
          };
          for await (const line of lines) {
            if (!line) continue;
            const row = JSON.parse(line, reviver) as Record<string, unknown>;
            const fields = deferred.filter((field) => row[field] != null);
            if (fields.length > 0) {
              later.push({ model, key, row: { ...row }, fields });
              for (const field of fields) row[field] = null;
            }
            batch.push(row);
            if (batch.length >= PAGE) await flush();
          }
          await flush();
          if (written !== table.rows) throw new BackupError(`The backup’s ${model} table holds ${written} rows where its manifest says ${table.rows}.`);
          onProgress(`${model}: ${written} row${written === 1 ? '' : 's'}`);
        }
        for (const { model, key, row, fields } of later) {
          await delegate(tx, model).update({
            where: rowKey(key, row),
            // With its own modification time: Prisma would stamp @updatedAt with now.
            data: Object.fromEntries([...fields, ...('modifiedAt' in row ? ['modifiedAt'] : [])].map((f) => [f, row[f]])),
          });
        }
      },
      { timeout: TRANSACTION_MS, maxWait: 60_000 },
    );
    return manifest;
  } catch (error) {
    await Promise.all(copied.map((target) => fs.rm(target, { force: true })));
    throw error;
  }
}

/** The archives `npm run backup` made in `dir`, newest first. */
export async function backupsIn(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  return names
    .filter((name) => /^dateline-backup-\d{8}T\d{6}Z\.tar\.gz$/.test(name))
    .sort()
    .reverse()
    .map((name) => path.join(dir, name));
}

/** Deletes all but the newest `keep` archives in `dir`; returns what it deleted. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const old = (await backupsIn(dir)).slice(keep);
  await Promise.all(old.map((file) => fs.rm(file, { force: true })));
  return old;
}

/** "dateline-backup-20261206T201500Z.tar.gz" for `now`. */
export const backupName = (now = new Date()) => `dateline-backup-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.tar.gz`;
