import { cacheTag } from 'next/cache';
import { cacheReaderData } from '@/lib/cache/lifetimes';
import { cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';

export type NewsletterView = { slug: string; name: string; description: string; cadence: string; sendAt: string | null };

/** The newsletters readers can sign up for, in the order the site lists them. */
export async function getNewsletters(): Promise<NewsletterView[]> {
  'use cache';
  cacheTag(cacheTags.newsletters);
  cacheReaderData();
  return db.newsletter.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { slug: true, name: true, description: true, cadence: true, sendAt: true },
  });
}

/** A subscriber and their newsletters, by the key in their e-mails' links; null for a key nobody has. */
export async function findSubscriberByKey(key: string) {
  return db.subscriber.findUnique({
    where: { manageKey: key },
    select: { id: true, email: true, confirmedAt: true, subscriptions: { select: { newsletter: { select: { slug: true } } } } },
  });
}
