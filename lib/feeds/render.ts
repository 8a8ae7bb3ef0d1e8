// Turns a feed's content into RSS 2.0, Atom 1.0 or JSON Feed with the `feed` library, which writes each format's
// structure and namespaces. What it leaves to us, handled here: headlines and standfirsts are plain text but go
// into elements read as HTML (Atom type="html", RSS CDATA), so they are HTML-escaped first; characters XML cannot
// carry are dropped; links in the body become absolute (feed readers show it away from the site).
import { Feed, type Item } from 'feed';
import { siteConfig } from '@/lib/config/site';
import { escapeHtml } from '@/lib/text/escape-html';
import { type FeedFormat, type FeedRef, feedPath } from './links';
import type { FeedData, FeedItem } from './queries';

export type FeedContent = 'full' | 'excerpt';

const FEED_CONTENT_INVALID = 'FEED_CONTENT must be "full" or "excerpt"';

/** FEED_CONTENT: "full" (default) puts each story's text in the feed; "excerpt" only its standfirst. */
export function feedContent(): FeedContent {
  const value = process.env.FEED_CONTENT?.trim() || 'full';
  if (value !== 'full' && value !== 'excerpt') throw new Error(`${FEED_CONTENT_INVALID}, got "${value}"`);
  return value;
}

// XML 1.0 has no place for these (control characters, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;


/**
 * The body for a feed: site-relative addresses made absolute, and "]]>" (which would end the CDATA section the
 * library wraps it in) written as the same text in HTML.
 */
function feedHtml(html: string, origin: string): string {
  return html.replace(/(\s(?:src|href)=")\/(?!\/)/g, `$1${origin}/`).replace(/]]>/g, ']]&gt;');
}

/** The stable id of a story in every feed (an Atom id, an RSS guid): it survives a change of slug or section. */
export function feedItemId(articleId: string): string {
  return `tag:${new URL(siteConfig().url).hostname},2026:article:${articleId}`;
}

function toItem(item: FeedItem, format: FeedFormat, content: FeedContent, origin: string): Item {
  const xml = format !== 'json';
  // In RSS and Atom these are read as HTML; a JSON Feed's title and summary are plain text.
  const text = (value: string) => (xml ? escapeHtml(value.replace(NOT_XML, '')) : value);
  const absolute = (path: string) => new URL(path, origin).href;
  const body = content === 'full' && item.bodyHtml !== null ? feedHtml(item.bodyHtml.replace(NOT_XML, ''), origin) : undefined;
  // Without a body, JSON Feed shows the summary as its content_html: it must be HTML then.
  const summary = !xml && !body ? escapeHtml(item.summary) : text(item.summary);
  const id = feedItemId(item.id);
  return {
    title: text(item.headline),
    id,
    guid: id,
    link: absolute(item.path),
    date: item.updatedAt && item.updatedAt > item.publishedAt ? item.updatedAt : item.publishedAt,
    published: item.publishedAt,
    description: summary,
    content: body,
    // The library reads the first author without checking there is one: a story without a byline has none.
    ...(item.authors.length > 0 ? { author: item.authors.map((a) => ({ name: a.name.replace(NOT_XML, ''), link: absolute(a.path) })) } : {}),
    category: [item.section, ...item.tags].map((c) => ({ name: c.name.replace(NOT_XML, ''), term: c.name.replace(NOT_XML, ''), domain: absolute(c.path) })),
    ...(item.image ? { enclosure: { url: absolute(item.image.path), type: item.image.type, length: item.image.length } } : {}),
  };
}

/** The feed document in `format`. */
export function renderFeed(data: FeedData, ref: FeedRef, format: FeedFormat, content: FeedContent = feedContent()): string {
  const site = siteConfig();
  const origin = site.url;
  const absolute = (path: string) => new URL(path, origin).href;
  const feed = new Feed({
    id: absolute(feedPath(ref, 'atom')),
    title: data.title.replace(NOT_XML, ''),
    description: data.description.replace(NOT_XML, ''),
    link: absolute(data.pagePath),
    language: site.language,
    updated: data.changedAt,
    generator: site.name,
    feedLinks: { rss: absolute(feedPath(ref, 'rss')), atom: absolute(feedPath(ref, 'atom')), json: absolute(feedPath(ref, 'json')) },
  });
  for (const item of data.items) feed.addItem(toItem(item, format, content, origin));
  if (format === 'rss') return feed.rss2();
  if (format === 'json') return feed.json1();
  // The library types an Atom enclosure by the file's extension: ".jpg" would say "image/jpg", which is no MIME type.
  // Only enclosure links carry a type attribute here (titles are escaped, body HTML has no type attributes).
  return feed.atom1().replace(/ type="image\/jpg"/g, ' type="image/jpeg"');
}
