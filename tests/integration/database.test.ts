import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { databaseTarget } from '@/lib/db/url';

const target = databaseTarget();

describe('the migrated database', () => {
  it.runIf(target.kind === 'sqlite')('uses SQLite’s write-ahead log', async () => {
    const rows = await db.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode');
    expect(rows[0]?.journal_mode).toBe('wal');
  });

  it('records every migration the way the Prisma CLI does', async () => {
    const rows = await db.$queryRawUnsafe<{ migration_name: string; finished_at: unknown }[]>(
      'SELECT migration_name, finished_at FROM _prisma_migrations',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });
});

describe('the database client', () => {
  it('is one per process however many copies of its module are loaded (Next loads several in production)', async () => {
    const first = await import('@/lib/db/client');
    vi.resetModules();
    const second = await import('@/lib/db/client');
    expect(second).not.toBe(first);
    expect(second.db).toBe(first.db);
  });
});

describe('a transaction', () => {
  // On SQLite the whole process shares one connection (lib/db/sqlite-adapter.ts): without the adapter's isolation,
  // the read below saw the uncommitted tag and the write below was rolled back with the transaction.
  it('is invisible to other requests until it ends, and a rollback takes none of their writes with it', async () => {
    const mine = `isolation-${randomUUID().slice(0, 8)}`;
    const theirs = `${mine}-other`;
    let inside = () => {};
    const started = new Promise<void>((resolve) => (inside = resolve));
    let finish = () => {};
    const finishing = new Promise<void>((resolve) => (finish = resolve));
    const transaction = db.$transaction(async (tx) => {
      await tx.tag.create({ data: { slug: mine, name: mine } });
      inside();
      await finishing;
      throw new Error('rolled back');
    });
    await started;
    // Another request, while the transaction stays open for a moment (Prisma's queries start when awaited).
    const read = Promise.resolve(db.tag.findUnique({ where: { slug: mine } }));
    const write = Promise.resolve(db.tag.create({ data: { slug: theirs, name: theirs } }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    finish();
    await expect(transaction).rejects.toThrow('rolled back');
    expect(await read).toBeNull();
    await write;
    expect(await db.tag.findUnique({ where: { slug: theirs } })).not.toBeNull();
    expect(await db.tag.findUnique({ where: { slug: mine } })).toBeNull();
  });
});
