import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { resetMailer } from '@/lib/mail/transport';
import { createAccount } from '@/lib/users/accounts';
import { createInvitation } from '@/lib/users/invitations';
import { smtpServer } from '../support/smtp';

// Staff e-mail through the site's one transport: a real SMTP server started here (smtp-server, the nodemailer
// project's own), and the outbox of .eml files the site writes when SMTP_URL is unset.

const context = { request: { ip: '198.51.100.7', userAgent: 'vitest' } };
let administrator: Viewer;

const invite = (name: string) => createInvitation(administrator, { email: `${name}-${randomUUID().slice(0, 8)}@it.example`, name: 'Nia Okafor', role: 'author' }, context);

beforeAll(async () => {
  const user = await createAccount({ email: `mail-admin-${randomUUID().slice(0, 8)}@it.example`, name: 'Mara Quill', role: 'administrator', password: 'lantern-gull-fog-harbour-9' });
  administrator = { userId: user.id, sessionId: 'it', name: user.name, email: user.email, role: 'administrator', authorId: user.authorId };
});

afterEach(() => {
  delete process.env.SMTP_URL;
  resetMailer();
});

describe('an invitation by e-mail', () => {
  const smtp = smtpServer((address) => address.startsWith('bounce-'));
  beforeAll(async () => {
    await smtp.listening;
  });
  afterAll(() => smtp.close());

  it('reaches the invited person through SMTP with the link the administrator is shown', async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await smtp.listening}`;
    const invited = await invite('smtp');
    expect(invited).toMatchObject({ ok: true, message: expect.stringMatching(/^Invitation e-mailed to smtp-.*\. The link is below to copy as well\.$/) });
    const url = invited.ok ? invited.data!.url : '';
    const mail = smtp.received.at(-1)!;
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toMatch(/^smtp-.*@it\.example$/);
    expect(mail.from?.value).toEqual([{ name: 'Dateline', address: 'newsroom@localhost' }]);
    expect(mail.subject).toBe('Your invitation to the Dateline newsroom');
    expect(mail.text).toContain('Mara Quill has invited you to the Dateline newsroom as an author.');
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`<a href="${url}">Accept the invitation</a>`);
  });

  it('is still made, its link shown to copy, when the server refuses the address', async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await smtp.listening}`;
    const before = smtp.received.length;
    const invited = await invite('bounce');
    expect(invited).toMatchObject({ ok: true, message: expect.stringMatching(/but the e-mail could not be sent \(.*550.*\)\. Copy the link and send it to them\.$/) });
    expect(smtp.received.length).toBe(before);
    expect(invited.ok && new URL(invited.data!.url).pathname).toMatch(/^\/admin\/invite\/[\w-]{43}$/);
    expect(await db.invitation.count({ where: { email: { startsWith: 'bounce-' }, acceptedAt: null } })).toBeGreaterThan(0);
  });

  it('says so at once when no mail server answers', async () => {
    const closed = smtpServer();
    const port = await closed.listening;
    await closed.close();
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const start = Date.now();
    const invited = await invite('unreachable');
    expect(invited).toMatchObject({ ok: true, message: expect.stringMatching(/could not be sent \(.*ECONNREFUSED.*\)/) });
    expect(Date.now() - start).toBeLessThan(5_000);
  });

  it('is written to the outbox as an .eml file when no SMTP server is set', async () => {
    const outbox = process.env.MAIL_OUTBOX_DIR!;
    const invited = await invite('outbox');
    expect(invited).toMatchObject({ ok: true, message: expect.stringMatching(/^Invitation e-mailed to outbox-/) });
    const url = invited.ok ? invited.data!.url : '';
    const files = fs.readdirSync(outbox).filter((file) => file.endsWith('.eml'));
    const mails = await Promise.all(files.map(async (file) => simpleParser(fs.readFileSync(path.join(outbox, file)))));
    const mail = mails.find((m) => m.text?.includes(url));
    expect(mail?.subject).toBe('Your invitation to the Dateline newsroom');
  });
});
