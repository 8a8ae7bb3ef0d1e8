// Driver-adapter factories for the WebAssembly schema engine (migrations without Prisma's native engines).
// See ../shared/notes/offline-toolchain.md for why each workaround exists.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import type { DatabaseTarget } from '../../lib/db/url';

export type ClosableFactory = SqlMigrationAwareDriverAdapterFactory & { close(): Promise<void> };

/**
 * The engine never disposes the connections it opens (an SQLite file stays locked, a pg pool stays open), so the
 * factory remembers them and `close()` releases them all.
 */
export function migrationAdapterFactory(target: DatabaseTarget): ClosableFactory {
  const factory = target.kind === 'sqlite' ? sqliteFactory(target.file) : postgresFactory(target.url);
  const opened: SqlDriverAdapter[] = [];
  const track = async (adapter: Promise<SqlDriverAdapter>) => {
    const connected = await adapter;
    opened.push(connected);
    return connected;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(factory.connectToShadowDb()),
    close: async () => {
      for (const adapter of opened.splice(0)) await adapter.dispose().catch(() => {});
      await factory.close();
    },
  };
}

function sqliteFactory(file: string): ClosableFactory {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // SQLite's busy timeout: the engine waits for another process's write instead of failing (WASM_ERROR SocketTimeout).
  const main = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 60_000 });
  const shadow = new PrismaBetterSqlite3({ url: ':memory:' });
  return {
    provider: 'sqlite',
    adapterName: main.adapterName,
    connect: () => main.connect(),
    // The engine replays each migration.sql through executeRaw, which better-sqlite3 runs one statement at a
    // time; a multi-statement migration must go through executeScript instead.
    connectToShadowDb: async () => {
      const adapter = await shadow.connect();
      const executeRaw = adapter.executeRaw.bind(adapter);
      adapter.executeRaw = async (query) => {
        if (query.args.length === 0) {
          await adapter.executeScript(query.sql);
          return 0;
        }
        return executeRaw(query);
      };
      return adapter;
    },
    close: async () => {},
  };
}

/** pg reports PostgreSQL's internal `"char"` type (OID 18), which the adapter rejects; text (OID 25) reads the same. */
class CharAsTextClient extends pg.Client {
  // pg's query() has callback and promise forms; both are kept.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(config: any, values?: any, callback?: any): any {
    const fix = (result: pg.QueryResult | undefined) => {
      for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return result;
    };
    if (typeof callback === 'function') {
      return super.query(config, values, (err: Error, res: pg.QueryResult) => callback(err, err ? res : fix(res)));
    }
    if (typeof values === 'function') {
      return super.query(config, (err: Error, res: pg.QueryResult) => values(err, err ? res : fix(res)));
    }
    const out = super.query(config, values);
    return out && typeof out.then === 'function' ? out.then(fix) : out;
  }
}

/**
 * adapter-pg's executeScript splits a migration at every ";", which breaks one with a semicolon in a comment, string
 * or function body (the search migration's PL/pgSQL triggers). PostgreSQL runs a multi-statement script itself, in
 * one implicit transaction, over the simple query protocol, which is what the native engine does.
 */
function runScriptsWhole(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}

function postgresFactory(connectionString: string): ClosableFactory {
  const pool = new pg.Pool({ connectionString, Client: CharAsTextClient, max: 2 });
  pool.on('error', (error) => console.warn(`PostgreSQL connection closed: ${error.message}`));
  const main = new PrismaPg(pool);
  return {
    provider: 'postgres',
    adapterName: main.adapterName,
    connect: async () => runScriptsWhole(await main.connect(), pool),
    // adapter-pg's own shadow database is unsafe (it can land in the main database); ours is a uniquely named
    // database, dropped when the engine is done with it.
    connectToShadowDb: async (): Promise<SqlDriverAdapter> => {
      const name = `dateline_shadow_${randomUUID().replace(/-/g, '')}`;
      await pool.query(`CREATE DATABASE "${name}"`);
      const url = new URL(connectionString);
      url.pathname = `/${name}`;
      const shadowPool = new pg.Pool({ connectionString: url.toString(), Client: CharAsTextClient, max: 2 });
      // Dropping the shadow database ends any connection the engine still holds there: expected, not a failure.
      shadowPool.on('error', () => {});
      const adapter = runScriptsWhole(await new PrismaPg(shadowPool).connect(), shadowPool);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadowPool.end();
        await pool.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return adapter;
    },
    close: () => pool.end(),
  };
}
