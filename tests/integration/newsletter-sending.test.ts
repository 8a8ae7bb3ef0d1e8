import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as oneClick } from '@/app/(subscriber)/newsletters/unsubscribe/[key]/route';
import { POST as providerWebhook } from '@/app/api/newsletters/events/route';
import type { Role } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';
import { siteConfig } from '@/lib/config/site';
import { addDaysToDay, siteDay } from '@/lib/dates/format';
import { db } from '@/lib/db/client';
import { resetMailer } from '@/lib/mail/transport';
import { dailyKey, queueBreakingAlert, queueDueEditions, sendTimeOn } from '@/lib/newsletters/editions';
import { EDITION_GONE_OUT, saveEdition, sendTestEdition, STORY_NOT_LIVE } from '@/lib/newsletters/desk';
import { subscriberRecord } from '@/lib/newsletters/admin';
import { DELIVERY_RETENTION_MS } from '@/lib/newsletters/schemas';
import { BACKOFF_MS, drainDeliveries, LOCK_MS, purgeOldDeliveries } from '@/lib/newsletters/send';
import { createAccount } from '@/lib/users/accounts';
import { confirmSignup, requestSignup } from '@/lib/newsletters/signup';
import { signupSchema } from '@/lib/newsletters/schemas';
import { seedNewsletters } from '@/prisma/seed/newsletters';
import { smtpForThisFile, smtpHangingUpAfterData, smtpServer } from '../support/smtp';
import { createArticle, createSection } from './factories';

// Sending newsletters through a real SMTP server started here: the morning edition at its time, once across
// instances and once per reader, breaking alerts, one-click unsubscribe, bounces, retries and a killed sender.

/** Mailboxes that no longer exist: the server answers 550 for them. */
const closedMailboxes = new Set<string>();
const smtp = smtpForThisFile((address) => closedMailboxes.has(address));
const run = randomUUID().slice(0, 6);
let readers = 0;
const address = (prefix = 'reader') => `${prefix}-${run}-${++readers}@send.example`;
const header = (mail: ParsedMail, name: string) => mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '');

/** A confirmed subscriber of `newsletter` (through the site's own double opt-in). */
async function subscriber(email = address(), newsletter = 'morning-edition') {
  await requestSignup(signupSchema.parse({ email, newsletter, source: '/' }), { ip: null, userAgent: 'vitest' });
  const confirm = smtp.to(email).at(-1)!;
  const token = /\/newsletters\/confirm\/([\w-]+)/.exec(confirm.text ?? '')![1]!;
  expect(await confirmSignup(token)).toMatchObject({ ok: true });
  return db.subscriber.findUniqueOrThrow({ where: { email } });
}

/** A newsroom account, as the actions see their caller. */
async function member(role: Role): Promise<Viewer> {
  const user = await createAccount({ email: `${role}-${run}-${++readers}@send.example`, name: `Sending ${role}`, role, password: 'quay-lantern-storm-heron-7' });
  return { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role, authorId: user.authorId };
}

/** Messages of the morning edition of `day` received by `email`. */
const editionsTo = (email: string, day: string) => smtp.to(email).filter((m) => m.subject?.startsWith('The Morning Edition') && m.subject.includes(day));

/** Drains the queue through another SMTP server than this file's, then goes back to it. */
async function drainThrough(url: string) {
  process.env.SMTP_URL = url;
  resetMailer();
  try {
    await drainDeliveries();
  } finally {
    process.env.SMTP_URL = await smtp.url();
    resetMailer();
  }
}

let dayOffset = 10;
/** A past site day of its own for each test, with one story published the hour before its edition's time. */
async function editionDay() {
  const day = addDaysToDay(siteDay(new Date(), siteConfig().timeZone), -dayOffset++);
  const newsletter = await db.newsletter.findUniqueOrThrow({ where: { slug: 'morning-edition' } });
  const at = sendTimeOn(newsletter, day)!;
  const section = await createSection('Sending');
  const story = await createArticle({ sectionId: section.id, publishedAt: new Date(at.getTime() - 3_600_000), headline: `Harbour story for ${day}` });
  const label = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: siteConfig().timeZone }).format(at);
  return { day, at, story, label, minuteAfter: new Date(at.getTime() + 60_000) };
}

beforeAll(async () => {
  await seedNewsletters(db);
});

