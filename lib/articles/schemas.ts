import { z } from 'zod';
import { MAX_SLUG_LENGTH } from '@/lib/text/slug';

// Shared by the editor and the server actions. Messages are what an editor reads beside the field.

const id = z.string().trim().min(1).max(64);
const optionalId = z
  .string()
  .trim()
  .max(64)
  .nullish()
  .transform((v) => v || null);

export const HEADLINE_MAX = 200;

const headline = z.string().trim().min(1, 'Write a headline.').max(HEADLINE_MAX, `Keep the headline under ${HEADLINE_MAX} characters.`);

export const slugField = z
  .string()
  .trim()
  .max(MAX_SLUG_LENGTH, `Keep the slug under ${MAX_SLUG_LENGTH} characters.`)
  .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'Use lower-case letters, digits and single hyphens only.');

// The address pattern backtracks on a long run of dots (quadratic: 8,000 characters took 0.3 s), so it only ever
// sees addresses within the limit: `abort` stops the checks at a failed one (zod runs them all otherwise).
const canonicalUrl = z
  .string()
  .trim()
  .max(500, { message: 'Keep the URL under 500 characters.', abort: true })
  .refine((v) => v === '' || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), 'Enter a full http(s) address, or leave it empty.');

const tagName = z.string().trim().min(1).max(60, 'Keep tag names under 60 characters.');

/** Everything the editor saves. `body` is the editor's document as JSON text. */
export const articleFieldsSchema = z.object({
  headline,
  standfirst: z.string().trim().max(400, 'Keep the standfirst under 400 characters.').default(''),
  body: z.string().max(1_000_000, 'The article text is too long to save (over 1 MB).'),
  slug: slugField.default(''),
  sectionId: id.or(z.literal('')).refine((v) => v !== '', 'Choose a section.'),
  tags: z.array(tagName).max(20, 'Use at most 20 tags.').default([]),
  authorIds: z.array(id).max(10, 'Use at most 10 bylines.').default([]),
  heroImageId: optionalId,
  seoTitle: z.string().trim().max(120, 'Keep the SEO title under 120 characters.').default(''),
  seoDescription: z.string().trim().max(300, 'Keep the SEO description under 300 characters.').default(''),
  socialImageId: optionalId,
  canonicalUrl: canonicalUrl.default(''),
  noindex: z.boolean().default(false),
  correction: z.string().trim().max(1000, 'Keep the note under 1,000 characters.').default(''),
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

export const saveArticleSchema = z.object({
  articleId: id,
  /** The version the editor started from: a save on top of someone else's newer save is refused. */
  baseVersion: z.number().int().min(1),
  fields: articleFieldsSchema,
  /** For live articles: whether this change is substantive (readers see "Updated …"). */
  substantive: z.boolean().default(true),
  /** For a substantive change to a live article: what changed, in a line readers see in its change log. */
  updateNote: z.string().trim().max(300, 'Keep “What changed” under 300 characters.').optional(),
  autosave: z.boolean().default(false),
});
export type SaveArticleInput = z.infer<typeof saveArticleSchema>;

export const newArticleSchema = z.object({
  headline,
  sectionId: id.or(z.literal('')).refine((v) => v !== '', 'Choose a section.'),
});

export const articleIdSchema = z.object({ articleId: id });

export const sendBackSchema = z.object({
  articleId: id,
  note: z.string().trim().min(1, 'Say what needs to change.').max(2000, 'Keep the note under 2,000 characters.'),
});

/** A publication time from a `datetime-local` field, read in the site's time zone by the domain. */
export const scheduleSchema = z.object({
  articleId: id,
  publishAt: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/, 'Choose a date and time.'),
});

export const restoreRevisionSchema = z.object({ articleId: id, revisionId: id, baseVersion: z.number().int().min(1) });

export const deskFilterSchema = z.object({
  status: z.enum(['all', 'draft', 'review', 'scheduled', 'published', 'unpublished']).catch('all'),
  section: z.string().max(64).catch(''),
  author: z.string().max(64).catch(''),
  q: z.string().trim().max(200).catch(''),
  sort: z.enum(['modified', 'published', 'headline']).catch('modified'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type DeskFilter = z.infer<typeof deskFilterSchema>;
