'use client';

import { useCallback, useEffect, useState } from 'react';
import type { ArticleFields } from '@/lib/articles/schemas';
import type { SavedDetails } from '@/lib/articles/save';
import type { PickedImage } from '@/lib/media/types';
import { ConflictView } from './conflict-view.client';
import { EditorSidebar, type EditorOptions } from './editor-sidebar.client';
import { LocalCopyOffer } from './local-copy-offer.client';
import { Presence } from './presence.client';
import { RichText } from './rich-text.client';
import { SaveStatus } from './save-status.client';
import { useArticleSave } from './use-article-save.client';
import { WorkflowPanel, type WorkflowInfo } from './workflow-panel.client';

export type EditorProps = {
  articleId: string;
  initial: ArticleFields;
  version: number;
  workflow: WorkflowInfo;
  options: EditorOptions;
  images: { hero: PickedImage | null; social: PickedImage | null };
};

const field = 'w-full rounded border px-3 py-2';

/** The article editor: text on the left, everything about the story on the right, saving as you go. */
export function ArticleEditor({ articleId, initial, version, workflow: initialWorkflow, options, images }: EditorProps) {
  const [fields, setFields] = useState<ArticleFields>(initial);
  const [workflow, setWorkflow] = useState(initialWorkflow);
  const [bodyKey, setBodyKey] = useState(0);
  const live = workflow.status === 'published' || workflow.status === 'scheduled';
  const onSaved = useCallback((details: SavedDetails) => {
    setWorkflow((w) => ({ ...w, status: details.status, publicPath: details.publicPath }));
    setFields((f) => (f.slug === details.slug ? f : { ...f, slug: details.slug }));
  }, []);
  const saver = useArticleSave({ articleId, initialVersion: version, autosave: !live && workflow.rights.edit, onSaved });
  const { change } = saver;

  const update = useCallback(
    (patch: Partial<ArticleFields>) => {
      setFields((previous) => {
        const next = { ...previous, ...patch };
        change(next);
        return next;
      });
    },
    [change],
  );

  // Replaces everything being edited (a restored local copy, the merged version after a conflict).
  const replaceAll = useCallback(
    (next: ArticleFields, baseVersion?: number) => {
      if (baseVersion !== undefined) saver.adoptVersion(baseVersion);
      setFields(next);
      setBodyKey((k) => k + 1);
      change(next);
    },
    [change, saver],
  );

  useEffect(() => {
    // Ctrl/Cmd+S saves instead of saving the page as a file.
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 's') {
        event.preventDefault();
        void saver.save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saver]);

  const errors = saver.state.kind === 'invalid' ? saver.state.fieldErrors : {};
  const editable = workflow.rights.edit;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="min-w-0 space-y-4">
        <LocalCopyOffer articleId={articleId} current={initial} version={version} onRestore={replaceAll} />
        <Presence articleId={articleId} />
        {saver.state.kind === 'conflict' && (
          <ConflictView
            mine={fields}
            details={saver.state.details}
            onResolve={(merged) => {
              const details = saver.state.kind === 'conflict' ? saver.state.details : null;
              replaceAll(merged, details?.version);
              saver.setState({ kind: 'dirty' });
              void saver.save({ substantive: true });
            }}
          />
        )}
        {workflow.reviewNote && (
          <p role="note" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
            <strong>Editor&apos;s note:</strong> {workflow.reviewNote}
          </p>
        )}
        <label className="block">
          <span className="sr-only">Headline</span>
          <textarea
            name="headline"
            rows={2}
            value={fields.headline}
            readOnly={!editable}
            onChange={(e) => update({ headline: e.target.value.replace(/\n/g, ' ') })}
            placeholder="Headline"
            aria-invalid={!!errors.headline}
            aria-describedby={errors.headline ? 'headline-error' : undefined}
            className={`${field} resize-none font-serif text-3xl font-bold ${errors.headline ? 'border-accent' : 'border-rule'}`}
          />
          <FieldError id="headline-error" messages={errors.headline} />
        </label>
        <label className="block">
          <span className="sr-only">Standfirst</span>
          <textarea
            name="standfirst"
            rows={2}
            value={fields.standfirst}
            readOnly={!editable}
            onChange={(e) => update({ standfirst: e.target.value })}
            placeholder="Standfirst: the one or two sentences under the headline"
            className={`${field} border-rule text-lg`}
          />
          <FieldError messages={errors.standfirst} />
        </label>
        <RichText key={bodyKey} initialJson={fields.body} editable={editable} invalid={!!errors.body} onChange={(body) => update({ body })} />
        <FieldError messages={errors.body} />
      </div>
      <aside className="space-y-4" aria-label="Article settings">
        <SaveStatus state={saver.state} live={live} />
        <WorkflowPanel
          articleId={articleId}
          workflow={workflow}
          live={live}
          saver={saver}
          onChange={(next) => setWorkflow((w) => ({ ...w, ...next }))}
        />
        <EditorSidebar fields={fields} errors={errors} options={options} images={images} editable={editable} canChangeBylines={workflow.rights.bylines} onChange={update} />
      </aside>
    </div>
  );
}

export function FieldError({ id, messages }: { id?: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <span id={id} className="mt-1 block text-sm text-accent" data-field-error>
      {messages.join(' ')}
    </span>
  );
}
