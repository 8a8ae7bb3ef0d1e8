// Double opt-in: a sign-up only sends a link; the address is subscribed when that link is used. Nothing about a
// reader is kept before then but the pending request (its e-mail, the newsletter, the page, a token's hash), and
// that is forgotten two days after it expires. The answer to a sign-up is the same whether or not the address is
// subscribed already, so the form tells nobody who reads what.
import { hashLinkToken, newLinkToken } from '@/lib/auth/link-tokens';
import { withinLimit } from '@/lib/auth/throttle';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db/client';
import type { RequestMeta } from '@/lib/http/request-meta';
import { clientKey } from '@/lib/http/request-meta';
import { linkMail } from '@/lib/mail/link-mail';
import { sendMail } from '@/lib/mail/transport';
import { SIGNUP_MESSAGES, type SignupInput } from './schemas';

export const CONFIRM_HOURS = 48;
export const SIGNUPS_PER_ADDRESS = 10;
export const SIGNUPS_PER_EMAIL = 3;

export const SIGNUP_SENT = 'Check your inbox: we have e-mailed you a link to confirm your address. Nothing is sent to you until you use it.';
export const SIGNUP_TOO_MANY = 'Too many sign-ups from here in the last hour. Please try again later.';
export const CONFIRM_INVALID = 'This confirmation link is not valid: it may have expired or been used already. Sign up again to get a new one.';

export type SignupResult = { ok: true; message: string } | { ok: false; status: number; message: string; field?: 'email' | 'newsletter' };

export const confirmUrl = (token: string) => `${siteConfig().url}/newsletters/confirm/${token}`;

function confirmationMail(to: string, newsletter: { name: string; description: string }, url: string) {
  const site = siteConfig();
  const lines = [
    `Please confirm that you want ${newsletter.name} from ${site.name}${newsletter.description ? `: ${newsletter.description}` : '.'}`,
    url,
    `The link works for ${CONFIRM_HOURS} hours. If you did not sign up, ignore this e-mail: nothing will be sent to you.`,
  ];
  return linkMail(to, `Confirm your subscription to ${newsletter.name}`, lines, { url, label: 'Confirm my subscription' });
}

/**
 * A reader signs up: a confirmation link is e-mailed, unless the honeypot was filled, the address has had its share
 * of links today, or the mail fails — answered alike in every case but a wrong newsletter and too many sign-ups
 * from one place.
 */
export async function requestSignup(input: SignupInput, request: RequestMeta): Promise<SignupResult> {
  const newsletter = await db.newsletter.findUnique({ where: { slug: input.newsletter }, select: { id: true, name: true, description: true } });
  if (!newsletter) return { ok: false, status: 400, message: SIGNUP_MESSAGES.newsletter, field: 'newsletter' };
  if (request.ip && !(await withinLimit('signup-address', SIGNUPS_PER_ADDRESS, 3600, clientKey(request.ip)))) {
    return { ok: false, status: 429, message: SIGNUP_TOO_MANY };
  }
  const sent = { ok: true as const, message: SIGNUP_SENT };
  // A bot that fills every field, or an address sent its share of links today: nothing is sent, nothing said.
  if (input.website) return sent;
  if (!(await withinLimit('signup-email', SIGNUPS_PER_EMAIL, 86_400, hashLinkToken(input.email)))) return sent;
  const token = newLinkToken();
  await db.signupRequest.create({
    data: {
      email: input.email,
      newsletterId: newsletter.id,
      sourcePath: input.source,
      tokenHash: hashLinkToken(token),
      expiresAt: new Date(Date.now() + CONFIRM_HOURS * 3_600_000),
    },
  });
  await sendMail(confirmationMail(input.email, newsletter, confirmUrl(token)));
  return sent;
}

/** The pending sign-up a confirmation link is for, while unused and unexpired; null otherwise. */
export async function findOpenSignup(token: string) {
  const request = await db.signupRequest.findUnique({ where: { tokenHash: hashLinkToken(token) }, include: { newsletter: { select: { slug: true, name: true } } } });
  if (!request || request.confirmedAt || request.expiresAt <= new Date()) return null;
  return request;
}

export type ConfirmResult = { ok: true; manageKey: string; newsletter: string } | { ok: false; status: 410; message: string };

/**
 * The reader used the link: the address becomes a subscriber (once: a second sign-up for the same newsletter leaves
 * one subscription) and the request is spent. Of two simultaneous uses, one confirms and the other is refused.
 */
export async function confirmSignup(token: string): Promise<ConfirmResult> {
  const request = await findOpenSignup(token);
  if (!request) return { ok: false, status: 410, message: CONFIRM_INVALID };
  const now = new Date();
  const subscriber = await db.$transaction(async (tx) => {
    const claimed = await tx.signupRequest.updateMany({ where: { id: request.id, confirmedAt: null, expiresAt: { gt: now } }, data: { confirmedAt: now } });
    if (claimed.count === 0) return null;
    const row = await tx.subscriber.upsert({
      where: { email: request.email },
      create: { email: request.email, confirmedAt: now, sourcePath: request.sourcePath, manageKey: newLinkToken() },
      // A confirmed sign-up proves the address reads its mail again: a suppression (bounce, complaint) ends.
      update: { suppressedAt: null, suppression: '' },
      select: { id: true, manageKey: true },
    });
    await tx.subscription.upsert({
      where: { subscriberId_newsletterId: { subscriberId: row.id, newsletterId: request.newsletterId } },
      create: { subscriberId: row.id, newsletterId: request.newsletterId },
      update: {},
    });
    return row;
  });
  if (!subscriber) return { ok: false, status: 410, message: CONFIRM_INVALID };
  return { ok: true, manageKey: subscriber.manageKey, newsletter: request.newsletter.slug };
}

/** Forgets sign-ups two days past their expiry, confirmed or not (house-keeping). */
export async function purgeOldSignups(now = new Date()): Promise<number> {
  const { count } = await db.signupRequest.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 2 * 86_400_000) } } });
  return count;
}
