'use client';

import { useState, type FormEvent } from 'react';
import { useHydrated } from '../use-hydrated';

const NETWORK_ERROR = 'The newsroom could not be reached. Check your connection and try again.';

/** Email and password, posted to better-auth's sign-in endpoint; its message is shown as it is (401, 403, 429). */
export function LoginForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    try {
      const response = await fetch('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
      });
      if (response.ok) {
        window.location.assign(next);
        return;
      }
      const body = (await response.json().catch(() => null)) as { message?: string } | null;
      setError(body?.message ?? `Sign-in failed (${response.status}).`);
    } catch {
      setError(NETWORK_ERROR);
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} method="post" className="mt-6 space-y-4" noValidate>
      <div>
        <label htmlFor="email" className="block text-sm font-semibold">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className="mt-1 w-full rounded border border-rule px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-semibold">
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-rule px-3 py-2" />
      </div>
      {error && (
        <p role="alert" className="rounded border border-accent bg-red-50 p-3 text-sm text-accent">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending || !hydrated} className="w-full rounded bg-ink px-4 py-2 font-semibold text-paper disabled:opacity-60">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
