import type { Page } from '@/lib/articles/types';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { databaseTarget } from '@/lib/db/url';
import type { MediaItem, MediaSearchPage } from './types';
import { imageUses, usesOf, type ImageUse } from './usage';
import { toPickedImage } from './urls';

export const MEDIA_PAGE_SIZE = 24;

const newestFirst: Prisma.ImageOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { id: 'desc' }];

// SQLite's LIKE ignores case (for ASCII); PostgreSQL needs to be asked.
const containsText = (q: string): Prisma.StringFilter =>
  (databaseTarget().kind === 'postgresql' ? { contains: q, mode: 'insensitive' } : { contains: q }) as Prisma.StringFilter;

function searchWhere(q: string): Prisma.ImageWhereInput {
  if (!q) return {};
  return { OR: [{ alt: containsText(q) }, { caption: containsText(q) }, { credit: containsText(q) }] };
}

const itemSelect = {
  id: true,
  path: true,
  mimeType: true,
  width: true,
  height: true,
  sizeBytes: true,
  alt: true,
  caption: true,
  credit: true,
  variants: true,
  createdAt: true,
  uploadedById: true,
  uploadedBy: { select: { name: true } },
} satisfies Prisma.ImageSelect;

type ItemRow = Prisma.ImageGetPayload<{ select: typeof itemSelect }>;

const toMediaItem = (row: ItemRow, usage: ImageUse[]): MediaItem => ({
  ...toPickedImage(row),
  mimeType: row.mimeType,
  sizeBytes: row.sizeBytes,
  createdAt: row.createdAt,
  uploadedById: row.uploadedById,
  uploadedByName: row.uploadedBy?.name ?? null,
  usage: usage.map(({ kind, label }) => ({ kind, label })),
});

const clampPage = (page: number, total: number) => Math.min(Math.max(1, page), Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE)));

/** The library, newest first, searched in alt text, caption and credit; each picture with where it is used. */
export async function listImages({ q = '', page = 1 }: { q?: string; page?: number }): Promise<Page<MediaItem>> {
  const where = searchWhere(q);
  const total = await db.image.count({ where });
  const current = clampPage(page, total);
  const rows = await db.image.findMany({ where, orderBy: newestFirst, skip: (current - 1) * MEDIA_PAGE_SIZE, take: MEDIA_PAGE_SIZE, select: itemSelect });
  const uses = await imageUses(rows.map((r) => r.id));
  return {
    items: rows.map((row) => toMediaItem(row, uses.get(row.id) ?? [])),
    page: current,
    pageCount: Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE)),
    total,
  };
}

/** The same search for the editor's picker: plain data only. */
export async function searchImages({ q = '', page = 1 }: { q?: string; page?: number }): Promise<MediaSearchPage> {
  const where = searchWhere(q);
  const total = await db.image.count({ where });
  const current = clampPage(page, total);
  const rows = await db.image.findMany({
    where,
    orderBy: newestFirst,
    skip: (current - 1) * MEDIA_PAGE_SIZE,
    take: MEDIA_PAGE_SIZE,
    select: { id: true, path: true, width: true, height: true, alt: true, caption: true, credit: true, variants: true },
  });
  return { images: rows.map(toPickedImage), page: current, pageCount: Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE)), total };
}

/** One picture with where it is used, or null. */
export async function getImage(imageId: string): Promise<MediaItem | null> {
  const row = await db.image.findUnique({ where: { id: imageId }, select: itemSelect });
  return row ? toMediaItem(row, await usesOf(row.id)) : null;
}
