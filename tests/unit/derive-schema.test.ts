import { describe, expect, it } from 'vitest';
import { derivePostgresSchema, expectedPostgresSchema } from '@/scripts/db/derive';

const SQLITE = `generator client {
  provider = "prisma-client"
  output   = "../lib/db/generated/sqlite"
}

datasource db {
  provider = "sqlite"
}

model Article {
  id       String @id
  headline String
  @@index([headline])
  // postgresql: @@index([headline(ops: raw("gin_trgm_ops"))], type: Gin)
}
`;

describe('the PostgreSQL schema derived from the SQLite one', () => {
  it('turns a "postgresql:" comment into the attribute only PostgreSQL has, and leaves other comments be', () => {
    const postgres = derivePostgresSchema(SQLITE);
    expect(postgres).toContain('provider = "postgresql"');
    expect(postgres).toContain('"../../lib/db/generated/postgres"');
    expect(postgres).toContain('\n  @@index([headline(ops: raw("gin_trgm_ops"))], type: Gin)\n');
    expect(postgres).not.toContain('// postgresql:');
    expect(SQLITE).toContain('  // postgresql: @@index');
  });

  it('gives the desk its index of headline trigrams on PostgreSQL only', () => {
    expect(expectedPostgresSchema()).toContain('@@index([headline(ops: raw("gin_trgm_ops"))], type: Gin, map: "Article_headline_trigram_idx")');
  });
});
