import { forbidden } from 'next/navigation';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/admin/action-form.client';
import { AdminShell } from '@/components/admin/admin-shell';
import { pageAccess } from '@/lib/auth/access';
import { getProfile } from '@/lib/users/queries';
import { changePasswordAction, signOutEverywhereAction, updateProfileAction } from './actions';

export const metadata: Metadata = { title: 'My profile' };

const field = 'mt-1 w-full rounded border border-rule px-2 py-1.5 text-sm';

export default async function ProfilePage() {
  const access = await pageAccess('/admin/profile');
  if (!access.ok) forbidden();
  const { viewer } = access;
  const profile = await getProfile(viewer.userId);
  if (!profile) return null;
  return (
    <AdminShell viewer={viewer} title="My profile">
      <section aria-labelledby="public-profile" className="max-w-xl">
        <h2 id="public-profile" className="font-semibold">
          Public profile
        </h2>
        {profile.authorUrl && (
          <p className="text-sm text-muted">
            Shown on <Link href={profile.authorUrl} className="underline">your author page</Link> and in your bylines.
          </p>
        )}
        <ActionForm action={updateProfileAction} submitLabel="Save profile" className="mt-3 flex-col items-stretch">
          <label className="text-sm font-semibold">
            Name
            <input name="name" defaultValue={profile.name} required className={field} />
          </label>
          <label className="text-sm font-semibold">
            Job title
            <input name="jobTitle" defaultValue={profile.jobTitle} className={field} />
          </label>
          <label className="text-sm font-semibold">
            Bio
            <textarea name="bio" defaultValue={profile.bio} rows={4} className={field} />
          </label>
        </ActionForm>
      </section>

      <section aria-labelledby="password" className="mt-10 max-w-xl">
        <h2 id="password" className="font-semibold">
          Change password
        </h2>
        <p className="text-sm text-muted">At least 12 characters; common and easily guessed passwords are refused.</p>
        <ActionForm action={changePasswordAction} submitLabel="Change password" className="mt-3 flex-col items-stretch">
          <label className="text-sm font-semibold">
            Current password
            <input name="currentPassword" type="password" autoComplete="current-password" required className={field} />
          </label>
          <label className="text-sm font-semibold">
            New password
            <input name="newPassword" type="password" autoComplete="new-password" required className={field} />
          </label>
          <label className="text-sm font-semibold">
            Repeat new password
            <input name="confirmPassword" type="password" autoComplete="new-password" required className={field} />
          </label>
        </ActionForm>
      </section>

      <section aria-labelledby="sessions" className="mt-10 max-w-xl">
        <h2 id="sessions" className="font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-muted">Signed in on a shared or lost device? End every session of your account.</p>
        <ActionForm action={signOutEverywhereAction} submitLabel="Sign out everywhere" danger className="mt-3" />
      </section>
    </AdminShell>
  );
}
