import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { mediaDir } from '@/lib/media/storage';

// The picture for an article without one of its own: its headline set in Source Serif 4 (SIL Open Font License,
// shipped in lib/seo/fonts/ with its licence), the section above it and the site's name below. Rendered by next/og
// on first request and kept on disk under MEDIA_DIR/cards/, keyed by everything drawn on it.

export type CardText = { headline: string; section: string; siteName: string; dateLine: string };

/** Bump when the design changes, so cards drawn before are not served again. */
const CARD_DESIGN = 1;

const FONT_FILES = [
  { file: 'source-serif-4-latin-700-normal.woff', weight: 700 },
  { file: 'source-serif-4-latin-ext-700-normal.woff', weight: 700 },
  { file: 'source-serif-4-latin-400-normal.woff', weight: 400 },
  { file: 'source-serif-4-latin-ext-400-normal.woff', weight: 400 },
] as const;

/**
 * The code points the shipped latin and latin-ext subsets cover (their unicode-range). next/og fetches a font from
 * the network for any character its fonts lack, and this server has no network: such characters (emoji, other
 * scripts) are left out of the card instead.
 */
const COVERED: [number, number][] = [
  [0x20, 0x7e], [0xa0, 0xff], [0x100, 0x2ba], [0x2bb, 0x2bc], [0x2bd, 0x2c5], [0x2c6, 0x2c6], [0x2c7, 0x2cc],
  [0x2ce, 0x2d7], [0x2da, 0x2da], [0x2dc, 0x2dc], [0x2dd, 0x2ff], [0x304, 0x304], [0x308, 0x308], [0x329, 0x329],
  [0x1d00, 0x1dbf], [0x1e00, 0x1e9f], [0x1ef2, 0x1eff], [0x2000, 0x206f], [0x20a0, 0x20c4], [0x2113, 0x2113],
  [0x2122, 0x2122], [0x2191, 0x2191], [0x2193, 0x2193], [0x2212, 0x2212], [0x2215, 0x2215], [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
];

const isCovered = (codePoint: number) => COVERED.some(([from, to]) => codePoint >= from && codePoint <= to);

/** `text` with only the characters the card's fonts can draw, white space collapsed. */
export function drawableText(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) => (/\s/.test(ch) ? ' ' : isCovered(ch.codePointAt(0) ?? 0) ? ch : ''))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

let fonts: Promise<{ name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ file, weight }) => {
      const bytes = await fs.readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib/seo/fonts', file));
      const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return { name: 'Source Serif 4', data, weight, style: 'normal' as const };
    }),
  );
  return fonts;
}

/** A headline's type size: long headlines get smaller type so they fit the card (four lines at 1200×630). */
function headlineSize(headline: string, height: number): number {
  const base = headline.length <= 50 ? 76 : headline.length <= 90 ? 64 : headline.length <= 140 ? 54 : 46;
  // Taller cards (4:3, 1:1) have room for larger type in the same number of lines.
  return Math.round(height >= 1200 ? base * 1.35 : height >= 900 ? base * 1.15 : base);
}

function Card({ text, width, height }: { text: CardText; width: number; height: number }) {
  const headline = drawableText(text.headline);
  return (
    <div
      style={{
        width,
        height,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#fbfaf7',
        color: '#16181d',
        fontFamily: 'Source Serif 4',
        borderTop: '18px solid #a4161a',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, letterSpacing: 3, textTransform: 'uppercase', color: '#a4161a' }}>
          {drawableText(text.section)}
        </div>
        <div
          style={{
            display: 'block',
            marginTop: 28,
            fontSize: headlineSize(headline, height),
            fontWeight: 700,
            lineHeight: 1.12,
            overflow: 'hidden',
            lineClamp: height >= 900 ? 7 : 4,
          }}
        >
          {headline}
        </div>
      </div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'baseline',
          borderTop: '3px solid #16181d',
          paddingTop: 20,
          fontSize: 30,
        }}
      >
        <span style={{ fontWeight: 700, fontSize: 40 }}>{drawableText(text.siteName)}</span>
        <span style={{ color: '#545861' }}>{drawableText(text.dateLine)}</span>
      </div>
    </div>
  );
}

async function renderCard(text: CardText, width: number, height: number): Promise<Buffer> {
  const response = new ImageResponse(<Card text={text} width={width} height={height} />, {
    width,
    height,
    fonts: await loadFonts(),
  });
  return Buffer.from(await response.arrayBuffer());
}

/** The PNG bytes of the card for `text` at `width`×`height`, from the disk cache or drawn now. */
export async function headlineCard(text: CardText, width: number, height: number): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify([CARD_DESIGN, width, height, text])).digest('hex').slice(0, 40);
  const file = path.join(/*turbopackIgnore: true*/ mediaDir(), 'cards', `${key}.png`);
  const cached = await fs.readFile(file).catch(() => null);
  if (cached) return cached;
  const png = await renderCard(text, width, height);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  await fs.writeFile(temporary, png);
  await fs.rename(temporary, file).catch(() => fs.rm(temporary, { force: true }));
  return png;
}

/** A short fingerprint of what a card shows, for its URL: a changed headline gives the card a new address. */
export function cardVersion(text: CardText): string {
  return createHash('sha256').update(JSON.stringify([CARD_DESIGN, text])).digest('base64url').slice(0, 10);
}
