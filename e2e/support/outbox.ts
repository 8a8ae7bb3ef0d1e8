import fs from 'node:fs';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';

/**
 * The newest message to `address` among the .eml files the e2e server writes to its outbox (MAIL_OUTBOX_DIR, set by
 * e2e/env.ts): what the person would find in their mail. Waits up to `timeoutMs` for it to be written.
 */
export async function mailTo(address: string, timeoutMs = 5_000): Promise<ParsedMail> {
  const outbox = process.env.MAIL_OUTBOX_DIR!;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = fs.existsSync(outbox) ? fs.readdirSync(outbox).filter((file) => file.endsWith('.eml')).sort().reverse() : [];
    for (const file of files) {
      const raw = fs.readFileSync(path.join(outbox, file));
      if (!raw.includes(address)) continue;
      const mail = await simpleParser(raw);
      const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
      if (to.some((list) => list.value.some((entry) => entry.address === address))) return mail;
    }
    if (Date.now() > deadline) throw new Error(`No mail to ${address} in ${outbox}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
