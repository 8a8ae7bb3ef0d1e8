import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { verifyPassword } from 'better-auth/crypto';
import { type ParsedMail, simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createAccount } from '@/lib/users/accounts';
import {
  RESET_DONE,
  RESET_INVALID,
  RESET_REQUESTED,
  RESET_REQUESTS_PER_ACCOUNT,
  RESET_REQUESTS_PER_ADDRESS,
  RESET_TOO_MANY,
  requestPasswordReset,
  resetPassword,
} from '@/lib/users/password-reset';

// A forgotten password, through the outbox the site writes mail to in the tests (lib/mail/transport.ts).

const OLD_PASSWORD = 'lantern-gull-fog-harbour-9';
const NEW_PASSWORD = 'tidal-quay-beacon-heron-21';
/** Every request from an address of its own (a run's documentation range), unless a test means the same one. */
let addresses = 0;
const runPrefix = `2001:db8:${randomUUID().slice(0, 4)}`;
const from = () => ({ request: { ip: `${runPrefix}:${(++addresses).toString(16)}::1`, userAgent: 'vitest' } });

const reporter = (status = 'active') =>
  createAccount({ email: `reset-${randomUUID().slice(0, 8)}@it.example`, name: 'Ines Harbour', role: 'author', password: OLD_PASSWORD }).then(async (user) => {
    if (status !== 'active') await db.user.update({ where: { id: user.id }, data: { status } });
    return user;
  });

/** Every message in the outbox to `address`. */
async function mailsTo(address: string): Promise<ParsedMail[]> {
  const outbox = process.env.MAIL_OUTBOX_DIR!;
  const files = fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((file) => file.endsWith('.eml')) : [];
  const mails = await Promise.all(files.map((file) => simpleParser(fs.readFileSync(path.join(outbox, file)))));
  return mails.filter((mail) => (mail.to && 'text' in mail.to ? mail.to.text : '') === address);
}

const linkIn = (mail: ParsedMail) => /http:\/\/\S+\/admin\/reset-password\/([\w-]+)/.exec(mail.text ?? '')!;
const credential = async (userId: string) => (await db.account.findFirstOrThrow({ where: { userId, providerId: 'credential' } })).password!;

describe('a forgotten password', () => {
  it('is reset from the e-mailed link once, which ends every session', async () => {
    const user = await reporter();
    await db.session.create({ data: { id: randomUUID(), token: randomUUID(), userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    const context = from();
    expect(await requestPasswordReset({ email: user.email.toUpperCase() }, context)).toEqual({ ok: true, message: RESET_REQUESTED });
    const [mail] = await mailsTo(user.email);
    expect(mail?.subject).toBe('Choose a new password for the Dateline newsroom');
    const [url, token] = linkIn(mail!);
    expect(mail!.html).toContain(`<a href="${url}">Choose a new password</a>`);

    expect(await resetPassword({ token: token!, password: NEW_PASSWORD }, context)).toEqual({ ok: true, message: RESET_DONE });
    expect(await verifyPassword({ hash: await credential(user.id), password: NEW_PASSWORD })).toBe(true);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    // Used once: a second use changes nothing.
    expect(await resetPassword({ token: token!, password: OLD_PASSWORD }, context)).toMatchObject({ ok: false, status: 410, message: RESET_INVALID });
    expect(await verifyPassword({ hash: await credential(user.id), password: NEW_PASSWORD })).toBe(true);

    const audit = await db.auditEvent.findMany({ where: { targetId: user.id, action: { startsWith: 'auth.password-reset' } }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((event) => event.action)).toEqual(['auth.password-reset-requested', 'auth.password-reset']);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('gives the same answer for an address nobody uses, and a suspended account, and sends nothing', async () => {
    const suspended = await reporter('suspended');
    const nobody = `nobody-${randomUUID().slice(0, 8)}@it.example`;
    expect(await requestPasswordReset({ email: nobody }, from())).toEqual({ ok: true, message: RESET_REQUESTED });
    expect(await requestPasswordReset({ email: suspended.email }, from())).toEqual({ ok: true, message: RESET_REQUESTED });
    expect(await mailsTo(nobody)).toEqual([]);
    expect(await mailsTo(suspended.email)).toEqual([]);
    expect(await db.passwordReset.count({ where: { userId: suspended.id } })).toBe(0);
  });

  it('refuses an expired link, and one whose account was suspended since', async () => {
    const user = await reporter();
    await requestPasswordReset({ email: user.email }, from());
    const [, token] = linkIn((await mailsTo(user.email))[0]!);
    await db.passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetPassword({ token: token!, password: NEW_PASSWORD }, from())).toMatchObject({ ok: false, status: 410 });
    expect(await verifyPassword({ hash: await credential(user.id), password: OLD_PASSWORD })).toBe(true);

    await db.passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() + 3_600_000) } });
    await db.user.update({ where: { id: user.id }, data: { status: 'suspended' } });
    expect(await resetPassword({ token: token!, password: NEW_PASSWORD }, from())).toMatchObject({ ok: false, status: 410 });
  });

  it('spends every other open link of the account when one is used', async () => {
    const user = await reporter();
    await requestPasswordReset({ email: user.email }, from());
    await requestPasswordReset({ email: user.email }, from());
    const tokens = (await mailsTo(user.email)).map((mail) => linkIn(mail)[1]!);
    expect(new Set(tokens).size).toBe(2);
    expect(await resetPassword({ token: tokens[0]!, password: NEW_PASSWORD }, from())).toMatchObject({ ok: true });
    expect(await resetPassword({ token: tokens[1]!, password: OLD_PASSWORD }, from())).toMatchObject({ ok: false, status: 410 });
  });

  it('limits requests per address (refused, said so) and per account (answered alike, nothing more sent)', async () => {
    const user = await reporter();
    const context = from();
    for (let i = 0; i < RESET_REQUESTS_PER_ADDRESS; i++) {
      expect(await requestPasswordReset({ email: `other-${i}-${randomUUID().slice(0, 8)}@it.example` }, context)).toMatchObject({ ok: true });
    }
    expect(await requestPasswordReset({ email: user.email }, context)).toMatchObject({ ok: false, status: 429, message: RESET_TOO_MANY });
    expect(await mailsTo(user.email)).toEqual([]);

    for (let i = 0; i < RESET_REQUESTS_PER_ACCOUNT + 2; i++) {
      expect(await requestPasswordReset({ email: user.email }, from())).toEqual({ ok: true, message: RESET_REQUESTED });
    }
    expect(await mailsTo(user.email)).toHaveLength(RESET_REQUESTS_PER_ACCOUNT);
  });
});
