import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { ActionForm } from '@/components/admin/action-form.client';
import { AdminShell } from '@/components/admin/admin-shell';
import { ArticleTable } from '@/components/admin/article-table';
import { STATUS_LABELS } from '@/lib/articles/status.shared';
import { Pagination } from '@/components/site/pagination';
import { getEditorOptions, listDeskArticles } from '@/lib/articles/desk-queries';
import { deskFilterSchema } from '@/lib/articles/schemas';
import { pageAccess } from '@/lib/auth/access';
import { createArticleAction } from './actions';

export const metadata: Metadata = { title: 'Articles' };

const input = 'rounded border border-rule px-2 py-1.5 text-sm';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArticlesPage({ searchParams }: Props) {
  const access = await pageAccess('/admin/articles');
  if (!access.ok) forbidden();
  const { viewer } = access;
  const raw = await searchParams;
  const filter = deskFilterSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [list, options] = await Promise.all([listDeskArticles(viewer, filter), getEditorOptions()]);
  const href = (page: number) => {
    const params = new URLSearchParams(Object.entries({ ...filter, page: String(page) }).filter(([, v]) => v && v !== 'all' && v !== '1') as [string, string][]);
    return `/admin/articles${params.size ? `?${params}` : ''}`;
  };
  return (
    <AdminShell viewer={viewer} title="Articles">
      <section aria-labelledby="new-article" className="rounded border border-rule p-4">
        <h2 id="new-article" className="font-semibold">
          Start an article
        </h2>
        <ActionForm action={createArticleAction} submitLabel="Create draft" className="mt-3">
          <label className="min-w-64 flex-1 text-sm">
            <span className="block font-semibold">Headline</span>
            <input name="headline" required maxLength={200} className={`${input} w-full`} />
          </label>
          <label className="text-sm">
            <span className="block font-semibold">Section</span>
            <select name="sectionId" className={input} defaultValue="">
              <option value="">Choose…</option>
              {options.sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        </ActionForm>
      </section>
      <form role="search" aria-label="Filter articles" className="mt-6 flex flex-wrap items-end gap-2" action="/admin/articles">
        <label className="text-sm">
          <span className="block font-semibold">Headline contains</span>
          <input name="q" type="search" defaultValue={filter.q} className={input} />
        </label>
        <label className="text-sm">
          <span className="block font-semibold">Status</span>
          <select name="status" defaultValue={filter.status} className={input}>
            <option value="all">Any</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-semibold">Section</span>
          <select name="section" defaultValue={filter.section} className={input}>
            <option value="">Any</option>
            {options.sections.map((s) => (
              <option key={s.id} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-semibold">Author</span>
          <select name="author" defaultValue={filter.author} className={input}>
            <option value="">Any</option>
            {options.authors.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-semibold">Sort by</span>
          <select name="sort" defaultValue={filter.sort} className={input}>
            <option value="modified">Last edited</option>
            <option value="published">Publication time</option>
            <option value="headline">Headline</option>
          </select>
        </label>
        <button type="submit" className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper">
          Filter
        </button>
        <Link href="/admin/articles" className="text-sm underline">
          Clear
        </Link>
      </form>
      <p className="mt-4 text-sm text-muted">
        {list.totalIsLowerBound
          ? `More than ${list.total.toLocaleString('en-GB')} articles: the first ${list.total.toLocaleString('en-GB')} are listed, narrow the filter to find the rest`
          : `${list.total} article${list.total === 1 ? '' : 's'}`}
      </p>
      <ArticleTable rows={list.items} />
      <Pagination page={list.page} pageCount={list.pageCount} href={href} />
    </AdminShell>
  );
}
