import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { MANAGE_INVALID } from '@/lib/newsletters/manage';
import { findSubscriberByKey, getNewsletters } from '@/lib/newsletters/queries';
import { tokenField } from '@/lib/newsletters/schemas';

export const metadata: Metadata = { title: 'Your newsletters', referrer: 'no-referrer', robots: { index: false, follow: false } };

type Props = { params: Promise<{ key: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Behind the "manage" link of every e-mail: choose newsletters, leave them all, or remove the address. No account. */
export default async function ManagePage({ params, searchParams }: Props) {
  await connection();
  const [{ key }, query, newsletters] = await Promise.all([params, searchParams, getNewsletters()]);
  const parsed = tokenField.safeParse(key);
  const subscriber = parsed.success ? await findSubscriberByKey(parsed.data) : null;
  if (!subscriber) {
    return (
      <div className="mx-auto max-w-xl pt-10">
        <h1 className="font-serif text-3xl font-bold">Your newsletters</h1>
        <p role="alert" className="mt-4">
          {MANAGE_INVALID}{' '}
          <Link href="/newsletters" className="underline">
            Newsletters
          </Link>
        </p>
      </div>
    );
  }
  const on = new Set(subscriber.subscriptions.map((s) => s.newsletter.slug));
  const confirmed = newsletters.find((n) => n.slug === query.confirmed);
  return (
    <div className="mx-auto max-w-xl pt-10">
      <h1 className="font-serif text-3xl font-bold">Your newsletters</h1>
      {confirmed && (
        <p role="status" className="mt-4 font-semibold">
          Confirmed: {confirmed.name} will come to {subscriber.email}.
        </p>
      )}
      {query.saved && (
        <p role="status" className="mt-4 font-semibold">
          Saved.{on.size === 0 ? ' You are on no newsletter now; we will not e-mail you.' : ''}
        </p>
      )}
      <form method="post" action="/newsletters/manage" className="mt-6">
        <input type="hidden" name="key" value={parsed.data} />
        <fieldset>
          <legend className="font-semibold">Newsletters for {subscriber.email}</legend>
          {newsletters.map((newsletter) => (
            <label key={newsletter.slug} className="mt-3 flex items-start gap-3">
              <input type="checkbox" name="newsletters" value={newsletter.slug} defaultChecked={on.has(newsletter.slug)} className="mt-1 size-5" />
              <span>
                <span className="font-semibold">{newsletter.name}</span>
                <span className="block text-sm text-muted">{newsletter.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="mt-6 flex flex-wrap gap-3">
          <button type="submit" name="intent" value="save" className="signup-button">
            Save my choice
          </button>
          <button type="submit" name="intent" value="unsubscribe-all" className="min-h-11 rounded border border-ink px-4 font-semibold">
            Unsubscribe from all
          </button>
        </div>
        <p className="mt-8 text-sm text-muted">
          Removing your address deletes it and everything we keep with it.{' '}
          <button type="submit" name="intent" value="forget" className="font-semibold text-accent underline">
            Remove my address
          </button>
        </p>
      </form>
    </div>
  );
}
