'use client';

import { useState } from 'react';
import type { ArticleFields } from '@/lib/articles/schemas';
import type { PickedImage } from '@/lib/media/types';
import { FieldError } from './article-editor.client';
import { BylineField } from './byline-field.client';
import { ImageField } from './image-field.client';

export type EditorOptions = { sections: { id: string; name: string }[]; authors: { id: string; name: string }[] };

const input = 'mt-1 w-full rounded border px-2 py-1.5 text-sm';
const border = (bad?: string[]) => (bad?.length ? 'border-accent' : 'border-rule');

/** Everything about the story besides its text: section, slug, tags, bylines, pictures, SEO and the note. */
export function EditorSidebar({
  fields,
  errors,
  options,
  images,
  editable,
  canChangeBylines,
  onChange,
}: {
  fields: ArticleFields;
  errors: Record<string, string[]>;
  options: EditorOptions;
  images: { hero: PickedImage | null; social: PickedImage | null };
  editable: boolean;
  canChangeBylines: boolean;
  onChange: (patch: Partial<ArticleFields>) => void;
}) {
  const [tagText, setTagText] = useState(fields.tags.join(', '));
  return (
    <fieldset disabled={!editable} className="space-y-4">
      <label className="block text-sm">
        <span className="font-semibold">Section</span>
        <select name="sectionId" value={fields.sectionId} onChange={(e) => onChange({ sectionId: e.target.value })} className={`${input} ${border(errors.sectionId)}`}>
          {options.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <FieldError messages={errors.sectionId} />
      </label>
      <label className="block text-sm">
        <span className="font-semibold">Slug</span>
        <input
          name="slug"
          value={fields.slug}
          onChange={(e) => onChange({ slug: e.target.value })}
          placeholder="made from the headline"
          className={`${input} font-mono ${border(errors.slug)}`}
        />
        <FieldError messages={errors.slug} />
      </label>
      <label className="block text-sm">
        <span className="font-semibold">Tags</span>
        <input
          name="tags"
          value={tagText}
          onChange={(e) => {
            setTagText(e.target.value);
            onChange({ tags: e.target.value.split(',').map((t) => t.trim()).filter(Boolean) });
          }}
          placeholder="Comma-separated; new tags are created"
          className={`${input} ${border(errors.tags)}`}
        />
        <FieldError messages={errors.tags} />
      </label>
      <BylineField authorIds={fields.authorIds} authors={options.authors} disabled={!canChangeBylines} onChange={(authorIds) => onChange({ authorIds })} errors={errors.authorIds} />
      <ImageField label="Hero image" initial={images.hero} imageId={fields.heroImageId} onChange={(heroImageId) => onChange({ heroImageId })} errors={errors.heroImageId} />
      <label className="block text-sm">
        <span className="font-semibold">Correction or update note</span>
        <textarea name="correction" rows={3} value={fields.correction} onChange={(e) => onChange({ correction: e.target.value })} className={`${input} ${border(errors.correction)}`} />
        <span className="text-xs text-muted">Shown to readers in a box headed &ldquo;Correction&rdquo; above the text, and listed on /corrections once published.</span>
        <FieldError messages={errors.correction} />
      </label>
      <details className="rounded border border-rule p-2">
        <summary className="cursor-pointer text-sm font-semibold">Search and social</summary>
        <div className="mt-2 space-y-3">
          <label className="block text-sm">
            <span className="font-semibold">SEO title</span>
            <input name="seoTitle" value={fields.seoTitle} onChange={(e) => onChange({ seoTitle: e.target.value })} className={`${input} ${border(errors.seoTitle)}`} />
            <FieldError messages={errors.seoTitle} />
          </label>
          <label className="block text-sm">
            <span className="font-semibold">SEO description</span>
            <textarea name="seoDescription" rows={3} value={fields.seoDescription} onChange={(e) => onChange({ seoDescription: e.target.value })} className={`${input} ${border(errors.seoDescription)}`} />
            <FieldError messages={errors.seoDescription} />
          </label>
          <label className="block text-sm">
            <span className="font-semibold">Canonical URL (only for copies of a story published elsewhere)</span>
            <input name="canonicalUrl" value={fields.canonicalUrl} onChange={(e) => onChange({ canonicalUrl: e.target.value })} className={`${input} ${border(errors.canonicalUrl)}`} />
            <FieldError messages={errors.canonicalUrl} />
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={fields.noindex} onChange={(e) => onChange({ noindex: e.target.checked })} />
            Hide from search engines (noindex)
          </label>
          <ImageField label="Social image" initial={images.social} imageId={fields.socialImageId} onChange={(socialImageId) => onChange({ socialImageId })} errors={errors.socialImageId} />
        </div>
      </details>
    </fieldset>
  );
}
