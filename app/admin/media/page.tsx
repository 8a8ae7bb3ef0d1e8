import { forbidden } from 'next/navigation';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminShell } from '@/components/admin/admin-shell';
import { MediaCard } from '@/components/admin/media-card';
import { MediaUploadForm } from '@/components/admin/media-upload-form.client';
import { pageAccess } from '@/lib/auth/access';
import { siteConfig } from '@/lib/config/site';
import { listImages } from '@/lib/media/library';
import { canManageImage } from '@/lib/media/manage';
import { maxUploadBytes } from '@/lib/media/upload';
import { parsePageNumber } from '@/lib/routes';

export const metadata: Metadata = { title: 'Media' };

type SearchParams = Promise<{ q?: string | string[]; page?: string | string[] }>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function pageHref(q: string, page: number) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/admin/media?${search}` : '/admin/media';
}

export default async function MediaPage({ searchParams }: { searchParams: SearchParams }) {
  const access = await pageAccess('/admin/media');
  if (!access.ok) forbidden();
  const { viewer } = access;
  const params = await searchParams;
  const q = (first(params.q) ?? '').trim().slice(0, 200);
  const library = await listImages({ q, page: parsePageNumber(first(params.page) ?? '1') ?? 1 });
  const timeZone = siteConfig().timeZone;
  return (
    <AdminShell viewer={viewer} title="Media">
      <section aria-labelledby="upload-heading" className="max-w-2xl rounded border border-rule p-4">
        <h2 id="upload-heading" className="mb-3 font-semibold">
          Upload a picture
        </h2>
        <MediaUploadForm maxBytes={maxUploadBytes()} />
      </section>

      <section aria-labelledby="library-heading" className="mt-8">
        <h2 id="library-heading" className="font-semibold">
          Library
        </h2>
        <form role="search" method="get" action="/admin/media" className="mt-2 flex flex-wrap items-end gap-2 text-sm">
          <label>
            <span className="block font-semibold">Search pictures</span>
            <input name="q" type="search" defaultValue={q} placeholder="Alt text, caption or credit" className="rounded border border-rule px-2 py-1.5" />
          </label>
          <button type="submit" className="rounded bg-ink px-3 py-1.5 font-semibold text-paper">
            Search
          </button>
          {q && <Link href="/admin/media">Show all</Link>}
        </form>
        <p className="mt-2 text-sm text-muted" data-testid="media-count">
          {library.total} {library.total === 1 ? 'picture' : 'pictures'}
          {q && ` matching “${q}”`}
        </p>
        <ul aria-label="Pictures" className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {library.items.map((item) => (
            <MediaCard key={item.id} item={item} canManage={canManageImage(viewer, item.uploadedById)} timeZone={timeZone} />
          ))}
        </ul>
        {library.pageCount > 1 && (
          <nav aria-label="Pagination" className="mt-4 flex justify-between text-sm">
            {library.page > 1 ? <Link href={pageHref(q, library.page - 1)}>← Newer</Link> : <span />}
            <span>
              Page {library.page} of {library.pageCount}
            </span>
            {library.page < library.pageCount ? <Link href={pageHref(q, library.page + 1)}>Older →</Link> : <span />}
          </nav>
        )}
      </section>
    </AdminShell>
  );
}
