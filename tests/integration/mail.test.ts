import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { resetMailer, sendMail } from '@/lib/mail/transport';
import { createAccount } from '@/lib/users/accounts';
import { createInvitation } from '@/lib/users/invitations';
import { smtpHangingUpAfterData, smtpServer } from '../support/smtp';

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

describe('what a message that was not sent tells', () => {
  /** An SMTP server that answers each step as told (smtp-server), or a raw one that hangs up once the message is in. */
  function answering(step: { rcpt?: number; data?: number }) {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (_address, _session, callback) => callback(step.rcpt ? Object.assign(new Error('Refused'), { responseCode: step.rcpt }) : undefined),
      onData: (stream, _session, callback) => {
        stream.resume();
        stream.on('end', () => callback(step.data ? Object.assign(new Error('Refused'), { responseCode: step.data }) : undefined));
      },
    });
    return listen(server.server, () => server.close());
  }
  async function listen(server: net.Server, close: () => void) {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `smtp://127.0.0.1:${(server.address() as net.AddressInfo).port}`, close };
  }
  async function sendThrough(url: string) {
    process.env.SMTP_URL = url;
    resetMailer();
    return sendMail({ to: 'reader@it.example', subject: 'A test', text: 'Body.' });
  }

  it('tells a refused recipient (a bounce) from a refused message, a refusal for now, and a server it never reached', async () => {
    for (const [step, failure] of [
      [{ rcpt: 550 }, 'bounce'],
      [{ data: 554 }, 'refused'],
      [{ rcpt: 451 }, 'retry'],
      [{ data: 452 }, 'retry'],
    ] as const) {
      const server = await answering(step);
      expect(await sendThrough(server.url), JSON.stringify(step)).toMatchObject({ sent: false, failure });
      server.close();
    }
    expect(await sendThrough('smtp://127.0.0.1:9')).toMatchObject({ sent: false, failure: 'retry' });
  });

  it('counts a connection lost once the message was handed over as unknown: it may have been delivered', async () => {
    const server = await smtpHangingUpAfterData();
    expect(await sendThrough(server.url)).toMatchObject({ sent: false, failure: 'unknown' });
    server.close();
  });
});
