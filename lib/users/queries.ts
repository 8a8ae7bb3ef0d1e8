import type { Role } from '@/lib/auth/roles';
import { db } from '@/lib/db/client';
import { paths } from '@/lib/routes';

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: 'active' | 'suspended';
  createdAt: Date;
  lastSignInAt: Date | null;
  authorUrl: string | null;
};

export async function listUsers(): Promise<UserRow[]> {
  const rows = await db.user.findMany({
    orderBy: [{ name: 'asc' }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      status: true,
      createdAt: true,
      author: { select: { slug: true } },
      sessions: { orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role as Role,
    status: r.status === 'suspended' ? 'suspended' : 'active',
    createdAt: r.createdAt,
    lastSignInAt: r.sessions[0]?.createdAt ?? null,
    authorUrl: r.author ? paths.author(r.author.slug) : null,
  }));
}

export async function listOpenInvitations() {
  return db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, email: true, name: true, role: true, expiresAt: true, createdAt: true },
  });
}

export async function getProfile(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, role: true, author: { select: { slug: true, jobTitle: true, bio: true } } },
  });
  if (!user) return null;
  return {
    name: user.name,
    email: user.email,
    role: user.role as Role,
    jobTitle: user.author?.jobTitle ?? '',
    bio: user.author?.bio ?? '',
    authorUrl: user.author ? paths.author(user.author.slug) : null,
  };
}

/** The account an administrator is about to delete, with how many articles it owns; null when there is none. */
export async function getUserForDeletion(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, _count: { select: { ownedArticles: true } } },
  });
  return user && { id: user.id, name: user.name, email: user.email, role: user.role as Role, articleCount: user._count.ownedArticles };
}

/** Who can take over a deleted account's articles: everyone else, by name. */
export async function listHeirs(exceptUserId: string) {
  return db.user.findMany({ where: { id: { not: exceptUserId } }, orderBy: { name: 'asc' }, select: { id: true, name: true, email: true } });
}

/** What the audit log says about a deletion just made, for the notice on the users page; null for anything else. */
export async function deletionNotice(userId: string) {
  const event = await db.auditEvent.findFirst({
    where: { action: 'user.deleted', targetType: 'user', targetId: userId },
    orderBy: { createdAt: 'desc' },
    select: { summary: true },
  });
  return event?.summary ?? null;
}