describe('the morning edition', () => {
  it('goes out at its time once to each confirmed subscriber, with a one-click unsubscribe that works', async () => {
    const [a, b] = [await subscriber(), await subscriber()];
    const edition = await editionDay();

    // Two instances' timers fire at the same minute: one queues the edition.
    const [first, second] = await Promise.all([queueDueEditions(edition.minuteAfter), queueDueEditions(edition.minuteAfter)]);
    expect([...first, ...second].filter((q) => q.key === dailyKey('morning-edition', edition.day))).toHaveLength(1);
    await Promise.all([drainDeliveries(), drainDeliveries()]);

    for (const reader of [a, b]) {
      const mails = editionsTo(reader.email, edition.label);
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      expect(mail!.text).toContain(edition.story.headline);
      expect(mail!.html).toContain(edition.story.headline);
      expect(header(mail!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(header(mail!, 'List-Unsubscribe')).toBe(`<${siteConfig().url}/newsletters/unsubscribe/${reader.manageKey}?newsletter=morning-edition>`);
      expect(mail!.text).toContain(`/newsletters/manage/${reader.manageKey}`);
    }
    const row = await db.edition.findUniqueOrThrow({ where: { key: dailyKey('morning-edition', edition.day) } });
    expect(row.status).toBe('sent');

    // The reader's mail program posts to the List-Unsubscribe address: no session, no page opened.
    const unsubscribeUrl = header(editionsTo(a.email, edition.label)[0]!, 'List-Unsubscribe')!.slice(1, -1);
    const answer = await oneClick(new Request(unsubscribeUrl, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), {
      params: Promise.resolve({ key: a.manageKey }),
    });
    expect(answer.status).toBe(200);
    expect(await db.subscription.count({ where: { subscriberId: a.id } })).toBe(0);

    // The next day's edition reaches only the reader still subscribed.
    const next = await editionDay();
    await queueDueEditions(next.minuteAfter);
    await drainDeliveries();
    expect(editionsTo(a.email, next.label)).toHaveLength(0);
    expect(editionsTo(b.email, next.label)).toHaveLength(1);
  });

  it('is not queued again once sent, nor for a time long past', async () => {
    const reader = await subscriber();
    const edition = await editionDay();
    await queueDueEditions(edition.minuteAfter);
    await drainDeliveries();
    expect(await queueDueEditions(new Date(edition.at.getTime() + 5 * 60_000))).toEqual([]);
    await drainDeliveries();
    expect(editionsTo(reader.email, edition.label)).toHaveLength(1);

    const missed = await editionDay();
    expect(await queueDueEditions(new Date(missed.at.getTime() + 4 * 3_600_000))).toEqual([]);
    expect(await db.edition.count({ where: { key: dailyKey('morning-edition', missed.day) } })).toBe(0);
  });

  it('sends nothing to an address that is not yet confirmed', async () => {
    const pending = address();
    await requestSignup(signupSchema.parse({ email: pending, newsletter: 'morning-edition', source: '/' }), { ip: null, userAgent: 'vitest' });
    const edition = await editionDay();
    await queueDueEditions(edition.minuteAfter);
    await drainDeliveries();
    expect(editionsTo(pending, edition.label)).toHaveLength(0);
  });
});

describe('what is kept of the sending', () => {
  it('is in the subscriber’s data export, and forgotten 90 days after the edition finished', async () => {
    const reader = await subscriber();
    const edition = await editionDay();
    await queueDueEditions(edition.minuteAfter);
    await drainDeliveries();
    const admin = await member('administrator');
    const record = await subscriberRecord(admin, reader.id, { request: { ip: null, userAgent: 'vitest' } });
    expect(record!.emailsSent).toEqual([{ edition: expect.stringContaining(edition.label), status: 'sent', sentAt: expect.any(String) }]);

    const key = dailyKey('morning-edition', edition.day);
    const finishedAt = (await db.edition.findUniqueOrThrow({ where: { key } })).finishedAt!;
    await purgeOldDeliveries(new Date(finishedAt.getTime() + DELIVERY_RETENTION_MS - 60_000));
    expect(await db.delivery.count({ where: { subscriberId: reader.id } })).toBe(1);
    await purgeOldDeliveries(new Date(finishedAt.getTime() + DELIVERY_RETENTION_MS + 60_000));
    expect(await db.delivery.count({ where: { subscriberId: reader.id } })).toBe(0);
  });
});

describe('an edition an editor prepared', () => {
  const context = { request: { ip: '198.51.100.7', userAgent: 'vitest' } };

  it('goes out with their intro and their order; their test went to them alone', async () => {
    const reader = await subscriber();
    const editor = await member('editor');
    const section = await createSection('Prepared');
    const [first, second] = [await createArticle({ sectionId: section.id, headline: `Ferry timetable ${run}` }), await createArticle({ sectionId: section.id, headline: `Lifeboat crew ${run}` })];
    const day = addDaysToDay(siteDay(new Date(), siteConfig().timeZone), 5);
    const sendAt = sendTimeOn(await db.newsletter.findUniqueOrThrow({ where: { slug: 'morning-edition' } }), day)!;
    const input = { newsletter: 'morning-edition', day, intro: 'Good morning from the quay.\n\nTwo stories today.', articleIds: [second.id, first.id] };

    expect(await saveEdition(editor, { ...input, articleIds: ['no-such-story'] }, context)).toMatchObject({ ok: false, message: STORY_NOT_LIVE });
    expect(await saveEdition(editor, input, context)).toMatchObject({ ok: true });
    expect(await sendTestEdition(editor, input, context)).toMatchObject({ ok: true });
    const [test] = smtp.to(editor.email);
    expect(test!.subject).toMatch(/^\[Test\] The Morning Edition: /);
    expect(header(test!, 'List-Unsubscribe')).toBeUndefined();

    // Its time comes (days ahead: the clock is handed in).
    const then = new Date(sendAt.getTime() + 60_000);
    await queueDueEditions(then);
    await drainDeliveries({ now: () => then });
    const [mail] = smtp.to(reader.email).filter((m) => m.subject === test!.subject!.replace('[Test] ', ''));
    expect(mail!.text).toContain('Good morning from the quay.');
    expect(mail!.text!.indexOf(second.headline)).toBeLessThan(mail!.text!.indexOf(first.headline));
    expect(await saveEdition(editor, input, context)).toMatchObject({ ok: false, status: 409, message: EDITION_GONE_OUT });
  });
});

describe('breaking-news alerts', () => {
  it('go to the alerts’ subscribers once per story', async () => {
    const reader = await subscriber(address(), 'breaking-news');
    const section = await createSection('Alerts');
    const story = await createArticle({ sectionId: section.id, headline: `Bridge closed ${run}` });
    expect(await queueBreakingAlert(story)).toMatchObject({ ok: true });
    expect(await queueBreakingAlert(story)).toMatchObject({ ok: false });
    await drainDeliveries();
    const mails = smtp.to(reader.email).filter((m) => m.subject === `Breaking: ${story.headline}`);
    expect(mails).toHaveLength(1);
    expect(header(mails[0]!, 'List-Unsubscribe')).toContain('newsletter=breaking-news');
  });
});

describe('bounces and retries', () => {
  it('suppresses an address the server refuses with 550, and sends it nothing more', async () => {
    const gone = await subscriber();
    closedMailboxes.add(gone.email);
    const edition = await editionDay();
    await queueDueEditions(edition.minuteAfter);
    await drainDeliveries();
    expect(await db.delivery.findFirst({ where: { subscriberId: gone.id, edition: { key: dailyKey('morning-edition', edition.day) } } })).toMatchObject({ status: 'bounced', attempts: 1 });
    const suppressed = await db.subscriber.findUniqueOrThrow({ where: { id: gone.id } });
    expect(suppressed.suppressedAt).not.toBeNull();
    expect(suppressed.suppression).toMatch(/^Hard bounce: .*550/);

    const next = await editionDay();
    await queueDueEditions(next.minuteAfter);
    expect(await db.delivery.count({ where: { subscriberId: gone.id, edition: { key: dailyKey('morning-edition', next.day) } } })).toBe(0);
  });

  it('suppresses the addresses a provider reports through the webhook, only with its secret', async () => {
    const reader = await subscriber();
    const post = (body: unknown, secret = 'hook-secret') =>
      providerWebhook(new Request('http://localhost/api/newsletters/events', { method: 'POST', body: JSON.stringify(body), headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' } }));
    expect((await post({ type: 'complaint', email: reader.email })).status).toBe(404);
    process.env.NEWSLETTER_WEBHOOK_SECRET = 'hook-secret';
    try {
      expect((await post({ type: 'complaint', email: reader.email }, 'wrong')).status).toBe(401);
      expect((await post({ type: 'complaint' })).status).toBe(400);
      expect((await db.subscriber.findUniqueOrThrow({ where: { id: reader.id } })).suppressedAt).toBeNull();
      const soft = await post([{ type: 'bounce', email: reader.email, permanent: false }]);
      expect(await soft.json()).toEqual({ suppressed: 0 });
      const complaint = await post([{ type: 'complaint', email: reader.email.toUpperCase() }]);
      expect(await complaint.json()).toEqual({ suppressed: 1 });
      expect(await db.subscriber.findUniqueOrThrow({ where: { id: reader.id } })).toMatchObject({ suppression: 'Complaint: marked as spam' });
    } finally {
      delete process.env.NEWSLETTER_WEBHOOK_SECRET;
    }
    // A new confirmed sign-up lifts the suppression.
    await subscriber(reader.email);
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: reader.id } })).suppressedAt).toBeNull();
  });

  it('tries again after a back-off when the server cannot be reached, and sends once', async () => {
    const reader = await subscriber();
    const edition = await editionDay();
    await queueDueEditions(edition.minuteAfter);
    await drainThrough('smtp://127.0.0.1:9'); // nothing listens on the discard port
    const waiting = await db.delivery.findFirstOrThrow({ where: { subscriberId: reader.id, edition: { key: dailyKey('morning-edition', edition.day) } } });
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(BACKOFF_MS[0]! - 10_000);
    expect(editionsTo(reader.email, edition.label)).toHaveLength(0);

    await drainDeliveries(); // too early: nothing is tried
    expect(editionsTo(reader.email, edition.label)).toHaveLength(0);
    await drainDeliveries({ now: () => new Date(Date.now() + BACKOFF_MS[0]! + 1000) });
    expect(editionsTo(reader.email, edition.label)).toHaveLength(1);
    expect(await db.delivery.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: 'sent', attempts: 2 });
  });
});

