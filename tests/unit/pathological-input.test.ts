import { XMLValidator } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { BODY_MAX_DEPTH, BODY_MAX_NODES, type BodyNode, bodyText, DESCRIPTION_CHARS, readingMinutes, renderBodyHtml } from '@/lib/articles/body';
import { BODY_TOO_COMPLEX, BODY_TOO_LARGE, cleanBody } from '@/lib/articles/body-clean';
import { cleanPastedHtml } from '@/lib/articles/paste.shared';
import { renderStory } from '@/lib/articles/rendered';
import { DIFF_MAX_EDITS, diffSnapshots, TOO_DIFFERENT } from '@/lib/articles/revision-diff';
import { BIO_FAR_TOO_LONG, BIO_RAW_MAX, createAuthorSchema, updateAuthorSchema } from '@/lib/authors/schemas';
import { renderFeed } from '@/lib/feeds/render';
import { parseSearchParams, SEARCH_MESSAGES } from '@/lib/search/params';
import { MAX_QUERY_LENGTH, MAX_TERMS, searchTerms } from '@/lib/search/terms';
import { diffBodies, fakeImages, feedWithStory, snapshotWith } from '../support/input-paths';
import { DIFFERENT_EVERYWHERE, ordinaryRevision, PATHOLOGICAL, reorderedBodies } from '../support/pathological';

// Every path answers these inputs in milliseconds (a few hundred at most, for 10,000 links); the old code took
// seconds to hours. The guards sit an order of magnitude above the fix, so a machine busy with browser tests
// passes (2 s did not, once) and a quadratic regression fails.
const GUARD_MS = 5_000;
const SITE = { kind: 'site', slug: null } as const;
// A revision diff reads two 1 MB texts and then gives up by its own clock (a second): more room, same point.
const DIFF_GUARD_MS = 10_000;

async function timed<T>(run: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

const ALLOWED_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'strong', 'em', 's', 'a', 'blockquote', 'ul', 'ol', 'li', 'br', 'hr', 'figure', 'img', 'figcaption', 'span', 'aside', 'div']);

function depthOf(nodes: BodyNode[] | undefined): number {
  return nodes?.length ? 1 + Math.max(...nodes.map((n) => depthOf(n.content))) : 0;
}

