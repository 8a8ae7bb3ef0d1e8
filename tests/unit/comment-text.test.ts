import { describe, expect, it } from 'vitest';
import { commentParagraphs, linkPieces, safeHref } from '@/lib/comments/text';
import { HREF_PAYLOADS } from '../support/xss-payloads';

describe('a comment’s text', () => {
  it('makes http(s) addresses links and leaves the sentence’s punctuation outside them', () => {
    expect(linkPieces('See https://example.org/a?b=1, and (http://example.org/x).')).toEqual([
      { text: 'See ' },
      { href: 'https://example.org/a?b=1', text: 'https://example.org/a?b=1' },
      { text: ', and (' },
      { href: 'http://example.org/x', text: 'http://example.org/x' },
      { text: ').' },
    ]);
  });

  it('never makes a link of any other scheme, whatever its spelling', () => {
    for (const href of HREF_PAYLOADS) expect(safeHref(href), href).toBeNull();
    const pieces = linkPieces('javascript:alert(1) <a href="javascript:x">x</a> data:text/html,<b>');
    expect(pieces.every((p) => !('href' in p))).toBe(true);
  });

  it('splits paragraphs at blank lines and keeps single line breaks', () => {
    expect(commentParagraphs('One\nline two\n\n\nTwo')).toEqual([[{ text: 'One\nline two' }], [{ text: 'Two' }]]);
  });
});
