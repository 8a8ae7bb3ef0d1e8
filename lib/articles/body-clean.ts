// The save path for bodies: whatever the browser sends is rebuilt from an allow-list of node types, marks and
// attributes, then checked against the editor's schema. Readers' HTML is written to the same allow-list again on render (body-html.ts).
import { getSchema } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import { BODY_MAX_DEPTH, BODY_MAX_NODES, type BodyDocument, type BodyNode } from './body';
import { LINK_MAX_LENGTH, readerHref } from './body-html';
import { bodyExtensions, parseEmbedUrl } from './body-schema.shared';

export const BODY_MAX_BYTES = 1_000_000;

export type ImageLookup = (ids: string[]) => Promise<
  Map<string, { src: string; width: number; height: number; alt: string; caption: string; credit: string }>
>;

const BLOCK_WITH_CONTENT = new Set(['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'pullQuote']);
const NEEDS_CONTENT = new Set(['blockquote', 'bulletList', 'orderedList', 'listItem']);
const LEAF_NODES = new Set(['hardBreak', 'horizontalRule', 'figure', 'embed']);
const MARKS = new Set(['bold', 'italic', 'strike', 'link']);

// Control characters other than tab and newline have no place in text (NUL breaks PostgreSQL).
const stripControls = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');

/** A link's address as saved: a site path, or an absolute http(s) or mailto URL in its normal form; else none. */
function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > LINK_MAX_LENGTH) return null;
  const href = stripControls(raw).trim();
  if (href.startsWith('/') && !href.startsWith('//')) return readerHref(href);
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? readerHref(url.href) : null;
  } catch {
    return null;
  }
}

/** At most one mark of each kind (the schema allows no more; a text cannot link to two places). */
function cleanMarks(marks: unknown): BodyNode['marks'] {
  if (!Array.isArray(marks)) return undefined;
  const out: NonNullable<BodyNode['marks']> = [];
  for (const mark of marks as { type?: unknown; attrs?: { href?: unknown } }[]) {
    if (out.length === MARKS.size) break;
    if (typeof mark?.type !== 'string' || !MARKS.has(mark.type) || out.some((m) => m.type === mark.type)) continue;
    if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href) out.push({ type: 'link', attrs: { href } });
    } else {
      out.push({ type: mark.type });
    }
  }
  return out.length ? out : undefined;
}

/** What the walk gathers: the pictures to look up, and how many nodes it has read (it stops past the limit). */
type Collected = { imageIds: Set<string>; figures: BodyNode[]; nodes: number };

type RawNode = { type?: unknown; text?: unknown; attrs?: Record<string, unknown>; content?: unknown; marks?: unknown };

// The walk appends to the array it is given rather than returning one per node: a body of 10,000 links spent a
// fifth of its save collecting garbage from one-element arrays. Helpers live at module level, not as closures.
function cleanChildren(node: RawNode, depth: number, collected: Collected): BodyNode[] {
  const out: BodyNode[] = [];
  if (Array.isArray(node.content)) for (const child of node.content) cleanNode(child, depth + 1, collected, out);
  return out;
}

const attrText = (node: RawNode, key: string, max: number) =>
  typeof node.attrs?.[key] === 'string' ? stripControls(node.attrs[key] as string).slice(0, max) : '';

function cleanNode(raw: unknown, depth: number, collected: Collected, out: BodyNode[]): void {
  if (!raw || typeof raw !== 'object' || depth > BODY_MAX_DEPTH || ++collected.nodes > BODY_MAX_NODES) return;
  const node = raw as RawNode;
  if (node.type === 'text') {
    const text = typeof node.text === 'string' ? stripControls(node.text) : '';
    if (!text) return;
    const marks = cleanMarks(node.marks);
    out.push(marks ? { type: 'text', text, marks } : { type: 'text', text });
    return;
  }
  if (typeof node.type !== 'string') return;
  if (node.type === 'figure') {
    const imageId = typeof node.attrs?.imageId === 'string' ? node.attrs.imageId : '';
    if (!imageId) return;
    collected.imageIds.add(imageId);
    const figure = { type: 'figure', attrs: { imageId, alt: attrText(node, 'alt', 300), caption: attrText(node, 'caption', 500), credit: attrText(node, 'credit', 200) } };
    collected.figures.push(figure);
    out.push(figure);
    return;
  }
  if (node.type === 'embed') {
    const parsed = parseEmbedUrl(typeof node.attrs?.url === 'string' ? node.attrs.url : '');
    if (parsed) out.push({ type: 'embed', attrs: parsed });
    return;
  }
  if (LEAF_NODES.has(node.type)) {
    out.push({ type: node.type });
    return;
  }
  if (BLOCK_WITH_CONTENT.has(node.type)) {
    const content = cleanChildren(node, depth, collected);
    if (!content.length && NEEDS_CONTENT.has(node.type)) return;
    // A run of empty paragraphs (blank lines pressed many times, or pasted) is kept as one: it looks the same to
    // readers, and 10,000 of them cost every later save, render and diff 10,000 nodes.
    if (!content.length && node.type === 'paragraph' && isEmptyParagraph(out[out.length - 1])) return;
    const cleaned: BodyNode = { type: node.type };
    if (node.type === 'heading') cleaned.attrs = { level: [2, 3, 4].includes(Number(node.attrs?.level)) ? Number(node.attrs?.level) : 2 };
    if (node.type === 'orderedList') cleaned.attrs = { start: Math.max(1, Math.min(10_000, Math.trunc(Number(node.attrs?.start) || 1))) };
    if (content.length) cleaned.content = content;
    out.push(cleaned);
    return;
  }
  // Anything else (a script, an iframe, a made-up node) is dropped, keeping only the words inside it.
  if (Array.isArray(node.content)) for (const child of node.content) cleanNode(child, depth + 1, collected, out);
}

