import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { ImportForm, RefreshWhileRunning } from '@/components/admin/import-form.client';
import { pageAccess } from '@/lib/auth/access';
import { siteConfig } from '@/lib/config/site';
import { formatDateTime } from '@/lib/dates/format';
import { listImportRuns, type ImportRunView } from '@/lib/import/admin';
import { importMaxBytes } from '@/lib/import/source';
import { FORMAT_LABELS } from '@/lib/import/formats.shared';
import { getSections } from '@/lib/sections/queries';

export const metadata: Metadata = { title: 'Import and export' };

const STATE_LABELS: Record<ImportRunView['state'], string> = {
  queued: 'Starting',
  running: 'Importing',
  done: 'Finished',
  failed: 'Not imported',
  stopped: 'Stopped: start the same import again to carry on where it stopped',
};

export default async function ImportPage() {
  const access = await pageAccess('/admin/import');
  if (!access.ok) forbidden();
  const [runs, sections] = await Promise.all([listImportRuns(), getSections()]);
  const timeZone = siteConfig().timeZone;
  const running = runs.some((r) => r.state === 'queued' || r.state === 'running');
  return (
    <AdminShell viewer={access.viewer} title="Import and export">
      <RefreshWhileRunning running={running} />
      <section aria-labelledby="import-heading" className="rounded border border-rule p-4">
        <h2 id="import-heading" className="font-semibold">
          Import stories
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          From a WordPress export (Tools → Export → All content), another site’s RSS or Atom feed, or a Dateline content
          export. Stories keep their original dates; their old addresses on the same host lead to the new ones. Importing
          the same file again changes nothing, and an import that stopped carries on where it stopped. Pictures come from
          their addresses when you tick the box; the command line (<code>npm run import</code>) can also read them from a
          copy of the old uploads folder.
        </p>
        <ImportForm sections={sections.map((s) => ({ slug: s.slug, name: s.name }))} maxBytes={importMaxBytes()} />
      </section>

      <section aria-labelledby="runs-heading" className="mt-8">
        <h2 id="runs-heading" className="font-semibold">
          Imports
        </h2>
        {runs.length === 0 ? (
          <p className="mt-2 text-sm text-muted">No imports yet.</p>
        ) : (
          <ol className="mt-2 space-y-3">
            {runs.map((run) => (
              <li key={run.id} className="rounded border border-rule p-3 text-sm" data-testid="import-run" aria-label={`Import of ${run.origin}`}>
                <p>
                  <strong>{run.origin}</strong> · {FORMAT_LABELS[run.format]} · started{' '}
                  <time dateTime={run.createdAt.toISOString()}>{formatDateTime(run.createdAt, timeZone)}</time>
                  {run.startedBy && ` by ${run.startedBy}`}
                </p>
                <p role="status" className="mt-1">
                  <span className="font-semibold">{STATE_LABELS[run.state]}</span>
                  {run.state === 'failed' || run.state === 'done' ? (
                    <>: {run.message}</>
                  ) : (
                    <>
                      {' '}
                      · {run.created + run.skipped + run.refused} of {run.total} done: {run.created} created, {run.skipped} skipped, {run.refused} refused
                    </>
                  )}
                </p>
                {(run.state === 'running' || run.state === 'queued') && (
                  <progress aria-label="Import progress" className="mt-1 w-64" value={run.created + run.skipped + run.refused} max={Math.max(run.total, 1)} />
                )}
                {run.report.length > 0 && (
                  <details className="mt-2">
                    <summary className="cursor-pointer">What was skipped or refused, and why ({run.report.length})</summary>
                    <ul className="mt-1 list-disc pl-5">
                      {run.report.map((note, n) => (
                        <li key={n}>
                          <span className="font-semibold">{note.outcome}</span>: {note.item}: {note.reason}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="export-heading" className="mt-8 rounded border border-rule p-4">
        <h2 id="export-heading" className="font-semibold">
          Export the content
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Every story with its dates, sections, tags, author profiles and the pictures’ addresses, in one JSON file that
          this page (or <code>npm run import -- dateline</code>) reads back into any Dateline site. It holds no accounts,
          passwords, sessions, audit log or subscriber addresses. For a full copy of the site, use{' '}
          <code>npm run backup</code>.
        </p>
        <a href="/api/admin/export" download className="mt-3 inline-block rounded border border-ink px-3 py-1.5 text-sm font-semibold">
          Download the content export
        </a>
      </section>
    </AdminShell>
  );
}
