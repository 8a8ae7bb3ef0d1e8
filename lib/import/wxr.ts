import { XMLParser } from 'fast-xml-parser';
import { zonedInstant } from '@/lib/dates/format';
import { refuseDeclarations } from './source';
import { type ImportAuthor, type ImportImage, type ImportNote, ImportRefused, type ImportSection, type ImportStory, type ParsedImport } from './types';

// WordPress's export format (WXR: RSS 2.0 with wp:, content:, excerpt: and dc: elements), as Tools → Export writes
// it. Posts become stories; pages, menu items, revisions and other post types are reported as skipped; attachments
// are only read for the pictures posts name (their featured image, through _thumbnail_id, and their alt text).

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  // Standard entities only: a file declaring its own is refused before parsing (source.ts), and these limits stay
  // as the library's second line.
  processEntities: true,
  isArray: (name) => ['item', 'category', 'wp:author', 'wp:category', 'wp:tag', 'wp:postmeta'].includes(name),
});

type Node = Record<string, unknown>;

const text = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return text((value as Node)['#text']);
  return String(value);
};
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : []);

export const NOT_WXR = 'This is not a WordPress export: it has no <rss><channel> with WordPress (wp:) elements. Export from WordPress with Tools → Export → All content.';

/** "2019-05-16 08:00:00" as UTC (post_date_gmt), or in `timeZone` (post_date, for drafts whose GMT date is empty). */
function wpDate(gmt: string, local: string, rfc822: string, timeZone: string): Date | null {
  const pattern = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
  const utc = pattern.exec(gmt);
  if (utc && !gmt.startsWith('0000')) {
    const at = new Date(`${utc[1]}T${utc[2]}:${utc[3]}:${utc[4] ?? '00'}Z`);
    if (!Number.isNaN(at.getTime())) return at;
  }
  const wall = pattern.exec(local);
  if (wall && !local.startsWith('0000')) {
    const at = zonedInstant(wall[1]!, Number(wall[2]), Number(wall[3]), timeZone);
    if (at) return new Date(at.getTime() + Number(wall[4] ?? 0) * 1000);
  }
  const parsed = rfc822 ? new Date(rfc822) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : null;
}

/** Reads a WXR file. `timeZone` is the old site's, for dates WordPress wrote only in local time. */
export function parseWxr(xml: string, timeZone: string): ParsedImport {
  refuseDeclarations(xml);
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (error) {
    throw new ImportRefused(`The file is not well-formed XML (was it cut short?), so nothing was imported. The parser said: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const channel = (doc.rss as Node | undefined)?.channel as Node | undefined;
  if (!channel || (!('wp:wxr_version' in channel) && !('wp:base_site_url' in channel))) throw new ImportRefused(NOT_WXR);

  const authors = new Map<string, ImportAuthor>();
  for (const a of list(channel['wp:author'])) {
    const login = text(a['wp:author_login']);
    if (!login) continue;
    const full = `${text(a['wp:author_first_name'])} ${text(a['wp:author_last_name'])}`.trim();
    authors.set(login, { key: login, name: text(a['wp:author_display_name']) || full || login });
  }
  const sections = new Map<string, ImportSection>();
  for (const c of list(channel['wp:category'])) {
    const slug = text(c['wp:category_nicename']);
    if (slug) sections.set(slug, { key: slug, slug, name: text(c['wp:cat_name']) || slug, description: text(c['wp:category_description']) });
  }

  const items = list(channel.item);
  const meta = (item: Node, key: string) => text(list(item['wp:postmeta']).find((m) => text(m['wp:meta_key']) === key)?.['wp:meta_value']);
  const attachments = new Map<string, ImportImage>();
  for (const item of items) {
    if (text(item['wp:post_type']) !== 'attachment') continue;
    const url = text(item['wp:attachment_url']);
    if (!url) continue;
    attachments.set(text(item['wp:post_id']), {
      url,
      alt: meta(item, '_wp_attachment_image_alt') || text(item.title),
      caption: text(item['excerpt:encoded']),
      credit: '',
    });
  }

  const stories: ImportStory[] = [];
  const skipped: ImportNote[] = [];
  const refused: ImportNote[] = [];
  for (const item of items) {
    const type = text(item['wp:post_type']) || 'post';
    const title = text(item.title);
    const label = `${type} ${text(item['wp:post_id'])} “${title || '(untitled)'}”`;
    if (type === 'attachment') continue;
    if (type !== 'post') {
      skipped.push({ item: label, reason: type === 'page' ? 'A page, not a story: pages are not imported.' : `A WordPress ${type}, not a post.` });
      continue;
    }
    const status = text(item['wp:status']);
    if (status === 'trash' || status === 'private' || status === 'auto-draft' || status === 'inherit') {
      skipped.push({ item: label, reason: `Its WordPress status is “${status}”.` });
      continue;
    }
    if (!title) {
      refused.push({ item: label, reason: 'It has no title.' });
      continue;
    }
    const postId = text(item['wp:post_id']);
    const guid = text(item.guid) || (postId ? `${text(channel['wp:base_site_url'])}/?p=${postId}` : '');
    if (!guid) {
      refused.push({ item: label, reason: 'It has no guid or post id, so a second import could not tell it was already here.' });
      continue;
    }
    const draft = status !== 'publish' && status !== 'future';
    const publishedAt = wpDate(text(item['wp:post_date_gmt']), text(item['wp:post_date']), text(item.pubDate), timeZone);
    if (!draft && !publishedAt) {
      refused.push({ item: label, reason: 'Its publication date cannot be read.' });
      continue;
    }
    const modified = wpDate(text(item['wp:post_modified_gmt']), text(item['wp:post_modified']), '', timeZone);
    const categories = list(item.category);
    const sectionSlugs = categories.filter((c) => c['@domain'] === 'category').map((c) => text(c['@nicename']) || text(c));
    const section = sectionSlugs.map((slug) => sections.get(slug) ?? { key: slug, slug, name: slug }).find(Boolean) ?? null;
    const login = text(item['dc:creator']);
    const thumbnail = meta(item, '_thumbnail_id');
    stories.push({
      sourceId: `wxr:${guid}`,
      headline: title,
      standfirst: text(item['excerpt:encoded']),
      body: { html: text(item['content:encoded']) },
      slug: text(item['wp:post_name']) || null,
      publishedAt: draft ? null : publishedAt,
      // WordPress changes post_modified on any save; it is "Updated" for readers only when later than publication by
      // more than a few minutes (an edit made right after publishing is part of publishing).
      updatedAt: !draft && modified && publishedAt && modified.getTime() - publishedAt.getTime() > 10 * 60_000 ? modified : null,
      draft,
      section,
      tags: [
        ...sectionSlugs.slice(1).map((slug) => sections.get(slug)?.name ?? slug),
        ...categories.filter((c) => c['@domain'] === 'post_tag').map((c) => text(c)),
      ].filter(Boolean),
      authors: login ? [authors.get(login) ?? { key: login, name: login }] : [],
      oldUrl: text(item.link) || null,
      heroImage: (thumbnail && attachments.get(thumbnail)) || null,
    });
  }
  return {
    format: 'wxr',
    siteUrl: text(channel['wp:base_blog_url']) || text(channel['wp:base_site_url']) || text(channel.link) || null,
    stories,
    authors: [...authors.values()],
    sections: [...sections.values()],
    skipped,
    refused,
  };
}
