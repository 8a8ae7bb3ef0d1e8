// `npm run db:migrate`: applies pending migrations to the database DATABASE_URL names (SQLite by default).
import { databaseTarget } from '../../lib/db/url';
import { applyMigrations } from './engine';

const target = databaseTarget();
const applied = await applyMigrations(target);
console.log(
  applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date.',
);
const { db } = await import('../../lib/db/client');
const { catchUpDerivedData } = await import('./catch-up');
await catchUpDerivedData(db, console.log);
// The PostgreSQL engine never closes its pool.
process.exit(0);
