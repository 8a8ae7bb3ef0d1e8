import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { createAccount } from '@/lib/users/accounts';
import { acceptInvitation, createInvitation, INVITATION_INVALID } from '@/lib/users/invitations';
import { changeRole, deleteUser, LAST_ADMINISTRATOR, suspendUser } from '@/lib/users/manage';
import { createArticle, createSection } from './factories';

const context = { request: { ip: '198.51.100.1', userAgent: 'vitest' } };
const PASSWORD = 'lantern-gull-fog-harbour-9';

async function account(role: Role) {
  const user = await createAccount({ email: `${role}-${randomUUID().slice(0, 8)}@it.example`, name: `IT ${role}`, role, password: PASSWORD });
  const viewer: Viewer = { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role, authorId: user.authorId };
  return { user, viewer };
}

describe('invitations', () => {
  it('turn into an account once, and only once', async () => {
    const { viewer } = await account('administrator');
    const email = `new-${randomUUID().slice(0, 8)}@it.example`;
    const invited = await createInvitation(viewer, { email, name: 'New Person', role: 'author' }, context);
    expect(invited.ok).toBe(true);
    const token = invited.ok ? new URL(invited.data!.url).pathname.split('/').at(-1)! : '';
    expect(await acceptInvitation({ token, name: 'New Person', password: PASSWORD }, context)).toMatchObject({ ok: true });
    expect(await db.user.findUnique({ where: { email } })).toMatchObject({ role: 'author', status: 'active' });
    expect(await acceptInvitation({ token, name: 'Again', password: PASSWORD }, context)).toEqual({ ok: false, status: 410, message: INVITATION_INVALID });
    const audit = await db.auditEvent.findMany({ where: { action: { in: ['user.invited', 'user.invitation-accepted'] } } });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('are refused once expired, and change nothing', async () => {
    const { viewer } = await account('administrator');
    const email = `late-${randomUUID().slice(0, 8)}@it.example`;
    const invited = await createInvitation(viewer, { email, name: 'Late', role: 'contributor' }, context);
    const token = invited.ok ? new URL(invited.data!.url).pathname.split('/').at(-1)! : '';
    await db.invitation.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await acceptInvitation({ token, name: 'Late', password: PASSWORD }, context)).toMatchObject({ ok: false, status: 410 });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

describe('managing users', () => {
  it('suspension ends every session of the user', async () => {
    const { viewer } = await account('administrator');
    const { user } = await account('contributor');
    await db.session.create({ data: { userId: user.id, token: randomUUID(), expiresAt: new Date(Date.now() + 3600_000) } });
    expect(await suspendUser(viewer, user.id, context)).toMatchObject({ ok: true });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe('suspended');
  });

  it('never removes the last active administrator', async () => {
    await db.user.updateMany({ where: { role: 'administrator' }, data: { status: 'suspended' } });
    const { viewer } = await account('administrator');
    const other = await account('administrator');
    expect(await suspendUser(viewer, other.user.id, context)).toMatchObject({ ok: true });
    const { viewer: editorViewer } = await account('editor');
    // As seen by another (hypothetical) administrator: the only active one left cannot be demoted.
    expect(await changeRole({ ...editorViewer, role: 'administrator' }, viewer.userId, 'editor', context)).toEqual({
      ok: false,
      status: 409,
      message: LAST_ADMINISTRATOR,
    });
  });

  it('deleting a user keeps their articles and hands them to a colleague', async () => {
    const { viewer } = await account('administrator');
    const leaving = await account('author');
    const section = await createSection();
    const article = await createArticle({ sectionId: section.id });
    await db.article.update({ where: { id: article.id }, data: { ownerId: leaving.user.id } });
    expect(await deleteUser(viewer, leaving.user.id, viewer.userId, context)).toMatchObject({ ok: true });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).ownerId).toBe(viewer.userId);
    expect(await db.author.count({ where: { id: leaving.user.authorId! } })).toBe(1);
  });
});
