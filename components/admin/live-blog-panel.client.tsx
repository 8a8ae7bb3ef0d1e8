'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/forms/result';
import { ActionForm } from './action-form.client';
import { DeletedEntries, EntryVersions, type EntryVersionRow } from './live-entry-history.client';
import { RichText } from './editor/rich-text.client';
import { useHydrated } from '../use-hydrated';
import { OutcomeMessage } from './outcome-message';

type FormAction<T = undefined> = (state: unknown, data: FormData) => Promise<ActionResult<T>>;

export type LiveEntryRow = {
  id: string;
  /** On the site's clock, for the form's datetime-local field. */
  atLocal: string;
  /** As the newsroom reads it ("7 December 2026, 14:05"). */
  atLabel: string;
  title: string;
  body: string;
  excerpt: string;
  authorId: string;
  authorName: string;
  pinned: boolean;
  keyEvent: boolean;
  /** Its versions, the one readers see first. */
  versions: EntryVersionRow[];
};

type Props = {
  articleId: string;
  state: 'off' | 'live' | 'ended';
  endsAtLocal: string;
  entries: LiveEntryRow[];
  /** Entries deleted, as they last were. */
  deleted: EntryVersionRow[];
  authors: { id: string; name: string }[];
  /** The viewer's own author profile: new entries carry their byline unless another is chosen. */
  defaultAuthorId: string;
  /** Whether the viewer may publish this story (entries go out as they are saved). */
  canPublish: boolean;
  actions: { settings: FormAction; saveEntry: FormAction<{ entryId: string }>; deleteEntry: FormAction; restoreEntry: FormAction };
};

const EMPTY_DOC = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph' }] });
const input = 'rounded border border-rule px-2 py-1.5 text-sm';

/**
 * The newsroom's side of a live blog, under the story's editor: whether it is one and whether it is live, then a
 * form for a new entry and the entries so far, each editable and deletable. Entries go out to readers as they are
 * saved.
 */
