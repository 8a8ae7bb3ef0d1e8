'use client';

import { useCallback, useEffect, useId, useRef, useState, useTransition } from 'react';
import { createPortal } from 'react-dom';
import { searchMediaAction } from '@/app/admin/media/actions';
import type { MediaSearchPage, PickedImage } from '@/lib/media/types';
import { useHydrated } from '../use-hydrated';
import { MediaThumb } from './media-thumb';
import { MediaUploadForm } from './media-upload-form.client';

type Results = MediaSearchPage & { maxUploadBytes: number };
type Props = { onSelect: (image: PickedImage) => void; onClose?: () => void };

/**
 * The media library as a modal dialog for the article editor: search and choose a picture, or upload a new one.
 * Choosing or uploading calls `onSelect`; Escape and the Close button call `onClose`. Rendered into <body> so its
 * forms never nest inside the editor's own form.
 */
export function MediaPicker(props: Props) {
  return useHydrated() ? createPortal(<PickerDialog {...props} />, document.body) : null;
}

function PickerDialog({ onSelect, onClose }: Props) {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<'library' | 'upload'>('library');
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const load = useCallback((q: string, page: number) => {
    startTransition(async () => {
      const data = new FormData();
      data.set('q', q);
      data.set('page', String(page));
      const result = await searchMediaAction(null, data);
      if (result.ok && result.data) {
        setResults(result.data);
        setError(null);
      } else {
        setError(result.ok ? 'The library could not be searched.' : result.message);
      }
    });
  }, []);

  // Search as the editor types, once they pause.
  useEffect(() => {
    const timer = setTimeout(() => load(query, 1), query ? 250 : 0);
    return () => clearTimeout(timer);
  }, [query, load]);

  const tabButton = (value: typeof tab, label: string) => (
    <button
      type="button"
      aria-pressed={tab === value}
      onClick={() => setTab(value)}
      className={`rounded px-3 py-1 text-sm font-semibold ${tab === value ? 'bg-ink text-paper' : 'border border-rule'}`}
    >
      {label}
    </button>
  );

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose?.();
      }}
      className="m-auto max-h-[90vh] w-[min(64rem,95vw)] overflow-y-auto rounded border border-rule bg-white p-5 text-ink backdrop:bg-ink/50"
    >
      <div className="flex items-center justify-between gap-4">
        <h2 id={titleId} className="font-serif text-2xl font-bold">
          Media library
        </h2>
        {onClose && (
          <button type="button" onClick={onClose} className="rounded border border-rule px-3 py-1 text-sm">
            Close
          </button>
        )}
      </div>
      <div className="mt-3 flex gap-2">
        {tabButton('library', 'Choose from library')}
        {tabButton('upload', 'Upload new')}
      </div>

      {tab === 'upload' ? (
        <div className="mt-4 max-w-xl">
          <MediaUploadForm maxBytes={results?.maxUploadBytes} onUploaded={onSelect} />
        </div>
      ) : (
        <div className="mt-4">
          <form
            role="search"
            onSubmit={(event) => {
              event.preventDefault();
              event.stopPropagation();
              load(query, 1);
            }}
          >
            <label className="text-sm font-semibold">
              Search pictures
              <input
                type="search"
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
                placeholder="Alt text, caption or credit"
                className="ml-2 rounded border border-rule px-2 py-1.5 font-normal"
              />
            </label>
          </form>
          <p aria-live="polite" className="mt-2 text-sm text-muted">
            {pending ? 'Searching…' : error ? '' : results && `${results.total} ${results.total === 1 ? 'picture' : 'pictures'}`}
          </p>
          {error && (
            <p role="alert" className="text-sm text-accent">
              {error}
            </p>
          )}
          <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
            {results?.images.map((image) => (
              <li key={image.id}>
                <button
                  type="button"
                  onClick={() => onSelect(image)}
                  aria-label={`Use picture: ${image.alt}`}
                  className="block w-full rounded border border-rule p-1 text-left hover:border-ink"
                >
                  <MediaThumb image={image} sizes="(min-width: 1024px) 240px, 45vw" />
                  <span className="mt-1 block truncate text-xs text-muted">{image.caption || image.alt}</span>
                </button>
              </li>
            ))}
          </ul>
          {results && results.pageCount > 1 && (
            <nav aria-label="Picture pages" className="mt-3 flex items-center justify-between text-sm">
              <button type="button" disabled={results.page <= 1 || pending} onClick={() => load(query, results.page - 1)} className="disabled:opacity-40">
                ← Newer
              </button>
              <span>
                Page {results.page} of {results.pageCount}
              </span>
              <button
                type="button"
                disabled={results.page >= results.pageCount || pending}
                onClick={() => load(query, results.page + 1)}
                className="disabled:opacity-40"
              >
                Older →
              </button>
            </nav>
          )}
        </div>
      )}
    </dialog>
  );
}
