// Input that costs a careless text function far more than its size: long runs of spaces with no line end after
// them, one enormous word, thousands of empty or nested nodes, unclosed comments and tags, piles of combining
// marks, control characters. Each entry comes in the shapes the site receives text in: the editor's saved
// document (TipTap JSON), HTML pasted into the editor, and plain text typed into a field (a bio, a search box).
// Shared by tests/unit/pathological-input.test.ts and scripts/bench-input.ts, which measures each path on the
// worst entry against an ordinary story of the same size (ordinaryBody and friends, below).
import type { BodyDocument, BodyNode } from '@/lib/articles/body';

export type PathologicalEntry = {
  name: string;
  /** The editor's saved form as it travels and is stored (JSON text); every entry fits the 1 MB the save path accepts. */
  json: string;
  /** The same shape as HTML pasted into the editor. */
  html: string;
  /** The same run as plain text typed into a field. */
  text: string;
};

/** A little under the save path's 1,000,000 characters, so the largest entries are saved, not refused. */
export const NEAR_LIMIT = 990_000;

const text = (value: string, marks?: BodyNode['marks']): BodyNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', ...(content.length ? { content } : {}) });
const doc = (...content: BodyNode[]): BodyDocument => ({ type: 'doc', content });
const oneParagraph = (value: string) => JSON.stringify(doc(paragraph(text(value))));

// Nested documents are written as text: JSON.stringify itself recurses, and gives up a few thousand levels down.
const DEEPEST = JSON.stringify(paragraph(text('deepest')));

/** `levels` lists, each the second child of the only item of the one above. */
function nestedListsJson(levels: number): string {
  const open = `{"type":"bulletList","content":[{"type":"listItem","content":[${JSON.stringify(paragraph(text('item')))},`;
  return `{"type":"doc","content":[${open.repeat(levels)}${DEEPEST}${']}]}'.repeat(levels)}]}`;
}

const nestedQuotesJson = (levels: number) =>
  `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(levels)}${DEEPEST}${']}'.repeat(levels)}]}`;

const MARK_TYPES = ['bold', 'italic', 'strike', 'link'] as const;
const manyMarks = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const type = MARK_TYPES[i % MARK_TYPES.length]!;
    return type === 'link' ? { type, attrs: { href: `https://example.org/${i}` } } : { type };
  });

const spaces = 'start' + ' '.repeat(200_000) + 'end';
const spacesAndTabs = 'start' + ' \t'.repeat(100_000) + 'end';
const oneWord = 'a'.repeat(NEAR_LIMIT - 100);
// A letter with 10,000 combining marks in falling canonical order (232, 230, 220): Unicode normalisation must
// sort them, which naive code does by insertion.
const combining = 'a' + '\u0315\u0301\u0316'.repeat(3_334);
const rtl = ('\u202Eمرحبا بالعالم\u202C \u05E9\u05DC\u05D5\u05DD \u200F\u2067عربي\u2069 ').repeat(5_000);
const commentedHref = '/' + '<!---->'.repeat(140_000);
const controls = '\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u007f\u0085\u200b\ufeff\ud800x'.repeat(20_000);

