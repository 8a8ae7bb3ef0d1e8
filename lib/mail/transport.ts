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
 * Why a message was not sent, as far as the SMTP conversation tells:
 * - `bounce`: the server refused the recipient for good (5xx to RCPT TO, such as 550 "no such mailbox");
 * - `refused`: it refused this message for good for another reason (5xx to its content);
 * - `retry`: it did not take the message, and may later (no connection, a 4xx reply, a failed sign-in to the server);
 * - `unknown`: the connection ended or timed out once the message was on its way: it may have been delivered.
 */
export type MailFailure = 'bounce' | 'refused' | 'retry' | 'unknown';

/** What became of a message: sent (or written to the outbox), or not, with the reason in words and its kind. */
export type MailResult = { sent: true; messageId: string; file?: string } | { sent: false; reason: string; failure: MailFailure };

type SmtpError = { code?: string; command?: string; responseCode?: number; timeoutType?: string; originalCode?: string };

/** Timeouts that end a connection before any message is on it (nodemailer's `timeoutType`). */
const SETUP_TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);
/** Failures of the set-up (before MAIL FROM): nothing was handed over. */
const SETUP_FAILURES = new Set(['EDNS', 'ETLS', 'EAUTH', 'EREQUIRETLS']);
/** A refused connection (nodemailer keeps the system error as `originalCode`). */
const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** Reads nodemailer's error: what the SMTP server said, and at which step (lib/mail/transport.test covers each). */
export function failureOf(error: unknown): MailFailure {
  const e = (typeof error === 'object' && error ? error : {}) as SmtpError;
  const code = e.responseCode ?? 0;
  if (code >= 500 && code < 600) return e.command === 'RCPT TO' ? 'bounce' : e.code === 'EAUTH' || e.command === 'MAIL FROM' ? 'retry' : 'refused';
  if (code >= 400 && code < 500) return 'retry';
  if (e.code === 'EENVELOPE' || SETUP_FAILURES.has(e.code ?? '')) return 'retry';
  if (e.code === 'ETIMEDOUT' && SETUP_TIMEOUTS.has(e.timeoutType ?? '')) return 'retry';
  if (CONNECT_FAILURES.has(e.originalCode ?? '')) return 'retry';
  return 'unknown';
}

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
    console.error(`Could not send mail "${message.subject}" to ${message.to}: ${reason}`);
    // Writing the outbox failed: nothing was handed to anyone.
    return { sent: false, reason, failure: outbox ? 'retry' : failureOf(error) };
  }
}
