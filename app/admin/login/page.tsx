import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/admin/login-form.client';
import { safeNextPath } from '@/lib/auth/access';
import { getViewer } from '@/lib/auth/session';
import { siteConfig } from '@/lib/config/site';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ next?: string | string[]; signedOut?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === 'string' ? params.next : null);
  if (await getViewer()) redirect(next);
  return (
    <main id="content" className="mx-auto max-w-sm px-4 py-16">
      <p className="font-serif text-2xl font-bold">{siteConfig().name}</p>
      <h1 className="mt-2 text-xl font-semibold">Sign in to the newsroom</h1>
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
    </main>
  );
}