const isEmptyParagraph = (node: BodyNode | undefined) => node?.type === 'paragraph' && !node.content;

/** Groups stray inline nodes at the top level into paragraphs, so the document fits the schema. */
function wrapInline(nodes: BodyNode[]): BodyNode[] {
  const out: BodyNode[] = [];
  let run: BodyNode[] = [];
  const flush = () => {
    if (run.length) out.push({ type: 'paragraph', content: run });
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'hardBreak') run.push(node);
    else {
      flush();
      out.push(node);
    }
  }
  flush();
  return out;
}

const schema = getSchema(bodyExtensions);

export type CleanBodyResult = { ok: true; body: BodyDocument; json: string } | { ok: false; message: string };

export const BODY_UNREADABLE = 'The article text could not be read. Copy it somewhere safe and reload the editor.';
export const BODY_TOO_LARGE = 'The article text is too long to save (over 1 MB).';
export const BODY_TOO_COMPLEX = `The article text has too many paragraphs, list items and pieces of formatting to save (over ${BODY_MAX_NODES.toLocaleString('en-GB')}). Split it into two articles.`;
export const IMAGE_MISSING = 'A picture in the text is no longer in the media library. Remove it or choose another.';
export const IMAGE_ALT_MISSING = 'Every picture in the text needs alt text.';

/**
 * Rebuilds a body from what the editor sent: unknown nodes and marks are dropped (their words kept), links keep
 * only http(s), mailto and same-site URLs, embeds only recognised YouTube/X/Instagram posts, and pictures only
 * images that exist in the media library, with their address and size taken from the library, never the input.
 */
export async function cleanBody(raw: unknown, lookupImages: ImageLookup): Promise<CleanBodyResult> {
  let value = raw;
  if (typeof raw === 'string') {
    if (raw.length > BODY_MAX_BYTES) return { ok: false, message: BODY_TOO_LARGE };
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, message: BODY_UNREADABLE };
    }
  }
  if (!value || typeof value !== 'object' || (value as { type?: unknown }).type !== 'doc') return { ok: false, message: BODY_UNREADABLE };
  const collected: Collected = { imageIds: new Set(), figures: [], nodes: 0 };
  const content = wrapInline(cleanChildren(value as RawNode, 0, collected));
  // Counted on the way in (so a forged body of millions of nodes is read no further than the limit) and again as
  // cleaned, since wrapping stray text in paragraphs adds nodes.
  if (collected.nodes > BODY_MAX_NODES || countNodes(content) > BODY_MAX_NODES) return { ok: false, message: BODY_TOO_COMPLEX };
  const images = collected.imageIds.size ? await lookupImages([...collected.imageIds]) : new Map();
  for (const node of collected.figures) {
    const image = images.get(String(node.attrs?.imageId));
    if (!image) return { ok: false, message: IMAGE_MISSING };
    const alt = String(node.attrs?.alt ?? '').trim() || image.alt;
    if (!alt) return { ok: false, message: IMAGE_ALT_MISSING };
    node.attrs = { ...node.attrs, src: image.src, width: image.width, height: image.height, alt };
  }
  // An empty document still holds one empty paragraph: that is what the editor starts from.
  const body: BodyDocument = { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
  try {
    const structure = withoutMarks(body, 'doc');
    if (!structure) return { ok: false, message: BODY_UNREADABLE };
    PMNode.fromJSON(schema, structure).check();
  } catch {
    return { ok: false, message: BODY_UNREADABLE };
  }
  const json = JSON.stringify(body);
  if (json.length > BODY_MAX_BYTES) return { ok: false, message: BODY_TOO_LARGE };
  return { ok: true, body, json };
}

/**
 * The document for the schema's check, its marks checked here instead: each mark's type is allowed by the node that
 * holds its text (a pull quote takes no links), and cleanMarks has already left at most one of each kind with a
 * safe address. Building 10,000 link marks for the check, each with its attributes computed, was most of the cost of
 * saving a body of 10,000 links. Null when a mark is not allowed where it is.
 */
function withoutMarks(node: BodyNode, parentType: string): BodyNode | null {
  if (node.type === 'text') {
    const parent = schema.nodes[parentType];
    for (const mark of node.marks ?? []) {
      const markType = schema.marks[mark.type];
      if (!parent || !markType || !parent.allowsMarkType(markType)) return null;
    }
    return { type: 'text', text: node.text };
  }
  if (!node.content) return node;
  const content: BodyNode[] = [];
  for (const child of node.content) {
    const stripped = withoutMarks(child, node.type);
    if (!stripped) return null;
    content.push(stripped);
  }
  return { ...node, content };
}

const countNodes = (nodes: BodyNode[]): number => nodes.reduce((sum, node) => sum + 1 + countNodes(node.content ?? []), 0);

