// A newsletter e-mail as mail programs read it: HTML that survives every client (one centred table, inline styles,
// no script, no stylesheet, no web font, no image) and the same content as plain text. Every reader's copy carries
// their own links: manage preferences, and the one-click unsubscribe of RFC 8058 (List-Unsubscribe with
// List-Unsubscribe-Post), which mail programs post to without the reader opening anything.
import { siteConfig } from '@/lib/config/site';
import type { MailMessage } from '@/lib/mail/transport';
import { escapeHtml } from '@/lib/text/escape-html';
import type { EditionStory } from './editions';

export type EditionContent = { subject: string; newsletter: { slug: string; name: string }; intro: string; stories: EditionStory[] };

/** Where a subscriber's links go: their manage page and the one-click unsubscribe of this newsletter. */
export function subscriberLinks(manageKey: string, newsletterSlug: string) {
  const site = siteConfig().url;
  return {
    manage: `${site}/newsletters/manage/${manageKey}`,
    unsubscribe: `${site}/newsletters/unsubscribe/${manageKey}?newsletter=${encodeURIComponent(newsletterSlug)}`,
  };
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const font = "font-family:Georgia,'Times New Roman',serif;color:#1a1a1a";

function html(content: EditionContent, links: { manage: string; unsubscribe: string } | null): string {
  const site = siteConfig();
  const intro = paragraphs(content.intro)
    .map((p) => `<p style="margin:0 0 16px;font-size:17px;line-height:1.5">${escapeHtml(p)}</p>`)
    .join('');
  const stories = content.stories
    .map(
      (s) =>
        `<tr><td style="padding:16px 0;border-top:1px solid #d8d8d8">` +
        `<p style="margin:0 0 4px;font-size:12px;letter-spacing:.05em;text-transform:uppercase;color:#8a1c1c">${escapeHtml(s.section)}</p>` +
        `<h2 style="margin:0 0 6px;font-size:21px;line-height:1.25"><a href="${escapeHtml(s.url)}" style="color:#1a1a1a;text-decoration:none">${escapeHtml(s.headline)}</a></h2>` +
        (s.standfirst ? `<p style="margin:0;font-size:16px;line-height:1.45;color:#444">${escapeHtml(s.standfirst)}</p>` : '') +
        `</td></tr>`,
    )
    .join('');
  const footer = links
    ? `You are receiving ${escapeHtml(content.newsletter.name)} because you signed up at ${escapeHtml(site.name)}. ` +
      `<a href="${escapeHtml(links.manage)}" style="color:#555">Manage your newsletters</a> · <a href="${escapeHtml(links.unsubscribe)}" style="color:#555">Unsubscribe</a>`
    : 'This is a test send: a subscriber’s copy has their own manage and unsubscribe links here.';
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f4f1ea">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f1ea"><tr><td align="center" style="padding:24px 12px">`,
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;${font}"><tr><td style="padding:24px 28px">`,
    `<p style="margin:0;font-size:13px;color:#555">${escapeHtml(site.name)}</p>`,
    `<h1 style="margin:4px 0 20px;font-size:28px;line-height:1.2">${escapeHtml(content.subject)}</h1>`,
    intro,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${stories}</table>`,
    `<p style="margin:24px 0 0;padding-top:16px;border-top:1px solid #d8d8d8;font-size:13px;line-height:1.5;color:#555">${footer}</p>`,
    `</td></tr></table></td></tr></table></body></html>`,
  ].join('\n');
}

function text(content: EditionContent, links: { manage: string; unsubscribe: string } | null): string {
  const site = siteConfig();
  const stories = content.stories.map((s) => [`${s.section.toUpperCase()}: ${s.headline}`, ...(s.standfirst ? [s.standfirst] : []), s.url].join('\n'));
  const footer = links
    ? [`You are receiving ${content.newsletter.name} because you signed up at ${site.name}.`, `Manage your newsletters: ${links.manage}`, `Unsubscribe: ${links.unsubscribe}`]
    : ['This is a test send: a subscriber’s copy has their own manage and unsubscribe links here.'];
  return [`${site.name}: ${content.subject}`, ...paragraphs(content.intro), ...stories, '—', footer.join('\n')].join('\n\n') + '\n';
}

/** One subscriber's copy of an edition, with their links and the one-click unsubscribe headers. */
export function editionMail(to: string, content: EditionContent, manageKey: string): MailMessage {
  const links = subscriberLinks(manageKey, content.newsletter.slug);
  const host = new URL(siteConfig().url).hostname;
  return {
    to,
    subject: content.subject,
    text: text(content, links),
    html: html(content, links),
    headers: {
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `${content.newsletter.name} <${content.newsletter.slug}.${host}>`,
    },
  };
}

/** An editor's test copy: the same e-mail, marked as a test, with no subscriber's links. */
export function testMail(to: string, content: EditionContent): MailMessage {
  const subject = `[Test] ${content.subject}`;
  return { to, subject, text: text({ ...content, subject }, null), html: html({ ...content, subject }, null) };
}
