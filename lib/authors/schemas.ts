import { z } from 'zod';
import { slugInput } from '@/lib/text/slug-field';

// Shared by the forms in /admin/authors and their server actions.

export const AUTHOR_NAME_MAX = 100;
export const JOB_TITLE_MAX = 100;
export const BIO_MAX = 2000;

const authorId = z.string().trim().min(1, 'Choose an author.').max(64, 'That author does not exist.');

/**
 * A bio as plain text in paragraphs: Windows line ends become "\n", spaces at line ends go, and paragraphs are
 * separated by exactly one blank line. The length limit counts the text as stored.
 */
export const normaliseBio = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

const authorFields = {
  name: z.string().trim().min(1, 'Enter a name.').max(AUTHOR_NAME_MAX, `Use at most ${AUTHOR_NAME_MAX} characters for the name.`),
  slug: slugInput,
  jobTitle: z.string().trim().max(JOB_TITLE_MAX, `Use at most ${JOB_TITLE_MAX} characters for the job title.`).default(''),
  bio: z
    .string()
    .default('')
    .transform(normaliseBio)
    .pipe(z.string().max(BIO_MAX, `Use at most ${BIO_MAX.toLocaleString('en-GB')} characters for the bio.`)),
  /** An Image id, or empty for no photo. */
  photoId: z
    .string()
    .trim()
    .max(64, 'That picture does not exist; choose another.')
    .default('')
    .transform((v) => v || null),
};

export const createAuthorSchema = z.object(authorFields);
export type AuthorInput = z.infer<typeof createAuthorSchema>;

export const updateAuthorSchema = z.object({ authorId, ...authorFields });
export const authorIdSchema = z.object({ authorId });
