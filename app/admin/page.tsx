import { forbidden } from 'next/navigation';
import type { Metadata } from 'next';
import { AdminShell } from '@/components/admin/admin-shell';
import { pageAccess } from '@/lib/auth/access';
import { can, PERMISSION_LABELS, PERMISSIONS, ROLE_LABELS } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const access = await pageAccess('/admin');
  if (!access.ok) forbidden();
  const { viewer } = access;
  return (
    <AdminShell viewer={viewer} title={`Good to see you, ${viewer.name.split(' ')[0]}`}>
      <section aria-labelledby="desk" className="rounded border border-rule p-4">
        <h2 id="desk" className="font-semibold">
          Your desk
        </h2>
        <p className="mt-2 text-sm text-muted">
          Your drafts, stories awaiting review, the publishing schedule and recently published stories will appear here
          once the editorial desk is in place.
        </p>
      </section>
      <section aria-labelledby="abilities" className="mt-6">
        <h2 id="abilities" className="font-semibold">
          As {ROLE_LABELS[viewer.role].toLowerCase()} you can
        </h2>
        <ul className="mt-2 list-disc pl-6 text-sm">
          {PERMISSIONS.filter((p) => can(viewer.role, p)).map((p) => (
            <li key={p}>{PERMISSION_LABELS[p]}</li>
          ))}
        </ul>
      </section>
    </AdminShell>
  );
}
