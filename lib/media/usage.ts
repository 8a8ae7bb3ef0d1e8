import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import type { ImageUsage } from './types';

/** A use of a picture, with the slug of the page that shows it (to revalidate that page). */
export type ImageUse = ImageUsage & { slug: string };

/** How an article body (TipTap JSON) refers to a picture from the library. */
export const bodyReference = (imageId: string) => `"imageId":"${imageId}"`;

/** Where each of the given pictures is used: article heroes, social images, author photos and article bodies. */
export async function imageUses(imageIds: string[]): Promise<Map<string, ImageUse[]>> {
  const uses = new Map<string, ImageUse[]>(imageIds.map((id) => [id, []]));
  if (imageIds.length === 0) return uses;
  const [heroes, socials, authors, bodies] = await Promise.all([
    db.article.findMany({ where: { heroImageId: { in: imageIds } }, select: { heroImageId: true, headline: true, slug: true } }),
    db.article.findMany({ where: { socialImageId: { in: imageIds } }, select: { socialImageId: true, headline: true, slug: true } }),
    db.author.findMany({ where: { photoId: { in: imageIds } }, select: { photoId: true, name: true, slug: true } }),
    db.article.findMany({
      where: { OR: imageIds.map((id) => ({ body: { contains: bodyReference(id) } })) },
      select: { headline: true, slug: true, body: true },
    }),
  ]);
  const add = (id: string | null, use: ImageUse) => id && uses.get(id)?.push(use);
  for (const a of heroes) add(a.heroImageId, { kind: 'hero', label: a.headline, slug: a.slug });
  for (const a of socials) add(a.socialImageId, { kind: 'social', label: a.headline, slug: a.slug });
  for (const a of authors) add(a.photoId, { kind: 'author-photo', label: a.name, slug: a.slug });
  for (const a of bodies) {
    for (const id of imageIds) if (a.body.includes(bodyReference(id))) add(id, { kind: 'body', label: a.headline, slug: a.slug });
  }
  return uses;
}

export async function usesOf(imageId: string): Promise<ImageUse[]> {
  return (await imageUses([imageId])).get(imageId) ?? [];
}

const PHRASES: Record<ImageUsage['kind'], (label: string) => string> = {
  hero: (label) => `as the hero of “${label}”`,
  social: (label) => `as the social image of “${label}”`,
  'author-photo': (label) => `as the photo of ${label}`,
  body: (label) => `in the text of “${label}”`,
};

/** One line for a use: "as the hero of “Harbour reopens”". */
export const describeUse = (use: ImageUsage) => PHRASES[use.kind](use.label);

/** "Used as the hero of “Harbour reopens” and 2 more places" — for refusals and the library's cards. */
export function summariseUses(uses: ImageUsage[]): string {
  if (uses.length === 0) return 'Not used yet';
  const more = uses.length - 1;
  return `Used ${describeUse(uses[0]!)}${more > 0 ? ` and ${more} more ${more === 1 ? 'place' : 'places'}` : ''}`;
}

/** The reader pages that show a picture's alt text, caption or credit: revalidated when those change. */
export function readerTagsFor(uses: ImageUse[]): string[] {
  const tags = new Set<string>();
  for (const use of uses) {
    if (use.kind === 'author-photo') {
      tags.add(cacheTags.author(use.slug));
      continue;
    }
    tags.add(cacheTags.article(use.slug));
    if (use.kind === 'hero') {
      tags.add(cacheTags.articleLists);
      tags.add(cacheTags.home);
    }
  }
  return [...tags];
}
