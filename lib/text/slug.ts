import slugify from '@sindresorhus/slugify';

export const MAX_SLUG_LENGTH = 80;

/** A URL slug from a headline or name: lower-case ASCII words joined by hyphens, cut at a word boundary. */
export function toSlug(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = slugify(text, { lowercase: true, decamelize: false, customReplacements: [['£', ' pounds '], ['€', ' euros '], ['%', ' percent ']] });
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > maxLength / 2 ? cut.slice(0, boundary) : cut.slice(0, maxLength)).replace(/-+$/, '');
}

/** Whether a string is already a valid slug. */
export const isSlug = (value: string, maxLength = MAX_SLUG_LENGTH) =>
  value.length <= maxLength && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);

/** The first of `base`, `base-2`, `base-3`… that `taken` says is free. */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const root = base || 'story';
  if (!(await taken(root))) return root;
  for (let n = 2; n < 1000; n++) {
    const suffix = `-${n}`;
    const candidate = `${root.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!(await taken(candidate))) return candidate;
  }
  throw new Error(`No free slug for "${root}"`);
}
