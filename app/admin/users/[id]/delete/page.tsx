import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { ActionForm } from '@/components/admin/action-form.client';
import { AdminShell } from '@/components/admin/admin-shell';
import { pageAccess } from '@/lib/auth/access';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { countOf } from '@/lib/text/plural';
import { getUserForDeletion, listHeirs } from '@/lib/users/queries';
import { deleteUserAction } from '../../actions';

export const metadata: Metadata = { title: 'Delete a user' };

type Props = { params: Promise<{ id: string }> };

/**
 * Deleting an account is confirmed here, where the administrator chooses who takes over its articles: one list of
 * the newsroom's people, rather than one per row of the users page (which grew with the square of the newsroom).
 */
export default async function DeleteUserPage({ params }: Props) {
  const { id } = await params;
  const access = await pageAccess('/admin/users/[id]/delete', `/admin/users/${encodeURIComponent(id)}/delete`);
  if (!access.ok) forbidden();
  const { viewer } = access;
  if (id === viewer.userId) forbidden();
  const [user, heirs] = await Promise.all([getUserForDeletion(id), listHeirs(id)]);
  if (!user) notFound();
  return (
    <AdminShell viewer={viewer} title={`Delete ${user.name}`}>
      <p className="max-w-prose text-sm">
        {user.name} &lt;{user.email}&gt; · {ROLE_LABELS[user.role]} · owns {countOf(user.articleCount, 'article')}. The account and its sessions
        go at once and cannot be restored; its articles stay, with their bylines and author page, and pass to the person you choose.
      </p>
      <ActionForm action={deleteUserAction} submitLabel={`Delete ${user.name}`} danger className="mt-4">
        <input type="hidden" name="userId" value={user.id} />
        <label className="text-sm">
          <span className="block font-semibold">Give {user.name}’s articles to</span>
          <select name="reassignTo" defaultValue={viewer.userId} className="rounded border border-rule px-2 py-1.5 text-sm">
            {heirs.map((heir) => (
              <option key={heir.id} value={heir.id}>
                {heir.name} ({heir.email})
              </option>
            ))}
          </select>
        </label>
      </ActionForm>
      <p className="mt-6 text-sm">
        <Link href="/admin/users" className="underline">
          Back to users
        </Link>
      </p>
    </AdminShell>
  );
}
