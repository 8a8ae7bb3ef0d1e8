// Readers' HTML for a body, written straight from the stored document by a serializer that knows only the
// body's own node and mark types (lib/articles/body-schema.shared.ts) and writes nothing else: every tag is one
// of ours, every attribute is one we set, every text and attribute value is escaped, and a link keeps its address
// only if it is http(s), mailto or a path on the site. It writes what TipTap's static renderer followed by
// sanitize-html wrote before it (tests/unit/body-html.test.ts holds the two to the same output on every node
// type and an ordinary story, and holds its output to the old allow-list), at a fraction of the cost:
// TipTap's renderer spent 9 µs on each link (it merges the attributes of every mark through generic helpers) and
// sanitize-html then parsed the whole page again, so a body of 10,000 links cost four times an ordinary story of
// its size (151 against 38 ms). It also renders, rather than throws on, a node type it does not know (keeping
// the words inside), which a body written to the database by hand could hold.
import type { BodyDocument, BodyNode } from './body';
import { EMBED_PROVIDERS, parseEmbedUrl } from './body-schema.shared';

const ENTITIES: Record<number, string> = { 38: '&amp;', 60: '&lt;', 62: '&gt;', 34: '&quot;' };

/**
 * `text` with "&", "<", ">" (and in an attribute, '"') written as entities. A loop over the characters: text that
 * is mostly "<" and ">" (a writer pasting markup) costs it a third of what a replace with a callback costs.
 */
function escape(text: string, inAttribute: boolean): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 62 || (code !== 38 && code !== 60 && code !== 62 && (code !== 34 || !inAttribute))) continue;
    out += text.slice(from, i) + ENTITIES[code];
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

export const escapeText = (text: string) => escape(text, false);
const escapeAttribute = (value: string) => escape(value, true);

/** Longest link address kept: browsers and crawlers give up on longer ones, and no story needs one. */
export const LINK_MAX_LENGTH = 2_048;
const READER_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * A link's address if readers may follow it: http(s), mailto or a path on this site (not `//host`), at most
 * LINK_MAX_LENGTH long. Characters browsers ignore in a scheme (controls and spaces) are looked through, as
 * sanitize-html does; an address holding "<" is refused outright rather than searched for the HTML comments that
 * can hide a scheme (a URL never holds one unescaped, and the search, done sanitize-html's way, is quadratic: an
 * address of 64,000 empty comments held a render for 12 s).
 */
export function readerHref(raw: unknown): string | null {
  if (typeof raw !== 'string' || !raw || raw.length > LINK_MAX_LENGTH || raw.includes('<')) return null;
  const bare = raw.replace(/[\x00-\x20]+/g, '');
  if (/^[/\\]{2}/.test(bare)) return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9.\-+]*):/.exec(bare);
  return scheme && !READER_SCHEMES.has(scheme[1]!.toLowerCase()) ? null : raw;
}

/** Pictures in a body come only from the site's own media library. */
export const isMediaPath = (src: unknown): src is string => typeof src === 'string' && /^\/media\/[\w./-]+$/.test(src) && !src.includes('..');

// Marks nest in the schema's order, outermost first (a link holds bold, which holds italic, which holds strike).
const MARK_ORDER = ['link', 'bold', 'italic', 'strike'] as const;
const MARK_TAGS: Record<string, string> = { bold: 'strong', italic: 'em', strike: 's' };

function renderText(node: BodyNode): string {
  let html = escapeText(node.text ?? '');
  if (!node.marks?.length) return html;
  // Innermost first, so that each mark wraps the ones inside it.
  for (let i = MARK_ORDER.length - 1; i >= 0; i--) {
    const type = MARK_ORDER[i]!;
    const mark = node.marks.find((m) => m?.type === type);
    if (!mark) continue;
    if (type !== 'link') html = `<${MARK_TAGS[type]}>${html}</${MARK_TAGS[type]}>`;
    else {
      const href = readerHref(mark.attrs?.href);
      if (href !== null) html = `<a href="${escapeAttribute(href)}" rel="noopener noreferrer">${html}</a>`;
    }
  }
  return html;
}

const positive = (value: unknown) => {
  const number = Number(value);
  return value !== null && value !== '' && Number.isFinite(number) && number > 0 ? number : null;
};

function renderFigure(attrs: Record<string, unknown>): string {
  let html = '<figure class="body-figure">';
  if (isMediaPath(attrs.src)) {
    const [width, height] = [positive(attrs.width), positive(attrs.height)];
    html += `<img src="${escapeAttribute(attrs.src)}" alt="${escapeAttribute(String(attrs.alt ?? ''))}"`;
    html += `${width ? ` width="${width}"` : ''}${height ? ` height="${height}"` : ''} loading="lazy" decoding="async" />`;
  }
  const caption = attrs.caption ? `<span class="caption">${escapeText(String(attrs.caption))}</span>` : '';
  const credit = attrs.credit ? `<span class="credit">${escapeText(String(attrs.credit))}</span>` : '';
  if (caption || credit) html += `<figcaption>${caption}${credit}</figcaption>`;
  return `${html}</figure>`;
}

function renderEmbed(attrs: Record<string, unknown>): string {
  const parsed = parseEmbedUrl(typeof attrs.url === 'string' ? attrs.url : '');
  if (!parsed) return '<p></p>';
  const label = EMBED_PROVIDERS[parsed.provider];
  const verb = parsed.provider === 'youtube' ? 'Watch the video' : 'View the post';
  return (
    `<div class="embed embed-${parsed.provider}"><a href="${escapeAttribute(parsed.url)}" rel="noopener noreferrer">` +
    `<span class="embed-provider">${label}</span><span class="embed-action">${verb} on ${label}</span></a></div>`
  );
}

const HEADING_LEVELS = new Set([2, 3, 4]);
const WRAPPERS: Record<string, [string, string]> = {
  paragraph: ['<p>', '</p>'],
  blockquote: ['<blockquote>', '</blockquote>'],
  bulletList: ['<ul>', '</ul>'],
  listItem: ['<li>', '</li>'],
  pullQuote: ['<aside class="pull-quote"><p>', '</p></aside>'],
};

function renderNodes(nodes: BodyNode[] | undefined): string {
  let html = '';
  if (!Array.isArray(nodes)) return html;
  for (const node of nodes) if (node && typeof node === 'object') html += renderNode(node);
  return html;
}

function renderNode(node: BodyNode): string {
  const attrs = node.attrs && typeof node.attrs === 'object' ? node.attrs : {};
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? renderText(node) : '';
    case 'hardBreak':
      return '<br />';
    case 'horizontalRule':
      return '<hr />';
    case 'figure':
      return renderFigure(attrs);
    case 'embed':
      return renderEmbed(attrs);
    case 'heading': {
      const level = HEADING_LEVELS.has(Number(attrs.level)) ? Number(attrs.level) : 2;
      return `<h${level}>${renderNodes(node.content)}</h${level}>`;
    }
    case 'orderedList': {
      const start = Math.trunc(Number(attrs.start ?? 1));
      return `<ol${Number.isFinite(start) && start !== 1 ? ` start="${start}"` : ''}>${renderNodes(node.content)}</ol>`;
    }
  }
  const wrapper = WRAPPERS[node.type];
  // A node type the body does not have keeps its words and loses its markup.
  return wrapper ? wrapper[0] + renderNodes(node.content) + wrapper[1] : renderNodes(node.content);
}

/** Readers' HTML for a parsed body (see parseBody, which cuts it to the save path's limits first). */
export const bodyHtml = (body: BodyDocument): string => renderNodes(body.content);
