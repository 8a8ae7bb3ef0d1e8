import { z } from 'zod';

// The live blog's forms, shared by the newsroom's forms and the server actions.

export const LIVE_STATES = ['live', 'ended'] as const;
export type LiveState = (typeof LIVE_STATES)[number];

/** A stored `Article.liveState` as a state, or null for an ordinary story. */
export const asLiveState = (value: string | null | undefined): LiveState | null => (value === 'live' || value === 'ended' ? value : null);

export const ENTRY_TITLE_MAX = 200;

const id = z.string().trim().min(1).max(64);
const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/, 'Choose a date and time.');
const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('')])
  .optional()
  .transform((value) => value === 'on' || value === 'true');

/** Whether a story is a live blog, and its state: "off" makes it an ordinary story again (its entries are kept). */
export const liveSettingsSchema = z.object({
  articleId: id,
  state: z.enum(['off', ...LIVE_STATES], { message: 'Choose whether this is a live blog.' }),
  /** The planned end on the site's clock; empty for none. */
  endsAt: localDateTime.or(z.literal('')).default(''),
});

/** An entry as the form sends it: a new one (no entryId) or a change to one. */
export const liveEntrySchema = z.object({
  articleId: id,
  entryId: id.optional().or(z.literal('').transform(() => undefined)),
  /** The time readers see, on the site's clock; empty for now. */
  at: localDateTime.or(z.literal('')).default(''),
  title: z.string().trim().max(ENTRY_TITLE_MAX, `Keep the title under ${ENTRY_TITLE_MAX} characters.`).default(''),
  /** The text as the editor's document (JSON), cleaned like an article body. */
  body: z.string().max(1_000_000, 'The entry is too long.'),
  authorId: id.optional().or(z.literal('').transform(() => undefined)),
  pinned: checkbox,
  keyEvent: checkbox,
});
export type LiveEntryInput = z.infer<typeof liveEntrySchema>;

export const liveEntryIdSchema = z.object({ articleId: id, entryId: id });
export const liveEntryRestoreSchema = z.object({ articleId: id, revisionId: id });

/** The reader's poll for what is new (no `from`), and the pages of older entries (`from` the entry they start with). */
export const liveFeedQuerySchema = z.object({
  from: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/).optional().catch(undefined),
});
