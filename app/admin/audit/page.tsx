import { forbidden } from 'next/navigation';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminShell } from '@/components/admin/admin-shell';
import { listAuditEvents } from '@/lib/audit/queries';
import { pageAccess } from '@/lib/auth/access';
import { siteConfig } from '@/lib/config/site';
import { formatDateTime } from '@/lib/dates/format';
import { parsePageNumber } from '@/lib/routes';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const access = await pageAccess('/admin/audit');
  if (!access.ok) forbidden();
  const page = parsePageNumber((await searchParams).page ?? '1') ?? 1;
  const { rows, pageCount } = await listAuditEvents(page);
  const timeZone = siteConfig().timeZone;
  return (
    <AdminShell viewer={access.viewer} title="Audit log">
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-ink">
            <th className="py-2">When</th>
            <th>Who</th>
            <th>What</th>
            <th>Where from</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-rule align-top" data-action={row.action}>
              <td className="py-2 whitespace-nowrap">
                <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt, timeZone)}</time>
              </td>
              <td className="py-2">{row.actorLabel || '—'}</td>
              <td className="py-2">
                <code className="text-xs text-muted">{row.action}</code>
                <br />
                {row.summary}
              </td>
              <td className="py-2 text-xs text-muted">
                {row.ipAddress ?? 'unknown'}
                <br />
                {row.userAgent?.slice(0, 60)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pagination" className="mt-4 flex justify-between text-sm">
        {page > 1 ? <Link href={`/admin/audit?page=${page - 1}`}>← Newer</Link> : <span />}
        <span>
          Page {page} of {pageCount}
        </span>
        {page < pageCount ? <Link href={`/admin/audit?page=${page + 1}`}>Older →</Link> : <span />}
      </nav>
    </AdminShell>
  );
}
