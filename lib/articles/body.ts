import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import sanitizeHtml from 'sanitize-html';
import { bodyExtensions } from './body-schema.shared';

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

// The allow-list every body passes through before it reaches a reader, whatever produced the HTML.
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'h2', 'h3', 'h4', 'strong', 'em', 's', 'a', 'blockquote', 'ul', 'ol', 'li', 'br', 'hr',
    'figure', 'img', 'figcaption', 'span', 'aside', 'div',
  ],
  // `rel` is always set by transformTags below, never taken from the input.
  allowedAttributes: {
    a: ['href', 'rel'],
    ol: ['start'],
    img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
    '*': ['class'],
  },
  allowedClasses: {
    figure: ['body-figure'],
    span: ['caption', 'credit', 'embed-provider', 'embed-action'],
    aside: ['pull-quote'],
    div: ['embed', 'embed-youtube', 'embed-x', 'embed-instagram'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  transformTags: {
    h1: 'h2',
    a: (tagName, attribs) => ({
      tagName,
      attribs: { href: attribs.href ?? '', rel: 'noopener noreferrer' },
    }),
  },
  exclusiveFilter: (frame) =>
    (frame.tag === 'a' && !frame.attribs.href) || (frame.tag === 'img' && !isMediaPath(frame.attribs.src ?? '')),
};

/** Pictures in a body come only from the site's own media library. */
function isMediaPath(src: string): boolean {
  return /^\/media\/[\w./-]+$/.test(src) && !src.includes('..');
}

export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

export function parseBody(json: string): BodyDocument {
  try {
    const value = JSON.parse(json) as unknown;
    if (value && typeof value === 'object' && (value as BodyDocument).type === 'doc') return value as BodyDocument;
  } catch {
    // A body that is not a document renders as empty rather than breaking the page.
  }
  return EMPTY_BODY;
}

/** Renders a stored body to sanitised HTML for readers. */
export function renderBodyHtml(json: string): string {
  const html = renderToHTMLString({ content: parseBody(json), extensions: bodyExtensions });
  return sanitizeBodyHtml(html);
}

/** The body's words as plain text (reading time, descriptions, search). */
export function bodyText(json: string): string {
  const parts: string[] = [];
  const walk = (node: BodyNode) => {
    if (node.text) parts.push(node.text);
    node.content?.forEach(walk);
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem') parts.push('\n');
  };
  parseBody(json).content?.forEach(walk);
  return parts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n').trim();
}

/** Minutes to read at 230 words a minute, at least one. */
export function readingMinutes(json: string): number {
  const words = bodyText(json).split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}
