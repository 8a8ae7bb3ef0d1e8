import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { PAGE_SIZE } from '@/lib/routes';
import { parseSearchParams, SEARCH_MESSAGES } from '@/lib/search/params';
import { COUNT_BOUND, searchArticles, searchEngine, SEARCH_NOTICES } from '@/lib/search/search';
import { searchTerms } from '@/lib/search/terms';
import { MAX_QUERY_LENGTH } from '@/lib/search/terms';
import { HOSTILE_QUERIES } from '../support/hostile-queries';
import { createAuthor, createSection, createTag, minutesFromNow } from './factories';

// Runs on SQLite by default and on PostgreSQL with DATABASE_URL=postgresql://…: both engines answer the same
// contract. Other test files share the database, so every story here carries invented words no other story has.

/** A word no other story contains: letters only, so every tokenizer keeps it whole. */
const word = () =>
  'zq' +
  randomUUID()
    .replace(/-/g, '')
    .slice(0, 10)
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!);

const doc = (...paragraphs: string[]) =>
  JSON.stringify({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

type Story = {
  sectionId: string;
  headline: string;
  standfirst?: string;
  body?: string;
  status?: string;
  publishedAt?: Date | null;
  authorIds?: string[];
  tagIds?: string[];
};

/** Every story this file creates, removed afterwards: later files must not meet them (a scheduled one falls due). */
const created = new Set<string>();

async function story({ sectionId, headline, standfirst = 'A standfirst.', body = doc('Body text.'), status = 'published', publishedAt = minutesFromNow(-60), authorIds = [], tagIds = [] }: Story) {
  const row = await db.article.create({
    data: {
      slug: `search-${randomUUID().slice(0, 12)}`,
      headline,
      standfirst,
      body,
      status,
      publishedAt,
      sectionId,
      authors: { create: authorIds.map((authorId, position) => ({ authorId, position })) },
      tags: { create: tagIds.map((tagId) => ({ tagId })) },
    },
  });
  created.add(row.id);
  return row;
}

async function search(params: Record<string, string>) {
  return searchArticles(parseSearchParams(params));
}

const ids = async (params: Record<string, string>) => (await search(params)).results.map((r) => r.id);

describe('reader search', () => {
  let sectionId: string;

  beforeAll(async () => {
    sectionId = (await createSection('Search news')).id;
  });

  afterAll(async () => {
    await db.article.deleteMany({ where: { id: { in: [...created] } } });
  });

  it('ranks a headline match above a newer story that has the word only in its body', async () => {
    const w = word();
    const headlineMatch = await story({ sectionId, headline: `Harbour ${w} reopens`, publishedAt: minutesFromNow(-3 * 24 * 60) });
    const bodyMatch = await story({ sectionId, headline: 'Council meets', body: doc(`The ${w} was discussed.`), publishedAt: minutesFromNow(-10) });
    const standfirstMatch = await story({ sectionId, headline: 'Quay news', standfirst: `About the ${w}.`, publishedAt: minutesFromNow(-20) });

    const found = await search({ q: w });

    expect(found.results.map((r) => r.id)).toEqual([headlineMatch.id, standfirstMatch.id, bodyMatch.id]);
    expect(found.results.map((r) => r.rank)).toEqual([3, 2, 1]);
    expect(found.total).toBe(3);
  });

  it('puts the newer story first when two match equally well', async () => {
    const w = word();
    const older = await story({ sectionId, headline: `${w} older`, publishedAt: minutesFromNow(-120) });
    const newer = await story({ sectionId, headline: `${w} newer`, publishedAt: minutesFromNow(-5) });
    const oldest = await story({ sectionId, headline: `${w} oldest`, publishedAt: minutesFromNow(-600) });

    expect(await ids({ q: w })).toEqual([newer.id, older.id, oldest.id]);
  });

  it('marks the matched words in the headline and in a snippet of the body', async () => {
    const w = word();
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(20);
    await story({
      sectionId,
      headline: `Inquiry into ${w}`,
      body: doc(filler, `Witnesses said the ${w} had been <script>alert(1)</script> ignored for years.`, filler),
    });

    const [result] = (await search({ q: w.toUpperCase() })).results;

    expect(result?.headlineParts).toEqual([
      { text: 'Inquiry into ', mark: false },
      { text: w, mark: true },
    ]);
    const marked = result!.snippet.filter((p) => p.mark).map((p) => p.text.toLowerCase());
    expect(marked).toEqual([w]);
    const text = result!.snippet.map((p) => p.text).join('');
    expect(text).toContain(`the ${w} had been`);
    // The body's characters come back as text, for React to escape; nothing is turned into markup.
    expect(text).toContain('<script>');
    expect(text.length).toBeLessThan(filler.length);
  });

  it('shows the standfirst, marked, when the match is there and not in the body', async () => {
    const w = word();
    await story({ sectionId, headline: 'Ferry timetable', standfirst: `The ${w} timetable changes.`, body: doc('Nothing here.') });

    const [result] = (await search({ q: w })).results;

    expect(result?.snippet).toEqual([
      { text: 'The ', mark: false },
      { text: w, mark: true },
      { text: ' timetable changes.', mark: false },
    ]);
  });

  it('searches tags and bylines, and reads words across formatting and paragraphs', async () => {
    const [w1, w2, w3, w4] = [word(), word(), word(), word()];
    const author = await createAuthor(`Ada ${w1}`);
    const tag = await createTag(`Topic ${w2}`);
    const body = JSON.stringify({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: w3.slice(0, 5) }, { type: 'text', text: w3.slice(5), marks: [{ type: 'bold' }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: `end${w4}` }] },
      ],
    });
    const s = await story({ sectionId, headline: 'Plain headline', body, authorIds: [author.id], tagIds: [tag.id] });

    expect(await ids({ q: w1 })).toEqual([s.id]);
    expect(await ids({ q: w2 })).toEqual([s.id]);
    expect(await ids({ q: w3 })).toEqual([s.id]);
    expect(await ids({ q: `end${w4}` })).toEqual([s.id]);
  });

  it('filters by section, author and date range', async () => {
    const w = word();
    const other = await createSection('Search sport');
    const [ada, bo] = [await createAuthor('Ada Filter'), await createAuthor('Bo Filter')];
    const jan = await story({ sectionId, headline: `${w} january`, publishedAt: new Date('2026-01-10T12:00:00Z'), authorIds: [ada.id] });
    const feb = await story({ sectionId: other.id, headline: `${w} february`, publishedAt: new Date('2026-02-10T12:00:00Z'), authorIds: [bo.id] });
    const mar = await story({ sectionId, headline: `${w} march`, publishedAt: new Date('2026-03-10T12:00:00Z'), authorIds: [ada.id, bo.id] });

    expect(await ids({ q: w })).toEqual([mar.id, feb.id, jan.id]);
    expect(await ids({ q: w, section: other.slug })).toEqual([feb.id]);
    expect(await ids({ q: w, author: ada.slug })).toEqual([mar.id, jan.id]);
    expect(await ids({ q: w, from: '2026-02-01' })).toEqual([mar.id, feb.id]);
    expect(await ids({ q: w, to: '2026-02-10' })).toEqual([feb.id, jan.id]);
    expect(await ids({ q: w, from: '2026-02-01', to: '2026-02-28' })).toEqual([feb.id]);
    expect(await ids({ q: w, section: (await db.section.findUniqueOrThrow({ where: { id: sectionId } })).slug, author: bo.slug })).toEqual([mar.id]);
  });

  it('ignores filters it cannot use, and says so', async () => {
    const w = word();
    const s = await story({ sectionId, headline: `${w} filtered` });

    const found = await search({ q: w, section: 'no-such-section', author: 'Not a slug!', from: '2026-02-31', to: 'yesterday', page: '-1' });

    expect(found.results.map((r) => r.id)).toEqual([s.id]);
    expect(found.notices).toEqual(
      expect.arrayContaining([
        SEARCH_MESSAGES.badAuthor,
        SEARCH_MESSAGES.badFrom,
        SEARCH_MESSAGES.badTo,
        SEARCH_MESSAGES.badPage,
        SEARCH_NOTICES.unknownSection('no-such-section'),
      ]),
    );
    expect((await search({ q: w, from: '2026-03-01', to: '2026-01-01' })).notices).toContain(SEARCH_MESSAGES.backwards);
  });

  it('pages through results at stable addresses without overlap', async () => {
    const w = word();
    const listed = [];
    for (let i = 0; i < PAGE_SIZE + 5; i++) {
      listed.push(await story({ sectionId, headline: `${w} item ${i}`, publishedAt: minutesFromNow(-10 - i) }));
    }

    const first = await search({ q: w });
    const second = await search({ q: w, page: '2' });
    const beyond = await search({ q: w, page: '3' });

    expect(first.total).toBe(PAGE_SIZE + 5);
    expect(first.pageCount).toBe(2);
    expect(first.results.map((r) => r.id)).toEqual(listed.slice(0, PAGE_SIZE).map((s) => s.id));
    expect(second.page).toBe(2);
    expect(second.results.map((r) => r.id)).toEqual(listed.slice(PAGE_SIZE).map((s) => s.id));
    expect(beyond.results).toEqual([]);
    expect(beyond.total).toBe(PAGE_SIZE + 5);
  });

  it('pages across ranks: the next page goes on where the last one stopped, a better rank first', async () => {
    const w = word();
    const headlines = [];
    const bodies = [];
    for (let i = 0; i < 15; i++) headlines.push(await story({ sectionId, headline: `${w} headline ${i}`, publishedAt: minutesFromNow(-100 - i) }));
    // Newer than every headline match, yet after them.
    for (let i = 0; i < 15; i++) bodies.push(await story({ sectionId, headline: `Body match ${i}`, body: doc(`About ${w}.`), publishedAt: minutesFromNow(-10 - i) }));

    const first = await search({ q: w });
    const second = await search({ q: w, page: '2' });

    const expected = [...headlines, ...bodies].map((s) => s.id);
    expect(first.results.map((r) => r.id)).toEqual(expected.slice(0, PAGE_SIZE));
    expect(second.results.map((r) => r.id)).toEqual(expected.slice(PAGE_SIZE));
    expect([...first.results, ...second.results].map((r) => r.rank)).toEqual([...Array(15).fill(3), ...Array(15).fill(1)]);
  });

  it('follows a story whose publication time changes to its new place in the order', async () => {
    const w = word();
    const older = await story({ sectionId, headline: `${w} first written`, publishedAt: minutesFromNow(-300) });
    const newer = await story({ sectionId, headline: `${w} second written`, publishedAt: minutesFromNow(-30) });
    expect(await ids({ q: w })).toEqual([newer.id, older.id]);

    await db.article.update({ where: { id: older.id }, data: { publishedAt: minutesFromNow(-5) } });
    expect(await ids({ q: w })).toEqual([older.id, newer.id]);
  });

  it('counts matches exactly up to a bound, and says only that there are more past it', async () => {
    const w = word();
    for (let i = 0; i < 5; i++) await story({ sectionId, headline: `${w} counted ${i}` });
    const count = (bound: number) => searchEngine().count(searchTerms(w), {}, new Date(), bound);

    expect(await count(10)).toBe(5);
    expect(await count(5)).toBe(5);
    // Past the bound: one more than it, however many there are.
    expect(await count(3)).toBe(4);
    const found = await search({ q: w });
    expect(found).toMatchObject({ total: 5, totalIsLowerBound: false });
    expect(COUNT_BOUND).toBeGreaterThanOrEqual(1000);
  });

  it('treats the last word as a prefix while typing, and only the last', async () => {
    const w = word();
    const other = word();
    const s = await story({ sectionId, headline: `The ${w}election result`, body: doc(`Counted by ${other}.`) });

    expect(await ids({ q: `${w}elec` })).toEqual([s.id]);
    expect(await ids({ q: `${other} ${w}e` })).toEqual([s.id]);
    expect(await ids({ q: `${w}elec ${other}` })).toEqual([]);
    expect(await ids({ q: `${w}elections` })).toEqual([]);
  });

  it('finds only stories readers can see', async () => {
    const w = word();
    const live = await story({ sectionId, headline: `${w} live` });
    const due = await story({ sectionId, headline: `${w} due`, status: 'scheduled', publishedAt: minutesFromNow(-1) });
    for (const [status, publishedAt] of [
      ['draft', null],
      ['review', null],
      ['unpublished', minutesFromNow(-60)],
      ['published', minutesFromNow(60)],
      ['scheduled', minutesFromNow(30)],
    ] as const) {
      await story({ sectionId, headline: `${w} ${status}`, status, publishedAt });
    }

    expect((await ids({ q: w })).sort()).toEqual([live.id, due.id].sort());
  });

  it('keeps the index in step with edits, unpublishing, renames and deletions', async () => {
    const [oldWord, newWord, oldTag, newTag, oldName, newName] = [word(), word(), word(), word(), word(), word()];
    const tag = await createTag(`Tag ${oldTag}`);
    const author = await createAuthor(`Writer ${oldName}`);
    const s = await story({ sectionId, headline: `Story about ${oldWord}`, tagIds: [tag.id], authorIds: [author.id] });
    expect(await ids({ q: oldWord })).toEqual([s.id]);

    await db.article.update({ where: { id: s.id }, data: { headline: `Story about ${newWord}` } });
    expect(await ids({ q: newWord })).toEqual([s.id]);
    expect(await ids({ q: oldWord })).toEqual([]);

    await db.tag.update({ where: { id: tag.id }, data: { name: `Tag ${newTag}` } });
    expect(await ids({ q: newTag })).toEqual([s.id]);
    expect(await ids({ q: oldTag })).toEqual([]);

    await db.author.update({ where: { id: author.id }, data: { name: `Writer ${newName}` } });
    expect(await ids({ q: newName })).toEqual([s.id]);
    expect(await ids({ q: oldName })).toEqual([]);

    await db.articleTag.delete({ where: { articleId_tagId: { articleId: s.id, tagId: tag.id } } });
    expect(await ids({ q: newTag })).toEqual([]);

    await db.article.update({ where: { id: s.id }, data: { status: 'unpublished' } });
    expect(await ids({ q: newWord })).toEqual([]);

    await db.article.update({ where: { id: s.id }, data: { status: 'published' } });
    expect(await ids({ q: newWord })).toEqual([s.id]);

    await db.article.delete({ where: { id: s.id } });
    expect(await ids({ q: newWord })).toEqual([]);
    expect(await ids({ q: newName })).toEqual([]);
  });

  it('searches nothing for a query without words, and cuts long queries with a notice', async () => {
    const empty = await search({ q: '  "" *** ' });
    expect(empty.terms).toEqual([]);
    expect(empty.results).toEqual([]);

    const long = parseSearchParams({ q: 'harbour '.repeat(100) });
    expect(Array.from(long.params.q).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(long.notices).toContain(SEARCH_MESSAGES.truncated);
  });

  it('finds words in other scripts', async () => {
    const s = await story({ sectionId, headline: `Выборы ${word()}`, body: doc('Результаты चुनाव परिणाम 选举结果 انتخابات') });
    const found = await ids({ q: 'चुनाव' });
    expect(found).toContain(s.id);
    expect(await ids({ q: 'انتخابات' })).toContain(s.id);
  });

  it('answers every hostile query without throwing', async () => {
    await story({ sectionId, headline: 'Harbour council meets the mayor', body: doc('Port Merrow harbour council, "quoted" words.') });
    expect(HOSTILE_QUERIES.length).toBeGreaterThanOrEqual(40);
    for (const q of HOSTILE_QUERIES) {
      const found = await search({ q, section: q, author: q, from: q, to: q, page: q });
      expect(Array.isArray(found.results), JSON.stringify(q.slice(0, 40))).toBe(true);
      expect(found.total).toBeGreaterThanOrEqual(found.results.length);
    }
    await expect(db.article.count()).resolves.toBeGreaterThan(0);
  });
});
