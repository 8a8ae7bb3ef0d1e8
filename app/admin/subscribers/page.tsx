import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { DataRequestRow } from '@/components/admin/data-request-row';
import { pageAccess } from '@/lib/auth/access';
import { siteConfig } from '@/lib/config/site';
import { formatDateTime } from '@/lib/dates/format';
import { findCommenters } from '@/lib/comments/admin';
import { findSubscribers } from '@/lib/newsletters/admin';
import { deleteCommenterAction, deleteSubscriberAction } from './actions';

export const metadata: Metadata = { title: 'Subscribers' };

const input = 'rounded border border-rule px-2 py-1.5 text-sm';

/** Data requests from newsletter subscribers: find an address, download what is kept about it, or delete it. */
export default async function SubscribersPage({ searchParams }: { searchParams: Promise<{ q?: string; deleted?: string }> }) {
  const access = await pageAccess('/admin/subscribers');
  if (!access.ok) forbidden();
  const params = await searchParams;
  const q = (params.q ?? '').slice(0, 254);
  const [{ subscribers, pending }, commenters] = await Promise.all([findSubscribers(q), findCommenters(q)]);
  const timeZone = siteConfig().timeZone;
  return (
    <AdminShell viewer={access.viewer} title="Subscribers">
      <p className="max-w-2xl text-sm text-muted">
        For a reader&rsquo;s request to see or delete their data, as a newsletter subscriber or as a commenter. Subscribers manage their
        newsletters themselves from the link in every e-mail. Each export and deletion is recorded in the audit log.
      </p>
      {params.deleted && (
        <p role="status" className="mt-4 rounded border border-green-800 px-3 py-2 text-sm text-green-800">
          {params.deleted === 'commenter' ? 'Deleted: the address and its comments are gone.' : 'Deleted: the address, its newsletters and its sign-ups are gone.'}
        </p>
      )}
      <form role="search" aria-label="Find a subscriber" className="mt-6 flex flex-wrap items-end gap-2" action="/admin/subscribers">
        <label className="text-sm">
          <span className="block font-semibold">Email address, or part of it (3 characters or more)</span>
          <input name="q" type="search" defaultValue={q} minLength={3} className={input} />
        </label>
        <button type="submit" className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper">
          Find
        </button>
      </form>
      {q.trim().length >= 3 && (
        <section aria-label="Subscribers found" className="mt-6">
          <p className="text-sm text-muted">
            {subscribers.length === 0 ? 'No subscriber has an address like that.' : `${subscribers.length} found${subscribers.length === 50 ? ' (the first 50)' : ''}.`}
            {pending > 0 ? ` ${pending} sign-up${pending === 1 ? '' : 's'} waiting for confirmation (deleted with the address).` : ''}
          </p>
          <ul className="mt-3 divide-y divide-rule">
            {subscribers.map((subscriber) => (
              <DataRequestRow
                key={subscriber.id}
                email={subscriber.email}
                details={`Confirmed ${formatDateTime(subscriber.confirmedAt, timeZone)} on ${subscriber.sourcePath || '/'} · ${subscriber.subscriptions.map((s) => s.newsletter.name).join(', ') || 'no newsletters'}`}
                download={{ href: `/api/admin/subscribers/${subscriber.id}`, label: `Download data for ${subscriber.email}` }}
                remove={{ action: deleteSubscriberAction, field: 'subscriberId', id: subscriber.id, label: `Delete ${subscriber.email}`, confirm: 'They asked for it; it cannot be undone' }}
              />
            ))}
          </ul>
        </section>
      )}
      {q.trim().length >= 3 && (
        <section aria-label="Commenters found" className="mt-8">
          <h2 className="font-serif text-xl font-bold">Commenters</h2>
          <p className="text-sm text-muted">{commenters.length === 0 ? 'No commenter has an address like that.' : `${commenters.length} found.`}</p>
          <ul className="mt-3 divide-y divide-rule">
            {commenters.map((commenter) => (
              <DataRequestRow
                key={commenter.id}
                email={commenter.email}
                details={`${commenter.displayName || 'No name'} · ${commenter.confirmedAt ? `confirmed ${formatDateTime(commenter.confirmedAt, timeZone)}` : 'never confirmed'} · ${commenter._count.comments} ${commenter._count.comments === 1 ? 'comment' : 'comments'}${commenter.blockedAt ? ' · blocked' : ''}`}
                download={{ href: `/api/admin/commenters/${commenter.id}`, label: `Download comments of ${commenter.email}` }}
                remove={{ action: deleteCommenterAction, field: 'commenterId', id: commenter.id, label: `Delete commenter ${commenter.email}`, confirm: 'They asked for it; their comments go too' }}
              />
            ))}
          </ul>
        </section>
      )}
    </AdminShell>
  );
}
