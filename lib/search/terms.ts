// What a reader typed, made safe for the full-text engines. Nothing the reader types reaches SQLite's FTS5 or
// PostgreSQL's tsquery parser as syntax: the query is cut into words (letters, digits and combining marks; every
// other character separates words, as the indexes' tokenizers do), and the match expressions are built from those
// words alone, each quoted. Quotes, operators (AND OR NOT NEAR * ^ : - + ( ) { }), SQL and control characters are
// therefore only separators, and the expressions still go to the database as bound parameters.

/** Longer queries are cut to this many characters (the page says so). */
export const MAX_QUERY_LENGTH = 200;
/** A query's words beyond this many are ignored: more would only narrow an AND search to nothing. */
export const MAX_TERMS = 12;
/**
 * What is read of a query at all, in UTF-16 units, before anything else is done with it: ten times what is kept,
 * room for collapsed white space and characters normalisation drops. Normalising must sort runs of combining
 * marks, which is quadratic in a run's length (10,000 marks took 0.1 s), so it never sees more than this.
 */
export const MAX_RAW_QUERY_LENGTH = 10 * MAX_QUERY_LENGTH;

// Marks the engines put around matched words in snippets: private-use characters, removed from what readers type.
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';

export type NormalisedQuery = { text: string; truncated: boolean };

// Normalisation sorts each run of combining marks, in time that grows with the square of its length. Unicode's
// stream-safe format (UAX #15) keeps at most 30 in a row, more than any writing system uses; so does a query.
const MARK_RUN = /(\p{M}{30})\p{M}+/gu;

/**
 * The query as it is searched and shown: Unicode-normalised (NFKC, so full-width letters match), without control
 * characters, NUL bytes, lone surrogates or snippet marks, whitespace collapsed, at most MAX_QUERY_LENGTH characters.
 */
export function normaliseQuery(raw: string): NormalisedQuery {
  if (raw.length > MAX_RAW_QUERY_LENGTH) return { text: normaliseQuery(cutAt(raw, MAX_RAW_QUERY_LENGTH)).text, truncated: true };
  const cleaned = raw
    .toWellFormed()
    .replace(MARK_RUN, '$1')
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\uE000\uE001]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_QUERY_LENGTH) return { text: cleaned, truncated: false };
  return { text: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: true };
}

/** The first `length` UTF-16 units of `text`, one fewer rather than half a surrogate pair. */
function cutAt(text: string, length: number): string {
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

/** The words of a normalised query, lower-cased; each holds at least one letter or digit. */
export function searchTerms(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return words.filter((word) => /[\p{L}\p{N}]/u.test(word)).slice(0, MAX_TERMS);
}

/** Which fields a match must fall in: anywhere, the headline, or the headline, standfirst, tags and bylines. */
export type MatchScope = 'all' | 'headline' | 'near';

const FTS_COLUMNS: Record<Exclude<MatchScope, 'all'>, string> = {
  headline: '{headline}',
  near: '{headline standfirst tags authors}',
};

/**
 * Whether the last word is read as the start of a word. Not a single letter or digit: "the county's" ends in "s",
 * which as a prefix is most of the dictionary (on PostgreSQL every story's list of every s-word, 0.1 s), and a
 * reader who has typed one letter of a word is not yet asking for it.
 */
const isPrefix = (term: string) => Array.from(term).length > 1;

/**
 * An FTS5 MATCH expression: every word must occur, the last one (of two characters or more) as a prefix (typing
 * "elec" finds "election").
 * Each word is an FTS5 string, so it can only ever be a word to look up. `completions`, when given, are the indexed
 * words the last one begins (lib/search/sqlite.ts looks them up): the last word is then any of them, which FTS5
 * reads newest first as it goes instead of first gathering every story of every such word.
 */
export function ftsMatch(terms: string[], scope: MatchScope = 'all', completions?: string[]): string {
  const quote = (word: string) => `"${word.replaceAll('"', '""')}"`;
  const last = terms.length - 1;
  const phrases = terms
    .map((term, i) => {
      if (i < last || !isPrefix(term)) return quote(term);
      if (completions && completions.length > 0) return `(${completions.map(quote).join(' OR ')})`;
      return `${quote(term)}*`;
    })
    .join(' AND ');
  return scope === 'all' ? phrases : `${FTS_COLUMNS[scope]} : (${phrases})`;
}

/**
 * A PostgreSQL to_tsquery() expression with the same meaning as ftsMatch(): the words joined by &, the last one a
 * prefix (:*). The scopes are columns of their own there (lib/search/postgres.ts).
 */
export function tsQuery(terms: string[]): string {
  return terms
    .map((term, i) => `'${term.replaceAll("'", "''").replaceAll('\\', '\\\\')}'${i === terms.length - 1 && isPrefix(term) ? ':*' : ''}`)
    .join(' & ');
}

/** A run of text in a highlighted snippet; `mark` runs are the matched words. */
export type HighlightPart = { text: string; mark: boolean };

/**
 * Splits an engine's snippet at its match marks. The parts are plain text, rendered by React (escaped), so a body
 * holding "<script>" shows those characters and nothing is ever injected.
 */
export function highlightParts(snippet: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let mark = false;
  // Block boundaries in the indexed body leave runs of spaces; a snippet reads as one line of text.
  for (const piece of snippet.replace(/\s+/g, ' ').split(/([\uE000\uE001])/u)) {
    if (piece === MARK_OPEN) mark = true;
    else if (piece === MARK_CLOSE) mark = false;
    else if (piece) {
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += piece;
      else parts.push({ text: piece, mark });
    }
  }
  return parts;
}

/** Whether a highlighted text has at least one matched word. */
export const hasMark = (parts: HighlightPart[]) => parts.some((p) => p.mark);
