'use client';

import { useState, useTransition } from 'react';
import { clearBreakingAction, flagBreakingAction } from '@/app/admin/articles/actions';
import type { BreakingState } from '@/lib/articles/breaking';
import { OutcomeMessage } from '../outcome-message';

const button = 'rounded border border-rule px-3 py-1.5 text-sm font-semibold disabled:opacity-60';

/** Flags a published story as breaking news until a time (a banner on every reader page), or clears it. */
export function BreakingControl({ articleId, initial }: { articleId: string; initial: BreakingState }) {
  const [state, setState] = useState(initial);
  const [until, setUntil] = useState('');
  const [sendAlert, setSendAlert] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (step: () => ReturnType<typeof flagBreakingAction>) =>
    startTransition(async () => {
      setMessage(null);
      const result = await step();
      if (result.ok && result.data) setState(result.data);
      if (result.ok) setSendAlert(false);
      const text = result.ok ? (result.message ?? '') : (result.fieldErrors?.until?.[0] ?? result.message);
      setMessage({ ok: result.ok, text });
    });

  return (
    <div role="group" aria-labelledby="breaking-title" className="space-y-2 border-t border-rule pt-3">
      <p id="breaking-title" className="text-sm font-semibold">
        Breaking news
      </p>
      {state.until ? (
        <p className="text-sm">
          A banner links to this story on every page until <strong>{state.label}</strong>.
        </p>
      ) : (
        <p className="text-sm text-muted">Shows a banner linking to this story on every page of the site until the time you choose.</p>
      )}
      <label className="block text-sm">
        <span>{state.until ? 'Change the end (site time)' : 'Breaking until (site time)'}</span>
        <input type="datetime-local" step={1} value={until} onChange={(e) => setUntil(e.target.value)} className="mt-1 w-full rounded border border-rule px-2 py-1" />
      </label>
      {state.alertSent ? (
        <p className="text-sm text-muted">An alert about this story was e-mailed to subscribers at {state.alertSent}.</p>
      ) : (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" checked={sendAlert} onChange={(e) => setSendAlert(e.target.checked)} className="mt-1" />
          <span>Send an alert: e-mail this story to the breaking-news alerts’ subscribers (once per story)</span>
        </label>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} disabled={pending} onClick={() => run(() => flagBreakingAction({ articleId, until, sendAlert }))}>
          {state.until ? 'Change the end' : 'Flag as breaking'}
        </button>
        {state.until && (
          <button type="button" className={button} disabled={pending} onClick={() => run(() => clearBreakingAction({ articleId }))}>
            Clear breaking news
          </button>
        )}
      </div>
      {message && (
        <OutcomeMessage ok={message.ok} text={message.text} />
      )}
    </div>
  );
}