export function LiveBlogPanel({ articleId, state, endsAtLocal, entries, deleted, authors, defaultAuthorId, canPublish, actions }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section aria-labelledby="live-blog-title" className="mt-10 rounded border border-rule p-4">
      <h2 id="live-blog-title" className="font-semibold">
        Live blog
      </h2>
      {canPublish ? (
        <ActionForm action={actions.settings} submitLabel="Save live blog settings" className="mt-3">
          <input type="hidden" name="articleId" value={articleId} />
          <label className="text-sm">
            <span className="block font-semibold">This story is</span>
            <select name="state" defaultValue={state} className={input}>
              <option value="off">An ordinary story</option>
              <option value="live">A live blog, live now</option>
              <option value="ended">A live blog that has ended</option>
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-semibold">Planned end (site time, optional)</span>
            <input type="datetime-local" name="endsAt" defaultValue={endsAtLocal} className={input} />
          </label>
        </ActionForm>
      ) : (
        <p className="mt-2 text-sm text-muted">{state === 'off' ? 'An editor can make this story a live blog.' : `This live blog is ${state}.`}</p>
      )}
      {state !== 'off' && canPublish && (
        <>
          <h3 className="mt-6 text-sm font-bold uppercase tracking-wider">New entry</h3>
          <EntryForm key="new" articleId={articleId} authors={authors} defaultAuthorId={defaultAuthorId} action={actions.saveEntry} />
        </>
      )}
      {state !== 'off' && (
        <>
          <h3 className="mt-8 text-sm font-bold uppercase tracking-wider">Entries ({entries.length})</h3>
          {entries.length === 0 && <p className="mt-2 text-sm text-muted">No entries yet.</p>}
          <ol className="mt-2 divide-y divide-rule">
            {entries.map((entry) => (
              <li key={entry.id} className="py-3" data-entry={entry.id}>
                {editing === entry.id ? (
                  <EntryForm
                    articleId={articleId}
                    authors={authors}
                    defaultAuthorId={defaultAuthorId}
                    action={actions.saveEntry}
                    entry={entry}
                    onDone={() => setEditing(null)}
                  />
                ) : (
                  <div className="flex flex-wrap items-start justify-between gap-3 text-sm">
                    <div className="min-w-0 flex-1">
                      <p>
                        <strong className="tabular-nums">{entry.atLabel}</strong>
                        {entry.pinned && <span className="ml-2 text-xs font-bold uppercase text-accent">Pinned</span>}
                        {entry.keyEvent && <span className="ml-2 text-xs font-bold uppercase text-accent">Key event</span>}
                        {entry.authorName && <span className="ml-2 text-muted">{entry.authorName}</span>}
                      </p>
                      {entry.title && <p className="font-semibold">{entry.title}</p>}
                      <p className="text-muted">{entry.excerpt}</p>
                      {canPublish && <EntryVersions articleId={articleId} versions={entry.versions} restore={actions.restoreEntry} />}
                    </div>
                    {canPublish && (
                      <div className="flex items-start gap-2">
                        <button type="button" onClick={() => setEditing(entry.id)} className="rounded border border-ink px-3 py-1.5 text-sm font-semibold">
                          Edit entry{entry.title ? ` “${entry.title}”` : ` of ${entry.atLabel}`}
                        </button>
                        <ActionForm action={actions.deleteEntry} submitLabel="Delete" danger>
                          <input type="hidden" name="articleId" value={articleId} />
                          <input type="hidden" name="entryId" value={entry.id} />
                        </ActionForm>
                      </div>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ol>
          {canPublish && <DeletedEntries articleId={articleId} versions={deleted} restore={actions.restoreEntry} />}
        </>
      )}
    </section>
  );
}

/** A new entry, or a change to `entry`: time, title, text, author, and whether it is pinned or a key event. */
function EntryForm({
  articleId,
  authors,
  defaultAuthorId,
  action,
  entry,
  onDone,
}: {
  articleId: string;
  authors: Props['authors'];
  defaultAuthorId: string;
  action: FormAction<{ entryId: string }>;
  entry?: LiveEntryRow;
  onDone?: () => void;
}) {
  const hydrated = useHydrated();
  const [body, setBody] = useState(entry?.body ?? EMPTY_DOC);
  // A new editor after each published entry: the form starts empty again, while a refused one keeps its text.
  const [round, setRound] = useState(0);
  const [state, formAction, pending] = useActionState(async (previous: unknown, data: FormData) => {
    const result = await action(previous, data);
    if (result.ok && !entry) {
      setBody(EMPTY_DOC);
      setRound((n) => n + 1);
    }
    if (result.ok) onDone?.();
    return result;
  }, null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set('body', body);
    startTransition(() => formAction(data));
  };
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const fieldError = (name: string) =>
    errors[name] ? (
      <span className="mt-1 block text-accent" data-field={name}>
        {errors[name].join(' ')}
      </span>
    ) : null;
  const label = entry ? 'Save entry' : 'Publish entry';
  return (
    <form onSubmit={submit} className="mt-2 space-y-3" aria-label={entry ? 'Edit entry' : 'New entry'}>
      <input type="hidden" name="articleId" value={articleId} />
      {entry && <input type="hidden" name="entryId" value={entry.id} />}
      <div className="flex flex-wrap gap-3">
        <label className="text-sm">
          <span className="block font-semibold">Time (site time; empty for now)</span>
          <input type="datetime-local" name="at" step={60} defaultValue={entry?.atLocal ?? ''} className={input} />
          {fieldError('at')}
        </label>
        <label className="min-w-64 flex-1 text-sm">
          <span className="block font-semibold">Title (optional; needed for a key event)</span>
          <input name="title" defaultValue={entry?.title ?? ''} maxLength={200} className={`${input} w-full`} />
          {fieldError('title')}
        </label>
        <label className="text-sm">
          <span className="block font-semibold">Author</span>
          <select name="authorId" defaultValue={entry?.authorId || defaultAuthorId} className={input}>
            <option value="">No byline</option>
            {authors.map((author) => (
              <option key={author.id} value={author.id}>
                {author.name}
              </option>
            ))}
          </select>
          {fieldError('authorId')}
        </label>
      </div>
      <div>
        <RichText key={round} initialJson={body} onChange={setBody} editable label={entry ? 'Entry text' : 'New entry text'} minHeight="min-h-[8rem]" invalid={Boolean(errors.body)} />
        {fieldError('body')}
      </div>
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="pinned" defaultChecked={entry?.pinned ?? false} /> Pinned (stays on top)
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="keyEvent" defaultChecked={entry?.keyEvent ?? false} /> Key event
        </label>
        <button type="submit" disabled={pending || !hydrated} className="rounded bg-ink px-3 py-1.5 font-semibold text-paper disabled:opacity-60">
          {pending ? 'Saving…' : label}
        </button>
        {entry && (
          <button type="button" onClick={onDone} className="rounded border border-rule px-3 py-1.5">
            Cancel
          </button>
        )}
      </div>
      {state && (
        <OutcomeMessage ok={state.ok} text={state.message ?? ''} />
      )}
    </form>
  );
}
