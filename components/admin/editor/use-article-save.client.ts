'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { saveArticleAction } from '@/app/admin/articles/actions';
import type { ArticleFields } from '@/lib/articles/schemas';
import type { ConflictDetails, SavedDetails } from '@/lib/articles/save';

export type SaveState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'offline'; message: string }
  | { kind: 'invalid'; message: string; fieldErrors: Record<string, string[]> }
  | { kind: 'conflict'; details: ConflictDetails }
  | { kind: 'refused'; message: string };

const AUTOSAVE_DELAY_MS = 2500;
const RETRY_MS = 10_000;

/** Field errors keyed by the editor's field names (the action's schema nests them under `fields.`). */
function byField(errors: Record<string, string[]> = {}): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([key, messages]) => [key.replace(/^fields\./, '').replace(/\.\d+$/, ''), messages]));
}

/** `updateNote`: for a live article's substantive change, the "What changed" line readers see in its change log. */
type SaveOptions = { substantive?: boolean; autosave?: boolean; updateNote?: string };

/** Where the browser keeps an unsaved copy, offered back if the server could not be reached. */
export const localCopyKey = (articleId: string) => `dateline:article:${articleId}`;
export type LocalCopy = { fields: ArticleFields; baseVersion: number; at: string };

/**
 * The editor's saving: autosave a few seconds after each change (drafts only), a copy in localStorage until the
 * server has it, retries when offline, and the conflict details when someone else saved first.
 */
export function useArticleSave({
  articleId,
  initialVersion,
  autosave,
  onSaved,
}: {
  articleId: string;
  initialVersion: number;
  autosave: boolean;
  onSaved: (details: SavedDetails) => void;
}) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const version = useRef(initialVersion);
  const latest = useRef<ArticleFields | null>(null);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dirty = useRef(false);
  const retry = useRef<((options: SaveOptions) => Promise<boolean>) | undefined>(undefined);

  const save = useCallback(
    async (options: SaveOptions = {}): Promise<boolean> => {
      const fields = latest.current;
      if (!fields || inFlight.current) return false;
      clearTimeout(timer.current);
      inFlight.current = true;
      setState({ kind: 'saving' });
      try {
        const result = await saveArticleAction({
          articleId,
          baseVersion: version.current,
          fields,
          substantive: options.substantive ?? true,
          updateNote: options.updateNote,
          autosave: options.autosave ?? false,
        });
        if (result.ok && result.data) {
          version.current = result.data.version;
          const changedSince = latest.current !== fields;
          dirty.current = changedSince;
          if (!changedSince) localStorage.removeItem(localCopyKey(articleId));
          setState(changedSince ? { kind: 'dirty' } : { kind: 'saved', at: new Date(result.data.savedAt) });
          onSaved(result.data);
          return true;
        }
        if (!result.ok && result.status === 503) {
          // The database is down: like being offline, the local copy stays and saving is tried again.
          setState({ kind: 'offline', message: result.message });
          timer.current = setTimeout(() => void retry.current?.(options), RETRY_MS);
          return false;
        }
        if (!result.ok && result.status === 409 && result.details) setState({ kind: 'conflict', details: result.details });
        else if (!result.ok && result.status === 400) setState({ kind: 'invalid', message: result.message, fieldErrors: byField(result.fieldErrors) });
        else setState({ kind: 'refused', message: result.ok ? 'Not saved.' : result.message });
        return false;
      } catch {
        // The server could not be reached: the local copy stays, and saving is tried again.
        setState({ kind: 'offline', message: 'Cannot reach the server. Your changes are kept in this browser and will be saved when it is back.' });
        timer.current = setTimeout(() => void retry.current?.(options), RETRY_MS);
        return false;
      } finally {
        inFlight.current = false;
      }
    },
    [articleId, onSaved],
  );
  useEffect(() => {
    retry.current = save;
  }, [save]);

  const change = useCallback(
    (fields: ArticleFields) => {
      latest.current = fields;
      dirty.current = true;
      const copy: LocalCopy = { fields, baseVersion: version.current, at: new Date().toISOString() };
      try {
        localStorage.setItem(localCopyKey(articleId), JSON.stringify(copy));
      } catch {
        // Storage full or disabled: the server save still runs.
      }
      setState((s) => (s.kind === 'conflict' || s.kind === 'offline' ? s : { kind: 'dirty' }));
      if (autosave) {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void save({ autosave: true }), AUTOSAVE_DELAY_MS);
      }
    },
    [articleId, autosave, save],
  );

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!dirty.current && !inFlight.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      clearTimeout(timer.current);
    };
  }, []);

  /** After a conflict is resolved: continue from the other person's version. */
  const adoptVersion = useCallback((v: number) => {
    version.current = v;
  }, []);

  return { state, setState, change, save, version, adoptVersion, isDirty: () => dirty.current, latest };
}
