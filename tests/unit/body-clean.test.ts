import { parseDocument, DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { renderBodyHtml } from '@/lib/articles/body';
import { cleanBody } from '@/lib/articles/body-clean';
import { HREF_PAYLOADS, HTML_PAYLOADS, hostileBodyDocument } from '../support/xss-payloads';

const noImages = async () => new Map();
const images = async (ids: string[]) => new Map(ids.map((id) => [id, { src: `/media/${id}.jpg`, width: 800, height: 600, alt: 'Alt', caption: '', credit: '' }]));

describe('the body save path', () => {
  it('lets nothing executable through, whatever the document carries', async () => {
    const cleaned = await cleanBody(JSON.stringify(hostileBodyDocument()), images);
    expect(cleaned.ok).toBe(true);
    const html = renderBodyHtml(cleaned.ok ? cleaned.json : '');
    const allowed = new Set(['p', 'h2', 'h3', 'h4', 'strong', 'em', 's', 'a', 'blockquote', 'ul', 'ol', 'li', 'br', 'hr', 'figure', 'img', 'figcaption', 'span', 'aside', 'div']);
    for (const element of DomUtils.findAll(() => true, parseDocument(html).children)) {
      expect(allowed.has(element.name), element.name).toBe(true);
      for (const [name, value] of Object.entries(element.attribs)) {
        expect(name).not.toMatch(/^on/i);
        if (name === 'href' || name === 'src') expect(value).toMatch(/^(https?:|mailto:|\/(?!\/))/);
      }
    }
    expect(html).toContain('kept as words');
  });

  it('renders every HTML payload as harmless text when a writer types it', async () => {
    for (const payload of HTML_PAYLOADS) {
      const cleaned = await cleanBody({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: payload }] }] }, noImages);
      const html = renderBodyHtml(cleaned.ok ? cleaned.json : '');
      expect(html, payload).not.toMatch(/<(script|img|svg|iframe|a |style)/i);
    }
    expect(HTML_PAYLOADS.length + HREF_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  it('keeps the structure editors use', async () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sub' }] },
        { type: 'pullQuote', content: [{ type: 'text', text: 'Said loudly' }] },
        { type: 'embed', attrs: { url: 'https://youtu.be/dQw4w9WgXcQ' } },
        { type: 'figure', attrs: { imageId: 'pic', alt: 'A pier at dawn', caption: 'The pier', credit: 'Staff' } },
      ],
    };
    const cleaned = await cleanBody(doc, images);
    const html = renderBodyHtml(cleaned.ok ? cleaned.json : '');
    expect(html).toContain('<h2>Sub</h2>');
    expect(html).toContain('<aside class="pull-quote"><p>Said loudly</p></aside>');
    expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    expect(html).toContain('<img src="/media/pic.jpg" alt="A pier at dawn" width="800" height="600"');
  });

  it('keeps a run of empty paragraphs as one, and the words around it', async () => {
    const words = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const empty = { type: 'paragraph' };
    const doc = { type: 'doc', content: [words('Before'), ...Array.from({ length: 500 }, () => empty), words('After'), empty, words('End')] };
    const cleaned = await cleanBody(doc, noImages);
    expect(cleaned.ok && cleaned.body.content).toEqual([words('Before'), empty, words('After'), empty, words('End')]);
  });

  it('holds the schema’s rules for marks and structure, checked without building the marks', async () => {
    const text = (value: string, marks?: object[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
    const link = { type: 'link', attrs: { href: 'https://example.org/' } };
    const pull = (...content: object[]) => ({ type: 'doc', content: [{ type: 'pullQuote', content }] });
    // A pull quote takes bold and italic, never a link.
    expect(await cleanBody(pull(text('Said ', [{ type: 'bold' }]), text('loudly', [{ type: 'italic' }])), noImages)).toMatchObject({ ok: true });
    expect(await cleanBody(pull(text('Said', [link])), noImages)).toMatchObject({ ok: false });
    // A heading inside a paragraph is not a document this editor can hold.
    const nested = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'heading', attrs: { level: 2 }, content: [text('Sub')] }] }] };
    expect(await cleanBody(nested, noImages)).toMatchObject({ ok: false });
    // Links and every mark in ordinary text are kept as they were sent.
    const marked = { type: 'doc', content: [{ type: 'paragraph', content: [text('See ', [{ type: 'bold' }, { type: 'italic' }]), text('the map', [link])] }] };
    const cleaned = await cleanBody(marked, noImages);
    expect(cleaned.ok && cleaned.body).toEqual(marked);
  });

  it('refuses what cannot be a body, with a message', async () => {
    expect(await cleanBody('not json', noImages)).toMatchObject({ ok: false });
    expect(await cleanBody({ type: 'paragraph' }, noImages)).toMatchObject({ ok: false });
    expect(await cleanBody({ type: 'doc', content: [{ type: 'figure', attrs: { imageId: 'gone' } }] }, noImages)).toMatchObject({ ok: false });
  });
});
