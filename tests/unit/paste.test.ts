import { describe, expect, it } from 'vitest';
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
