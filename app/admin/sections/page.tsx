import { forbidden } from 'next/navigation';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/admin/action-form.client';
import { AdminShell } from '@/components/admin/admin-shell';
import { pageAccess } from '@/lib/auth/access';
import { listSectionsForAdmin, type SectionAdminRow } from '@/lib/sections/admin-queries';
import { countOf } from '@/lib/text/plural';
import { createSectionAction, deleteSectionAction, moveSectionAction, updateSectionAction } from './actions';

export const metadata: Metadata = { title: 'Sections' };

const input = 'rounded border border-rule px-2 py-1.5 text-sm';

/** Name, slug and description: the same fields for a new section and an existing one. */
function SectionFields({ section }: { section?: SectionAdminRow }) {
  return (
    <>
      <label className="text-sm">
        <span className="block font-semibold">Name</span>
        <input name="name" required defaultValue={section?.name} className={input} />
      </label>
      <label className="text-sm">
        <span className="block font-semibold">Slug</span>
        <input
          name="slug"
          defaultValue={section?.slug}
          placeholder="made from the name"
          // Part of the addresses of its published articles: fixed while it has any.
          readOnly={Boolean(section?.liveCount)}
          className={`${input} font-mono read-only:bg-rule/30`}
        />
      </label>
      <label className="basis-full text-sm">
        <span className="block font-semibold">Description</span>
        <input name="description" defaultValue={section?.description} className={`${input} w-full`} />
      </label>
      <input type="hidden" name="commentsEnabled" value="off" />
      <label className="basis-full text-sm">
        <input type="checkbox" name="commentsEnabled" value="on" defaultChecked={section?.commentsEnabled ?? true} className="mr-1" />
        Readers may comment on its stories
      </label>
    </>
  );
}

function SectionItem({ section, first, last }: { section: SectionAdminRow; first: boolean; last: boolean }) {
  return (
    <li className="py-3" data-section={section.slug}>
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1">
          <Link href={section.url} className="font-semibold hover:underline">
            {section.name}
          </Link>{' '}
          <span className="font-mono text-xs text-muted">{section.url}</span>
          <p className="text-sm text-muted">
            {countOf(section.articleCount, 'article')} · {section.liveCount} published or scheduled
          </p>
          {section.description && <p className="text-sm">{section.description}</p>}
          {!section.commentsEnabled && <p className="text-sm text-muted">Comments off</p>}
        </div>
        {!first && (
          <ActionForm action={moveSectionAction} submitLabel="Move up">
            <input type="hidden" name="sectionId" value={section.id} />
            <input type="hidden" name="direction" value="up" />
          </ActionForm>
        )}
        {!last && (
          <ActionForm action={moveSectionAction} submitLabel="Move down">
            <input type="hidden" name="sectionId" value={section.id} />
            <input type="hidden" name="direction" value="down" />
          </ActionForm>
        )}
      </div>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-semibold">Edit {section.name}</summary>
        <ActionForm action={updateSectionAction} submitLabel="Save section" className="mt-2">
          <input type="hidden" name="sectionId" value={section.id} />
          <SectionFields section={section} />
        </ActionForm>
        {section.liveCount > 0 && (
          <p className="mt-1 text-xs text-muted">The slug is fixed while the section has published or scheduled articles: it is part of their addresses.</p>
        )}
        <ActionForm action={deleteSectionAction} submitLabel={`Delete ${section.name}`} danger className="mt-3">
          <input type="hidden" name="sectionId" value={section.id} />
        </ActionForm>
      </details>
    </li>
  );
}

export default async function SectionsPage() {
  const access = await pageAccess('/admin/sections');
  if (!access.ok) forbidden();
  const sections = await listSectionsForAdmin();
  return (
    <AdminShell viewer={access.viewer} title="Sections">
      <section aria-labelledby="new-section" className="max-w-3xl rounded border border-rule p-4">
        <h2 id="new-section" className="font-semibold">
          New section
        </h2>
        <p className="text-sm text-muted">It is added at the end of the site’s navigation; leave the slug empty to make it from the name.</p>
        <ActionForm action={createSectionAction} submitLabel="Create section" className="mt-3">
          <SectionFields />
        </ActionForm>
      </section>

      <section aria-labelledby="navigation-order" className="mt-8 max-w-3xl">
        <h2 id="navigation-order" className="font-semibold">
          Navigation order
        </h2>
        <p className="text-sm text-muted">Readers see the sections in this order in the site’s navigation and on the homepage.</p>
        {sections.length === 0 ? (
          <p className="mt-2 text-sm">No sections yet.</p>
        ) : (
          <ol className="mt-2 divide-y divide-rule border-y border-rule">
            {sections.map((section, i) => (
              <SectionItem key={section.id} section={section} first={i === 0} last={i === sections.length - 1} />
            ))}
          </ol>
        )}
      </section>
    </AdminShell>
  );
}
