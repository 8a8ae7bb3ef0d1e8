import { z } from 'zod';
import { siteConfig } from '@/lib/config/site';
import { zonedInstant } from '@/lib/dates/format';

// Shared by the curation forms and their server actions.

export const PIN_SLOTS = ['lead', 'featured'] as const;
export type PinSlot = (typeof PIN_SLOTS)[number];

/** The homepage shows one lead and at most this many featured stories. */
export const MAX_FEATURED = 6;

const idField = z.string().trim().min(1, 'Choose a story.').max(64);

const LOCAL_DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;
export const BAD_EXPIRY = 'Enter a date and time, or leave it empty for no expiry.';

/**
 * An `<input type="datetime-local">` value read as a wall-clock time in the site's time zone (not the server's
 * or the browser's): "2026-12-01T18:00" is 18:00 in SITE_TIME_ZONE. Empty means no expiry.
 */
export const expiryField = z
  .string()
  .trim()
  .max(40)
  .default('')
  .transform((raw, ctx): Date | null => {
    if (raw === '') return null;
    const match = LOCAL_DATETIME.exec(raw);
    const [hour, minute, second] = [Number(match?.[2]), Number(match?.[3]), Number(match?.[4] ?? 0)];
    const valid = match && hour < 24 && minute < 60 && second < 60;
    const instant = valid ? zonedInstant(match[1]!, hour, minute, siteConfig().timeZone) : null;
    if (!instant) {
      ctx.addIssue({ code: 'custom', message: BAD_EXPIRY });
      return z.NEVER;
    }
    return new Date(instant.getTime() + second * 1000);
  });

export const pinSchema = z.object({
  articleId: idField,
  slot: z.enum(PIN_SLOTS, { message: 'Choose lead or featured.' }),
  expiresAt: expiryField,
});
export type PinInput = z.infer<typeof pinSchema>;

export const pinIdSchema = z.object({ pinId: z.string().trim().min(1).max(64) });

export const movePinSchema = pinIdSchema.extend({ direction: z.enum(['up', 'down'], { message: 'Choose up or down.' }) });
