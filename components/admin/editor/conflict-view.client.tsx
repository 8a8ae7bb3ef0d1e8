'use client';

import { useState } from 'react';
import type { ArticleFields } from '@/lib/articles/schemas';
import type { ConflictDetails } from '@/lib/articles/save';

type Choice = 'mine' | 'theirs';
type Part = 'headline' | 'standfirst' | 'body' | 'settings';

const PARTS: { key: Part; label: string }[] = [
  { key: 'headline', label: 'Headline' },
  { key: 'standfirst', label: 'Standfirst' },
  { key: 'body', label: 'Text' },
  { key: 'settings', label: 'Everything else (section, tags, bylines, pictures, SEO, note)' },
];

type Node = { text?: string; content?: Node[]; type?: string };

/** The body's words, paragraph by paragraph, to read both versions side by side. */
function plainText(json: string): string {
  try {
    const out: string[] = [];
    const walk = (node: Node) => {
      if (node.text) out.push(node.text);
      node.content?.forEach(walk);
      if (node.type && ['paragraph', 'heading', 'listItem', 'pullQuote'].includes(node.type)) out.push('\n\n');
    };
    walk(JSON.parse(json) as Node);
    return out.join('').trim();
  } catch {
    return '';
  }
}

const show = (fields: ArticleFields, part: Part) =>
  part === 'body'
    ? plainText(fields.body)
    : part === 'settings'
      ? `Slug: ${fields.slug}\nTags: ${fields.tags.join(', ') || '—'}\nNote: ${fields.correction || '—'}\nSEO title: ${fields.seoTitle || '—'}`
      : fields[part];

/**
 * Shown when a save is refused because someone else saved first: both versions side by side, a choice per part,
 * and one button that saves the merged result on top of theirs. Nothing is lost: their save is a revision.
 */
export function ConflictView({ mine, details, onResolve }: { mine: ArticleFields; details: ConflictDetails; onResolve: (merged: ArticleFields) => void }) {
  const theirs = details.theirs;
  const differing = PARTS.filter((p) => show(mine, p.key) !== show(theirs, p.key));
  const [choices, setChoices] = useState<Record<Part, Choice>>({ headline: 'mine', standfirst: 'mine', body: 'mine', settings: 'mine' });
  const merge = (): ArticleFields => {
    const base = choices.settings === 'mine' ? { ...mine } : { ...theirs };
    return {
      ...base,
      headline: (choices.headline === 'mine' ? mine : theirs).headline,
      standfirst: (choices.standfirst === 'mine' ? mine : theirs).standfirst,
      body: (choices.body === 'mine' ? mine : theirs).body,
    };
  };
  return (
    <section aria-labelledby="conflict-title" className="rounded border-2 border-accent bg-red-50 p-4" data-testid="conflict-view">
      <h2 id="conflict-title" className="font-semibold">
        {details.savedBy} saved this article at {new Date(details.savedAt).toLocaleTimeString()} while you were editing
      </h2>
      <p className="mt-1 text-sm">Your changes are not lost. Choose which version of each part to keep, then save the merged article.</p>
      {differing.length === 0 && <p className="mt-2 text-sm">The two versions are the same.</p>}
      {differing.map((part) => (
        <fieldset key={part.key} className="mt-4">
          <legend className="font-semibold">{part.label}</legend>
          <div className="mt-1 grid gap-3 md:grid-cols-2">
            {(['mine', 'theirs'] as const).map((who) => (
              <label key={who} className={`block rounded border bg-white p-2 text-sm ${choices[part.key] === who ? 'border-ink' : 'border-rule'}`}>
                <span className="flex items-center gap-2 font-semibold">
                  <input
                    type="radio"
                    name={`conflict-${part.key}`}
                    checked={choices[part.key] === who}
                    onChange={() => setChoices((c) => ({ ...c, [part.key]: who }))}
                  />
                  {who === 'mine' ? 'Your version' : `${details.savedBy}'s version`}
                </span>
                <span className="mt-1 block max-h-64 overflow-auto whitespace-pre-wrap" data-testid={`${who}-${part.key}`}>
                  {show(who === 'mine' ? mine : theirs, part.key) || '(empty)'}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" className="rounded bg-ink px-3 py-1.5 font-semibold text-paper" onClick={() => onResolve(merge())}>
          Save merged version
        </button>
        <button type="button" className="rounded border border-rule bg-white px-3 py-1.5" onClick={() => onResolve({ ...theirs })}>
          Take their version
        </button>
      </div>
    </section>
  );
}
