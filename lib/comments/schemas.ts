import { z } from 'zod';
import { LINK_TOKEN_SHAPE } from '@/lib/auth/link-tokens';

// Shared by the reader's comment form (a plain HTML form posted to /comments/post), the confirmation link, and the
// moderation actions at /admin/comments.

export const COMMENT_MAX = 2_000;
export const DISPLAY_NAME_MAX = 50;

export const COMMENT_MESSAGES = {
  name: 'Enter the name to show with your comment (up to 50 characters).',
  email: 'Enter a valid email address, such as name@example.org.',
  body: 'Write your comment.',
  tooLong: `Keep your comment to ${COMMENT_MAX.toLocaleString('en-GB')} characters.`,
  story: 'That story does not take comments.',
} as const;

const id = z.string().trim().min(1).max(64);

/** The comment form under every story (and on a comment's reply page). */
export const commentSchema = z.object({
  article: id.catch(''),
  /** The top-level comment this replies to; empty for a new thread. */
  parent: z.string().trim().max(64).catch(''),
  name: z
    .string()
    .trim()
    .min(1, COMMENT_MESSAGES.name)
    .max(DISPLAY_NAME_MAX, COMMENT_MESSAGES.name)
    // No line breaks or control characters in a name shown above every comment.
    .regex(/^[^\u0000-\u001f\u007f]+$/, COMMENT_MESSAGES.name),
  email: z.string().trim().toLowerCase().max(254, COMMENT_MESSAGES.email).pipe(z.email(COMMENT_MESSAGES.email)),
  // Line endings as the browser sends them (CRLF) count once each, as the textarea counted them.
  body: z
    .string()
    .transform((text) => text.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(1, COMMENT_MESSAGES.body).max(COMMENT_MAX, COMMENT_MESSAGES.tooLong)),
  /** The honeypot: off screen and out of the tab order; people leave it empty, form-filling bots do not. */
  website: z.string().max(300).catch(''),
});
export type CommentInput = z.infer<typeof commentSchema>;

/** A token from a confirmation link: the shape alone, before any database read. */
export const commentTokenField = z.string().trim().regex(LINK_TOKEN_SHAPE);

export const COMMENT_ORDERS = ['oldest', 'newest'] as const;
export type CommentOrder = (typeof COMMENT_ORDERS)[number];

export const MODERATION_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

export const commentIdSchema = z.object({ commentId: id });
export const moderateSchema = commentIdSchema.extend({ decision: z.enum(['approved', 'rejected', 'spam'], { message: 'Choose approve, reject or spam.' }) });
export const featureSchema = commentIdSchema.extend({ featured: z.enum(['on', 'off']).transform((v) => v === 'on') });
export const blockSchema = z.object({ commenterId: id, blocked: z.enum(['on', 'off']).transform((v) => v === 'on') });
export const storyCommentsSchema = z.object({ articleId: id, closed: z.enum(['on', 'off']).transform((v) => v === 'on') });
