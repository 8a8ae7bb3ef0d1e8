import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ActionForm } from '@/components/admin/action-form.client';
import { PublicAdminPage, publicField as field } from '@/components/admin/public-page';
import { findOpenReset, RESET_INVALID } from '@/lib/users/password-reset';
import { resetPasswordAction } from './actions';

// The token is in the address: no Referer may carry it to another site.
export const metadata: Metadata = { title: 'Choose a new password', referrer: 'no-referrer' };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  // Looked up per request: a link is used or expires.
  await connection();
  const { token } = await params;
  const reset = await findOpenReset(token);
  return (
    <PublicAdminPage title="Choose a new password" width="max-w-sm">
      {!reset ? (
        <p role="alert" className="mt-4">
          {RESET_INVALID}{' '}
          <Link href="/admin/forgot-password" className="underline">
            Ask for a new link
          </Link>
        </p>
      ) : (
        <>
          <p className="mt-2 text-sm text-muted">For {reset.user.email}. Every device signed in to this account is signed out.</p>
          <ActionForm action={resetPasswordAction} submitLabel="Change my password" className="mt-4 flex-col items-stretch">
            <input type="hidden" name="token" value={token} />
            <label className="text-sm font-semibold">
              New password
              <input name="password" type="password" autoComplete="new-password" required className={field} />
            </label>
            <label className="text-sm font-semibold">
              Repeat password
              <input name="confirmPassword" type="password" autoComplete="new-password" required className={field} />
            </label>
          </ActionForm>
          <p className="mt-4 text-sm">
            <Link href="/admin/login" className="underline">
              Sign in
            </Link>
          </p>
        </>
      )}
    </PublicAdminPage>
  );
}
