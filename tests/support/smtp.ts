import net, { type AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';
import { resetMailer } from '@/lib/mail/transport';

/**
 * A real SMTP server on a free loopback port (smtp-server, from the nodemailer project) that keeps every message it
 * accepts, parsed, and refuses with 550 the recipients `refuse` names; `delayMs` makes it slow to accept each
 * message. Point SMTP_URL at `url()`.
 */
export function smtpServer(refuse: (address: string) => boolean = () => false, delayMs = 0) {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse(address.address)) return callback(Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        setTimeout(() => {
          received.push(mail);
          callback();
        }, delayMs);
      }, callback);
    },
  });
  const listening = new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)));
  return {
    received,
    listening,
    url: async () => `smtp://127.0.0.1:${await listening}`,
    /** Messages received for `address`. */
    to: (address: string) => received.filter((mail) => (mail.to && 'text' in mail.to ? mail.to.text : '') === address),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A real SMTP server for the test file that calls this (at its top level): the site's mail goes to it from the file's
 * start (SMTP_URL), and back to the outbox at its end.
 */
export function smtpForThisFile(...args: Parameters<typeof smtpServer>) {
  const server = smtpServer(...args);
  beforeAll(async () => {
    process.env.SMTP_URL = await server.url();
    resetMailer();
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    resetMailer();
    await server.close();
  });
  return server;
}

/**
 * A bare SMTP server that takes a message and hangs up instead of answering its final dot: the sender cannot know
 * whether it was delivered. `received` counts the messages it took.
 */
export async function smtpHangingUpAfterData() {
  let received = 0;
  const server = net.createServer((socket) => {
    socket.write('220 test ESMTP\r\n');
    let inData = false;
    socket.on('data', (chunk) => {
      const text = chunk.toString();
      if (inData) {
        if (!text.includes('\r\n.\r\n')) return;
        received++;
        socket.destroy();
        return;
      }
      for (const line of text.split('\r\n').filter(Boolean)) {
        if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else socket.write(/^(EHLO|HELO)/i.test(line) ? '250 test\r\n' : '250 OK\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