describe('a message that may have been delivered', () => {
  it('is never sent again when the server hung up before confirming it', async () => {
    const reader = await subscriber();
    const edition = await editionDay();
    await queueDueEditions(edition.minuteAfter);
    const hangingUp = await smtpHangingUpAfterData();
    await drainThrough(hangingUp.url);
    const row = await db.delivery.findFirstOrThrow({ where: { subscriberId: reader.id, edition: { key: dailyKey('morning-edition', edition.day) } } });
    expect(row.status).toBe('interrupted');
    await drainDeliveries({ now: () => new Date(Date.now() + 2 * 3_600_000) });
    expect(editionsTo(reader.email, edition.label)).toHaveLength(0);
    expect(hangingUp.received()).toBeGreaterThanOrEqual(1);
    await hangingUp.close();
  });
});

describe('an instance killed mid-send', () => {
  it('leaves no reader with two copies once another instance finishes the edition', async () => {
    const subscribers = [];
    for (let i = 0; i < 12; i++) subscribers.push(await subscriber());
    const edition = await editionDay();
    await queueDueEditions(edition.minuteAfter);

    // A slow SMTP server: the sender is killed (SIGKILL, no clean-up) after it has delivered a few messages.
    const slow = smtpServer(() => false, 250);
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'tests/support/drain-deliveries.ts'], {
      env: { ...process.env, SMTP_URL: await slow.url() },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + 60_000;
    while (slow.received.length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGKILL');
    await exited;
    expect(slow.received.length).toBeGreaterThanOrEqual(3);
    const mine = { edition: { key: dailyKey('morning-edition', edition.day) }, subscriberId: { in: subscribers.map((s) => s.id) } };
    // It died mid-edition: some of its readers are still to be sent.
    expect(await db.delivery.count({ where: { ...mine, status: 'pending' } })).toBeGreaterThan(0);

    // Another instance, after the dead one's lock ran out, sends the rest.
    await drainDeliveries({ now: () => new Date(Date.now() + LOCK_MS + 1000) });
    const copies = subscribers.map((s) => slow.to(s.email).filter((m) => m.subject?.includes(edition.label)).length + editionsTo(s.email, edition.label).length);
    expect(Math.max(...copies)).toBe(1);
    const rows = await db.delivery.findMany({ where: mine });
    const interrupted = rows.filter((r) => r.status === 'interrupted').length;
    expect(rows.filter((r) => r.status === 'sent').length + interrupted).toBe(subscribers.length);
    // At most the messages in flight when it died are left unconfirmed (and never sent twice).
    expect(interrupted).toBeLessThanOrEqual(2);
    expect(copies.filter((n) => n === 1).length).toBeGreaterThanOrEqual(subscribers.length - interrupted);
    await slow.close();
  }, 90_000);
});