describe.each(PATHOLOGICAL)('$name', (entry) => {
  it('is saved quickly, within the limits, or refused with a message', async () => {
    const { result, ms } = await timed(() => cleanBody(entry.json, fakeImages));
    expect(ms).toBeLessThan(GUARD_MS);
    if (!result.ok) return expect([BODY_TOO_LARGE, BODY_TOO_COMPLEX]).toContain(result.message);
    expect(depthOf(result.body.content)).toBeLessThanOrEqual(BODY_MAX_DEPTH);
    const saved = bodyText(result.json);
    expect(saved).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    for (const node of result.body.content ?? []) {
      for (const text of node.content ?? []) expect(new Set(text.marks?.map((m) => m.type)).size).toBe(text.marks?.length ?? 0);
    }
  });

  it('reads as plain text and a reading time quickly', async () => {
    const { result: text, ms } = await timed(() => bodyText(entry.json));
    const minutes = await timed(() => readingMinutes(entry.json));
    expect(ms + minutes.ms).toBeLessThan(GUARD_MS);
    // One line per paragraph: none blank, none ending in spaces or tabs.
    expect(text).toBe(text.trim());
    expect(text === '' || text.split('\n').every((line) => line !== '' && !/[ \t]$/.test(line))).toBe(true);
    expect(minutes.result).toBe(Math.max(1, Math.round(text.split(/\s+/).filter(Boolean).length / 230)));
  });

  it('renders sane HTML quickly (once at save, and for a row another renderer stored)', async () => {
    const { result: html, ms } = await timed(() => renderBodyHtml(entry.json));
    expect(ms).toBeLessThan(GUARD_MS);
    const elements = DomUtils.findAll(() => true, parseDocument(html).children);
    for (const element of elements) expect(ALLOWED_TAGS.has(element.name), element.name).toBe(true);
    expect(elements.length).toBeLessThanOrEqual(2 * BODY_MAX_NODES);
    expect(html).not.toMatch(/<(script|style|!--)/i);
  });

  it('renders in the feeds quickly, as well-formed XML', async () => {
    // Save renders the story once (a row from another renderer is rendered when read, the same way).
    const { result: feed, ms } = await timed(() => feedWithStory(renderStory(entry.json)));
    const atom = await timed(() => renderFeed(feed, SITE, 'atom', 'full'));
    expect(ms + atom.ms).toBeLessThan(GUARD_MS);
    expect(XMLValidator.validate(atom.result)).toBe(true);
    expect(XMLValidator.validate(renderFeed(feed, SITE, 'rss', 'full'))).toBe(true);
    expect(feed.items[0]!.summary.length).toBeLessThanOrEqual(DESCRIPTION_CHARS);
  });

  it('is cleaned quickly when pasted into the editor', async () => {
    const { result: cleaned, ms } = await timed(() => cleanPastedHtml(entry.html));
    expect(ms).toBeLessThan(GUARD_MS);
    // Cleaning only removes, apart from closing what the paste left open (a closing is one character longer than
    // its opening at most, so "<b>" ×N can at most add "</b>" ×N).
    expect(cleaned.length).toBeLessThanOrEqual(3 * entry.html.length);
    expect(cleaned).not.toMatch(/\s(?:style|class|dir)=["']/i);
  });

  it('is refused as a bio before it is tidied, with a message that says why', async () => {
    for (const schema of [createAuthorSchema, updateAuthorSchema]) {
      const { result, ms } = await timed(() => schema.safeParse({ authorId: 'a1', name: 'Ada Reporter', bio: entry.text }));
      expect(ms).toBeLessThan(GUARD_MS);
      expect(entry.text.length).toBeGreaterThan(BIO_RAW_MAX);
      expect(result.error?.issues.map((i) => i.message)).toEqual([BIO_FAR_TOO_LONG]);
    }
  });

  it('is searched for quickly, cut to the query limit, as words only', async () => {
    const { result: request, ms } = await timed(() => parseSearchParams({ q: entry.text }));
    const terms = searchTerms(request.params.q);
    expect(ms).toBeLessThan(GUARD_MS);
    expect(Array.from(request.params.q).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    if (entry.text.trim()) expect(request.notices).toContain(SEARCH_MESSAGES.truncated);
    expect(terms.length).toBeLessThanOrEqual(MAX_TERMS);
    for (const term of terms) expect(term).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
  });
});

describe('what a reader or editor sees of pathological input', () => {
  const entry = (name: string) => PATHOLOGICAL.find((e) => e.name.startsWith(name))!;

  it('keeps a long run of spaces inside a line, and drops it at the end of one', () => {
    expect(bodyText(entry('200,000 spaces').json)).toBe(`start${' '.repeat(200_000)}end`);
    expect(bodyText(JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `end${' \t'.repeat(100_000)}` }] }] }))).toBe('end');
    expect(feedWithStory(renderStory(entry('200,000 spaces').json)).items[0]!.summary).toBe('start end');
  });

  it('drops what lies deeper than the schema allows, on save and on render', async () => {
    const saved = await cleanBody(entry('quotes nested').json, fakeImages);
    expect(saved.ok).toBe(true);
    expect(renderBodyHtml(entry('quotes nested').json)).toBe(`${'<blockquote>'.repeat(BODY_MAX_DEPTH)}${'</blockquote>'.repeat(BODY_MAX_DEPTH)}`);
    // A list level is two nodes deep (list, item) under the first level's one: five items' paragraphs fit in twelve.
    expect(bodyText(entry('lists nested').json)).toBe(Array(5).fill('item').join('\n'));
  });

  it('keeps one mark of each kind on a text', async () => {
    const saved = await cleanBody(entry('one word under').json, fakeImages);
    expect(saved.ok && saved.body.content?.[0]?.content?.[0]?.marks).toEqual([
      { type: 'bold' },
      { type: 'italic' },
      { type: 'strike' },
      { type: 'link', attrs: { href: 'https://example.org/3' } },
    ]);
    expect(renderBodyHtml(entry('one word under').json)).toBe('<p><a href="https://example.org/3" rel="noopener noreferrer"><strong><em><s>marked</s></em></strong></a></p>');
  });

  it('refuses a body of more nodes than the limit with a message, and renders only that many', async () => {
    const many = JSON.stringify({ type: 'doc', content: Array.from({ length: BODY_MAX_NODES + 1 }, () => ({ type: 'horizontalRule' })) });
    expect(await cleanBody(many, fakeImages)).toEqual({ ok: false, message: BODY_TOO_COMPLEX });
    expect(renderBodyHtml(many).match(/<hr \/>|<hr>|<hr\/>/g)).toHaveLength(BODY_MAX_NODES);
    expect((await cleanBody(entry('10,000 empty paragraphs').json, fakeImages)).ok).toBe(true);
  });

  it('removes control characters on save and shows RTL text and combining marks as written', async () => {
    const saved = await cleanBody(entry('NUL and control').json, fakeImages);
    expect(saved.ok && bodyText(saved.json)).toBe('\u0085\u200b\ufeff\ud800x'.repeat(20_000));
    expect(renderBodyHtml(entry('a letter with').json)).toBe(`<p>a${'\u0315\u0301\u0316'.repeat(3_334)}</p>`);
    expect(bodyText(entry('RTL text').json)).toContain('\u202Eمرحبا بالعالم\u202C');
  });

  it('reads unclosed comments and blocks as a browser does (to the end: nothing is left), and unwraps a closed Docs paste', () => {
    expect(cleanPastedHtml(entry('unclosed <!--').html)).toBe('');
    expect(cleanPastedHtml(entry('unclosed <style>').html)).toBe('');
    expect(cleanPastedHtml(`${'<!--'.repeat(50_000)}-->`)).toBe('');
    // 16,000 nested wrappers: the Docs one unwrapped, 100 levels kept (the editor keeps 12), the text kept.
    expect(cleanPastedHtml(`${entry('Google Docs').html}</b>`)).toBe(`${'<b>'.repeat(100)}text${'</b>'.repeat(100)}`);
  });

  it('searches for a letter under a pile of combining marks as that letter with at most 30 of them', () => {
    const { q } = parseSearchParams({ q: entry('a letter with').text }).params;
    expect(q.normalize('NFD')).toMatch(/^a\p{M}{30}$/u);
    expect(searchTerms(q)).toEqual([q]);
  });

  it('tidies a bio within the raw limit whatever its white space', () => {
    const bio = `First line${' '.repeat(BIO_RAW_MAX - 100)}\r\n\r\n\r\n\r\nSecond paragraph \t`;
    expect(createAuthorSchema.parse({ name: 'Ada Reporter', bio }).bio).toBe('First line\n\nSecond paragraph');
    const wide = `a${' '.repeat(BIO_RAW_MAX - 10)}b`;
    expect(createAuthorSchema.safeParse({ name: 'Ada Reporter', bio: wide }).error?.issues[0]?.message).toMatch(/at most 2,000 characters/);
  });
});

