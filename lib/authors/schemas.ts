import { z } from 'zod';
import { slugInput } from '@/lib/text/slug-field';

// Shared by the forms in /admin/authors and their server actions.

export const AUTHOR_NAME_MAX = 100;
export const JOB_TITLE_MAX = 100;
export const BIO_MAX = 2000;
/** Longest bio read at all: room for the spaces and blank lines tidying removes, checked before any tidying. */
export const BIO_RAW_MAX = 4 * BIO_MAX;

export const BIO_TOO_LONG = `Use at most ${BIO_MAX.toLocaleString('en-GB')} characters for the bio.`;
export const BIO_FAR_TOO_LONG = `Use at most ${BIO_MAX.toLocaleString('en-GB')} characters for the bio (this one has over ${BIO_RAW_MAX.toLocaleString('en-GB')}, counting spaces and line breaks).`;

const authorId = z.string().trim().min(1, 'Choose an author.').max(64, 'That author does not exist.');

/**
 * A bio as plain text in paragraphs: Windows line ends become "\n", spaces at line ends go, and paragraphs are
 * separated by exactly one blank line. The length limit counts the text as stored.
 */
export const normaliseBio = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, withoutLineEndSpace)
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/**
 * A run of white space other than "\n" without its part that ends a line, as /[^\S\n]+$/gm would remove it. That
 * regex retries a run from each of its characters when no line end follows it (quadratic: 40,000 spaces took 9 s);
 * this looks at the run once. (U+2028 and U+2029 are line ends to `$` and white space to `\s`, so a run may end a
 * line in its middle.)
 */
function withoutLineEndSpace(run: string, at: number, text: string): string {
  const next = text[at + run.length];
  if (next === undefined || next === '\n') return '';
  for (let i = run.length - 1; i > 0; i--) if (run[i] === '\u2028' || run[i] === '\u2029') return run.slice(i);
  return run;
}

const authorFields = {
  name: z.string().trim().min(1, 'Enter a name.').max(AUTHOR_NAME_MAX, `Use at most ${AUTHOR_NAME_MAX} characters for the name.`),
  slug: slugInput,
  jobTitle: z.string().trim().max(JOB_TITLE_MAX, `Use at most ${JOB_TITLE_MAX} characters for the job title.`).default(''),
  bio: z.string().max(BIO_RAW_MAX, BIO_FAR_TOO_LONG).default('').transform(normaliseBio).pipe(z.string().max(BIO_MAX, BIO_TOO_LONG)),
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
