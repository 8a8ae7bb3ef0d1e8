import { forbidden } from 'next/navigation';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminShell } from '@/components/admin/admin-shell';
import { ArticleTable } from '@/components/admin/article-table';
import { getDashboard } from '@/lib/articles/desk-queries';
import { pageAccess } from '@/lib/auth/access';
import { can, PERMISSION_LABELS, PERMISSIONS, ROLE_LABELS } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const access = await pageAccess('/admin');
  if (!access.ok) forbidden();
  const { viewer } = access;
  const desk = await getDashboard(viewer);
  const blocks = [
    { id: 'my-drafts', title: 'My drafts', rows: desk.drafts, empty: 'No drafts. Start one from Articles.' },
    { id: 'awaiting-review', title: 'Awaiting review', rows: desk.review, empty: 'Nothing is waiting for review.' },
    { id: 'scheduled', title: 'Scheduled next', rows: desk.scheduled, empty: 'Nothing is scheduled.' },
    { id: 'published', title: 'Recently published', rows: desk.published, empty: 'Nothing has been published yet.' },
  ];
  return (
    <AdminShell viewer={viewer} title={`Good to see you, ${viewer.name.split(' ')[0]}`}>
      <p>
        <Link href="/admin/articles" className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper">
          Write or find an article
        </Link>
      </p>
      <div className="mt-6 grid gap-8">
        {blocks.map((block) => (
          <section key={block.id} aria-labelledby={block.id}>
            <h2 id={block.id} className="font-serif text-xl font-bold">
              {block.title}
            </h2>
            <ArticleTable rows={block.rows} empty={block.empty} />
          </section>
        ))}
      </div>
      <details className="mt-8">
        <summary className="cursor-pointer font-semibold">As {ROLE_LABELS[viewer.role].toLowerCase()} you can…</summary>
        <ul className="mt-2 list-disc pl-6 text-sm">
          {PERMISSIONS.filter((p) => can(viewer.role, p)).map((p) => (
            <li key={p}>{PERMISSION_LABELS[p]}</li>
          ))}
        </ul>
      </details>
    </AdminShell>
  );
}