export const PATHOLOGICAL: readonly PathologicalEntry[] = [
  { name: '200,000 spaces, no line end', json: oneParagraph(spaces), html: `<p>${spaces}</p>`, text: spaces },
  { name: 'spaces and tabs alternating', json: oneParagraph(spacesAndTabs), html: `<p>${spacesAndTabs}</p>`, text: spacesAndTabs },
  { name: '1 MB single word', json: oneParagraph(oneWord), html: oneWord, text: oneWord },
  {
    name: '10,000 empty paragraphs',
    json: JSON.stringify(doc(...Array.from({ length: 10_000 }, () => paragraph()))),
    html: '<p></p>'.repeat(10_000),
    text: '\n'.repeat(10_000),
  },
  {
    name: '10,000 hard breaks between spaces',
    json: JSON.stringify(doc(paragraph(...Array.from({ length: 10_000 }, () => [text('  '), { type: 'hardBreak' }]).flat()))),
    html: '<p>' + '  <br>'.repeat(10_000) + '</p>',
    text: ' \r\n'.repeat(10_000),
  },
  {
    name: 'lists nested 5,000 deep',
    json: nestedListsJson(5_000),
    html: '<ul><li>'.repeat(5_000) + 'deepest' + '</li></ul>'.repeat(5_000),
    text: '- '.repeat(5_000) + 'deepest',
  },
  {
    name: 'quotes nested 10,000 deep',
    json: nestedQuotesJson(10_000),
    html: '<blockquote>'.repeat(10_000) + 'deepest',
    text: '> '.repeat(10_000) + 'deepest',
  },
  {
    name: 'one word under 10,000 marks',
    json: JSON.stringify(doc(paragraph(text('marked', manyMarks(10_000))))),
    html: '<b><i><s>'.repeat(10_000) + 'marked',
    text: '**_'.repeat(10_000) + 'marked',
  },
  {
    name: '10,000 links',
    json: JSON.stringify(doc(paragraph(...Array.from({ length: 10_000 }, (_, i) => text('word ', [{ type: 'link', attrs: { href: `/n/${i}` } }]))))),
    html: Array.from({ length: 10_000 }, (_, i) => `<a href="https://example.org/${i}">word</a> `).join(''),
    text: 'https://example.org/ '.repeat(10_000),
  },
  {
    name: '10,000 spans',
    json: JSON.stringify(doc(paragraph(text('<span>'.repeat(10_000))))),
    html: '<span style="font-weight:700">'.repeat(10_000) + 'text',
    text: '<span>'.repeat(10_000),
  },
  { name: 'unclosed <!-- ×50,000', json: oneParagraph('<!--'.repeat(50_000)), html: '<!--'.repeat(50_000), text: '<!--'.repeat(50_000) },
  { name: 'unclosed <style> ×50,000', json: oneParagraph('<style>'.repeat(50_000)), html: '<style>'.repeat(50_000), text: '<style>'.repeat(50_000) },
  {
    name: 'Office and meta tags without ">"',
    json: oneParagraph('<o:p <meta <font <w:x '.repeat(20_000)),
    html: '<o:p <meta <font <w:x '.repeat(20_000),
    text: '<o:p <meta <font <w:x '.repeat(20_000),
  },
  {
    name: 'Google Docs wrapper repeated, never closed',
    json: oneParagraph('<b id="docs-internal-guid-1">'.repeat(20_000)),
    html: '<b style="font-weight:normal;" id="docs-internal-guid-1">'.repeat(16_000) + '<p>text</p>',
    text: '<b id="docs-internal-guid-1">'.repeat(20_000),
  },
  {
    name: 'attributes with unclosed quotes',
    json: oneParagraph(' style="'.repeat(50_000)),
    html: '<p' + " style='x".repeat(30_000) + ' class="y'.repeat(30_000),
    text: ' style="'.repeat(50_000),
  },
  {
    // sanitize-html looked for HTML comments hiding a scheme by cutting them out one at a time: 64,000 cost 12 s.
    name: 'a link address of 140,000 empty comments',
    json: JSON.stringify(doc(paragraph(text('link', [{ type: 'link', attrs: { href: commentedHref } }])))),
    html: `<p><a href="${commentedHref}">link</a></p>`,
    text: commentedHref,
  },
  { name: 'RTL text and bidi controls', json: oneParagraph(rtl), html: `<p dir="rtl">${rtl}</p>`, text: rtl },
  { name: 'a letter with 10,000 combining marks', json: oneParagraph(combining), html: `<p>${combining}</p>`, text: combining },
  { name: 'NUL and control characters', json: oneParagraph(controls), html: `<p>${controls}</p>`, text: controls },
];

/** Words for two texts with nothing in common, so a word diff has to change every one of them. */
const wordsOf = (letter: string, bytes: number) => `${letter}${letter} `.repeat(Math.floor(bytes / 3));

/** Two ~1 MB bodies (saved JSON), and the same as plain text: what comparing revisions of a rewritten story gets. */
export const DIFFERENT_EVERYWHERE = {
  older: oneParagraph(wordsOf('a', NEAR_LIMIT - 100)),
  newer: oneParagraph(wordsOf('b', NEAR_LIMIT - 100)),
  olderText: wordsOf('a', 1_000_000),
  newerText: wordsOf('b', 1_000_000),
};

// An ordinary story: prose paragraphs, a sub-heading now and then, emphasis and a link in some paragraphs, a short
// list. Sentences are put together from parts by a seeded generator, so a long story does not repeat itself (a text
// that repeats at a fixed period is a hard case for a word diff, not an ordinary one) and every run is the same.
const SUBJECTS = [
  'The harbour board', 'Port Merrow council', 'The ferry operator', 'A group of residents', 'The county planning office',
  'Local fishing crews', 'The lifeboat station', 'Shopkeepers on Quay Street', 'The regional health trust', 'Parents at Merrow Primary',
  'The coastguard', 'A spokesperson for the rail company', 'The new harbourmaster', 'Volunteers from the museum', 'Councillor Maren Tolley',
];
const VERBS = [
  'agreed on Tuesday to review', 'has asked for a delay to', 'voted narrowly against', 'set out new plans for', 'raised concerns about',
  'published a report on', 'will hold a public meeting about', 'called for an inquiry into', 'welcomed the decision on', 'has begun work on',
];
const OBJECTS = [
  'the future of the old fish market', 'repairs to the eastern sea wall', 'the cost of the new bus lane', 'parking charges near the beach',
  'the closure of the coast road', 'moorings at the western pier', 'the summer ferry timetable', 'flood defences along the estuary',
  'a second crossing over the river', 'the sale of the customs house', 'school places for next September', 'the winter night shelter',
];
const TAILS = [
  'after months of talks with the county', 'despite objections from several traders', 'before the consultation closes in June',
  'at a cost of about £2.4 million', 'following a petition signed by 1,800 people', 'once the engineers have finished their survey',
  'although no date has yet been set', 'as the tourist season gets under way', 'according to papers seen by this newspaper',
];
const QUOTES = [
  '“We have waited long enough for a decision,” she said.', '“Nobody wants to see the harbour empty,” one trader said.',
  '“The figures simply do not add up,” he told the meeting.', '“It is a good day for the town,” a resident said.',
];

