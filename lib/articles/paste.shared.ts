// Pasting from Word or Google Docs: keep the structure (headings, lists, emphasis, links), drop the styling.
// Isomorphic: the editor runs it in the browser before TipTap parses the HTML against the body schema.
import { Tokenizer } from 'htmlparser2';
//
// It runs on whatever the clipboard holds, so every step is linear in its length. A regex that looks for a closing
// (`-->`, `>`, `</style>`) rescans the rest of the text from every opening that has none, which is quadratic:
// 50,000 unclosed `<!--` took 3.7 s, a Google Docs wrapper repeated without its `</b>` 12 s. So those steps either
// run only on the text up to the last closing (where every opening finds one), or find closings with indexOf and
// remember which are missing.

/**
 * Cleans pasted HTML so only structure reaches the editor's parser, and nothing that could run or load anything:
 * the parser builds a DOM from this HTML, and a browser compiles event handlers and fetches images even in the
 * detached document it uses (Chromium reports every handler as a Content-Security-Policy violation, and a pasted
 * tracking pixel would be requested from its site).
 */
export function cleanPastedHtml(html: string): string {
  return withoutActiveContent(tidyStructure(html));
}

function tidyStructure(html: string): string {
  // Word's conditional comments, XML islands and Office namespaces.
  let out = upToLast(html, '-->', (head) => head.replace(/<!--[\s\S]*?-->/g, ''));
  out = upToLast(out, '>', (head) => head.replace(/<\/?(?:o|w|v|m):[^>]*>/gi, ''));
  out = withoutBlocks(out);
  out = upToLast(out, '>', (head) => head.replace(/<(?:meta|link)[^>]*>/gi, ''));
  // Headings map onto the levels articles use: h1 (the headline's level) becomes h2, h5/h6 become h4.
  out = out.replace(/<(\/?)h1(\s|>)/gi, '<$1h2$2').replace(/<(\/?)h[56](\s|>)/gi, '<$1h4$2');
  // Styling attributes go; Google Docs' bold wrapper (font-weight:normal) is then an ordinary <b> TipTap would
  // read as bold, so it is unwrapped first. (An unclosed quote costs this regex one scan, not one per attribute:
  // the next quote of the same kind ends every earlier attempt.)
  out = withoutDocsWrapper(out);
  out = out.replace(/\s(?:style|class|lang|align|face|color|size|dir|id)=("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  return upToLast(out, '>', (head) => head.replace(/<\/?font[^>]*>/gi, ''));
}

/**
 * Runs `clean` on the text up to the last `closing` and keeps the rest as it is. A pattern that ends with
 * `closing` cannot match after it, and before it every opening finds a closing, so no attempt scans in vain.
 */
export function upToLast(html: string, closing: string, clean: (head: string) => string): string {
  const end = html.lastIndexOf(closing);
  if (end === -1) return html;
  const cut = end + closing.length;
  return clean(html.slice(0, cut)) + html.slice(cut);
}

// Lower-cases A–Z only, so every index in the copy is an index in the original (toLowerCase turns "İ" into two
// characters); the names looked for are ASCII.
const asciiLowerCase = (text: string) => text.replace(/[A-Z]+/g, (run) => run.toLowerCase());

/**
 * Removes `<style …>…</style>` and its kind (script, meta, link, title, xml) with their contents, as the regex
 * /<(style|…)[^>]*>[\s\S]*?<\/\1>/gi would, but finds each closing with indexOf and stops looking for a name
 * once one has none: no later opening of that name can have one either.
 */
function withoutBlocks(html: string): string {
  const lower = asciiLowerCase(html);
  const opening = /<(style|script|meta|link|title|xml)/g;
  const unclosed = new Set<string>();
  const kept: string[] = [];
  let from = 0;
  for (let match; (match = opening.exec(lower)); ) {
    const name = match[1]!;
    if (unclosed.has(name)) continue;
    const tagEnd = lower.indexOf('>', opening.lastIndex);
    if (tagEnd === -1) break;
    const close = lower.indexOf(`</${name}>`, tagEnd + 1);
    if (close === -1) {
      unclosed.add(name);
      continue;
    }
    kept.push(html.slice(from, match.index));
    from = close + name.length + 3;
    opening.lastIndex = from;
  }
  kept.push(html.slice(from));
  return kept.join('');
}

const DOCS_ID = 'id="docs-internal-guid';

/**
 * Unwraps Google Docs' `<b … id="docs-internal-guid-…">` around a whole paste, up to the last `</b>`. Each
 * opening tag is read once: one that is not the wrapper is skipped whole, and none can be once the last `</b>`
 * is behind it. (The wrapper's id is quoted inside its tag, as Docs writes it.)
 */
function withoutDocsWrapper(html: string): string {
  const lower = asciiLowerCase(html);
  const close = lower.lastIndexOf('</b>');
  const opening = /<b\b/g;
  for (let match; close !== -1 && (match = opening.exec(lower)); ) {
    const tagEnd = lower.indexOf('>', match.index);
    if (tagEnd === -1 || tagEnd >= close) break;
    const tag = lower.slice(match.index, tagEnd);
    const id = tag.indexOf(DOCS_ID);
    if (id !== -1 && tag.includes('"', id + DOCS_ID.length)) {
      return html.slice(0, match.index) + html.slice(tagEnd + 1, close) + html.slice(close + 4);
    }
    opening.lastIndex = tagEnd + 1;
  }
  return html;
}

// ─── Active content ───
// A last pass through a real HTML tokenizer (htmlparser2's, the parser sanitize-html uses: linear, no DOM), which
// rebuilds the paste from what it read: elements that run, embed or load something go with their content, event
// handlers and script addresses go, and a picture stays only if it comes from the site's own media library (the
// only pictures a body may hold).

/** Elements dropped with everything inside them. */
const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'applet', 'svg', 'math',
  'video', 'audio', 'canvas', 'select', 'textarea', 'head', 'title', 'xml', 'button',
]);
/** Elements dropped, their content kept (a form's or a wrapper's text is still text). */
const DROPPED_TAG = new Set(['embed', 'base', 'link', 'meta', 'input', 'form', 'source', 'track', 'param', 'picture', 'html', 'body', 'area', 'map', 'portal']);
const VOID = new Set(['br', 'hr', 'img', 'wbr', 'col', 'embed', 'base', 'link', 'meta', 'input', 'source', 'track', 'param', 'area']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'srcset', 'xlink:href', 'background', 'poster', 'cite', 'data', 'ping']);
const SAFE_URL = /^(?:https?:|mailto:|\/(?!\/)|#)/i;
const MEDIA_SRC = /^\/media\/[\w./-]+$/;

/**
 * Elements deeper than this are dropped (their text kept): the editor keeps 12 levels anyway, and a bounded stack keeps
 * closing a mis-nested tag cheap however the paste nests.
 */
const MAX_OPEN = 100;

const escapeText = (text: string) => (/[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text);
export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function keptAttributes(name: string, attributes: Record<string, string>, count: number): string | null {
  if (count === 0) return name === 'img' ? null : '';
  const kept: string[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (key.startsWith('on') || key === 'style' || key === 'srcdoc' || key === 'formaction' || key === 'srcset') continue;
    if (URL_ATTRIBUTES.has(key)) {
      // Browsers ignore tabs, line breaks and control characters inside a scheme ("java\tscript:").
      const address = value.replace(/[\u0000-\u0020\u007f]+/g, '');
      if (name === 'img' && key === 'src' ? !MEDIA_SRC.test(address) || address.includes('..') : !SAFE_URL.test(address)) {
        if (name === 'img') return null;
        continue;
      }
    }
    kept.push(` ${key}="${escapeAttribute(value)}"`);
  }
  if (name === 'img' && !('src' in attributes)) return null;
  return kept.join('');
}

function withoutActiveContent(html: string): string {
  const out: string[] = [];
  // How deep inside a dropped element the tokenizer is (0: outside), and the open elements that were written.
  let dropping = 0;
  const written: string[] = [];
  let tag = '';
  let attributes: Record<string, string> = {};
  let attributeCount = 0;
  let attributeName = '';
  let attributeValue = '';

  const open = (name: string, attrs: Record<string, string>) => {
    if (dropping > 0 || DROPPED_WITH_CONTENT.has(name)) {
      if (!VOID.has(name)) dropping++;
      return;
    }
    if (DROPPED_TAG.has(name)) return;
    const kept = keptAttributes(name, attrs, attributeCount);
    if (kept === null) return;
    if (!VOID.has(name)) {
      if (written.length >= MAX_OPEN) return;
      written.push(name);
    }
    out.push(`<${name}${kept}>`);
  };
  const close = (name: string) => {
    if (VOID.has(name)) return;
    if (dropping > 0) {
      dropping--;
      return;
    }
    if (DROPPED_TAG.has(name)) return;
    const index = written.at(-1) === name ? written.length - 1 : written.lastIndexOf(name);
    if (index === -1) return;
    // Close whatever was left open inside it, as a browser would.
    for (let i = written.length - 1; i >= index; i--) out.push(`</${written[i]}>`);
    written.length = index;
  };
  const text = (value: string) => {
    if (dropping === 0) out.push(escapeText(value));
  };
  // Tag and attribute names are nearly always lower case already; a test is cheaper than a replace that finds nothing.
  const lower = (start: number, end: number) => {
    const name = html.slice(start, end);
    return /[A-Z]/.test(name) ? asciiLowerCase(name) : name;
  };

  // The tokenizer alone: htmlparser2's Parser keeps its own stack of open elements with Array#unshift, which makes
  // 10,000 nested tags cost 10,000² steps; here the only stack is the bounded one above.
  const tokenizer = new Tokenizer(
    { decodeEntities: true, recognizeSelfClosing: true },
    {
      onopentagname(start, end) {
        tag = lower(start, end);
        if (attributeCount > 0) attributes = {};
        attributeCount = 0;
      },
      onattribname(start, end) {
        attributeName = lower(start, end);
        attributeValue = '';
      },
      onattribdata(start, end) {
        attributeValue += html.slice(start, end);
      },
      onattribentity(codepoint) {
        attributeValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (!(attributeName in attributes)) {
          attributes[attributeName] = attributeValue;
          attributeCount++;
        }
      },
      onopentagend() {
        open(tag, attributes);
      },
      onselfclosingtag() {
        open(tag, attributes);
        close(tag);
      },
      onclosetag(start, end) {
        close(lower(start, end));
      },
      ontext(start, end) {
        text(html.slice(start, end));
      },
      ontextentity(codepoint) {
        text(String.fromCodePoint(codepoint));
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  for (let i = written.length - 1; i >= 0; i--) out.push(`</${written[i]}>`);
  return out.join('');
}
