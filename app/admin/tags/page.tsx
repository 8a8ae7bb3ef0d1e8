import { forbidden } from 'next/navigation';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '@/components/admin/action-form.client';
import { AdminShell } from '@/components/admin/admin-shell';
import { pageAccess } from '@/lib/auth/access';
import { listTagNames, listTagsForAdmin, type TagAdminRow } from '@/lib/tags/admin-queries';
import { tagListSchema } from '@/lib/tags/schemas';
import { createTagAction, deleteTagAction, mergeTagsAction, renameTagAction } from './actions';

export const metadata: Metadata = { title: 'Tags' };

const input = 'rounded border border-rule px-2 py-1.5 text-sm';

type SearchParams = Promise<{ q?: string | string[]; page?: string | string[] }>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function pageHref(q: string, page: number) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/admin/tags?${search}` : '/admin/tags';
}

function TagFields({ tag }: { tag?: TagAdminRow }) {
  return (
    <>
      <label className="text-sm">
        <span className="block font-semibold">Name</span>
        <input name="name" required defaultValue={tag?.name} className={input} />
      </label>
      <label className="text-sm">
        <span className="block font-semibold">Slug</span>
        <input name="slug" defaultValue={tag?.slug} placeholder="made from the name" className={`${input} font-mono`} />
      </label>
      <label className="basis-full text-sm">
        <span className="block font-semibold">Description</span>
        <input name="description" defaultValue={tag?.description} className={`${input} w-full`} />
      </label>
    </>
  );
}

function TagRow({ tag }: { tag: TagAdminRow }) {
  return (
    <tr className="border-b border-rule align-top" data-tag={tag.slug}>
      <td className="py-2">
        <Link href={tag.url} className="font-semibold hover:underline">
          {tag.name}
        </Link>
        {tag.description && <p className="text-xs text-muted">{tag.description}</p>}
      </td>
      <td className="py-2 font-mono text-xs">{tag.slug}</td>
      <td className="py-2 text-right tabular-nums">{tag.articleCount}</td>
      <td className="py-2 pl-4">
        <details>
          <summary className="cursor-pointer font-semibold">Edit {tag.name}</summary>
          <ActionForm action={renameTagAction} submitLabel="Save tag" className="mt-2">
            <input type="hidden" name="tagId" value={tag.id} />
            <TagFields tag={tag} />
          </ActionForm>
          <ActionForm action={mergeTagsAction} submitLabel={`Merge ${tag.name}`} className="mt-3">
            <input type="hidden" name="from" value={tag.slug} />
            <label className="text-sm">
              <span className="block font-semibold">Merge into</span>
              <input name="into" list="tag-names" required className={input} />
            </label>
          </ActionForm>
          <ActionForm action={deleteTagAction} submitLabel={`Delete ${tag.name}`} danger className="mt-3">
            <input type="hidden" name="tagId" value={tag.id} />
          </ActionForm>
        </details>
      </td>
    </tr>
  );
}

export default async function TagsPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await pageAccess('/admin/tags');
  if (!access.ok) forbidden();
  const raw = await searchParams;
  const { q, page } = tagListSchema.parse({ q: first(raw.q), page: first(raw.page) });
  const [list, names] = await Promise.all([listTagsForAdmin({ q, page }), listTagNames()]);
  return (
    <AdminShell viewer={access.viewer} title="Tags">
      <datalist id="tag-names">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="new-tag" className="rounded border border-rule p-4">
          <h2 id="new-tag" className="font-semibold">
            New tag
          </h2>
          <ActionForm action={createTagAction} submitLabel="Create tag" className="mt-3">
            <TagFields />
          </ActionForm>
        </section>
        <section aria-labelledby="merge-tags" className="rounded border border-rule p-4">
          <h2 id="merge-tags" className="font-semibold">
            Merge tags
          </h2>
          <p className="text-sm text-muted">
            Every article of the first tag gets the second; the first is deleted and its page redirects to the second.
          </p>
          <ActionForm action={mergeTagsAction} submitLabel="Merge tags" className="mt-3">
            <label className="text-sm">
              <span className="block font-semibold">Merge this tag</span>
              <input name="from" list="tag-names" required className={input} />
            </label>
            <label className="text-sm">
              <span className="block font-semibold">into this tag</span>
              <input name="into" list="tag-names" required className={input} />
            </label>
          </ActionForm>
        </section>
      </div>

      <section aria-labelledby="all-tags" className="mt-8">
        <h2 id="all-tags" className="font-semibold">
          All tags
        </h2>
        <form role="search" method="get" action="/admin/tags" className="mt-2 flex flex-wrap items-end gap-2 text-sm">
          <label>
            <span className="block font-semibold">Search tags</span>
            <input name="q" type="search" defaultValue={q} className={input} />
          </label>
          <button type="submit" className="rounded bg-ink px-3 py-1.5 font-semibold text-paper">
            Search
          </button>
          {q && <Link href="/admin/tags">Show all</Link>}
        </form>
        <p className="mt-2 text-sm text-muted" data-testid="tag-count">
          {list.total} {list.total === 1 ? 'tag' : 'tags'}
          {q && ` matching “${q}”`}
        </p>
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-ink">
              <th className="py-2">Name</th>
              <th>Slug</th>
              <th className="text-right">Articles</th>
              <th className="pl-4">Actions</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((tag) => (
              <TagRow key={tag.id} tag={tag} />
            ))}
          </tbody>
        </table>
        <nav aria-label="Pagination" className="mt-4 flex justify-between text-sm">
          {list.page > 1 ? <Link href={pageHref(q, list.page - 1)}>← Previous</Link> : <span />}
          <span>
            Page {list.page} of {list.pageCount}
          </span>
          {list.page < list.pageCount ? <Link href={pageHref(q, list.page + 1)}>Next →</Link> : <span />}
        </nav>
      </section>
    </AdminShell>
  );
}
