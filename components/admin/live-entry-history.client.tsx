'use client';

import type { ActionResult } from '@/lib/forms/result';
import { ActionForm } from './action-form.client';

type FormAction = (state: unknown, data: FormData) => Promise<ActionResult>;

export type EntryVersionRow = {
  id: string;
  version: number;
  change: 'created' | 'edited' | 'deleted' | 'restored';
  /** When and by whom it was saved ("7 December 2026, 14:05 · Ruth Abernathy"). */
  savedLabel: string;
  atLabel: string;
  title: string;
  excerpt: string;
};

const CHANGE_LABELS: Record<EntryVersionRow['change'], string> = { created: 'Published', edited: 'Edited', deleted: 'Deleted', restored: 'Restored' };

function VersionItem({ articleId, version, restore, restoreLabel }: { articleId: string; version: EntryVersionRow; restore: FormAction; restoreLabel: string }) {
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 py-2" data-version={version.version}>
      <div className="min-w-0 flex-1">
        <p className="text-xs text-muted">
          {CHANGE_LABELS[version.change]} {version.savedLabel}
        </p>
        <p>
          <span className="tabular-nums">{version.atLabel}</span>
          {version.title && <strong className="ml-2">{version.title}</strong>}
        </p>
        <p className="text-muted">{version.excerpt}</p>
      </div>
      <ActionForm action={restore} submitLabel={restoreLabel}>
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="revisionId" value={version.id} />
      </ActionForm>
    </li>
  );
}

/** An entry's earlier versions (the first of `versions` is the one readers see now), each restorable. */
export function EntryVersions({ articleId, versions, restore }: { articleId: string; versions: EntryVersionRow[]; restore: FormAction }) {
  const earlier = versions.slice(1);
  if (earlier.length === 0) return null;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-semibold">Earlier versions ({earlier.length})</summary>
      <ol className="divide-y divide-rule">
        {earlier.map((version) => (
          <VersionItem key={version.id} articleId={articleId} version={version} restore={restore} restoreLabel={`Restore version ${version.version}`} />
        ))}
      </ol>
    </details>
  );
}

/** Entries deleted from the live blog, as they last were: restoring one brings it back under its own link. */
export function DeletedEntries({ articleId, versions, restore }: { articleId: string; versions: EntryVersionRow[]; restore: FormAction }) {
  if (versions.length === 0) return null;
  return (
    <details className="mt-6 text-sm">
      <summary className="cursor-pointer text-sm font-bold uppercase tracking-wider">Deleted entries ({versions.length})</summary>
      <ol className="divide-y divide-rule">
        {versions.map((version) => (
          <VersionItem key={version.id} articleId={articleId} version={version} restore={restore} restoreLabel="Restore entry" />
        ))}
      </ol>
    </details>
  );
}
