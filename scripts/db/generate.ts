// Generates the Prisma clients for SQLite and PostgreSQL (postinstall). Prisma's CLI wants a native schema
// engine it cannot download offline; generate needs none, so it is pointed at a binary that does nothing.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/usr/bin/false', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
for (const schema of ['prisma/schema.prisma', 'prisma/postgres/schema.prisma']) {
  execFileSync(process.execPath, [cli, 'generate', '--schema', schema], { stdio: 'inherit', env });
}