/** A small seeded generator (mulberry32), so the ordinary story is the same text on every run. */
function seeded(seed: number) {
  let a = seed;
  return <T>(items: readonly T[]): T => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return items[Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * items.length)]!;
  };
}

function sentence(pick: ReturnType<typeof seeded>, n: number): string {
  return pick([0, 1, 2, 3, 4]) === 0 ? pick(QUOTES) : `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}, according to item ${n} of the minutes.`;
}

function ordinaryParagraph(pick: ReturnType<typeof seeded>, i: number): BodyNode {
  const sentences = Array.from({ length: 4 }, (_, k) => sentence(pick, i * 4 + k));
  if (i % 3 === 0) {
    return paragraph(
      text(`${sentences[0]} `),
      text(sentences[1]!, [{ type: 'bold' }]),
      text(` ${sentences[2]} Read the `),
      text('full report', [{ type: 'link', attrs: { href: `https://example.org/reports/${i}` } }]),
      text(`. ${sentences[3]}`),
    );
  }
  return paragraph(text(sentences.join(' ')));
}

function ordinaryBlock(pick: ReturnType<typeof seeded>, i: number): BodyNode {
  if (i % 9 === 8) return { type: 'heading', attrs: { level: 2 }, content: [text(`What happens next: ${sentence(pick, i).slice(0, 40)}`)] };
  if (i % 17 === 16) return { type: 'bulletList', content: [0, 1, 2].map((k) => ({ type: 'listItem', content: [paragraph(text(sentence(pick, i + k)))] })) };
  return ordinaryParagraph(pick, i);
}

/** An ordinary story whose saved JSON is at most `bytes` characters long (and within a paragraph of it). */
export function ordinaryBody(bytes: number): BodyDocument {
  const pick = seeded(42);
  const content: BodyNode[] = [];
  for (let i = 0, size = 20; ; i++) {
    const block = ordinaryBlock(pick, i);
    size += JSON.stringify(block).length + 1;
    if (size > bytes) break;
    content.push(block);
  }
  return doc(...content);
}

/** Prose of `chars` characters in paragraphs separated by blank lines (a bio, pasted text). */
export function ordinaryText(chars: number): string {
  const pick = seeded(7);
  const out: string[] = [];
  for (let i = 0, size = 0; size < chars; i++) {
    const line = `${sentence(pick, i)}${i % 4 === 3 ? '\n\n' : ' '}`;
    out.push(line);
    size += line.length;
  }
  return out.join('').slice(0, chars);
}

/**
 * Two ~1 MB bodies with the same words in opposite orders: counting words shows no difference, so a word diff has
 * to search edit after edit (the worst case for Myers' algorithm found so far).
 */
export function reorderedBodies(): { older: string; newer: string } {
  const words = ordinaryText(NEAR_LIMIT - 100).replace(/\s+/g, ' ').split(' ');
  return { older: oneParagraph(words.join(' ')), newer: oneParagraph(words.reverse().join(' ')) };
}

/** HTML as Google Docs puts it on the clipboard, about `chars` characters long. */
export function ordinaryPastedHtml(chars: number): string {
  const pick = seeded(9);
  const out = ['<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234">'];
  for (let i = 0, size = out[0]!.length; size < chars; i++) {
    const block =
      i % 9 === 8
        ? '<h2 dir="ltr" style="line-height:1.38;margin-top:18pt"><span style="font-size:16pt">What happens next</span></h2>'
        : `<p dir="ltr" style="line-height:1.38;margin-top:0pt"><span style="font-size:11pt;font-family:Arial">${sentence(pick, i)}</span> <a href="https://example.org/${i}"><span style="color:#1155cc">report</span></a></p>`;
    out.push(block);
    size += block.length;
  }
  out.push('</b>');
  return out.join('');
}

/** A story and the same story after an editor rewrote five paragraphs: an ordinary revision comparison. */
export function ordinaryRevision(bytes: number): { older: string; newer: string } {
  const older = ordinaryBody(bytes);
  const blocks = [...older.content!];
  for (let k = 1; k <= 5; k++) {
    blocks[Math.floor((blocks.length * k) / 6)] = paragraph(text('An editor rewrote this paragraph after the meeting, adding the council’s reply.'));
  }
  return { older: JSON.stringify(older), newer: JSON.stringify(doc(...blocks)) };
}
