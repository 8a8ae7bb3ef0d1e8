import { db } from '@/lib/db/client';
import type { Viewer } from '@/lib/auth/session';
import type { RequestMeta } from '@/lib/http/request-meta';

/** Everything the audit log records. Later milestones add publishing actions. */
export const AUDIT_ACTIONS = [
  'auth.sign-in',
  'auth.sign-in-failed',
  'auth.sign-in-blocked',
  'auth.sign-out',
  'auth.sign-out-everywhere',
  'auth.password-changed',
  'auth.password-reset-requested',
  'auth.password-reset-refused',
  'auth.password-reset',
  'user.invited',
  'user.invitation-revoked',
  'user.invitation-accepted',
  'user.role-changed',
  'user.suspended',
  'user.reinstated',
  'user.deleted',
  'user.created',
  'profile.updated',
  'section.created',
  'section.updated',
  'section.reordered',
  'section.deleted',
  'tag.created',
  'tag.updated',
  'tag.merged',
  'tag.deleted',
  'author.created',
  'author.updated',
  'author.deleted',
  'media.uploaded',
  'media.updated',
  'media.deleted',
  'article.created',
  'article.saved',
  'article.submitted',
  'article.sent-back',
  'article.published',
  'article.scheduled',
  'article.redated',
  'article.unpublished',
  'article.deleted',
  'article.breaking',
  'article.breaking-cleared',
  'homepage.pinned',
  'homepage.unpinned',
  'homepage.reordered',
  'redirect.created',
  'redirect.deleted',
  'indexnow.sent',
  'indexnow.failed',
  'content.imported',
  'content.exported',
  'subscriber.exported',
  'subscriber.deleted',
  'commenter.exported',
  'commenter.deleted',
  'newsletter.alert',
  'newsletter.edition-saved',
  'newsletter.test-sent',
  'live.settings-changed',
  'live.entry-added',
  'live.entry-edited',
  'live.entry-deleted',
  'live.entry-restored',
  'comment.moderated',
  'comment.address-blocked',
  'comment.address-unblocked',
  'comment.story-settings',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditActor = { id: string; label: string } | null;

export type AuditInput = {
  actor: AuditActor;
  action: AuditAction;
  target?: { type: string; id: string };
  /** A readable line, e.g. "Changed Ana Ruiz from author to editor". Never a password or token. */
  summary: string;
  request?: RequestMeta;
};

export async function recordAudit(input: AuditInput): Promise<void> {
  await db.auditEvent.create({ data: auditRow(input) });
}

const auditRow = (input: AuditInput) => ({
  actorId: input.actor?.id ?? null,
  actorLabel: input.actor?.label ?? '',
  action: input.action,
  targetType: input.target?.type ?? null,
  targetId: input.target?.id ?? null,
  summary: input.summary.slice(0, 500),
  ipAddress: input.request?.ip ?? null,
  userAgent: input.request?.userAgent ?? null,
});

/** Counted events share a row per this long: an attacker's flood becomes a count, not a table. */
export const AUDIT_COUNT_WINDOW_MS = 15 * 60 * 1000;

/**
 * Records an event nobody signed in caused (a failed sign-in for an unknown email, an attempt refused by a
 * lock-out) as a count: one row per action, address and quarter hour, whose summary says how many there were.
 * `describe(n)` writes the summary for n occurrences.
 */
export async function countAudit(input: Omit<AuditInput, 'summary' | 'actor'>, describe: (n: number) => string, now = new Date()): Promise<void> {
  const window = Math.floor(now.getTime() / AUDIT_COUNT_WINDOW_MS);
  const bucket = `${input.action}|${input.request?.ip ?? 'unknown'}|${window}`;
  const row = await db.auditEvent.upsert({
    where: { bucket },
    create: { ...auditRow({ ...input, actor: null, summary: describe(1) }), bucket },
    update: { occurrences: { increment: 1 } },
    select: { id: true, occurrences: true },
  });
  if (row.occurrences > 1) await db.auditEvent.update({ where: { id: row.id }, data: { summary: describe(row.occurrences).slice(0, 500) } });
}

/** The audit log's actor for a signed-in member of staff. */
export const actorOf = (viewer: Pick<Viewer, 'userId' | 'email'>) => ({ id: viewer.userId, label: viewer.email });
