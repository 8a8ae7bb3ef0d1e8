import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/admin/action-form.client';
import { PublicAdminPage, publicField as field } from '@/components/admin/public-page';
import { RESET_MINUTES } from '@/lib/users/password-reset';
import { requestPasswordResetAction } from './actions';

export const metadata: Metadata = { title: 'Forgot your password?' };

export default function ForgotPasswordPage() {
  return (
    <PublicAdminPage title="Forgot your password?" width="max-w-sm">
      <p className="mt-2 text-sm text-muted">
        Give the address you sign in with. We e-mail it a link to choose a new password, which works once, for {RESET_MINUTES} minutes.
      </p>
      <ActionForm action={requestPasswordResetAction} submitLabel="E-mail me a link" className="mt-4 flex-col items-stretch">
        <label className="text-sm font-semibold">
          Email
          <input name="email" type="email" autoComplete="email" required className={field} />
        </label>
      </ActionForm>
      <p className="mt-4 text-sm">
        <Link href="/admin/login" className="underline">
          Back to sign in
        </Link>
      </p>
    </PublicAdminPage>
  );
}
