import Link from 'next/link';
import { forbidden } from 'next/navigation';
import type { Metadata } from 'next';
import { ActionForm } from '@/components/admin/action-form.client';
import { AdminShell } from '@/components/admin/admin-shell';
import { pageAccess } from '@/lib/auth/access';
import { ROLE_LABELS, ROLES } from '@/lib/auth/roles';
import { deletionNotice, listOpenInvitations, listUsers } from '@/lib/users/queries';
import {
  changeRoleAction,
  inviteUserAction,
  reinstateUserAction,
  revokeInvitationAction,
  suspendUserAction,
} from './actions';

export const metadata: Metadata = { title: 'Users' };

const input = 'rounded border border-rule px-2 py-1.5 text-sm';

function RoleSelect({ name = 'role', value, label }: { name?: string; value?: string; label: string }) {
  return (
    <select name={name} defaultValue={value} aria-label={label} className={input}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </select>
  );
}

type Props = { searchParams: Promise<{ deleted?: string | string[] }> };

export default async function UsersPage({ searchParams }: Props) {
  const access = await pageAccess('/admin/users');
  if (!access.ok) forbidden();
  const { viewer } = access;
  const { deleted } = await searchParams;
  const [users, invitations, deletion] = await Promise.all([
    listUsers(),
    listOpenInvitations(),
    typeof deleted === 'string' ? deletionNotice(deleted) : null,
  ]);
  return (
    <AdminShell viewer={viewer} title="Users">
      {deletion && (
        <p role="status" className="mb-6 rounded border border-green-800 px-3 py-2 text-sm text-green-800">
          {deletion}.
        </p>
      )}
      <section aria-labelledby="invite" className="rounded border border-rule p-4">
        <h2 id="invite" className="font-semibold">
          Invite someone
        </h2>
        <ActionForm action={inviteUserAction} submitLabel="Create invitation" className="mt-3">
          <label className="text-sm">
            <span className="block font-semibold">Email</span>
            <input name="email" type="email" required className={input} />
          </label>
          <label className="text-sm">
            <span className="block font-semibold">Name</span>
            <input name="name" required className={input} />
          </label>
          <label className="text-sm">
            <span className="block font-semibold">Role</span>
            <RoleSelect value="contributor" label="Role" />
          </label>
        </ActionForm>
      </section>

      {invitations.length > 0 && (
        <section aria-labelledby="open-invitations" className="mt-8">
          <h2 id="open-invitations" className="font-semibold">
            Open invitations
          </h2>
          <ul className="mt-2 divide-y divide-rule">
            {invitations.map((inv) => (
              <li key={inv.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>
                  {inv.name} &lt;{inv.email}&gt; · {ROLE_LABELS[inv.role as keyof typeof ROLE_LABELS] ?? inv.role} · expires{' '}
                  {inv.expiresAt.toISOString().slice(0, 10)}
                </span>
                <ActionForm action={revokeInvitationAction} submitLabel="Withdraw" danger>
                  <input type="hidden" name="invitationId" value={inv.id} />
                </ActionForm>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="people" className="mt-8">
        <h2 id="people" className="font-semibold">
          People
        </h2>
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-ink">
              <th className="py-2">Name</th>
              <th>Role</th>
              <th>Status</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-rule align-top" data-user={user.email}>
                <td className="py-2">
                  <strong>{user.name}</strong>
                  <br />
                  <span className="text-muted">{user.email}</span>
                </td>
                <td className="py-2">
                  {user.id === viewer.userId ? (
                    ROLE_LABELS[user.role]
                  ) : (
                    <ActionForm action={changeRoleAction} submitLabel="Change role">
                      <input type="hidden" name="userId" value={user.id} />
                      <RoleSelect value={user.role} label={`Role of ${user.name}`} />
                    </ActionForm>
                  )}
                </td>
                <td className="py-2">{user.status === 'active' ? 'Active' : 'Suspended'}</td>
                <td className="space-y-2 py-2">
                  {user.id !== viewer.userId && (
                    <>
                      <ActionForm
                        action={user.status === 'active' ? suspendUserAction : reinstateUserAction}
                        submitLabel={user.status === 'active' ? `Suspend ${user.name}` : `Reinstate ${user.name}`}
                        danger={user.status === 'active'}
                      >
                        <input type="hidden" name="userId" value={user.id} />
                      </ActionForm>
                      <Link href={`/admin/users/${encodeURIComponent(user.id)}/delete`} className="block text-accent underline">
                        Delete {user.name}…
                      </Link>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </AdminShell>
  );
}
