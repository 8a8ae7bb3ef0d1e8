import { describe, expect, it } from 'vitest';
import { BACKED_UP_TABLES, PASSING_TABLES } from '@/lib/backup/tables';
import { Prisma } from '@/lib/db/generated/sqlite/client';

describe('what a backup holds', () => {
  it('names every model of the schema once: backed up, or passing state left out', () => {
    const named = [...BACKED_UP_TABLES.map((t) => t.model), ...PASSING_TABLES];
    expect([...named].sort()).toEqual(Object.values(Prisma.ModelName).sort());
    expect(new Set(named).size).toBe(named.length);
  });
});
