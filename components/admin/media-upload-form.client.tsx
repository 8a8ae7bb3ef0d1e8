'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { PickedImage } from '@/lib/media/types';
import { useHydrated } from '../use-hydrated';
import { formatBytes, uploadImageFile } from './upload-image';
import { OutcomeMessage } from './outcome-message';

const NO_FILE = 'Choose a picture to upload.';
const NO_ALT = 'Add alt text: describe the picture for readers who cannot see it.';

type Outcome = { ok: boolean; message: string; fieldErrors?: Record<string, string[]> };

const input = 'mt-1 w-full rounded border border-rule px-2 py-1.5 text-sm';

/**
 * Upload to the media library: drop a file or choose one, describe it, and watch the progress bar. After an upload
 * `onUploaded` gets the new picture; without it the page is refreshed to show it in the library.
 */
export function MediaUploadForm({ maxBytes, onUploaded }: { maxBytes?: number; onUploaded?: (image: PickedImage) => void }) {
  const router = useRouter();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const hydrated = useHydrated();
  const errors: Record<string, string[]> = outcome && !outcome.ok ? (outcome.fieldErrors ?? {}) : {};
  // A field's error is shown beside it, unless it is the very message already shown below the form.
  const shownBeside = (name: string) => Boolean(errors[name]) && errors[name]!.join(' ') !== outcome?.message;
  const describedBy = (name: string) => (errors[name] ? (shownBeside(name) ? `${id}-${name}-error` : `${id}-outcome`) : undefined);

  function choose(chosen: File | null) {
    setFile(chosen);
    setOutcome(null);
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const files = event.dataTransfer.files;
    if (files.length === 0) return;
    if (fileInput.current) fileInput.current.files = files;
    choose(files[0]!);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The picker may sit inside the article editor's form: this submit is ours alone.
    event.stopPropagation();
    const form = event.currentTarget;
    const data = new FormData(form);
    if (!file) return setOutcome({ ok: false, message: NO_FILE, fieldErrors: { file: [NO_FILE] } });
    if (maxBytes && file.size > maxBytes) {
      const message = `The file is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}.`;
      return setOutcome({ ok: false, message, fieldErrors: { file: [message] } });
    }
    if (!String(data.get('alt') ?? '').trim()) return setOutcome({ ok: false, message: NO_ALT, fieldErrors: { alt: [NO_ALT] } });
    data.set('file', file);
    setOutcome(null);
    setProgress(0);
    const result = await uploadImageFile(data, setProgress);
    setProgress(null);
    if (!result.ok) return setOutcome(result);
    setOutcome({ ok: true, message: `Uploaded “${result.image.alt}”.` });
    form.reset();
    setFile(null);
    if (onUploaded) onUploaded(result.image);
    else router.refresh();
  }

  const fieldError = (name: string) =>
    shownBeside(name) && (
      <span id={`${id}-${name}-error`} data-field={name} className="mt-1 block text-sm text-accent">
        {errors[name]!.join(' ')}
      </span>
    );

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="Upload a picture">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        data-testid="drop-zone"
        className={`rounded border-2 border-dashed p-4 text-sm ${dragging ? 'border-ink bg-rule/30' : 'border-rule'}`}
      >
        <label htmlFor={`${id}-file`} className="block font-semibold">
          Picture file
        </label>
        <p className="text-muted">Drop a JPEG, PNG, WebP or AVIF picture here, or choose one{maxBytes ? ` (up to ${formatBytes(maxBytes)})` : ''}.</p>
        <input
          ref={fileInput}
          id={`${id}-file`}
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)}
          aria-invalid={Boolean(errors.file)}
          aria-describedby={describedBy('file')}
          className="mt-2 block text-sm"
        />
        {file && (
          <p className="mt-1 text-muted">
            {file.name} · {formatBytes(file.size)}
          </p>
        )}
        {fieldError('file')}
      </div>
      <label className="block text-sm">
        <span className="font-semibold">Alt text</span> <span className="text-muted">(required: what the picture shows)</span>
        <input name="alt" aria-required="true" maxLength={300} aria-invalid={Boolean(errors.alt)} aria-describedby={describedBy('alt')} className={input} />
        {fieldError('alt')}
      </label>
      <label className="block text-sm">
        <span className="font-semibold">Caption</span>
        <input name="caption" maxLength={500} className={input} />
        {fieldError('caption')}
      </label>
      <label className="block text-sm">
        <span className="font-semibold">Credit</span>
        <input name="credit" maxLength={200} className={input} />
        {fieldError('credit')}
      </label>
      {progress !== null && (
        <div className="text-sm">
          <progress max={100} value={Math.round(progress * 100)} aria-label="Upload progress" className="w-full" />
          <span aria-live="polite">Uploading… {Math.round(progress * 100)}%</span>
        </div>
      )}
      <button type="submit" disabled={progress !== null || !hydrated} className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper disabled:opacity-60">
        Upload
      </button>
      {outcome && (
        <OutcomeMessage id={`${id}-outcome`} ok={outcome.ok} text={outcome.message} />
      )}
    </form>
  );
}
