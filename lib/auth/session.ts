import { headers } from 'next/headers';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { auth, SESSION_ABSOLUTE_SECONDS } from './auth';
import { isRole, type Role } from './roles';

/** The signed-in newsroom member of this request. */
export type Viewer = {
  userId: string;
  sessionId: string;
  name: string;
  email: string;
  role: Role;
  authorId: string | null;
};

/**
 * The signed-in user, or null. A suspended account, an unknown role or a session past its absolute lifetime
 * counts as signed out (and the stale sessions are removed), whatever the cookie says.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => viewerFromHeaders(await headers()));

/** getViewer for code that has the request's headers in hand (the proxy). */
export async function viewerFromHeaders(requestHeaders: Headers): Promise<Viewer | null> {
  const result = await auth.api.getSession({ headers: requestHeaders });
  if (!result) return null;
  const { user, session } = result;
  if (user.status !== 'active' || !isRole(user.role)) {
    await db.session.deleteMany({ where: { userId: user.id } });
    return null;
  }
  if (Date.now() - new Date(session.createdAt).getTime() > SESSION_ABSOLUTE_SECONDS * 1000) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  return {
    userId: user.id,
    sessionId: session.id,
    name: user.name,
    email: user.email,
    role: user.role,
    authorId: (user.authorId as string | null | undefined) ?? null,
  };
}
