import { describe, expect, it } from 'vitest';
import { HTML_PAYLOADS } from '../support/xss-payloads';
import { cleanPastedHtml } from '@/lib/articles/paste.shared';

describe('pasting from word processors', () => {
  it('keeps the structure of a Google Docs paste and drops its bold wrapper and styles', () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><h1 style="line-height:1.38"><span style="font-size:20pt">Title</span></h1><p dir="ltr"><span style="font-weight:700">Bold</span> text</p><ul><li><p>One</p></li></ul></b>';
    const cleaned = cleanPastedHtml(html);
    expect(cleaned).toBe('<h2><span>Title</span></h2><p><span>Bold</span> text</p><ul><li><p>One</p></li></ul>');
  });

  it('removes Word markup: comments, Office tags and classes', () => {
    const html = '<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--><p class="MsoNormal">Hello<o:p></o:p></p><h6>Small</h6>';
    expect(cleanPastedHtml(html)).toBe('<p>Hello</p><h4>Small</h4>');
  });
});

describe('pasting from a hostile page', () => {
  it('drops everything that could run or load something before the editor parses the paste', () => {
    for (const payload of HTML_PAYLOADS) {
      const cleaned = cleanPastedHtml(payload);
      expect(cleaned, payload).not.toMatch(/<(script|iframe|object|embed|svg|math|style|link|meta|base|form|input|video|audio|template|noscript)\b/i);
      expect(cleaned, payload).not.toMatch(/\son[a-z]+\s*=/i);
      expect(cleaned, payload).not.toMatch(/(href|src|action)="\s*(javascript|data|vbscript):/i);
    }
  });

  it('keeps a picture only from the site’s media library, so pasting never fetches another site’s', () => {
    expect(cleanPastedHtml('<p>a<img src="https://tracker.example/pixel.gif" alt="x">b</p>')).toBe('<p>ab</p>');
    expect(cleanPastedHtml('<figure data-image-id="i1"><img src="/media/2026/12/pier.jpg" alt="Pier"></figure>')).toBe(
      '<figure data-image-id="i1"><img src="/media/2026/12/pier.jpg" alt="Pier"></figure>',
    );
  });

  it('keeps links, text and structure, written as text where the paste had markup-like characters', () => {
    expect(cleanPastedHtml('<p>Fish &amp; chips &lt;3 <a href="https://example.org/a?b=1&amp;c=2">here</a></p>')).toBe(
      '<p>Fish &amp; chips &lt;3 <a href="https://example.org/a?b=1&amp;c=2">here</a></p>',
    );
  });
});
