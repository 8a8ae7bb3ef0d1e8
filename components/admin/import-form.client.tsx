'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { FORMAT_LABELS, IMPORT_FORMATS } from '@/lib/import/formats.shared';
import { useHydrated } from '../use-hydrated';
import { OutcomeMessage } from './outcome-message';

const input = 'rounded border border-rule px-2 py-1.5 text-sm';

/** The upload form of /admin/import: sends the file to /api/admin/import and shows the run on the page. */
export function ImportForm({ sections, maxBytes }: { sections: { slug: string; name: string }[]; maxBytes: number }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get('file');
    if (file instanceof File && file.size > maxBytes) {
      setMessage({ ok: false, text: `The file is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB. Split the export and import the parts.` });
      return;
    }
    setPending(true);
    setMessage(null);
    try {
      const response = await fetch('/api/admin/import', { method: 'POST', body: data });
      const body = (await response.json()) as { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> };
      if (body.ok) {
        form.reset();
        setMessage({ ok: true, text: 'Import started: its progress is below.' });
      } else {
        const details = Object.values(body.fieldErrors ?? {}).flat();
        setMessage({ ok: false, text: [body.message, ...details].filter(Boolean).join(' ') });
      }
    } catch {
      setMessage({ ok: false, text: 'Cannot reach the server. Nothing was imported; try again.' });
    } finally {
      setPending(false);
      router.refresh();
    }
  };

  return (
    <form onSubmit={submit} className="mt-3 flex flex-wrap items-end gap-4">
      <label className="text-sm">
        <span className="block font-semibold">File</span>
        <input type="file" name="file" required accept=".xml,.json,.rss,.atom,application/xml,text/xml,application/json" className="text-sm" />
      </label>
      <label className="text-sm">
        <span className="block font-semibold">Kind of file</span>
        <select name="format" required defaultValue="wxr" className={input}>
          {IMPORT_FORMATS.map((format) => (
            <option key={format} value={format}>
              {FORMAT_LABELS[format]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-semibold">Section for stories with no category</span>
        <select name="defaultSection" defaultValue="" className={input}>
          <option value="">The first section</option>
          {sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-semibold">Categories to put in other sections</span>
        <textarea name="sectionMap" rows={2} placeholder="Harbour life = news" className={`${input} w-72`} />
        <span className="block text-xs text-muted">One a line: old category = section slug. Others go to the section of their name, made if missing.</span>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="downloadMedia" />
        <span>Download pictures from their addresses in the file</span>
      </label>
      <button type="submit" disabled={pending || !hydrated} className="rounded bg-ink px-4 py-2 text-sm font-semibold text-paper disabled:opacity-60">
        {pending ? 'Uploading…' : 'Import'}
      </button>
      {message && (
        <OutcomeMessage ok={message.ok} text={message.text} className="w-full" />
      )}
    </form>
  );
}

/** While an import runs, the page refreshes itself every second to show its progress. */
export function RefreshWhileRunning({ running }: { running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 1000);
    return () => clearInterval(timer);
  }, [running, router]);
  return null;
}
