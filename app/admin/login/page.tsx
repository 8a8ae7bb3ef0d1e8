import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/admin/login-form.client';
import { PublicAdminPage } from '@/components/admin/public-page';
import { safeNextPath } from '@/lib/auth/access';
import { getViewer } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ next?: string | string[]; signedOut?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === 'string' ? params.next : null);
  if (await getViewer()) redirect(next);
  return (
    <PublicAdminPage title="Sign in to the newsroom" width="max-w-sm">
      {params.signedOut && (
        <p role="status" className="mt-4 rounded bg-paper p-3 text-sm">
          You are signed out.
        </p>
      )}
      <LoginForm next={next} />
      <p className="mt-4 text-sm">
        <Link href="/admin/forgot-password" className="underline">
          Forgot your password?
        </Link>
      </p>
    </PublicAdminPage>
  );
}
