// Redirect rows for listing pages that move when their tag or author changes slug (or is merged into another).
// They use the Redirect model the article redirects use, with their own `kind`.
import { db } from '@/lib/db/client';

export type ListingRedirectKind = 'tag' | 'author';

/**
 * Batch operations (for `db.$transaction([...])`) that make `fromPath` answer 301 to `toPath`: older redirects
 * to `fromPath` are pointed at `toPath` (no chains), and a redirect away from `toPath` is dropped (it is live).
 */
export function listingMovedOps(fromPath: string, toPath: string, kind: ListingRedirectKind, createdById: string | null) {
  return [
    db.redirect.deleteMany({ where: { fromPath: toPath } }),
    db.redirect.updateMany({ where: { toPath: fromPath }, data: { toPath } }),
    db.redirect.upsert({
      where: { fromPath },
      create: { fromPath, toPath, kind, createdById },
      update: { toPath, kind, createdById },
    }),
  ];
}

/** A new listing at `path` takes the address back from any redirect that still sent readers elsewhere. */
export const listingCreatedOp = (path: string) => db.redirect.deleteMany({ where: { fromPath: path } });

/** A deleted listing: redirects that led to it would now end in a 404, so they go too. */
export const listingDeletedOps = (path: string, kind: ListingRedirectKind) => [db.redirect.deleteMany({ where: { toPath: path, kind } })];
