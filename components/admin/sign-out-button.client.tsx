'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/forms/result';

export function SignOutButton({ action }: { action: (state: unknown, data: FormData) => Promise<ActionResult> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      <button type="submit" disabled={pending} className="rounded border border-ink px-3 py-1 font-semibold hover:bg-ink hover:text-paper">
        Sign out
      </button>
      {state && !state.ok && <span role="alert">{state.message}</span>}
    </form>
  );
}
