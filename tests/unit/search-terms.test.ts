import { describe, expect, it } from 'vitest';
import { ftsMatch, highlightParts, MAX_QUERY_LENGTH, MAX_TERMS, normaliseQuery, searchTerms, tsQuery } from '@/lib/search/terms';
import { HOSTILE_QUERIES } from '../support/hostile-queries';

const terms = (raw: string) => searchTerms(normaliseQuery(raw).text);

describe('search terms', () => {
  it('keeps words and drops operators, quotes and SQL', () => {
    expect(terms('"Port Merrow" AND harb*')).toEqual(['port', 'merrow', 'and', 'harb']);
    expect(terms(`'; DROP TABLE "Article"; --`)).toEqual(['drop', 'table', 'article']);
    expect(terms('NEAR(harbour council, 2)')).toEqual(['near', 'harbour', 'council', '2']);
    expect(terms('***')).toEqual([]);
  });

  it('keeps words of other scripts whole, combining marks included', () => {
    expect(terms('चुनाव परिणाम')).toEqual(['चुनाव', 'परिणाम']);
    expect(terms('Выборы 选举结果')).toEqual(['выборы', '选举结果']);
  });

  it('builds match expressions from quoted words only, the last one a prefix', () => {
    expect(ftsMatch(['port', 'merr'])).toBe('"port" AND "merr"*');
    expect(ftsMatch(['port', 'merr'], 'headline')).toBe('{headline} : ("port" AND "merr"*)');
    // A last word of one character is that word ("the county's" ends in "s"), not most of the dictionary.
    expect(ftsMatch(['county', 's'])).toBe('"county" AND "s"');
    expect(tsQuery(['county', 's'])).toBe("'county' & 's'");
    // With the words the last one begins, looked up in the index: any of them, each a quoted word.
    expect(ftsMatch(['port', 'merr'], 'all', ['merrick', 'merry"'])).toBe('"port" AND ("merrick" OR "merry""")');
    expect(tsQuery(['port', 'merr'])).toBe("'port' & 'merr':*");
    expect(tsQuery(["o'neill", 'back\\slash'])).toBe("'o''neill' & 'back\\\\slash':*");
  });

  it('gives only letters, digits and marks to the engines for every hostile query', () => {
    for (const q of HOSTILE_QUERIES) {
      const words = terms(q);
      expect(words.length).toBeLessThanOrEqual(MAX_TERMS);
      for (const w of words) expect(w).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
    }
  });

  it('removes NUL bytes, control characters and lone surrogates, and cuts long queries', () => {
    expect(normaliseQuery('harbour\u0000council\u0007').text).toBe('harbour council');
    expect(normaliseQuery('\ud800x').text).toBe('\ufffdx');
    const long = normaliseQuery('é'.repeat(5000));
    expect(long.truncated).toBe(true);
    expect(Array.from(long.text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(normaliseQuery('🌊'.repeat(150)).text).toBe('🌊'.repeat(150));
  });

  it('splits a snippet at its marks into plain text runs', () => {
    expect(highlightParts('The \ue000harbour\ue001 <b>opens</b>')).toEqual([
      { text: 'The ', mark: false },
      { text: 'harbour', mark: true },
      { text: ' <b>opens</b>', mark: false },
    ]);
  });
});
