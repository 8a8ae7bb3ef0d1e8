import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { ActionForm } from '@/components/admin/action-form.client';
import { AdminShell } from '@/components/admin/admin-shell';
import { RevisionDiff } from '@/components/admin/revision-diff';
import { DateText } from '@/components/site/date-text';
import { getArticleForEditor } from '@/lib/articles/desk-queries';
import { diffSnapshots, getRevisionPair, listRevisions } from '@/lib/articles/revisions';
import { pageAccess } from '@/lib/auth/access';
import { restoreRevisionAction } from '../../actions';

export const metadata: Metadata = { title: 'Revisions' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const access = await pageAccess('/admin/articles/[id]/revisions', `/admin/articles/${encodeURIComponent(id)}/revisions`);
  if (!access.ok) forbidden();
  const { viewer } = access;
  const data = await getArticleForEditor(viewer, id);
  if (!data) notFound();
  if (!data.rights.open) forbidden();
  const revisions = await listRevisions(id);
  const { from = revisions[1]?.id, to = revisions[0]?.id } = await searchParams;
  const pair = from && to ? await getRevisionPair(id, from, to) : null;
  const diff = pair ? diffSnapshots(pair.older.snapshot, pair.newer.snapshot) : [];
  return (
    <AdminShell viewer={viewer} title={`Revisions of “${data.row.headline}”`}>
      <p className="text-sm">
        <Link href={`/admin/articles/${id}`} className="underline">
          ← Back to the editor
        </Link>
      </p>
      <form className="mt-4 overflow-x-auto" action={`/admin/articles/${id}/revisions`}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Every saved version, newest first</caption>
          <thead className="border-b border-rule text-xs uppercase text-muted">
            <tr>
              <th scope="col" className="py-2 pr-2">Compare from</th>
              <th scope="col" className="py-2 pr-2">to</th>
              <th scope="col" className="py-2 pr-2">Version</th>
              <th scope="col" className="py-2 pr-2">Saved</th>
              <th scope="col" className="py-2 pr-2">By</th>
              <th scope="col" className="py-2 pr-2">What</th>
              <th scope="col" className="py-2">Headline</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id} className="border-b border-rule">
                <td className="py-1 pr-2">
                  <input type="radio" name="from" value={r.id} defaultChecked={r.id === from} aria-label={`Compare from version ${r.version}`} />
                </td>
                <td className="py-1 pr-2">
                  <input type="radio" name="to" value={r.id} defaultChecked={r.id === to} aria-label={`Compare to version ${r.version}`} />
                </td>
                <td className="py-1 pr-2">{r.version}</td>
                <td className="py-1 pr-2">
                  <DateText date={r.createdAt} format="dateTime" />
                </td>
                <td className="py-1 pr-2">{r.userLabel}</td>
                <td className="py-1 pr-2">{r.note}</td>
                <td className="py-1">{r.headline}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" className="mt-3 rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper">
          Compare
        </button>
      </form>
      {pair && (
        <section aria-labelledby="diff-title" className="mt-8">
          <h2 id="diff-title" className="font-semibold">
            Changes from version {pair.older.version} to version {pair.newer.version}
          </h2>
          <RevisionDiff diff={diff} />
          {data.rights.edit && (
            <div className="mt-4 flex flex-wrap gap-4">
              {[pair.older, pair.newer].map((r) => (
                <ActionForm key={r.id} action={restoreRevisionAction} submitLabel={`Restore version ${r.version}`}>
                  <input type="hidden" name="articleId" value={id} />
                  <input type="hidden" name="revisionId" value={r.id} />
                  <input type="hidden" name="baseVersion" value={data.row.version} />
                </ActionForm>
              ))}
            </div>
          )}
        </section>
      )}
    </AdminShell>
  );
}
