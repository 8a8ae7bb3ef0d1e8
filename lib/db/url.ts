import path from 'node:path';

/** The embedded default: an SQLite file under data/, created on first start. */
export const DEFAULT_DATABASE_URL = 'file:./data/dateline.db';

export type DatabaseKind = 'sqlite' | 'postgresql';

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; file: string }
  | { kind: 'postgresql'; url: string };

/**
 * Reads DATABASE_URL: a `postgresql://` (or `postgres://`) URL selects PostgreSQL, anything else is an SQLite
 * `file:` URL. Relative SQLite paths are resolved against the working directory (the repo root in every script).
 */
export function databaseTarget(raw: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  const url = raw?.trim() || DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgresql', url };
  if (!url.startsWith('file:')) {
    throw new Error(`DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL, got "${url.split(':')[0]}:…"`);
  }
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice('file:'.length));
  return { kind: 'sqlite', url: `file:${file}`, file };
}

/** Where a database is, for messages: its file, or its host and name (never its password). */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'sqlite') return `SQLite ${target.file}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}
