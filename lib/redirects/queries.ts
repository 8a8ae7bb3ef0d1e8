import { cacheTag } from 'next/cache';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import type { RedirectHit } from './table';

export { invalidateRedirects, type RedirectHit } from './table';

/**
 * Where an old address leads, for a reader page that has nothing to show there: `{ toPath }` (a path on this site
 * or an absolute URL) to redirect to, `{ toPath: null }` for a deleted story, or null. Cached with the page; every
 * write to the redirect table ends it (cacheTags.redirects).
 */
export async function findRedirect(path: string): Promise<RedirectHit | null> {
  'use cache';
  cacheTag(cacheTags.redirects);
  cacheReaderData();
  const row = await db.redirect.findUnique({ where: { fromPath: path }, select: { toPath: true } });
  return row ? { toPath: row.toPath } : null;
}

export type RedirectRow = {
  id: string;
  fromPath: string;
  toPath: string | null;
  kind: string;
  createdAt: Date;
  createdBy: string | null;
};

const LIST_LIMIT = 200;

/** Redirects for the admin list, newest first; `query` filters by either address. */
export async function listRedirects(query = ''): Promise<{ rows: RedirectRow[]; total: number; limit: number }> {
  const q = query.trim();
  const where = q ? { OR: [{ fromPath: { contains: q } }, { toPath: { contains: q } }] } : {};
  const [rows, total] = await Promise.all([
    db.redirect.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: LIST_LIMIT,
      select: { id: true, fromPath: true, toPath: true, kind: true, createdAt: true, createdBy: { select: { name: true } } },
    }),
    db.redirect.count({ where }),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, createdBy: r.createdBy?.name ?? null })),
    total,
    limit: LIST_LIMIT,
  };
}
