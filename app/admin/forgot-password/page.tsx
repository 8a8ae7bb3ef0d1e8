import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/admin/action-form.client';
import { siteConfig } from '@/lib/config/site';
import { RESET_MINUTES } from '@/lib/users/password-reset';
import { requestPasswordResetAction } from './actions';

export const metadata: Metadata = { title: 'Forgot your password?' };

const field = 'mt-1 w-full rounded border border-rule px-2 py-1.5 text-sm';

export default function ForgotPasswordPage() {
  return (
    <main id="content" className="mx-auto max-w-sm px-4 py-16">
      <p className="font-serif text-2xl font-bold">{siteConfig().name}</p>
      <h1 className="mt-2 text-xl font-semibold">Forgot your password?</h1>
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
    </main>
  );
}
