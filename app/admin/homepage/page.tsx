import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { ActionForm } from '@/components/admin/action-form.client';
import { AdminShell } from '@/components/admin/admin-shell';
import { pageAccess } from '@/lib/auth/access';
import { siteConfig } from '@/lib/config/site';
import { formatDateTime, formatLongDate } from '@/lib/dates/format';
import { listPinnableArticles, listPins, type PinView } from '@/lib/homepage/queries';
import { MAX_FEATURED } from '@/lib/homepage/schemas';
import { moveFeaturedPinAction, pinArticleAction, unpinArticleAction } from './actions';

export const metadata: Metadata = { title: 'Homepage' };

const input = 'rounded border border-rule px-2 py-1.5 text-sm';

function PinSummary({ pin, timeZone }: { pin: PinView; timeZone: string }) {
  return (
    <div className="min-w-0 flex-1">
      <Link href={pin.article.url} className="font-serif font-semibold hover:underline">
        {pin.article.headline}
      </Link>
      <p className="text-xs text-muted">
        {pin.expiresAt ? (
          <>
            Until <time dateTime={pin.expiresAt.toISOString()}>{formatDateTime(pin.expiresAt, timeZone)}</time>
          </>
        ) : (
          'No expiry'
        )}
        {pin.pinnedBy && <> · pinned by {pin.pinnedBy}</>}
        {!pin.visible && <strong className="text-accent"> · not shown: the story is not published</strong>}
      </p>
    </div>
  );
}

function UnpinForm({ pin }: { pin: PinView }) {
  return (
    <ActionForm action={unpinArticleAction} submitLabel="Unpin" danger>
      <input type="hidden" name="pinId" value={pin.id} />
    </ActionForm>
  );
}

function MoveForm({ pin, direction }: { pin: PinView; direction: 'up' | 'down' }) {
  return (
    <ActionForm action={moveFeaturedPinAction} submitLabel={direction === 'up' ? 'Move up' : 'Move down'}>
      <input type="hidden" name="pinId" value={pin.id} />
      <input type="hidden" name="direction" value={direction} />
    </ActionForm>
  );
}

export default async function HomepageCurationPage() {
  const access = await pageAccess('/admin/homepage');
  if (!access.ok) forbidden();
  const [{ lead, featured }, articles] = await Promise.all([listPins(), listPinnableArticles(100)]);
  const timeZone = siteConfig().timeZone;
  return (
    <AdminShell viewer={access.viewer} title="Homepage">
      <p className="max-w-2xl text-sm text-muted">
        Pin the lead story and up to {MAX_FEATURED} featured stories. Places without a pin fill with the newest stories;
        a pin with an expiry leaves the homepage at that time on its own.
      </p>

      <section aria-labelledby="lead-pin" className="mt-6">
        <h2 id="lead-pin" className="font-semibold">
          Lead story
        </h2>
        {lead ? (
          <div className="mt-2 flex flex-wrap items-center gap-3 border-b border-rule pb-2" data-pin={lead.article.id}>
            <PinSummary pin={lead} timeZone={timeZone} />
            <UnpinForm pin={lead} />
          </div>
        ) : (
          <p className="mt-2 text-sm text-muted">Not pinned: the newest story with a picture leads.</p>
        )}
      </section>

      <section aria-labelledby="featured-pins" className="mt-8">
        <h2 id="featured-pins" className="font-semibold">
          Featured stories ({featured.length} of {MAX_FEATURED} pinned)
        </h2>
        {featured.length === 0 ? (
          <p className="mt-2 text-sm text-muted">None pinned: the featured row shows the newest stories.</p>
        ) : (
          <ol className="mt-2 divide-y divide-rule">
            {featured.map((pin, i) => (
              <li key={pin.id} className="flex flex-wrap items-center gap-3 py-2" data-pin={pin.article.id}>
                <span className="w-6 text-sm font-semibold text-muted">{i + 1}.</span>
                <PinSummary pin={pin} timeZone={timeZone} />
                {i > 0 && <MoveForm pin={pin} direction="up" />}
                {i < featured.length - 1 && <MoveForm pin={pin} direction="down" />}
                <UnpinForm pin={pin} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="pin-story" className="mt-8 rounded border border-rule p-4">
        <h2 id="pin-story" className="font-semibold">
          Pin a story
        </h2>
        <ActionForm action={pinArticleAction} submitLabel="Pin story" className="mt-3">
          {/* Labels beside (not around) the selects: a wrapping label would name a select after its options too. */}
          <div className="text-sm">
            <label htmlFor="pin-article" className="block font-semibold">
              Story
            </label>
            <select id="pin-article" name="articleId" required className={`${input} max-w-md`}>
              {articles.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.headline} ({a.section}, {formatLongDate(a.publishedAt, timeZone)})
                </option>
              ))}
            </select>
          </div>
          <div className="text-sm">
            <label htmlFor="pin-slot" className="block font-semibold">
              Place
            </label>
            <select id="pin-slot" name="slot" defaultValue="featured" className={input}>
              <option value="lead">Lead story</option>
              <option value="featured">Featured</option>
            </select>
          </div>
          <label className="text-sm">
            <span className="block font-semibold">Expires (optional)</span>
            <input name="expiresAt" type="datetime-local" step={1} className={input} aria-describedby="expiry-zone" />
          </label>
          <p id="expiry-zone" className="basis-full text-xs text-muted">
            Times are in {timeZone}. Leave the expiry empty to keep the pin until you remove it.
          </p>
        </ActionForm>
      </section>
    </AdminShell>
  );
}
