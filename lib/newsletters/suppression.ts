// Addresses nothing more is sent to: a hard bounce (an SMTP 5xx reply while sending, or the provider's webhook) or a
// complaint (the reader marked a newsletter as spam). The subscriber stays, with the reason, so an administrator can
// see why mail stopped; a new confirmed sign-up lifts it (lib/newsletters/signup.ts).
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/db/client';

/** Suppresses an address (if it is a subscriber's). True when it was one. */
export async function suppressAddress(email: string, reason: string, now = new Date()): Promise<boolean> {
  const { count } = await db.subscriber.updateMany({ where: { email: email.toLowerCase() }, data: { suppressedAt: now, suppression: reason.slice(0, 300) } });
  return count > 0;
}

/**
 * The events a mail provider posts to /api/newsletters/events: one event or a list, each a bounce (hard unless
 * `permanent: false`) or a complaint about an address. A soft bounce changes nothing: sending retries by itself.
 */
const eventSchema = z.object({
  type: z.enum(['bounce', 'complaint']),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  permanent: z.boolean().default(true),
  reason: z.string().trim().max(300).default(''),
});
export const providerEventsSchema = z.union([eventSchema.transform((e) => [e]), z.array(eventSchema).min(1).max(500)]);
export type ProviderEvent = z.infer<typeof eventSchema>;

export const EVENTS_INVALID =
  'Expected {"type": "bounce" | "complaint", "email": "<address>", "permanent"?: boolean, "reason"?: string}, or a list of up to 500 of them.';

/** Applies a provider's events; returns how many addresses were suppressed. */
export async function applyProviderEvents(events: ProviderEvent[], now = new Date()): Promise<number> {
  let suppressed = 0;
  for (const event of events) {
    if (event.type === 'bounce' && !event.permanent) continue;
    const why = event.type === 'complaint' ? 'Complaint: marked as spam' : 'Hard bounce';
    if (await suppressAddress(event.email, event.reason ? `${why}: ${event.reason}` : why, now)) suppressed++;
  }
  return suppressed;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether a webhook call carries the secret (NEWSLETTER_WEBHOOK_SECRET, as `Bearer <secret>`): 'off' while no secret
 * is set. Compared in constant time.
 */
export function webhookAuthorized(authorization: string | null): 'ok' | 'refused' | 'off' {
  const secret = process.env.NEWSLETTER_WEBHOOK_SECRET?.trim();
  if (!secret) return 'off';
  const given = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim() ?? '';
  return timingSafeEqual(digest(given), digest(secret)) ? 'ok' : 'refused';
}
