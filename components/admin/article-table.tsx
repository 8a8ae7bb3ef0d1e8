import Link from 'next/link';
import { DateText } from '@/components/site/date-text';
import type { DeskRow } from '@/lib/articles/desk-queries';
import { STATUS_LABELS } from '@/lib/articles/status.shared';

const STATUS_TONE: Record<string, string> = {
  draft: 'bg-stone-200',
  review: 'bg-amber-200',
  scheduled: 'bg-sky-200',
  published: 'bg-green-200',
  unpublished: 'bg-stone-300',
};

/** Articles on the desk: status, bylines, last edit and publication (or scheduled) time. */
export function ArticleTable({ rows, empty = 'No articles match.' }: { rows: DeskRow[]; empty?: string }) {
  if (rows.length === 0) return <p className="mt-3 text-sm text-muted">{empty}</p>;
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-rule text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3">Headline</th>
            <th scope="col" className="py-2 pr-3">Status</th>
            <th scope="col" className="py-2 pr-3">Section</th>
            <th scope="col" className="py-2 pr-3">Bylines</th>
            <th scope="col" className="py-2 pr-3">Last edit</th>
            <th scope="col" className="py-2">Published / scheduled</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-rule align-top">
              <td className="py-2 pr-3">
                <Link href={`/admin/articles/${row.id}`} className="font-semibold hover:underline">
                  {row.headline}
                </Link>
              </td>
              <td className="py-2 pr-3">
                <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_TONE[row.status] ?? ''}`}>{STATUS_LABELS[row.status as keyof typeof STATUS_LABELS] ?? row.status}</span>
              </td>
              <td className="py-2 pr-3">{row.section}</td>
              <td className="py-2 pr-3">{row.authors.join(', ') || '—'}</td>
              <td className="py-2 pr-3">
                <DateText date={row.modifiedAt} format="dateTime" />
              </td>
              <td className="py-2">{row.publishedAt ? <DateText date={row.publishedAt} format="dateTime" /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
