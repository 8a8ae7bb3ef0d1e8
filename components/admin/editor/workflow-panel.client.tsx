'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import {
  deleteArticleAction,
  previewLinkAction,
  publishArticleAction,
  publishAsOfAction,
  scheduleArticleAction,
  sendBackAction,
  submitForReviewAction,
  unpublishArticleAction,
} from '@/app/admin/articles/actions';
import type { ActionResult } from '@/lib/forms/result';
import type { SavedDetails } from '@/lib/articles/save';
import { STATUS_LABELS } from '@/lib/articles/status.shared';
import type { BreakingState } from '@/lib/articles/breaking';
import { BreakingControl } from './breaking-control.client';
import type { useArticleSave } from './use-article-save.client';
import { OutcomeMessage } from '../outcome-message';

export type WorkflowInfo = {
  status: string;
  /** When it went (or goes) out, as a datetime-local value in the site's time zone, or ''. */
  publishAtLocal: string;
  publishedLabel: string;
  reviewNote: string;
  publicPath: string;
  rights: { edit: boolean; publish: boolean; review: boolean; delete: boolean; bylines: boolean };
  /** Whether the story is breaking news (editors and administrators may flag and clear it). */
  breaking?: BreakingState;
};

const primary = 'rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper disabled:opacity-60';
const secondary = 'rounded border border-rule px-3 py-1.5 text-sm font-semibold disabled:opacity-60';

type Saver = ReturnType<typeof useArticleSave>;

