import { z } from 'zod';
import { MAX_SLUG_LENGTH, toSlug, uniqueSlug } from './slug';

export const SLUG_TOO_LONG = `Use at most ${MAX_SLUG_LENGTH} characters for the slug.`;
export const SLUG_FORMAT = 'Use lower-case letters, digits and single hyphens only (for example “harbour-news”).';

/**
 * An editable slug in a form (sections, tags, authors). Empty means "make one from the name"; capitals are
 * lowered; anything else must already be a slug.
 */
export const slugInput = z
  .string()
  .trim()
  .toLowerCase()
  .max(MAX_SLUG_LENGTH, SLUG_TOO_LONG)
  .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, SLUG_FORMAT)
  .default('');

export const NO_SLUG_FROM_NAME = 'Enter a slug: the name has no letters or digits to make one from.';

/**
 * The slug to save: the one typed, unless `unavailable` gives a reason against it; or, when none was typed, the
 * first free one made from the name (`harbour`, `harbour-2`, …).
 */
export async function chooseSlug(
  requested: string,
  name: string,
  unavailable: (slug: string) => Promise<string | null>,
): Promise<{ slug: string } | { error: string }> {
  if (requested) {
    const reason = await unavailable(requested);
    return reason ? { error: reason } : { slug: requested };
  }
  const base = toSlug(name);
  if (!base) return { error: NO_SLUG_FROM_NAME };
  return { slug: await uniqueSlug(base, async (slug) => (await unavailable(slug)) !== null) };
}
