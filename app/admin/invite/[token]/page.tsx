import { connection } from 'next/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/admin/action-form.client';
import { PublicAdminPage, publicField as field } from '@/components/admin/public-page';
import { ROLE_LABELS, isRole } from '@/lib/auth/roles';
import { findOpenInvitation, INVITATION_INVALID } from '@/lib/users/invitations';
import { acceptInvitationAction } from './actions';

export const metadata: Metadata = { title: 'Join the newsroom', referrer: 'no-referrer' };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  // Looked up per request: an invitation's state changes (accepted, withdrawn, expired).
  await connection();
  const { token } = await params;
  const invitation = await findOpenInvitation(token);
  return (
    <PublicAdminPage title="Join the newsroom">
      {!invitation ? (
        <p role="alert" className="mt-4">
          {INVITATION_INVALID} <Link href="/admin/login" className="underline">Sign in</Link>
        </p>
      ) : (
        <>
          <p className="mt-2 text-sm text-muted">
            You are invited as {isRole(invitation.role) ? ROLE_LABELS[invitation.role].toLowerCase() : invitation.role} with the
            email {invitation.email}. Choose the name readers see and a password.
          </p>
          <ActionForm action={acceptInvitationAction} submitLabel="Create my account" className="mt-4 flex-col items-stretch">
            <input type="hidden" name="token" value={token} />
            <label className="text-sm font-semibold">
              Name
              <input name="name" defaultValue={invitation.name} required className={field} />
            </label>
            <label className="text-sm font-semibold">
              Password
              <input name="password" type="password" autoComplete="new-password" required className={field} />
            </label>
            <label className="text-sm font-semibold">
              Repeat password
              <input name="confirmPassword" type="password" autoComplete="new-password" required className={field} />
            </label>
          </ActionForm>
          <p className="mt-4 text-sm">
            Already done? <Link href="/admin/login" className="underline">Sign in</Link>
          </p>
        </>
      )}
    </PublicAdminPage>
  );
}
