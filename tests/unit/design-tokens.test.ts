import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The reader's colours are CSS variables in app/globals.css: the light ones in @theme, the dark ones in the
// prefers-color-scheme block. Every text colour must keep WCAG AA contrast (4.5:1) on both backgrounds.

const css = fs.readFileSync(path.resolve(import.meta.dirname, '../../app/globals.css'), 'utf8');

function colours(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{3,6})\b/gi)].map((m) => [m[1]!, m[2]!]));
}

const blockAfter = (marker: string) => {
  const start = css.indexOf(marker);
  if (start < 0) throw new Error(`${marker} not found in globals.css`);
  return css.slice(start, css.indexOf('}', start));
};

const schemes = {
  light: colours(blockAfter('@theme {')),
  dark: colours(blockAfter('@media (prefers-color-scheme: dark) {\n  :root:has([data-reader]) {')),
};

function luminance(hex: string) {
  const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string) {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('colour contrast of the design tokens', () => {
  for (const [scheme, c] of Object.entries(schemes)) {
    it(`keeps text readable in ${scheme} mode (WCAG AA, 4.5:1)`, () => {
      for (const text of ['ink', 'muted', 'accent']) {
        for (const background of ['paper', 'surface']) {
          expect(contrast(c[text]!, c[background]!), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });
  }

  it('defines every colour in both schemes', () => {
    expect(Object.keys(schemes.dark).sort()).toEqual(Object.keys(schemes.light).sort());
  });
});
