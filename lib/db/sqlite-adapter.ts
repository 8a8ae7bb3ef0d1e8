import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { Mutex } from 'async-mutex';

type Factory = PrismaBetterSqlite3;
type Adapter = Awaited<ReturnType<Factory['connect']>>;
type Transaction = Awaited<ReturnType<Adapter['startTransaction']>>;

/**
 * Prisma's better-sqlite3 adapter with its transactions isolated from everything else on the connection.
 *
 * The adapter runs the whole process on one SQLite connection and queues transactions behind each other, but not the
 * plain queries of other requests: while one request's interactive transaction was open (a save, between its
 * statements), another request's query ran inside it — a reader could read a revision that was then rolled back, and
 * a write made there (a sign-in's session, a view count) was rolled back with it although its request had succeeded.
 * Here every query outside a transaction waits for an open transaction to end, and a transaction waits for the
 * queries before it. Waiting is asynchronous: a second connection would not do, because better-sqlite3 waits for
 * SQLite's lock synchronously and would stall the very event loop the open transaction needs in order to finish.
 *
 * The price: code inside `db.$transaction(async (tx) => …)` must use `tx`, never `db` (which would wait for its own
 * transaction until Prisma's transaction timeout ends it). Every callback in the app does.
 * tests/integration/database.test.ts fails if the adapter stops needing this.
 */
export function isolatedSqliteAdapter(options: ConstructorParameters<typeof PrismaBetterSqlite3>[0]) {
  const factory = new PrismaBetterSqlite3(options);
  return new Proxy(factory, {
    get(target, key) {
      if (key === 'connect' || key === 'connectToShadowDb') return async () => isolate(await target[key]());
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function isolate(adapter: Adapter): Adapter {
  const lock = new Mutex();
  return new Proxy(adapter, {
    get(target, key) {
      switch (key) {
        case 'queryRaw':
        case 'executeRaw':
        case 'executeScript': {
          const run = target[key].bind(target) as (arg: unknown) => Promise<unknown>;
          return (arg: unknown) => lock.runExclusive(() => run(arg));
        }
        case 'startTransaction':
          return async (isolationLevel?: Parameters<Adapter['startTransaction']>[0]) => {
            const release = await lock.acquire();
            try {
              return endingWith(await target.startTransaction(isolationLevel), release);
            } catch (error) {
              release();
              throw error;
            }
          };
      }
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The transaction, which releases the lock when it commits or rolls back. */
function endingWith(transaction: Transaction, release: () => void): Transaction {
  let open = true;
  const end = () => {
    if (open) release();
    open = false;
  };
  return new Proxy(transaction, {
    get(target, key) {
      if (key === 'commit' || key === 'rollback') {
        return async () => {
          try {
            await target[key]();
          } finally {
            end();
          }
        };
      }
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
