import { describe, expect, it } from 'vitest';
import type { BodyDocument } from '@/lib/articles/body';
import { BODY_HTML_TOO_LONG, bodyFromHtml, type ImageResolver } from '@/lib/import/html-body';

// An imported story's HTML as the editor's document (lib/import/html-body.ts). The picture library is a seam here
// (the integration tests bring real files into a real one): known addresses get an id, others are not found.

const library = new Map([['https://old.example/wp-content/uploads/harbour.jpg', { id: 'img-1', src: '/media/uploads/harbour.jpg', alt: 'Harbour' }]]);
const resolve: ImageResolver = async ({ url }) => library.get(url.replace(/-\d+x\d+(\.\w+)$/, '$1')) ?? null;
const lookup = async (ids: string[]) => new Map(ids.filter((id) => id === 'img-1').map((id) => [id, { id, src: '/media/uploads/harbour.jpg', alt: 'Harbour', width: 640, height: 480 }]));

async function convert(html: string) {
  const result = await bodyFromHtml(html, resolve, lookup as never);
  if (!result.ok) throw new Error(result.message);
  return { body: result.body as BodyDocument, dropped: result.droppedImages };
}
const types = (body: BodyDocument) => (body.content ?? []).map((n) => n.type);
const text = (body: BodyDocument) => JSON.stringify(body);

describe('imported HTML', () => {
  it('makes paragraphs of blank-line separated text (WordPress’s classic editor) and line breaks of single newlines', async () => {
    const { body } = await convert('First paragraph.\n\nSecond one\nwith a break.\n\n<h3>A heading</h3>');
    expect(types(body)).toEqual(['paragraph', 'paragraph', 'heading']);
    expect(body.content![1]!.content!.map((n) => n.type)).toEqual(['text', 'hardBreak', 'text']);
  });

  it('keeps the block editor’s structure and drops its comments, styling and classes', async () => {
    const { body } = await convert('<!-- wp:heading --><h1 class="big" style="color:red">Title</h1><!-- /wp:heading --><ul><li><em>one</em></li></ul>');
    expect(types(body)).toEqual(['heading', 'bulletList']);
    expect(body.content![0]!.attrs).toEqual({ level: 2 });
    expect(text(body)).not.toMatch(/wp:|color|big/);
  });

  it('turns a [caption] picture into a figure of the imported picture, with its caption', async () => {
    const { body } = await convert('[caption id="attachment_5" width="300"]<a href="x"><img src="https://old.example/wp-content/uploads/harbour-300x200.jpg" alt="Boats at dawn" /></a> The harbour[/caption]');
    expect(body.content).toEqual([
      { type: 'figure', attrs: expect.objectContaining({ imageId: 'img-1', src: '/media/uploads/harbour.jpg', alt: 'Boats at dawn', caption: 'The harbour', width: 640, height: 480 }) },
    ]);
  });

  it('leaves out a picture it cannot bring in, and says which', async () => {
    const { body, dropped } = await convert('<p>Before <img src="https://tracker.example/pixel.gif"> after</p>');
    expect(dropped).toEqual(['https://tracker.example/pixel.gif']);
    expect(text(body)).not.toContain('tracker');
    expect(text(body)).toContain('Before');
  });

  it('makes embeds of a YouTube address on its own line and of [embed]', async () => {
    const { body } = await convert('<p>https://youtu.be/dQw4w9WgXcQ</p>\n\n[embed]https://x.com/harbourgazette/status/123[/embed]');
    expect(body.content).toEqual([
      { type: 'embed', attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } },
      { type: 'embed', attrs: { provider: 'x', url: 'https://x.com/harbourgazette/status/123' } },
    ]);
  });

  it('cleans away scripts, frames, event handlers and javascript: links, keeping the words', async () => {
    const { body } = await convert('<p onclick="steal()">Hello <a href="javascript:steal()">there</a></p><script>steal()</script><iframe src="https://evil.example"></iframe><style>p{}</style>');
    expect(text(body)).not.toMatch(/steal|evil|onclick|javascript/);
    expect(text(body)).toContain('Hello ');
    expect(text(body)).toContain('there');
  });

  it('refuses HTML too long for one article', async () => {
    const result = await bodyFromHtml(`<p>${'a'.repeat(2_000_001)}</p>`, resolve, lookup as never);
    expect(result).toMatchObject({ ok: false, message: BODY_HTML_TOO_LONG });
  });

  it('takes time in proportion to its length on hostile shortcodes (an order-of-magnitude guard)', async () => {
    for (const hostile of ['[caption '.repeat(100_000), '[x '.repeat(300_000), '[embed]'.repeat(100_000)]) {
      const started = performance.now();
      await bodyFromHtml(hostile, resolve, lookup as never);
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });
});
