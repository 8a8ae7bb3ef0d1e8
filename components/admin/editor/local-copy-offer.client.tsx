'use client';

import { useEffect, useState } from 'react';
import type { ArticleFields } from '@/lib/articles/schemas';
import { type LocalCopy, localCopyKey } from './use-article-save.client';

/** Offers back changes this browser kept when they could not reach the server before the page was closed. */
export function LocalCopyOffer({
  articleId,
  current,
  version,
  onRestore,
}: {
  articleId: string;
  current: ArticleFields;
  version: number;
  onRestore: (fields: ArticleFields, baseVersion: number) => void;
}) {
  const [copy, setCopy] = useState<LocalCopy | null>(null);
  useEffect(() => {
    try {
      const raw = localStorage.getItem(localCopyKey(articleId));
      const parsed = raw ? (JSON.parse(raw) as LocalCopy) : null;
      // Only a copy that differs from what the server has is worth offering.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- reading localStorage is only possible after mount
      if (parsed && JSON.stringify(parsed.fields) !== JSON.stringify(current)) setCopy(parsed);
      else localStorage.removeItem(localCopyKey(articleId));
    } catch {
      localStorage.removeItem(localCopyKey(articleId));
    }
  }, [articleId, current]);
  if (!copy) return null;
  const discard = () => {
    localStorage.removeItem(localCopyKey(articleId));
    setCopy(null);
  };
  return (
    <div role="alert" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
      <p>
        This browser kept changes from {new Date(copy.at).toLocaleString()} that were not saved to the server
        {copy.baseVersion < version ? ' (the article has been saved since; restoring and saving will show both versions)' : ''}.
      </p>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          className="rounded bg-ink px-3 py-1 font-semibold text-paper"
          onClick={() => {
            onRestore(copy.fields, copy.baseVersion);
            setCopy(null);
          }}
        >
          Restore my unsaved changes
        </button>
        <button type="button" className="rounded border border-rule px-3 py-1" onClick={discard}>
          Discard them
        </button>
      </div>
    </div>
  );
}
