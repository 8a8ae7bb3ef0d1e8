import pg from 'pg';

/** The PostgreSQL server used to write and check PostgreSQL migrations (its shadow databases are made there). */
export const toolingPostgresUrl = () =>
  process.env.POSTGRES_TOOLING_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Whether a PostgreSQL server answers at `url` within two seconds. */
export async function postgresReachable(url = toolingPostgresUrl()): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
