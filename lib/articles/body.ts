import { bodyHtml } from './body-html';

/** A body document: ProseMirror/TipTap JSON, the form the editor saves. */
export type BodyDocument = { type: 'doc'; content?: BodyNode[] };
export type BodyNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: BodyNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
};

export const EMPTY_BODY: BodyDocument = { type: 'doc', content: [] };

/** Deepest a node may sit in a body (a list in a list in a quote…); the save path drops whatever lies deeper. */
export const BODY_MAX_DEPTH = 12;
/** Most nodes a body may hold (paragraphs, list items, runs of text…): every save and render stays this small. */
export const BODY_MAX_NODES = 20_000;

/**
 * A parsed body cut to the limits the save path enforces, so a body that never went through it (stored before the
 * limits, or written to the database by hand) costs a render no more than a saved one: nodes below BODY_MAX_DEPTH
 * or past the first BODY_MAX_NODES are dropped, and a run of text keeps one mark of each kind. The walk stops at
 * BODY_MAX_DEPTH, so no nesting can overflow the stack. It changes the freshly parsed document in place.
 */
function withinLimits(body: BodyDocument): BodyDocument {
  let budget = BODY_MAX_NODES;
  const keep = (nodes: BodyNode[], depth: number): BodyNode[] => {
    for (let i = 0; i < nodes.length; i++) {
      if (budget-- <= 0) return nodes.slice(0, i);
      const node = nodes[i];
      if (!node || typeof node !== 'object') continue;
      if (node.content !== undefined) node.content = Array.isArray(node.content) && depth < BODY_MAX_DEPTH ? keep(node.content, depth + 1) : [];
      if (node.marks !== undefined) node.marks = oneOfEachKind(node.marks);
    }
    return nodes;
  };
  return { type: 'doc', content: Array.isArray(body.content) ? keep(body.content, 1) : [] };
}

/** A text's marks, at most one of each kind (the schema allows no more): a forged list of thousands costs nothing. */
function oneOfEachKind(marks: unknown): NonNullable<BodyNode['marks']> {
  if (!Array.isArray(marks)) return [];
  if (marks.length < 2) return marks;
  const seen = new Set<unknown>();
  return (marks as NonNullable<BodyNode['marks']>).filter((mark) => {
    if (!mark || seen.has(mark.type)) return false;
    seen.add(mark.type);
    return true;
  });
}

/** A stored body as a document within the save path's limits; anything that is not a document reads as empty. */
export function parseBody(json: string): BodyDocument {
  try {
    const value = JSON.parse(json) as unknown;
    if (value && typeof value === 'object' && (value as BodyDocument).type === 'doc') return withinLimits(value as BodyDocument);
  } catch {
    // A body that is not a document renders as empty rather than breaking the page.
  }
  return EMPTY_BODY;
}

/** A body as stored (JSON), or as a document already parsed and within the limits (the save path's). */
export type BodySource = string | BodyDocument;
/** The document of a body: parsed (and cut to the limits) when stored JSON, as it is when already a document. */
export const documentOf = (body: BodySource): BodyDocument => (typeof body === 'string' ? parseBody(body) : body);

/** Renders a body to readers' HTML (see body-html.ts for what it may contain). */
export function renderBodyHtml(body: BodySource): string {
  return bodyHtml(documentOf(body));
}

/** The body's words as plain text (reading time, descriptions, search): a line per paragraph, heading and list item. */
export function bodyText(body: BodySource): string {
  const parts: string[] = [];
  // A line end after a line end adds nothing (withoutBlankLines drops empty lines): 10,000 empty paragraphs are
  // one part, not 10,000 for the join and the split below.
  const walk = (node: BodyNode) => {
    if (node.text) parts.push(node.text);
    if (node.content) for (const child of node.content) walk(child);
    if ((node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem') && parts[parts.length - 1] !== '\n') parts.push('\n');
  };
  documentOf(body).content?.forEach(walk);
  return withoutBlankLines(parts.join('')).trim();
}

/**
 * Drops spaces and tabs at line ends and empty lines, line by line. The regex way (/[ \t]+\n/) retries a run of
 * spaces from each of its characters when no line end follows, which is quadratic: 40,000 spaces took 2 s.
 */
function withoutBlankLines(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    if (end > 0) lines.push(end === line.length ? line : line.slice(0, end));
  }
  return lines.join('\n');
}

/** About as long as search engines show a description for: an opening longer than this is cut at a word. */
export const DESCRIPTION_CHARS = 160;

/**
 * The body's first paragraph that has words, as plain text cut at a word within `max` characters ("…" when cut): what
 * search and social previews say of a story without a standfirst.
 */
export function openingParagraph(body: BodySource, max = DESCRIPTION_CHARS): string {
  const words = (node: BodyNode): string => (node.type === 'hardBreak' ? ' ' : (node.text ?? (node.content ?? []).map(words).join('')));
  for (const node of documentOf(body).content ?? []) {
    if (node.type !== 'paragraph') continue;
    const text = words(node).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (text.length <= max) return text;
    const cut = text.slice(0, max - 1);
    const lastSpace = cut.lastIndexOf(' ');
    return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
  }
  return '';
}

/** Minutes to read at 230 words a minute, at least one. */
export function readingMinutes(body: BodySource): number {
  return minutesToRead(bodyText(body));
}

/** Minutes to read a plain text (bodyText's) at 230 words a minute, at least one. */
export function minutesToRead(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
