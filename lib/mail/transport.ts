// Outgoing e-mail, through nodemailer: SMTP to SMTP_URL when it is set (smtp://user:pass@host:587, smtps://…:465),
// otherwise each message is written whole as an .eml file under MAIL_OUTBOX_DIR (default data/outbox), which any
// mail program opens. The demo and the tests read the outbox; nothing leaves the machine until SMTP_URL is set.
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { z } from 'zod';
import { siteConfig } from '@/lib/config/site';

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
};

/**
 * What became of a message: sent (or written to the outbox), or not, with the reason in words. `permanent` when the
 * server refused it for good (an SMTP 5xx reply, such as 550 "no such mailbox"): trying again cannot help.
 */
export type MailResult = { sent: true; messageId: string; file?: string } | { sent: false; reason: string; permanent: boolean };

const mailEnv = z.object({
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'SMTP_URL must be an smtp:// or smtps:// address' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MAIL_FROM: z.string().trim().max(200).optional(),
  MAIL_OUTBOX_DIR: z.string().trim().min(1).default('data/outbox'),
});

/** Time an SMTP server may take to answer before a message counts as not sent (nodemailer waits minutes). */
const SMTP_TIMEOUT_MS = 10_000;

type Mailer = { transporter: Transporter; outbox: string | null; from: string };
let mailer: Mailer | undefined;

/** The sender: MAIL_FROM, else the site's name at its own host ("Dateline <newsroom@example.org>"). */
function defaultFrom(): string {
  const { name, url } = siteConfig();
  return `${name} <newsroom@${new URL(url).hostname}>`;
}

function createMailer(): Mailer {
  const parsed = mailEnv.safeParse(process.env);
  if (!parsed.success) throw new Error(`Invalid mail configuration: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const { SMTP_URL, MAIL_FROM, MAIL_OUTBOX_DIR } = parsed.data;
  const from = MAIL_FROM || defaultFrom();
  if (SMTP_URL) {
    const timeouts = { connectionTimeout: SMTP_TIMEOUT_MS, greetingTimeout: SMTP_TIMEOUT_MS, socketTimeout: SMTP_TIMEOUT_MS };
    // Pooled: a newsletter's batch reuses a few connections instead of opening one per recipient.
    const pool = { pool: true, maxConnections: 2 } as const;
    return { transporter: nodemailer.createTransport({ url: SMTP_URL, ...timeouts, ...pool }, { from }), outbox: null, from };
  }
  const outbox = path.resolve(/*turbopackIgnore: true*/ process.cwd(), MAIL_OUTBOX_DIR);
  return { transporter: nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }, { from }), outbox, from };
}

/** The mailer of this process, built from the environment on first use. */
function currentMailer(): Mailer {
  mailer ??= createMailer();
  return mailer;
}

/** Forgets the mailer, so the next message is sent as the environment now says (tests change SMTP_URL). */
export function resetMailer(): void {
  mailer?.transporter.close();
  mailer = undefined;
}

/** Where messages go: "SMTP to host:port", or the outbox folder. For the README's start-up line and the admin. */
export function mailDestination(): string {
  const { outbox } = currentMailer();
  if (outbox) return `the outbox folder ${outbox}`;
  const url = new URL(mailEnv.parse(process.env).SMTP_URL!);
  return `SMTP at ${url.hostname}:${url.port || (url.protocol === 'smtps:' ? 465 : 587)}`;
}

const fileName = (messageId: string) => `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.eml`;

/**
 * Sends one message. Never throws for a refused or unreachable server: the caller gets the reason and decides (an
 * invitation is still made and its link shown to copy).
 */
export async function sendMail(message: MailMessage): Promise<MailResult> {
  const { transporter, outbox, from } = currentMailer();
  try {
    const info = await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html, headers: message.headers });
    if (!outbox) return { sent: true, messageId: info.messageId };
    await fs.mkdir(outbox, { recursive: true });
    const file = path.join(outbox, fileName(info.messageId));
    await fs.writeFile(file, info.message as Buffer);
    return { sent: true, messageId: info.messageId, file };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const code = (error as { responseCode?: unknown }).responseCode;
    console.error(`Could not send mail "${message.subject}" to ${message.to}: ${reason}`);
    return { sent: false, reason, permanent: typeof code === 'number' && code >= 500 && code < 600 };
  }
}
