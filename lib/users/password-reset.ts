// A forgotten password: the person asks at /admin/forgot-password, gets a single-use link by e-mail (valid for an
// hour), and chooses a new password at /admin/reset-password/<token>. The answer to a request is the same whether or
// not the address belongs to anyone; requests are limited per address and per account; every step is audited and no
// token is ever stored or logged (only its hash).
import { hashPassword } from 'better-auth/crypto';
import { countAudit, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import { hashLinkToken, LINK_TOKEN_SHAPE, newLinkToken } from '@/lib/auth/link-tokens';
import { withinLimit } from '@/lib/auth/throttle';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db/client';
import { type ActionResult, failure } from '@/lib/forms/result';
import { clientKey } from '@/lib/http/request-meta';
import { linkMail } from '@/lib/mail/link-mail';
import { sendMail } from '@/lib/mail/transport';

export const RESET_MINUTES = 60;
/** Requests from one address, and for one account, per window: enough for a typo or two, not for mail bombing. */
export const RESET_REQUESTS_PER_ADDRESS = 5;
export const RESET_REQUESTS_PER_ACCOUNT = 3;
export const RESET_WINDOW_SECONDS = 60 * 60;

export const RESET_REQUESTED =
  'If a newsroom account uses that address, we have e-mailed it a link to choose a new password. The link works once, for an hour.';
export const RESET_TOO_MANY = 'Too many requests from here. Try again in an hour, or ask an administrator.';
export const RESET_INVALID = 'This link to choose a new password is not valid: it may have expired or been used. Ask for a new one.';
export const RESET_DONE = 'Your password is changed, and you were signed out everywhere. Sign in with the new one.';

export const resetUrl = (token: string) => `${siteConfig().url}/admin/reset-password/${token}`;

function resetMail(to: string, name: string, url: string) {
  const site = siteConfig();
  const lines = [
    `Hello ${name},`,
    `Someone, we hope you, asked to choose a new password for your ${site.name} newsroom account. Choose it here:`,
    url,
    `The link works once, for ${RESET_MINUTES} minutes. If you did not ask, ignore this e-mail: your password stays as it is.`,
  ];
  return linkMail(to, `Choose a new password for the ${site.name} newsroom`, lines, { url, label: 'Choose a new password' });
}

/**
 * Sends a link to choose a new password to `email`, when an active account uses it. The same answer either way, so
 * the form tells nobody who works here; refused only when the address has asked too often.
 */
export async function requestPasswordReset(input: { email: string }, context: ActionContext): Promise<ActionResult> {
  const ip = context.request.ip;
  if (ip && !(await withinLimit('reset-address', RESET_REQUESTS_PER_ADDRESS, RESET_WINDOW_SECONDS, clientKey(ip)))) {
    await countAudit({ action: 'auth.password-reset-refused', request: context.request }, (n) => `${n} password reset request${n === 1 ? '' : 's'} refused: too many from this address`);
    return failure(429, RESET_TOO_MANY);
  }
  const user = await db.user.findUnique({ where: { email: input.email.trim().toLowerCase() }, select: { id: true, name: true, email: true, status: true } });
  if (!user || user.status !== 'active' || !(await withinLimit('reset-account', RESET_REQUESTS_PER_ACCOUNT, RESET_WINDOW_SECONDS, user.id))) {
    // Nobody's account, a suspended one, or one asked for too often: counted, and answered like the rest.
    await countAudit({ action: 'auth.password-reset-requested', request: context.request }, (n) => `${n} password reset request${n === 1 ? '' : 's'} that sent nothing`);
    return { ok: true, message: RESET_REQUESTED };
  }
  const token = newLinkToken();
  await db.passwordReset.create({ data: { userId: user.id, tokenHash: hashLinkToken(token), expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000) } });
  const mail = await sendMail(resetMail(user.email, user.name, resetUrl(token)));
  await recordAudit({
    actor: { id: user.id, label: user.email },
    action: 'auth.password-reset-requested',
    target: { type: 'user', id: user.id },
    summary: mail.sent ? 'Asked for a link to choose a new password; e-mailed' : `Asked for a link to choose a new password; the e-mail failed (${mail.reason})`,
    request: context.request,
  });
  return { ok: true, message: RESET_REQUESTED };
}

/** The account a reset link is for, while the link is unused and unexpired; null otherwise. */
export async function findOpenReset(token: string) {
  if (!LINK_TOKEN_SHAPE.test(token)) return null;
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashLinkToken(token) }, include: { user: { select: { id: true, email: true, status: true } } } });
  if (!reset || reset.usedAt || reset.expiresAt <= new Date() || reset.user.status !== 'active') return null;
  return reset;
}

/**
 * Sets a new password from a reset link: the link is claimed first (of two simultaneous uses one gets through), every
 * other open link of the account is spent with it, and every session of the account ends.
 */
export async function resetPassword(input: { token: string; password: string }, context: ActionContext): Promise<ActionResult> {
  const reset = await findOpenReset(input.token);
  if (!reset) return failure(410, RESET_INVALID);
  const hash = await hashPassword(input.password);
  const now = new Date();
  const changed = await db.$transaction(async (tx) => {
    const claimed = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count === 0) return false;
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: now } });
    await tx.account.updateMany({ where: { userId: reset.userId, providerId: 'credential' }, data: { password: hash } });
    await tx.session.deleteMany({ where: { userId: reset.userId } });
    return true;
  });
  if (!changed) return failure(410, RESET_INVALID);
  await recordAudit({
    actor: { id: reset.user.id, label: reset.user.email },
    action: 'auth.password-reset',
    target: { type: 'user', id: reset.user.id },
    summary: 'Chose a new password from an e-mailed link; every session ended',
    request: context.request,
  });
  return { ok: true, message: RESET_DONE };
}

/** Removes reset links a day past their expiry (house-keeping). */
export async function purgeOldResets(now = new Date()): Promise<number> {
  const { count } = await db.passwordReset.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 86_400_000) } } });
  return count;
}
