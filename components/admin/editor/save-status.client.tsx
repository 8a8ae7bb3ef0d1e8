'use client';

import type { SaveState } from './use-article-save.client';

const clock = (date: Date) => date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** "Saved · 10:42", "Saving…", "Unsaved changes": always visible, announced politely to screen readers. */
export function SaveStatus({ state, live }: { state: SaveState; live: boolean }) {
  let text: string;
  let tone = 'text-muted';
  switch (state.kind) {
    case 'saved':
      text = state.at ? `Saved · ${clock(state.at)}` : 'All changes saved';
      break;
    case 'saving':
      text = 'Saving…';
      break;
    case 'dirty':
      text = live ? 'Unsaved changes: press Update to publish them' : 'Unsaved changes';
      tone = 'text-amber-700';
      break;
    case 'offline':
      text = state.message;
      tone = 'text-accent';
      break;
    case 'invalid':
      text = `Not saved: ${[state.message, ...Object.values(state.fieldErrors).flat()].join(' ')}`;
      tone = 'text-accent';
      break;
    case 'conflict':
      text = 'Not saved: someone else saved first';
      tone = 'text-accent';
      break;
    case 'refused':
      text = `Not saved: ${state.message}`;
      tone = 'text-accent';
      break;
  }
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className={`text-sm font-semibold ${tone}`}>
      {text}
    </p>
  );
}
