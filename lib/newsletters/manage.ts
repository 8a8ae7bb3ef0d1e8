// What a subscriber does from the links in their e-mails, without an account: the link's key is the credential.
import { db } from '@/lib/db/client';

export const MANAGE_INVALID = 'This link is not valid any more: the address may have been removed. Sign up again to get newsletters.';

/** Leaves one newsletter (RFC 8058 one-click unsubscribe, and the manage page). True when the key was known. */
export async function unsubscribe(key: string, newsletterSlug: string | null): Promise<boolean> {
  const subscriber = await db.subscriber.findUnique({ where: { manageKey: key }, select: { id: true } });
  if (!subscriber) return false;
  await db.subscription.deleteMany({
    where: { subscriberId: subscriber.id, ...(newsletterSlug ? { newsletter: { slug: newsletterSlug } } : {}) },
  });
  return true;
}

/**
 * Puts the subscriber on exactly the newsletters listed: the key proves they read the address, so adding one needs no
 * new confirmation. False for an unknown key.
 */
export async function setNewsletters(key: string, slugs: string[]): Promise<boolean> {
  const subscriber = await db.subscriber.findUnique({ where: { manageKey: key }, select: { id: true } });
  if (!subscriber) return false;
  const chosen = await db.newsletter.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
  await db.$transaction([
    db.subscription.deleteMany({ where: { subscriberId: subscriber.id, newsletterId: { notIn: chosen.map((n) => n.id) } } }),
    ...chosen.map((n) =>
      db.subscription.upsert({
        where: { subscriberId_newsletterId: { subscriberId: subscriber.id, newsletterId: n.id } },
        create: { subscriberId: subscriber.id, newsletterId: n.id },
        update: {},
      }),
    ),
  ]);
  return true;
}

/** Deletes a subscriber and every trace of the address: its subscriptions (by cascade) and its pending sign-ups. */
export async function removeAddress(subscriber: { id: string; email: string }): Promise<void> {
  await db.$transaction([db.signupRequest.deleteMany({ where: { email: subscriber.email } }), db.subscriber.delete({ where: { id: subscriber.id } })]);
}

/** The subscriber asks to be forgotten, from their manage page. False for an unknown key. */
export async function forgetSubscriber(key: string): Promise<boolean> {
  const subscriber = await db.subscriber.findUnique({ where: { manageKey: key }, select: { id: true, email: true } });
  if (!subscriber) return false;
  await removeAddress(subscriber);
  return true;
}
