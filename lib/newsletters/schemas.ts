import { z } from 'zod';
import { LINK_TOKEN_SHAPE } from '@/lib/auth/link-tokens';

export const SIGNUP_MESSAGES = {
  email: 'Enter a valid email address, such as name@example.org.',
  newsletter: 'Choose a newsletter to sign up for.',
} as const;

const slugField = z.string().trim().regex(/^[a-z0-9-]{1,64}$/);

/** The sign-up form on the homepage, articles and /newsletters (a plain form: it works without JavaScript). */
export const signupSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email(SIGNUP_MESSAGES.email)),
  newsletter: slugField,
  /** The page the form was on: kept with the subscription, and where the reader goes back to. */
  source: z
    .string()
    .trim()
    .max(300)
    .regex(/^\/(?!\/)[^\s\\]*$/)
    .catch('/'),
  /** The honeypot: a field people never see or fill; a bot that fills every field gets the same answer, and nothing is sent. */
  website: z.string().max(300).catch(''),
});
export type SignupInput = z.infer<typeof signupSchema>;

/** A token from a confirmation or manage link: the shape alone, before any database read. */
export const tokenField = z.string().trim().regex(LINK_TOKEN_SHAPE);

export const manageSchema = z.object({
  key: tokenField,
  /** The newsletters to stay on: any not listed is left. */
  newsletters: z.array(slugField).max(50).catch([]),
  intent: z.enum(['save', 'unsubscribe-all', 'forget']).catch('save'),
});

export const subscriberIdSchema = z.object({ subscriberId: z.string().trim().min(1).max(64) });

export const DELETE_UNCONFIRMED = 'Tick the box to confirm the deletion: it cannot be undone.';
/** Deleting a subscriber takes a ticked box: nothing about the address can be brought back. */
export const deleteSubscriberSchema = subscriberIdSchema.extend({ confirm: z.literal('on', DELETE_UNCONFIRMED) });

/** How long the record of each message sent to a reader is kept (the desk's counts, a subscriber's data request). */
export const DELIVERY_RETENTION_MS = 90 * 86_400_000;
