// `npm run db:migrate`: applies pending migrations to the database DATABASE_URL names (SQLite by default).
import { databaseTarget } from '../../lib/db/url';
import { applyMigrations } from './engine';

const target = databaseTarget();
const applied = await applyMigrations(target);
console.log(
  applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date.',
);
const { fillMissingExcerpts } = await import('../../lib/articles/excerpts');
const { db } = await import('../../lib/db/client');
const filled = await fillMissingExcerpts(db);
if (filled) console.log(`Filled in the card text of ${filled} stories written before it was kept.`);
// The PostgreSQL engine never closes its pool.
process.exit(0);
