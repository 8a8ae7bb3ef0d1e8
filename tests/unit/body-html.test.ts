import { describe, expect, it } from 'vitest';
import { type BodyDocument, parseBody, renderBodyHtml } from '@/lib/articles/body';
import { cleanBody } from '@/lib/articles/body-clean';
import { bodyHtml, LINK_MAX_LENGTH, readerHref } from '@/lib/articles/body-html';
import { fakeImages } from '../support/input-paths';
import { ordinaryBody, PATHOLOGICAL } from '../support/pathological';
import { oldRender, sanitizeBodyHtml } from '../support/readers-allow-list';
import { HREF_PAYLOADS, HTML_PAYLOADS, hostileBodyDocument } from '../support/xss-payloads';

const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const link = (href: string) => ({ type: 'link', attrs: { href } });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const listOf = (type: string, attrs?: object) => ({ type, ...(attrs ? { attrs } : {}), content: [{ type: 'listItem', content: [paragraph(text('item'))] }] });

/** Every node type and mark the editor can save, in the combinations it saves them. */
const EVERY_KIND = {
  type: 'doc',
  content: [
    paragraph(
      text('Plain & <angled> "quoted" \'single\' '),
      text('bold', [{ type: 'bold' }]),
      text('linked italic', [{ type: 'italic' }, link('/x?a=1&b="2"')]),
      text('all four', [{ type: 'strike' }, { type: 'bold' }, link('https://example.org/a'), { type: 'italic' }]),
      { type: 'hardBreak' },
      text('mail', [link('mailto:desk@example.org')]),
    ),
    { type: 'paragraph' },
    ...[2, 3, 4].map((level) => ({ type: 'heading', attrs: { level }, content: [text(`Level ${level}`)] })),
    { type: 'blockquote', content: [paragraph(text('Quoted'))] },
    listOf('bulletList'),
    listOf('orderedList', { start: 1 }),
    listOf('orderedList', { start: 7 }),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('outer')), listOf('orderedList', { start: 2 })] }] },
    { type: 'horizontalRule' },
    { type: 'figure', attrs: { imageId: 'a', src: '/media/a.jpg', alt: 'A "pier" & <sea>', caption: 'Dawn <b>', credit: 'Staff & co', width: 800, height: 600 } },
    { type: 'figure', attrs: { imageId: 'b', src: '/media/b.jpg', alt: 'B', caption: '', credit: 'Only a credit', width: 1200, height: 675 } },
    { type: 'figure', attrs: { imageId: 'c', src: '/media/c.jpg', alt: 'C', caption: '', credit: '', width: 640, height: 480 } },
    { type: 'pullQuote', content: [text('Said '), text('loudly', [{ type: 'bold' }, { type: 'italic' }])] },
    { type: 'embed', attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } },
    { type: 'embed', attrs: { provider: 'x', url: 'https://x.com/desk/status/12345' } },
    { type: 'embed', attrs: { provider: 'instagram', url: 'https://www.instagram.com/p/abc_12/' } },
  ],
};

/** The body as the save path leaves it: the only form the old renderer was ever given. */
async function saved(document: unknown): Promise<BodyDocument> {
  const cleaned = await cleanBody(typeof document === 'string' ? document : JSON.stringify(document), fakeImages);
  if (!cleaned.ok) throw new Error(cleaned.message);
  return parseBody(cleaned.json);
}

describe("readers' HTML for a body", () => {
  it('is what TipTap and the allow-list wrote, for every kind of node and an ordinary story', async () => {
    for (const document of [EVERY_KIND, ordinaryBody(20_000), ordinaryBody(300_000), hostileBodyDocument()]) {
      const body = await saved(document);
      expect(bodyHtml(body)).toBe(oldRender(body));
    }
  });

  it('is what TipTap and the allow-list wrote for every saved entry of the pathological corpus', async () => {
    for (const entry of PATHOLOGICAL) {
      const body = await saved(entry.json).catch(() => null);
      if (body) expect(bodyHtml(body), entry.name).toBe(oldRender(body));
    }
  });

  it('passes the allow-list unchanged, even for documents that never went through the save path', () => {
    const forged = [
      hostileBodyDocument(),
      { type: 'doc', content: HREF_PAYLOADS.map((href) => paragraph(text('link', [link(href)]))) },
      { type: 'doc', content: HTML_PAYLOADS.map((payload) => ({ type: payload, attrs: { class: payload, level: payload, start: payload }, content: [text(payload)] })) },
      {
        type: 'doc',
        content: [
          { type: 'figure', attrs: { src: '/media/../etc/passwd', alt: '"><x', width: '1" onload="x', height: -5, caption: '<script>' } },
          { type: 'figure', attrs: { src: '/media/ok.jpg', alt: null, width: 'wide', height: null } },
          { type: 'heading', attrs: { level: 1 }, content: [text('one')] },
          { type: 'heading', attrs: { level: '9' }, content: [text('nine')] },
          { type: 'orderedList', attrs: { start: 'x' }, content: [{ type: 'listItem', content: [paragraph(text('i'))] }] },
          { type: 'embed', attrs: { url: 'javascript:alert(1)' } },
          paragraph(text('no href', [{ type: 'link' }]), text('many', [{ type: 'made-up' }, { type: 'bold' }, { type: 'bold' }])),
        ],
      },
    ];
    for (const document of forged) {
      const html = renderBodyHtml(JSON.stringify(document));
      expect(sanitizeBodyHtml(html)).toBe(html);
    }
  });

  it('keeps the words of a node it does not know and of a link it will not write', () => {
    const html = renderBodyHtml(
      JSON.stringify({ type: 'doc', content: [{ type: 'script', content: [text('kept as words')] }, paragraph(text('and these', [link('javascript:alert(1)')]))] }),
    );
    expect(html).toBe('kept as words<p>and these</p>');
  });

  it('follows only http(s), mailto and site paths, and no address longer than browsers take', () => {
    for (const href of ['/news/a', 'https://example.org/a?b=c#d', 'HTTP://X', 'mailto:a@b.c', '#top', 'page.html', 'javascript&colon;x']) {
      expect(readerHref(href), href).toBe(href);
    }
    for (const href of ['javascript:x', ' java\tscript:x', '//evil.example', '\\\\evil', 'data:text/html,x', 'ftp://x', 'tel:1', '/a<!--x-->', '']) {
      expect(readerHref(href), href).toBeNull();
    }
    expect(readerHref(`/${'a'.repeat(LINK_MAX_LENGTH - 1)}`)).not.toBeNull();
    expect(readerHref(`/${'a'.repeat(LINK_MAX_LENGTH)}`)).toBeNull();
  });

  // The serializer exists because TipTap's static renderer and a second pass of sanitize-html cost a body of
  // 10,000 links four times an ordinary story of its size. When this fails, TipTap has caught up: go back to it.
  it('is still needed: the old way costs a body of 10,000 links several times what this does', async () => {
    const body = await saved(PATHOLOGICAL.find((entry) => entry.name === '10,000 links')!.json);
    const time = (render: (body: BodyDocument) => string) => {
      render(body);
      const start = performance.now();
      for (let i = 0; i < 3; i++) render(body);
      return performance.now() - start;
    };
    expect(time(oldRender)).toBeGreaterThan(3 * time(bodyHtml));
  });
});
