import { getSchema } from '@tiptap/core';
import { DOMParser as ProseMirrorParser } from '@tiptap/pm/model';
import { parseHTML } from 'linkedom';
import { BODY_MAX_BYTES, cleanBody, type CleanBodyResult, type ImageLookup } from '@/lib/articles/body-clean';
import { bodyExtensions, parseEmbedUrl } from '@/lib/articles/body-schema.shared';
import { cleanPastedHtml, escapeAttribute, upToLast } from '@/lib/articles/paste.shared';

// An imported story's HTML becomes the editor's document by the road pasted text takes: cleanPastedHtml (structure
// kept, styling and anything active dropped), then ProseMirror's parser against the body schema (what TipTap's
// editor does in the browser; here over linkedom's DOM, which runs nothing and fetches nothing), then cleanBody, the
// server's check of every saved body. Pictures are brought into the media library first (`resolveImage`) and take
// the place of the <img> as the body's figure; one that cannot be brought in is left out.

const schema = getSchema(bodyExtensions);
const parser = ProseMirrorParser.fromSchema(schema);

/** Brings a picture into the library: its id and /media/ address, or null when it cannot be had. */
export type ImageResolver = (image: { url: string; alt: string; caption: string }) => Promise<{ id: string; src: string; alt: string } | null>;

const BLOCK_START = /^<(?:p|h[1-6]|ul|ol|li|blockquote|figure|div|table|pre|hr|aside|section|!--)[\s>/]/i;

/**
 * WordPress's wpautop, the part that matters: classic-editor posts are stored without <p>, one paragraph per blank
 * line. Text between blank lines that does not start with a block element becomes a paragraph.
 */
export function paragraphsFromBlankLines(html: string): string {
  if (!/\n\s*\n/.test(html)) return html;
  return html
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>')}</p>`))
    .join('\n');
}

/**
 * WordPress shortcodes: [caption]<img …> Words[/caption] becomes a figure with its caption, [embed]url[/embed] the
 * link an embed is read from, and any other [shortcode] is removed with its words kept. Linear: each pattern is
 * bounded by a closing bracket it cannot look past.
 */
export function withoutShortcodes(html: string): string {
  // Each pattern runs only up to the last closing it needs (paste.shared.ts explains why: an opening without one would
  // rescan the rest of the text).
  let out = upToLast(html, '[/caption]', (head) =>
    head.replace(/\[caption[^\]]*\]([\s\S]*?)\[\/caption\]/gi, (_, inner: string) => {
      const img = /<img[^>]*>/i.exec(inner)?.[0] ?? '';
      const words = inner.replace(/<a[^>]*>\s*<img[^>]*>\s*<\/a>|<img[^>]*>/i, '').trim();
      return `<figure>${img}<figcaption>${words}</figcaption></figure>`;
    }),
  );
  out = out.replace(/\[embed\]([^[\]]*)\[\/embed\]/gi, (_, url: string) => `<p>${url.trim()}</p>`);
  return upToLast(out, ']', (head) => head.replace(/\[\/?[a-z][\w-]*(?:\s[^\]]*)?\]/gi, ''));
}

/**
 * Marks the cleaned HTML up as the body schema's parse rules read it (cleanPastedHtml drops every class): a figure's
 * caption in its span.caption, and a YouTube/X/Instagram address alone in its paragraph (WordPress's auto-embed,
 * [embed] above, or a link on its own) as div.embed.
 */
function markUpForSchema(document: Document): void {
  for (const caption of document.querySelectorAll('figure[data-image-id] > figcaption')) {
    caption.innerHTML = `<span class="caption">${escapeAttribute(caption.textContent?.trim() ?? '')}</span>`;
  }
  for (const paragraph of [...document.querySelectorAll('p')]) {
    const words = paragraph.textContent?.trim() ?? '';
    const link = paragraph.querySelector('a');
    const address = link && link.textContent?.trim() === words ? (link.getAttribute('href') ?? '') : words;
    if (!/^https?:\/\/\S+$/.test(address) || !parseEmbedUrl(address)) continue;
    const embed = document.createElement('div');
    embed.setAttribute('class', 'embed');
    embed.innerHTML = `<a href="${escapeAttribute(address)}">${escapeAttribute(address)}</a>`;
    paragraph.replaceWith(embed);
  }
}

/** Replaces each <img> (with its enclosing link or figure) by the body's figure for the imported picture. */
async function placeImages(html: string, resolveImage: ImageResolver): Promise<{ html: string; dropped: string[] }> {
  if (!/<img/i.test(html)) return { html, dropped: [] };
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const dropped: string[] = [];
  for (const img of [...document.querySelectorAll('img')]) {
    const url = img.getAttribute('src') ?? '';
    const figure = img.closest('figure');
    const caption = figure?.querySelector('figcaption')?.textContent?.trim() ?? '';
    const alt = img.getAttribute('alt')?.trim() ?? '';
    // The outermost element that holds only this picture: its link (WordPress links pictures to their file), its
    // figure, the paragraph around it.
    let outer: Element = img;
    const onlyThis = (el: Element | null) => el && !(el.textContent ?? '').trim() && el.querySelectorAll('img').length === 1;
    if (outer.parentElement?.tagName === 'A' && onlyThis(outer.parentElement)) outer = outer.parentElement;
    if (figure && figure.querySelectorAll('img').length === 1) outer = figure;
    else if (outer.parentElement && ['P', 'DIV'].includes(outer.parentElement.tagName) && onlyThis(outer.parentElement)) outer = outer.parentElement;
    const image = url ? await resolveImage({ url, alt, caption }) : null;
    if (!image) {
      dropped.push(url || '(a picture with no address)');
      outer.remove();
      continue;
    }
    const replacement = document.createElement('figure');
    replacement.setAttribute('data-image-id', image.id);
    replacement.innerHTML = `<img src="${escapeAttribute(image.src)}" alt="${escapeAttribute(alt || image.alt)}"><figcaption>${escapeAttribute(caption)}</figcaption>`;
    outer.replaceWith(replacement);
  }
  return { html: document.body.innerHTML, dropped };
}

/** Twice the saved body's limit: HTML is wordier than the document it becomes. */
const HTML_MAX_CHARS = 2 * BODY_MAX_BYTES;
export const BODY_HTML_TOO_LONG = `The story’s text is over ${HTML_MAX_CHARS / 1_000_000} million characters of HTML: too long for one article.`;

export type ImportedBody = CleanBodyResult & { droppedImages: string[] };

/** An imported story's HTML as the editor's document, checked as every saved body is. */
export async function bodyFromHtml(html: string, resolveImage: ImageResolver, lookupImages: ImageLookup): Promise<ImportedBody> {
  if (html.length > HTML_MAX_CHARS) return { ok: false, message: BODY_HTML_TOO_LONG, droppedImages: [] };
  const prepared = paragraphsFromBlankLines(withoutShortcodes(html));
  const { html: withFigures, dropped } = await placeImages(prepared, resolveImage);
  const cleaned = cleanPastedHtml(withFigures);
  const { document } = parseHTML(`<!doctype html><html><body>${cleaned}</body></html>`);
  markUpForSchema(document);
  let json: unknown;
  try {
    json = parser.parse(document.body as unknown as globalThis.Node).toJSON();
  } catch {
    return { ok: false, message: 'The story’s text could not be read as HTML.', droppedImages: dropped };
  }
  return { ...(await cleanBody(json, lookupImages)), droppedImages: dropped };
}