/** Status and the workflow steps this person may take now: submit, approve, send back, publish, schedule, unpublish. */
export function WorkflowPanel({
  articleId,
  workflow,
  live,
  saver,
  onChange,
}: {
  articleId: string;
  workflow: WorkflowInfo;
  live: boolean;
  saver: Saver;
  onChange: (next: Partial<WorkflowInfo>) => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [publishAt, setPublishAt] = useState(workflow.publishAtLocal);
  const [originalAt, setOriginalAt] = useState(workflow.status === 'published' ? workflow.publishAtLocal : '');
  const [note, setNote] = useState('');
  const [substantive, setSubstantive] = useState(true);
  const [changeNote, setChangeNote] = useState('');
  const [shareUrl, setShareUrl] = useState('');
  const { status, rights } = workflow;

  const run = (step: (baseVersion: number) => Promise<ActionResult<SavedDetails>>) =>
    startTransition(async () => {
      setMessage(null);
      // Unsaved edits go first, so what is published is what the editor sees.
      if (saver.isDirty() && !(await saver.save({ substantive }))) {
        setMessage({ ok: false, text: 'Save the article first: see the message above.' });
        return;
      }
      const result = await step(saver.version.current);
      setMessage({ ok: result.ok, text: result.message ?? '' });
      if (result.ok && result.data) {
        saver.adoptVersion(result.data.version);
        onChange({ status: result.data.status, publicPath: result.data.publicPath, reviewNote: '' });
      }
    });

  const update = () =>
    startTransition(async () => {
      setMessage(null);
      const saved = await saver.save({ substantive, updateNote: substantive ? changeNote : undefined });
      if (!saved) return;
      setChangeNote('');
      setMessage({ ok: true, text: substantive ? 'Updated. Readers see the change and the "Updated" time.' : 'Updated without changing the "Updated" time.' });
    });

  const remove = () => {
    if (!window.confirm('Delete this article for good? Its revisions go too.')) return;
    startTransition(async () => {
      const result = await deleteArticleAction({ articleId });
      if (result.ok) router.push('/admin/articles');
      else setMessage({ ok: false, text: result.message });
    });
  };

  const share = () =>
    startTransition(async () => {
      const result = await previewLinkAction({ articleId });
      if (result.ok && result.data) setShareUrl(new URL(result.data.url, window.location.origin).href);
      else if (!result.ok) setMessage({ ok: false, text: result.message });
    });

  return (
    <section aria-labelledby="workflow-title" className="space-y-3 rounded border border-rule p-3">
      <h2 id="workflow-title" className="flex items-center justify-between font-semibold">
        Status <span data-testid="article-status" className="rounded bg-rule px-2 py-0.5 text-sm">{STATUS_LABELS[status as keyof typeof STATUS_LABELS] ?? status}</span>
      </h2>
      {workflow.publishedLabel && <p className="text-sm text-muted">{workflow.publishedLabel}</p>}
      <div className="flex flex-wrap gap-2">
        {rights.edit && !live && (
          <button type="button" className={secondary} disabled={pending} onClick={() => void saver.save()}>
            Save now
          </button>
        )}
        {rights.edit && status === 'draft' && (
          <button type="button" className={rights.publish ? secondary : primary} disabled={pending} onClick={() => run((v) => submitForReviewAction({ articleId, baseVersion: v }))}>
            Submit for review
          </button>
        )}
        {rights.publish && status !== 'published' && (
          <button type="button" className={primary} disabled={pending} onClick={() => run((v) => publishArticleAction({ articleId, baseVersion: v }))}>
            {status === 'review' ? 'Approve and publish' : status === 'unpublished' ? 'Publish again' : 'Publish now'}
          </button>
        )}
        {rights.publish && live && (
          <button type="button" className={secondary} disabled={pending} onClick={() => run((v) => unpublishArticleAction({ articleId, baseVersion: v }))}>
            {status === 'scheduled' ? 'Unschedule' : 'Unpublish'}
          </button>
        )}
      </div>
      {rights.edit && live && (
        <div className="space-y-2 border-t border-rule pt-3">
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" checked={substantive} onChange={(e) => setSubstantive(e.target.checked)} className="mt-1" />
            <span>Substantive change: show readers an &ldquo;Updated&rdquo; time (leave unticked for typo fixes)</span>
          </label>
          {substantive && (
            <label className="block text-sm">
              <span className="font-semibold">What changed (shown to readers)</span>
              <input value={changeNote} onChange={(e) => setChangeNote(e.target.value)} maxLength={300} placeholder="The story was updated." className="mt-1 w-full rounded border border-rule px-2 py-1" />
            </label>
          )}
          <button type="button" className={primary} disabled={pending} onClick={update}>
            Update
          </button>
        </div>
      )}
      {rights.publish && status !== 'published' && (
        <div className="space-y-2 border-t border-rule pt-3">
          <label className="block text-sm">
            <span className="font-semibold">Publish at (site time)</span>
            <input type="datetime-local" step={1} value={publishAt} onChange={(e) => setPublishAt(e.target.value)} className="mt-1 w-full rounded border border-rule px-2 py-1" />
          </label>
          <button
            type="button"
            className={secondary}
            disabled={pending || !publishAt}
            onClick={() => run((v) => scheduleArticleAction({ articleId, publishAt, baseVersion: v }))}
          >
            Schedule
          </button>
        </div>
      )}
      {rights.review && (
        <div className="space-y-2 border-t border-rule pt-3">
          <label className="block text-sm">
            <span className="font-semibold">Originally published (site time)</span>
            <span className="block text-muted">For a story first published earlier, elsewhere or in print: its date, archive day and sitemaps follow.</span>
            <input type="datetime-local" value={originalAt} onChange={(e) => setOriginalAt(e.target.value)} className="mt-1 w-full rounded border border-rule px-2 py-1" />
          </label>
          <button
            type="button"
            className={secondary}
            disabled={pending || !originalAt}
            onClick={() => run((v) => publishAsOfAction({ articleId, publishAt: originalAt, baseVersion: v }))}
          >
            {status === 'published' ? 'Change the original date' : 'Publish with this date'}
          </button>
        </div>
      )}
      {rights.review && status === 'review' && (
        <div className="space-y-2 border-t border-rule pt-3">
          <label className="block text-sm">
            <span className="font-semibold">Note to the writer</span>
            <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} className="mt-1 w-full rounded border border-rule px-2 py-1" />
          </label>
          <button type="button" className={secondary} disabled={pending} onClick={() => run((v) => sendBackAction({ articleId, note, baseVersion: v }))}>
            Send back
          </button>
        </div>
      )}
      {rights.review && live && workflow.breaking && <BreakingControl articleId={articleId} initial={workflow.breaking} />}
      {message && (
        <OutcomeMessage ok={message.ok} text={message.text} />
      )}
      <ul className="space-y-1 border-t border-rule pt-3 text-sm">
        <li>
          <a href={`/preview/${articleId}`} target="_blank" rel="noopener" className="underline">
            Preview as readers will see it
          </a>
        </li>
        <li>
          <button type="button" className="underline" onClick={share} disabled={pending}>
            Share a preview link (valid 48 hours)
          </button>
          {shareUrl && <input readOnly aria-label="Preview link" value={shareUrl} onFocus={(e) => e.currentTarget.select()} className="mt-1 w-full rounded border border-rule px-2 py-1 font-mono text-xs" />}
        </li>
        <li>
          <Link href={`/admin/articles/${articleId}/revisions`} className="underline">
            Revisions
          </Link>
        </li>
        {status === 'published' && (
          <li>
            <a href={workflow.publicPath} target="_blank" rel="noopener" className="underline">
              View on the site
            </a>
          </li>
        )}
        {rights.delete && (
          <li>
            <button type="button" className="text-accent underline" onClick={remove} disabled={pending}>
              Delete article
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}
