import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/sqlite/client';
import { PrismaClient as PostgresPrismaClient } from './generated/postgres/client';
import { type DatabaseTarget, databaseTarget } from './url';

/**
 * The one Prisma client of the app. Both generated clients come from the same model (prisma/schema.prisma), so
 * query code is written once against the SQLite client's types and runs unchanged on PostgreSQL.
 */
export type Database = PrismaClient;

/** A client of its own for `target` (the app uses `db`): for commands that read one database and write another. */
export function createClient(target: DatabaseTarget = databaseTarget()): Database {
  if (target.kind === 'postgresql') {
    const adapter = new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresPrismaClient({ adapter }) as unknown as Database;
  }
  // better-sqlite3's `timeout` is SQLite's busy timeout: writers wait for each other instead of failing.
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.url, timeout: 5000 }) });
}

const globalForPrisma = globalThis as unknown as { datelinePrisma?: Database };

export const db: Database = globalForPrisma.datelinePrisma ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.datelinePrisma = db;
