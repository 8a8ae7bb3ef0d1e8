// `npm run db:check`: fails when the PostgreSQL schema or either migration history has drifted from
// prisma/schema.prisma. With --require-postgres (CI) an unreachable PostgreSQL server is a failure too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseTarget } from '../../lib/db/url';
import { diffMigrationsToSchema, flavours } from './engine';
import { expectedPostgresSchema } from './derive';
import { postgresReachable, toolingPostgresUrl } from './postgres-url';

const problems: string[] = [];

if (fs.readFileSync(flavours.postgresql.schemaPath, 'utf8') !== expectedPostgresSchema()) {
  problems.push('prisma/postgres/schema.prisma differs from prisma/schema.prisma: run `npm run db:derive`.');
}

const scratch = path.join(os.tmpdir(), `dateline-check-${process.pid}.db`);
const sqliteDrift = await diffMigrationsToSchema(databaseTarget(`file:${scratch}`));
fs.rmSync(scratch, { force: true });
if (sqliteDrift) problems.push(`SQLite migrations do not produce the schema; missing:\n${sqliteDrift}`);

const postgresUrl = toolingPostgresUrl();
if (await postgresReachable(postgresUrl)) {
  const pgDrift = await diffMigrationsToSchema(databaseTarget(postgresUrl));
  if (pgDrift) problems.push(`PostgreSQL migrations do not produce the schema; missing:\n${pgDrift}`);
} else if (process.argv.includes('--require-postgres')) {
  problems.push(`PostgreSQL at ${postgresUrl} is not reachable.`);
} else {
  console.warn(`PostgreSQL at ${postgresUrl} is not reachable: its migrations were not checked.`);
}

if (problems.length) {
  console.error(problems.join('\n\n'));
  process.exit(1);
}
console.log('Schemas and migrations are in step.');
process.exit(0);

