import { connection } from 'next/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/admin/action-form.client';
import { ROLE_LABELS, isRole } from '@/lib/auth/roles';
import { siteConfig } from '@/lib/config/site';
import { findOpenInvitation, INVITATION_INVALID } from '@/lib/users/invitations';
import { acceptInvitationAction } from './actions';

export const metadata: Metadata = { title: 'Join the newsroom', referrer: 'no-referrer' };

const field = 'mt-1 w-full rounded border border-rule px-2 py-1.5 text-sm';

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  // Looked up per request: an invitation's state changes (accepted, withdrawn, expired).
  await connection();
  const { token } = await params;
  const invitation = await findOpenInvitation(token);
  return (
    <main id="content" className="mx-auto max-w-md px-4 py-16">
      <p className="font-serif text-2xl font-bold">{siteConfig().name}</p>
      <h1 className="mt-2 text-xl font-semibold">Join the newsroom</h1>
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
    </main>
  );
}
