import { escapeHtml } from '@/lib/text/escape-html';
import type { MailMessage } from './transport';

/**
 * A short e-mail around one link (an invitation, a password reset, a confirmation): paragraphs of text, the link's
 * address a paragraph of its own. The plain-text part shows the address; the HTML part makes it a link named `label`.
 */
export function linkMail(to: string, subject: string, paragraphs: string[], link: { url: string; label: string }): MailMessage {
  const html = paragraphs.map((line) => (line === link.url ? `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>` : `<p>${escapeHtml(line)}</p>`));
  return { to, subject, text: `${paragraphs.join('\n\n')}\n`, html: `${html.join('\n')}\n` };
}
