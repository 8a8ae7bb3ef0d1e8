'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/forms/result';
import { OutcomeMessage } from '../outcome-message';

type Story = { id: string; headline: string; section: string };
/** A server action the page hands in (save, or send a test). */
type Step = (input: { newsletter: string; day: string; intro: string; articleIds: string[] }) => Promise<ActionResult>;

const button = 'rounded border border-rule px-3 py-1.5 text-sm font-semibold disabled:opacity-60';
const small = 'rounded border border-rule px-2 py-0.5 text-xs disabled:opacity-40';

/**
 * The next morning edition as the editor shapes it: an intro, the stories in order (move, remove, add), saved for its
 * time or sent to the editor as a test exactly as it stands on screen.
 */
export function EditionEditor({
  newsletter,
  day,
  version,
  initial,
  candidates,
  save,
  sendTest,
}: {
  newsletter: string;
  day: string;
  /** The stored edition's version: when it moves (a save, here or by someone else), the form takes what is stored. */
  version: string;
  initial: { intro: string; chosen: boolean; stories: Story[] };
  candidates: Story[];
  save: Step;
  sendTest: Step;
}) {
  const [intro, setIntro] = useState(initial.intro);
  const [stories, setStories] = useState(initial.stories);
  const [chosen, setChosen] = useState(initial.chosen);
  const [adding, setAdding] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  // Taken from the stored edition when it changes, in place rather than by remounting (a `key`): a remount in the
  // same commit as the save's answer dropped the "Saved." it had just set.
  const [shown, setShown] = useState(version);
  if (shown !== version) {
    setShown(version);
    setIntro(initial.intro);
    setStories(initial.stories);
    setChosen(initial.chosen);
  }

  const change = (next: Story[]) => {
    setStories(next);
    setChosen(true);
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...stories];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    change(next);
  };
  const run = (step: Step, articleIds: string[]) =>
    startTransition(async () => {
      setMessage(null);
      const result: ActionResult = await step({ newsletter, day, intro, articleIds });
      setMessage({ ok: result.ok, text: result.ok ? (result.message ?? '') : (Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.message) });
    });
  const ids = chosen ? stories.map((s) => s.id) : [];
  const addable = candidates.filter((c) => !stories.some((s) => s.id === c.id));

  return (
    <div className="space-y-4">
      <label className="block text-sm">
        <span className="font-semibold">Intro (optional, plain text; a blank line starts a paragraph)</span>
        <textarea value={intro} onChange={(e) => setIntro(e.target.value)} rows={4} maxLength={2000} className="mt-1 w-full rounded border border-rule px-2 py-1.5" />
      </label>
      <p className="text-sm text-muted">
        {chosen ? 'The stories you chose, in this order.' : 'The day’s top stories as they stand now; at its time the edition takes them as they stand then, unless you change the list.'}
      </p>
      <ol aria-label="Stories in the edition" className="divide-y divide-rule rounded border border-rule">
        {stories.length === 0 && <li className="p-3 text-sm text-muted">No stories: with none, the edition is skipped.</li>}
        {stories.map((story, index) => (
          <li key={story.id} className="flex flex-wrap items-center gap-2 p-2 text-sm">
            <span className="w-6 text-muted">{index + 1}.</span>
            <span className="min-w-48 flex-1">
              {story.headline} <span className="text-muted">· {story.section}</span>
            </span>
            <button type="button" className={small} disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move up: ${story.headline}`}>
              Up
            </button>
            <button type="button" className={small} disabled={index === stories.length - 1} onClick={() => move(index, 1)} aria-label={`Move down: ${story.headline}`}>
              Down
            </button>
            <button type="button" className={small} onClick={() => change(stories.filter((s) => s.id !== story.id))} aria-label={`Remove: ${story.headline}`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="block font-semibold">Add a story</span>
          <select value={adding} onChange={(e) => setAdding(e.target.value)} className="mt-1 max-w-md rounded border border-rule px-2 py-1.5">
            <option value="">Choose one of the last day’s stories…</option>
            {addable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.headline} ({c.section})
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={button}
          disabled={!adding}
          onClick={() => {
            const story = candidates.find((c) => c.id === adding);
            if (story) change([...stories, story]);
            setAdding('');
          }}
        >
          Add
        </button>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper disabled:opacity-60" disabled={pending} onClick={() => run(save, ids)}>
          Save the edition
        </button>
        <button type="button" className={button} disabled={pending} onClick={() => run(sendTest, ids)}>
          Send a test to me
        </button>
        {chosen && (
          <button
            type="button"
            className={button}
            disabled={pending}
            onClick={() => {
              setChosen(false);
              run(save, []);
            }}
          >
            Use the day’s top stories instead
          </button>
        )}
      </div>
      {message && (
        <OutcomeMessage ok={message.ok} text={message.text} />
      )}
    </div>
  );
}
