// What readers' HTML for a body may contain: the allow-list every body passed through (sanitize-html) before
// lib/articles/body-html.ts wrote it directly. tests/unit/body-html.test.ts holds the serializer's output to it:
// sanitising what it writes changes nothing. Also the old renderer (TipTap's static renderer, then this), kept to
// show the serializer writes what it wrote.
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import sanitizeHtml from 'sanitize-html';
import { isMediaPath } from '@/lib/articles/body-html';
import type { BodyDocument } from '@/lib/articles/body';
import { bodyExtensions } from '@/lib/articles/body-schema.shared';

export const READERS_ALLOW_LIST: sanitizeHtml.IOptions = {
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
    (frame.tag === 'a' && !frame.attribs.href) || (frame.tag === 'img' && !isMediaPath(frame.attribs.src)),
};

export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, READERS_ALLOW_LIST);
}

/** The old render: TipTap's static renderer, then the allow-list. */
export const oldRender = (body: BodyDocument) => sanitizeBodyHtml(renderToHTMLString({ content: body, extensions: bodyExtensions }));
