import { isAllowedUri } from '@tiptap/extension-link';
import { describe, expect, it } from 'vitest';
import { bodyText, openingParagraph, readingMinutes, renderBodyHtml } from '@/lib/articles/body';
import { isAllowedLink } from '@/lib/articles/body-schema.shared';
import { sanitizeBodyHtml } from '../support/readers-allow-list';
import { HREF_PAYLOADS } from '../support/xss-payloads';

const doc = (...content: unknown[]) => JSON.stringify({ type: 'doc', content });
const p = (text: string, marks?: unknown[]) => ({ type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] });

describe('article bodies', () => {
  it('renders headings, quotes and lists from the stored document', () => {
    const html = renderBodyHtml(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What happens next' }] },
        { type: 'blockquote', content: [p('We will build it.')] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [p('One')] }] },
      ),
    );
    expect(html).toBe('<h2>What happens next</h2><blockquote><p>We will build it.</p></blockquote><ul><li><p>One</p></li></ul>');
  });

  it('escapes text and keeps only safe links', () => {
    const html = renderBodyHtml(
      doc(
        p('<script>alert(1)</script> & more'),
        p('bad', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
        p('good', [{ type: 'link', attrs: { href: 'https://example.org/x' } }]),
      ),
    );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.org/x" rel="noopener noreferrer">good</a>');
  });

  it("strips from any HTML what readers' allow-list does not name", () => {
    expect(sanitizeBodyHtml('<p onclick="x()">a</p><img src=x onerror=alert(1)><svg><script>1</script></svg><iframe src="//x"></iframe>')).toBe(
      '<p>a</p>',
    );
  });

  it('renders a body that is not a document as empty rather than failing', () => {
    expect(renderBodyHtml('not json')).toBe('');
    expect(renderBodyHtml('{"type":"paragraph"}')).toBe('');
  });

  it('counts words for the reading time', () => {
    const long = doc(...Array.from({ length: 10 }, () => p('word '.repeat(69).trim())));
    expect(bodyText(doc(p('Two words'))).trim()).toBe('Two words');
    expect(readingMinutes(long)).toBe(3);
  });

  it('gives at least a minute, and counts headings and list items as words read', () => {
    expect(readingMinutes(doc())).toBe(1);
    expect(readingMinutes('not a document')).toBe(1);
    const heading = { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'word '.repeat(230).trim() }] };
    const list = { type: 'bulletList', content: [{ type: 'listItem', content: [p('word '.repeat(460).trim())] }] };
    expect(readingMinutes(doc(heading, list))).toBe(3);
  });

  it('checks link addresses as TipTap does, with the pattern compiled once', () => {
    const urls = [...HREF_PAYLOADS, '', 'https://example.org/x', 'HTTP://X', '/news', 'mailto:a@b.c', 'tel:123', ' java\u00a0script:x', 'foo:bar', 'a1:b', 'x+y.z-w', '#top', '\u3000https://x'];
    for (const url of urls) expect(isAllowedLink(url), url).toBe(!!isAllowedUri(url));
  });
});

describe('the opening of a story without a standfirst', () => {
  it('is its first paragraph with words, whole when short', () => {
    const heading = { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Not this' }] };
    const broken = { type: 'paragraph', content: [{ type: 'text', text: 'The quay' }, { type: 'hardBreak' }, { type: 'text', text: 'reopened.', marks: [{ type: 'bold' }] }] };
    expect(openingParagraph(doc(heading, { type: 'paragraph' }, broken, p('Second paragraph.')))).toBe('The quay reopened.');
    expect(openingParagraph(doc(heading))).toBe('');
    expect(openingParagraph('not json')).toBe('');
  });

  it('is cut at a word within 160 characters, marked with an ellipsis', () => {
    const long = 'The harbour board voted on Tuesday night to extend the ferry timetable through the winter months, a decision that fishermen, traders and the lifeboat crew had asked for since spring.';
    const opening = openingParagraph(doc(p(long)));
    expect(opening.length).toBeLessThanOrEqual(160);
    expect(opening).toBe('The harbour board voted on Tuesday night to extend the ferry timetable through the winter months, a decision that fishermen, traders and the lifeboat crew had…');
    // One word longer than the limit is cut inside it rather than left empty.
    expect(openingParagraph(doc(p('x'.repeat(400))))).toBe(`${'x'.repeat(159)}…`);
  });
});
