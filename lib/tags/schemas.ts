import { z } from 'zod';
import { slugInput } from '@/lib/text/slug-field';

// Shared by the forms in /admin/tags and their server actions.

/** As long as the article editor allows (lib/articles/schemas.ts). */
export const TAG_NAME_MAX = 60;
export const TAG_DESCRIPTION_MAX = 300;

const tagId = z.string().trim().min(1, 'Choose a tag.').max(64, 'That tag does not exist.');
/** A tag named by its slug or its name, as typed in the merge form. */
const tagReference = (missing: string) => z.string().trim().min(1, missing).max(200, 'No tag has a name that long.');

const tagFields = {
  name: z.string().trim().min(1, 'Enter a name.').max(TAG_NAME_MAX, `Use at most ${TAG_NAME_MAX} characters for the name.`),
  slug: slugInput,
  description: z.string().trim().max(TAG_DESCRIPTION_MAX, `Use at most ${TAG_DESCRIPTION_MAX} characters for the description.`).default(''),
};

export const createTagSchema = z.object(tagFields);
export type TagInput = z.infer<typeof createTagSchema>;

export const updateTagSchema = z.object({ tagId, ...tagFields });
export const tagIdSchema = z.object({ tagId });
export const mergeTagsSchema = z.object({
  from: tagReference('Name the tag to merge.'),
  into: tagReference('Name the tag to keep.'),
});

/** The tag list's search and page, from the address bar: bad values fall back to the defaults. */
export const tagListSchema = z.object({
  q: z.string().trim().max(100).catch(''),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
