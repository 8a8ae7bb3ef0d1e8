import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { EditionEditor } from '@/components/admin/newsletters/edition-editor.client';
import { EditionHistory } from '@/components/admin/newsletters/edition-history';
import { pageAccess } from '@/lib/auth/access';
import { siteConfig } from '@/lib/config/site';
import { formatDateTime } from '@/lib/dates/format';
import { getNewsletterDesk } from '@/lib/newsletters/desk';
import { saveEditionAction, sendTestEditionAction } from './actions';

export const metadata: Metadata = { title: 'Newsletters' };

const story = (s: { id: string; headline: string; section: string }) => ({ id: s.id, headline: s.headline, section: s.section });

/** The newsletters desk: who reads what, the next morning edition to prepare, and how recent editions went out. */
export default async function NewslettersPage() {
  const access = await pageAccess('/admin/newsletters');
  if (!access.ok) forbidden();
  const { newsletters, next, candidates, recent } = await getNewsletterDesk();
  const timeZone = siteConfig().timeZone;
  return (
    <AdminShell viewer={access.viewer} title="Newsletters">
      <ul aria-label="Newsletters" className="grid gap-3 sm:grid-cols-2">
        {newsletters.map((n) => (
          <li key={n.slug} className="rounded border border-rule p-3 text-sm">
            <p className="font-semibold">{n.name}</p>
            <p className="text-muted">
              {n.cadence === 'daily' ? `Every day at ${n.sendAt} site time` : 'When an editor flags a breaking story and sends an alert'} ·{' '}
              {n.subscribers} {n.subscribers === 1 ? 'subscriber' : 'subscribers'}
              {n.suppressed > 0 ? ` (and ${n.suppressed} suppressed after a bounce or complaint)` : ''}
            </p>
          </li>
        ))}
      </ul>
      {next && (
        <section aria-labelledby="next-edition" className="mt-8 max-w-3xl">
          <h2 id="next-edition" className="font-serif text-xl font-bold">
            Next: {next.newsletter.name}, {formatDateTime(next.sendAt, timeZone)}
          </h2>
          <div className="mt-3">
            <EditionEditor
              key={`${next.newsletter.slug}:${next.day}`}
              newsletter={next.newsletter.slug}
              day={next.day}
              version={next.version}
              initial={{ intro: next.intro, chosen: next.chosen, stories: next.stories.map(story) }}
              candidates={candidates.map(story)}
              save={saveEditionAction}
              sendTest={sendTestEditionAction}
            />
          </div>
        </section>
      )}
      <EditionHistory editions={recent} timeZone={timeZone} />
    </AdminShell>
  );
}
