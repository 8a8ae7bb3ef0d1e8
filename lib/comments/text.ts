// A comment is plain text. Readers' links become anchors only when they are http(s) addresses, and then carry
// rel="nofollow ugc"; everything else, markup included, stays text (React escapes it). No HTML from a reader is
// ever rendered.

export type CommentPiece = { text: string } | { href: string; text: string };

// A run of characters that starts like a web address, up to white space or a character no address ends in.
const CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that ends the sentence around an address more often than the address.
const TRAILING = /[.,;:!?)\]}]+$/;

/** The address itself when `raw` is a well-formed http(s) URL with a host; null otherwise. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** One paragraph's text as text and link pieces, in order. */
export function linkPieces(paragraph: string): CommentPiece[] {
  const pieces: CommentPiece[] = [];
  let at = 0;
  for (const match of paragraph.matchAll(CANDIDATE)) {
    const trailing = TRAILING.exec(match[0])?.[0] ?? '';
    const candidate = match[0].slice(0, match[0].length - trailing.length);
    const href = safeHref(candidate);
    if (!href) continue;
    if (match.index > at) pieces.push({ text: paragraph.slice(at, match.index) });
    pieces.push({ href, text: candidate });
    at = match.index + candidate.length;
  }
  if (at < paragraph.length) pieces.push({ text: paragraph.slice(at) });
  return pieces;
}

/** A comment's paragraphs (split at blank lines), each as pieces; single line breaks stay inside a paragraph. */
export function commentParagraphs(body: string): CommentPiece[][] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(linkPieces);
}
