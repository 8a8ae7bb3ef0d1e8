'use client';

import { startTransition, useActionState, type FormEvent, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/forms/result';
import { useHydrated } from '../use-hydrated';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any action's result; only `url` is read from its data
type Action = (state: unknown, data: FormData) => Promise<ActionResult<any>>;

/**
 * A form bound to a server action: shows the action's message and field errors next to the form, keeps the
 * user's input when the action refuses it, and shows a link the action returns (an invitation) to copy.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  className = '',
  danger = false,
}: {
  action: Action;
  submitLabel: string;
  children?: ReactNode;
  className?: string;
  danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const hydrated = useHydrated();
  // Submitting through onSubmit (not the form's action prop) stops React from clearing the fields afterwards:
  // a refused form keeps everything the user typed. (The action prop would also let the browser post the form
  // before hydration, but the page that comes back cannot show the message: with cacheComponents Next resumes the
  // prerendered shell, and React's resume takes no form state. So the button waits for hydration instead.)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const fieldErrors = state && !state.ok ? Object.entries(state.fieldErrors ?? {}) : [];
  return (
    <form onSubmit={submit} className={`flex flex-wrap items-end gap-2 ${className}`}>
      {children}
      <button
        type="submit"
        disabled={pending || !hydrated}
        className={`rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60 ${danger ? 'border border-accent text-accent hover:bg-red-50' : 'bg-ink text-paper'}`}
      >
        {submitLabel}
      </button>
      {state && (
        <div className="basis-full text-sm">
          <p role={state.ok ? 'status' : 'alert'} className={state.ok ? 'text-green-800' : 'text-accent'}>
            {state.message}
          </p>
          {fieldErrors.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-accent">
              {fieldErrors.map(([field, messages]) => (
                <li key={field} data-field={field}>
                  {messages.join(' ')}
                </li>
              ))}
            </ul>
          )}
          {state.ok && typeof state.data?.url === 'string' && (
            <label className="mt-2 block">
              <span className="font-semibold">Invitation link (shown once)</span>
              <input readOnly value={state.data.url} className="mt-1 w-full rounded border border-rule px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
            </label>
          )}
        </div>
      )}
    </form>
  );
}
