// `npm run db:migration -- <name>`: writes a new migration for SQLite and for PostgreSQL from the change to
// prisma/schema.prisma, in the standard prisma/**/migrations/<timestamp>_<name>/migration.sql layout.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseTarget, type DatabaseTarget } from '../../lib/db/url';
import { diffMigrationsToSchema, flavours, lockfileContent } from './engine';
import { expectedPostgresSchema } from './derive';
import { toolingPostgresUrl } from './postgres-url';

const name = (process.argv[2] ?? '').trim();
if (!/^[a-z0-9_]{1,60}$/.test(name)) {
  console.error('Usage: npm run db:migration -- <name>   (lower-case letters, digits and underscores)');
  process.exit(1);
}

fs.writeFileSync(flavours.postgresql.schemaPath, expectedPostgresSchema());
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const scratch = path.join(os.tmpdir(), `dateline-migration-${process.pid}.db`);

const targets: DatabaseTarget[] = [databaseTarget(`file:${scratch}`), databaseTarget(toolingPostgresUrl())];
for (const target of targets) {
  const flavour = flavours[target.kind];
  const sql = await diffMigrationsToSchema(target);
  if (!sql) {
    console.log(`${target.kind}: no change in the schema, no migration written`);
    continue;
  }
  const dir = path.join(flavour.migrationsDir, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql + '\n');
  fs.writeFileSync(path.join(flavour.migrationsDir, 'migration_lock.toml'), lockfileContent(flavour));
  console.log(`${target.kind}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
fs.rmSync(scratch, { force: true });
// The PostgreSQL engine never closes its pool.
process.exit(0);
