import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { forgetSubscriber, setNewsletters, unsubscribe } from '@/lib/newsletters/manage';
import { signupSchema } from '@/lib/newsletters/schemas';
import { CONFIRM_INVALID, confirmSignup, requestSignup, SIGNUP_SENT, SIGNUP_TOO_MANY, SIGNUPS_PER_ADDRESS, SIGNUPS_PER_EMAIL } from '@/lib/newsletters/signup';
import { seedNewsletters } from '@/prisma/seed/newsletters';
import { smtpForThisFile } from '../support/smtp';

// Double opt-in against a real SMTP server started here: nothing is subscribed until the e-mailed link is used.

const smtp = smtpForThisFile();
let addresses = 0;
const runPrefix = `2001:db8:${randomUUID().slice(0, 4)}`;
/** A request from an address of its own (the per-address limit is tested on purpose, below). */
const from = () => ({ ip: `${runPrefix}:${(++addresses).toString(16)}::1`, userAgent: 'vitest' });
const reader = () => `reader-${randomUUID().slice(0, 8)}@it.example`;
const signup = (email: string, newsletter = 'morning-edition', request = from(), extra: Record<string, string> = {}) =>
  requestSignup(signupSchema.parse({ email, newsletter, source: '/news/a-story', ...extra }), request);
const tokenIn = (mail: ParsedMail) => /\/newsletters\/confirm\/([\w-]+)/.exec(mail.text ?? '')![1]!;
const subscriptions = (email: string) =>
  db.subscription.findMany({ where: { subscriber: { email } }, select: { newsletter: { select: { slug: true } } } }).then((rows) => rows.map((r) => r.newsletter.slug).sort());

beforeAll(async () => {
  await seedNewsletters(db);
});

describe('signing up for a newsletter', () => {
  it('e-mails a link and subscribes nobody until it is used, once', async () => {
    const email = reader();
    expect(await signup(email)).toEqual({ ok: true, message: SIGNUP_SENT });
    expect(await db.subscriber.count({ where: { email } })).toBe(0);
    const [mail] = smtp.to(email);
    expect(mail?.subject).toBe('Confirm your subscription to The Morning Edition');
    const token = tokenIn(mail!);

    const confirmed = await confirmSignup(token);
    expect(confirmed).toMatchObject({ ok: true, newsletter: 'morning-edition' });
    const subscriber = await db.subscriber.findUniqueOrThrow({ where: { email } });
    expect(subscriber).toMatchObject({ sourcePath: '/news/a-story' });
    expect(subscriber.confirmedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await subscriptions(email)).toEqual(['morning-edition']);
    expect(await confirmSignup(token)).toEqual({ ok: false, status: 410, message: CONFIRM_INVALID });
  });

  it('gives the same answer to an address signed up already, and leaves it one subscription', async () => {
    const email = reader();
    await signup(email);
    await confirmSignup(tokenIn(smtp.to(email)[0]!));
    expect(await signup(email)).toEqual({ ok: true, message: SIGNUP_SENT });
    expect(await confirmSignup(tokenIn(smtp.to(email)[1]!))).toMatchObject({ ok: true });
    expect(await subscriptions(email)).toEqual(['morning-edition']);
    expect(await db.subscriber.count({ where: { email } })).toBe(1);
    // A second newsletter is added to the same address.
    await signup(email, 'breaking-news');
    await confirmSignup(tokenIn(smtp.to(email)[2]!));
    expect(await subscriptions(email)).toEqual(['breaking-news', 'morning-edition']);
  });

  it('refuses an expired link', async () => {
    const email = reader();
    await signup(email);
    await db.signupRequest.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await confirmSignup(tokenIn(smtp.to(email)[0]!))).toMatchObject({ ok: false, status: 410 });
    expect(await db.subscriber.count({ where: { email } })).toBe(0);
  });

  it('sends nothing to a bot that fills the hidden field, and says the same', async () => {
    const email = reader();
    expect(await signup(email, 'morning-edition', from(), { website: 'https://spam.example' })).toEqual({ ok: true, message: SIGNUP_SENT });
    expect(smtp.to(email)).toEqual([]);
    expect(await db.signupRequest.count({ where: { email } })).toBe(0);
  });

  it('refuses a newsletter that does not exist, and bad addresses before anything else', async () => {
    expect(await signup(reader(), 'no-such-letter')).toMatchObject({ ok: false, status: 400, field: 'newsletter' });
    expect(signupSchema.safeParse({ email: 'not an address', newsletter: 'morning-edition', source: '/' }).success).toBe(false);
    expect(signupSchema.parse({ email: 'a@b.example', newsletter: 'morning-edition', source: '//evil.example/' }).source).toBe('/');
  });

  it('limits sign-ups per address (said so) and links per e-mail address (nothing more sent)', async () => {
    const request = from();
    for (let i = 0; i < SIGNUPS_PER_ADDRESS; i++) expect(await signup(reader(), 'morning-edition', request)).toMatchObject({ ok: true });
    expect(await signup(reader(), 'morning-edition', request)).toEqual({ ok: false, status: 429, message: SIGNUP_TOO_MANY });

    const email = reader();
    for (let i = 0; i < SIGNUPS_PER_EMAIL + 2; i++) expect(await signup(email)).toEqual({ ok: true, message: SIGNUP_SENT });
    expect(smtp.to(email)).toHaveLength(SIGNUPS_PER_EMAIL);
  });
});

describe('a subscriber without an account', () => {
  async function subscribed() {
    const email = reader();
    await signup(email);
    const confirmed = await confirmSignup(tokenIn(smtp.to(email)[0]!));
    if (!confirmed.ok) throw new Error('not confirmed');
    return { email, key: confirmed.manageKey };
  }

  it('unsubscribes from one newsletter by the key in their e-mails', async () => {
    const { email, key } = await subscribed();
    expect(await unsubscribe(key, 'morning-edition')).toBe(true);
    expect(await subscriptions(email)).toEqual([]);
    expect(await unsubscribe('x'.repeat(43), 'morning-edition')).toBe(false);
  });

  it('chooses newsletters, and removes the address with everything kept about it', async () => {
    const { email, key } = await subscribed();
    expect(await setNewsletters(key, ['breaking-news'])).toBe(true);
    expect(await subscriptions(email)).toEqual(['breaking-news']);
    expect(await forgetSubscriber(key)).toBe(true);
    expect(await db.subscriber.count({ where: { email } })).toBe(0);
    expect(await db.signupRequest.count({ where: { email } })).toBe(0);
    expect(await forgetSubscriber(key)).toBe(false);
  });
});
