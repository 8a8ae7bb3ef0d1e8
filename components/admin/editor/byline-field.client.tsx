'use client';

import { FieldError } from './article-editor.client';

type Author = { id: string; name: string };

/** Bylines in order: add from the list, move up or down, remove. */
export function BylineField({
  authorIds,
  authors,
  disabled,
  errors,
  onChange,
}: {
  authorIds: string[];
  authors: Author[];
  disabled: boolean;
  errors?: string[];
  onChange: (ids: string[]) => void;
}) {
  const name = (id: string) => authors.find((a) => a.id === id)?.name ?? 'Unknown author';
  const move = (index: number, by: number) => {
    const next = [...authorIds];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };
  return (
    <fieldset className="text-sm" disabled={disabled}>
      <legend className="font-semibold">Bylines</legend>
      {disabled && <p className="text-xs text-muted">An editor sets the bylines.</p>}
      <ol className="mt-1 space-y-1" aria-label="Bylines in order">
        {authorIds.map((id, i) => (
          <li key={id} className="flex items-center gap-1 rounded border border-rule px-2 py-1">
            <span className="flex-1">{name(id)}</span>
            <button type="button" aria-label={`Move ${name(id)} up`} disabled={i === 0} onClick={() => move(i, -1)} className="px-1 disabled:opacity-30">
              ↑
            </button>
            <button type="button" aria-label={`Move ${name(id)} down`} disabled={i === authorIds.length - 1} onClick={() => move(i, 1)} className="px-1 disabled:opacity-30">
              ↓
            </button>
            <button type="button" aria-label={`Remove ${name(id)}`} onClick={() => onChange(authorIds.filter((x) => x !== id))} className="px-1 text-accent">
              ×
            </button>
          </li>
        ))}
      </ol>
      <select
        aria-label="Add a byline"
        value=""
        onChange={(e) => e.target.value && onChange([...authorIds, e.target.value])}
        className="mt-1 w-full rounded border border-rule px-2 py-1.5"
      >
        <option value="">Add a byline…</option>
        {authors
          .filter((a) => !authorIds.includes(a.id))
          .map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
      </select>
      <FieldError messages={errors} />
    </fieldset>
  );
}
