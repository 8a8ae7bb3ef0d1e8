import { describe, expect, it } from 'vitest';
import { isSlug, toSlug, uniqueSlug } from '@/lib/text/slug';

describe('toSlug', () => {
  it('lower-cases headlines and joins words with single hyphens', () => {
    expect(toSlug('Harbour Board Approves   New Ferry Terminal!')).toBe('harbour-board-approves-new-ferry-terminal');
  });

  it('transliterates accents and spells out symbols', () => {
    expect(toSlug('Café owners’ £2m plan for Škoda depot')).toBe('cafe-owners-pounds-2m-plan-for-skoda-depot');
    expect(toSlug('Fish & chips: the "last" kiosk')).toBe('fish-and-chips-the-last-kiosk');
  });

  it('never exceeds the maximum length and cuts at a word boundary', () => {
    const slug = toSlug('word '.repeat(50));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^(word-)*word$/);
  });

  it('produces only valid slugs', () => {
    for (const text of ['  --Hello--  ', 'Ünïcödé & Co.', '2026: the year ahead', 'ALL CAPS HEADLINE']) {
      expect(isSlug(toSlug(text))).toBe(true);
    }
  });
});

describe('uniqueSlug', () => {
  it('keeps a free slug and numbers a taken one', async () => {
    const taken = new Set(['tram-line', 'tram-line-2']);
    const isTaken = async (s: string) => taken.has(s);
    expect(await uniqueSlug('ferry', isTaken)).toBe('ferry');
    expect(await uniqueSlug('tram-line', isTaken)).toBe('tram-line-3');
  });
});

describe('isSlug', () => {
  it('refuses upper case, spaces, doubled hyphens and over-long values', () => {
    expect(isSlug('Tram-line')).toBe(false);
    expect(isSlug('tram line')).toBe(false);
    expect(isSlug('tram--line')).toBe(false);
    expect(isSlug('a'.repeat(81))).toBe(false);
  });
});