describe('comparing revisions of pathological bodies', () => {
  it('says two different 1 MB bodies are too different to compare word by word', async () => {
    const { result, ms } = await timed(() => diffBodies(DIFFERENT_EVERYWHERE.older, DIFFERENT_EVERYWHERE.newer));
    expect(ms).toBeLessThan(DIFF_GUARD_MS);
    expect(result).toEqual([{ field: 'body', label: 'Text', parts: null }]);
    expect(TOO_DIFFERENT).toBe('Too different to compare word by word.');
  });

  it('says two 1 MB texts differing everywhere are too different to compare word by word', async () => {
    const { olderText, newerText } = DIFFERENT_EVERYWHERE;
    const { result, ms } = await timed(() => diffSnapshots(snapshotWith('', olderText), snapshotWith('', newerText)));
    expect(ms).toBeLessThan(DIFF_GUARD_MS);
    expect(result).toEqual([{ field: 'standfirst', label: 'Standfirst', parts: null }]);
  });

  it('says two 1 MB bodies of the same words in another order are too different, without searching for long', async () => {
    const { older, newer } = reorderedBodies();
    const { result, ms } = await timed(() => diffBodies(older, newer));
    expect(ms).toBeLessThan(DIFF_GUARD_MS);
    expect(result).toEqual([{ field: 'body', label: 'Text', parts: null }]);
  });

  it('still compares an ordinary 1 MB revision word by word', async () => {
    const { older, newer } = ordinaryRevision(1_000_000);
    const { result, ms } = await timed(() => diffBodies(older, newer));
    expect(ms).toBeLessThan(DIFF_GUARD_MS);
    const parts = result[0]!.parts!;
    expect(parts.filter((p) => p.added).map((p) => p.value).join(' ')).toContain('An editor rewrote this paragraph');
    // Five paragraphs changed: a few dozen runs of words, not one per word of a 1 MB text.
    expect(parts.some((p) => p.removed)).toBe(true);
    expect(parts.length).toBeLessThan(200);
  });

  it('compares a rewrite word by word up to the limit of changed words, and calls it too different past it', () => {
    const words = (count: number, word: string) => Array.from({ length: count }, (_, i) => `${word}${i}`).join(' ');
    const rewrite = (changed: number) => diffSnapshots(snapshotWith('', words(2_000, 'kept')), snapshotWith('', `${words(changed, 'new')} ${words(2_000, 'kept').split(' ').slice(changed).join(' ')}`));
    // Each rewritten word is one removal and one addition: the limit counts both.
    const within = rewrite(DIFF_MAX_EDITS / 2 - 10)[0]!.parts!;
    expect(within.filter((p) => p.added).map((p) => p.value).join(' ')).toContain('new0');
    expect(rewrite(DIFF_MAX_EDITS / 2 + 10)).toEqual([{ field: 'standfirst', label: 'Standfirst', parts: null }]);
  });
});
