import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { ActionForm } from '@/components/admin/action-form.client';
import { AdminShell } from '@/components/admin/admin-shell';
import { pageAccess } from '@/lib/auth/access';
import { siteConfig } from '@/lib/config/site';
import { formatDateTime } from '@/lib/dates/format';
import { listRedirects } from '@/lib/redirects/queries';
import { createRedirectAction, deleteRedirectAction } from './actions';

export const metadata: Metadata = { title: 'Redirects' };

const input = 'rounded border border-rule px-2 py-1.5 text-sm';

const KIND_LABELS: Record<string, string> = {
  article: 'Story moved',
  deleted: 'Story deleted',
  manual: 'Manual',
  tag: 'Tag moved',
  author: 'Author moved',
  import: 'Imported story’s old address',
};

export default async function RedirectsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const access = await pageAccess('/admin/redirects');
  if (!access.ok) forbidden();
  const q = ((await searchParams).q ?? '').slice(0, 200);
  const { rows, total, limit } = await listRedirects(q);
  const timeZone = siteConfig().timeZone;
  return (
    <AdminShell viewer={access.viewer} title="Redirects">
      <p className="max-w-2xl text-sm text-muted">
        An old address answers <strong>301</strong> and sends readers and search engines to the new one. Stories that
        move (new slug or section) get one automatically; a deleted story’s address answers <strong>410 Gone</strong>.
      </p>

      <section aria-labelledby="add-redirect" className="mt-6 rounded border border-rule p-4">
        <h2 id="add-redirect" className="font-semibold">
          Add a redirect
        </h2>
        <ActionForm action={createRedirectAction} submitLabel="Add redirect" className="mt-3">
          <label className="text-sm">
            <span className="block font-semibold">From</span>
            <input name="fromPath" required placeholder="/news/old-address" className={`${input} w-72`} />
          </label>
          <label className="text-sm">
            <span className="block font-semibold">To</span>
            <input name="toPath" required placeholder="/news/new-address or https://…" className={`${input} w-96`} />
          </label>
        </ActionForm>
      </section>

      <section aria-labelledby="redirect-list" className="mt-8">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h2 id="redirect-list" className="font-semibold">
            {q ? `Redirects matching “${q}”` : 'All redirects'} ({total})
          </h2>
          <form role="search" className="flex gap-2">
            <input name="q" defaultValue={q} aria-label="Search addresses" placeholder="Search addresses" className={input} />
            <button type="submit" className="rounded border border-ink px-3 py-1.5 text-sm font-semibold">
              Search
            </button>
          </form>
        </div>
        {rows.length === 0 ? (
          <p className="mt-3 text-sm text-muted">No redirects{q ? ' match' : ' yet'}.</p>
        ) : (
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-ink">
                <th className="py-2">From</th>
                <th>To</th>
                <th>Kind</th>
                <th>Added</th>
                <th>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-rule align-top" data-redirect={row.fromPath}>
                  <td className="py-2 font-mono text-xs break-all">{row.fromPath}</td>
                  <td className="py-2 font-mono text-xs break-all">{row.toPath ?? <span className="font-sans text-accent">410 Gone</span>}</td>
                  <td className="py-2">{KIND_LABELS[row.kind] ?? row.kind}</td>
                  <td className="py-2 text-xs text-muted">
                    <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt, timeZone)}</time>
                    {row.createdBy && <> · {row.createdBy}</>}
                  </td>
                  <td className="py-2">
                    <ActionForm action={deleteRedirectAction} submitLabel="Delete" danger>
                      <input type="hidden" name="redirectId" value={row.id} />
                    </ActionForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {total > rows.length && <p className="mt-2 text-xs text-muted">Showing the newest {limit}. Search to find others.</p>}
      </section>
    </AdminShell>
  );
}
