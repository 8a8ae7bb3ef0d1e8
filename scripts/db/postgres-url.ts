/** The PostgreSQL server used to write and check PostgreSQL migrations (its shadow databases are made there). */
export const toolingPostgresUrl = () =>
  process.env.POSTGRES_TOOLING_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
