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
