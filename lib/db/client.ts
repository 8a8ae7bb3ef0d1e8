import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/sqlite/client';
import { PrismaClient as PostgresPrismaClient } from './generated/postgres/client';
import { isolatedSqliteAdapter } from './sqlite-adapter';
import { type DatabaseTarget, databaseTarget } from './url';

/**
 * The one Prisma client of the app. Both generated clients come from the same model (prisma/schema.prisma), so
 * query code is written once against the SQLite client's types and runs unchanged on PostgreSQL.
 */
export type Database = PrismaClient;

/** A client of its own for `target` (the app uses `db`): for commands that read one database and write another. */
export function createClient(target: DatabaseTarget = databaseTarget()): Database {
  if (target.kind === 'postgresql') {
    // Connections are kept for five minutes idle, not node-postgres's 10 s: a publish after a quiet spell re-renders
    // the homepage with a dozen queries at once, and opening their connections again then cost the first publish
    // of the cluster suite a few hundred milliseconds of its 1 s (851 and 1,183 ms against a median of 340).
    const adapter = new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), idleTimeoutMillis: 300_000 });
    return new PostgresPrismaClient({ adapter }) as unknown as Database;
  }
  // better-sqlite3's `timeout` is SQLite's busy timeout: writers wait for each other instead of failing.
  return new PrismaClient({ adapter: isolatedSqliteAdapter({ url: target.url, timeout: 5000 }) });
}

const globalForPrisma = globalThis as unknown as { datelinePrisma?: Database };

// One client per process, in production too. Next's production server loads this module more than once (the proxy's
// bundle, the app's, instrumentation's): with a client each, one process held three SQLite connections. A page
// rendered on one connection while another request's transaction was open there read that transaction's snapshot,
// taken before an editor's save committed on another connection: a reader saw the text from before a save that had
// already returned (e2e/site/corrections.spec.ts, the typo fix, failed so about one run in four). On PostgreSQL each
// copy had a pool of its own. tests/integration/database.test.ts checks that every copy of this module shares one.
export const db: Database = (globalForPrisma.datelinePrisma ??= createClient());
