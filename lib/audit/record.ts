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
  await db.auditEvent.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorLabel: input.actor?.label ?? '',
      action: input.action,
      targetType: input.target?.type ?? null,
      targetId: input.target?.id ?? null,
      summary: input.summary.slice(0, 500),
      ipAddress: input.request?.ip ?? null,
      userAgent: input.request?.userAgent ?? null,
    },
  });
}

/** The audit log's actor for a signed-in member of staff. */
export const actorOf = (viewer: Pick<Viewer, 'userId' | 'email'>) => ({ id: viewer.userId, label: viewer.email });
