import { actorOf, recordAudit } from '@/lib/audit/record';
import type { ActionContext } from '@/lib/auth/define-action';
import { hashLinkToken, LINK_TOKEN_SHAPE, newLinkToken } from '@/lib/auth/link-tokens';
import { ROLE_LABELS, type Role } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db/client';
import { type ActionResult, failure } from '@/lib/forms/result';
import { linkMail } from '@/lib/mail/link-mail';
import { sendMail } from '@/lib/mail/transport';
import { createAccount } from './accounts';

export const INVITATION_DAYS = 7;
export const INVITATION_INVALID = 'This invitation link is not valid: it may have expired, been used or been withdrawn.';
export const EMAIL_TAKEN = 'Someone in the newsroom already uses this email address.';

export const invitationUrl = (token: string) => `${siteConfig().url}/admin/invite/${token}`;

/** The invitation e-mail: who invites, to what role, the link and until when it works. */
function invitationMail(viewer: Viewer, input: { email: string; name: string; role: Role }, url: string, expiresAt: Date) {
  const site = siteConfig();
  const until = expiresAt.toLocaleString('en-GB', { timeZone: site.timeZone, dateStyle: 'full', timeStyle: 'short' });
  const role = ROLE_LABELS[input.role].toLowerCase();
  const lines = [
    `Hello ${input.name},`,
    `${viewer.name} has invited you to the ${site.name} newsroom as ${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}. Choose your password and sign in here:`,
    url,
    `The link works once, until ${until}. If you did not expect this invitation, you can ignore this e-mail.`,
  ];
  return linkMail(input.email, `Your invitation to the ${site.name} newsroom`, lines, { url, label: 'Accept the invitation' });
}

/**
 * Creates an invitation, e-mails its link (lib/mail/transport.ts) and returns it: shown once to the administrator to
 * copy as well, so an invitation works when the mail does not.
 */
export async function createInvitation(
  viewer: Viewer,
  input: { email: string; name: string; role: Role },
  context: ActionContext,
): Promise<ActionResult<{ url: string }>> {
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return failure(409, EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
  }
  const token = newLinkToken();
  const invitation = await db.invitation.create({
    data: {
      email: input.email,
      name: input.name,
      role: input.role,
      tokenHash: hashLinkToken(token),
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      invitedById: viewer.userId,
    },
  });
  await recordAudit({
    actor: actorOf(viewer),
    action: 'user.invited',
    target: { type: 'invitation', id: invitation.id },
    summary: `Invited ${input.email} as ${input.role}`,
    request: context.request,
  });
  const url = invitationUrl(token);
  const mail = await sendMail(invitationMail(viewer, input, url, invitation.expiresAt));
  const message = mail.sent
    ? `Invitation e-mailed to ${input.email}. The link is below to copy as well.`
    : `Invitation created for ${input.email}, but the e-mail could not be sent (${mail.reason}). Copy the link and send it to them.`;
  return { ok: true, message, data: { url } };
}

export async function revokeInvitation(viewer: Viewer, invitationId: string, context: ActionContext): Promise<ActionResult> {
  const { count } = await db.invitation.updateMany({
    where: { id: invitationId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) return failure(404, 'That invitation is no longer open.');
  await recordAudit({
    actor: actorOf(viewer),
    action: 'user.invitation-revoked',
    target: { type: 'invitation', id: invitationId },
    summary: 'Withdrew an invitation',
    request: context.request,
  });
  return { ok: true, message: 'Invitation withdrawn.' };
}

/** An open invitation for this token, or null (unknown, used, withdrawn or expired). */
export async function findOpenInvitation(token: string) {
  if (!LINK_TOKEN_SHAPE.test(token)) return null;
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) return null;
  return invitation;
}

export async function acceptInvitation(
  input: { token: string; name: string; password: string },
  context: ActionContext,
): Promise<ActionResult> {
  const invitation = await findOpenInvitation(input.token);
  if (!invitation) return failure(410, INVITATION_INVALID);
  if (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) return failure(409, EMAIL_TAKEN);
  // Claim the invitation first: of two simultaneous acceptances, only one gets past this line.
  const claimed = await db.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { acceptedAt: new Date() },
  });
  if (claimed.count === 0) return failure(410, INVITATION_INVALID);
  try {
    const user = await createAccount({ email: invitation.email, name: input.name, role: invitation.role as Role, password: input.password });
    await recordAudit({
      actor: { id: user.id, label: user.email },
      action: 'user.invitation-accepted',
      target: { type: 'user', id: user.id },
      summary: `${user.name} joined as ${user.role}`,
      request: context.request,
    });
  } catch (error) {
    await db.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: null } });
    throw error;
  }
  return { ok: true, message: 'Your account is ready. Sign in with your email and new password.' };
}
