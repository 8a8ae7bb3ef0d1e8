// Original, abstract illustrations drawn locally with sharp from SVG: no network, same picture for the same seed.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { toSlug } from '../../lib/text/slug';

const PALETTES: Record<string, [string, string, string, string]> = {
  news: ['#12355b', '#420039', '#d72638', '#ffd8be'],
  politics: ['#2b2d42', '#8d99ae', '#ef233c', '#edf2f4'],
  business: ['#1b4332', '#2d6a4f', '#95d5b2', '#f1faee'],
  science: ['#03045e', '#0077b6', '#00b4d8', '#caf0f8'],
  culture: ['#3c1642', '#086375', '#1dd3b0', '#affc41'],
  sport: ['#013a20', '#478c5c', '#f6ae2d', '#f26419'],
  opinion: ['#22223b', '#4a4e69', '#9a8c98', '#f2e9e4'],
};

/** A deterministic pseudo-random sequence from a string. */
function sequence(seed: string) {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0) || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 10_000) / 10_000;
  };
}

function illustration(seed: string, palette: string[], width: number, height: number): string {
  const rand = sequence(seed);
  const [deep, mid, bright, light] = palette;
  const shapes: string[] = [];
  const sunX = Math.round(width * (0.2 + rand() * 0.6));
  const sunY = Math.round(height * (0.2 + rand() * 0.25));
  shapes.push(`<circle cx="${sunX}" cy="${sunY}" r="${Math.round(height * (0.12 + rand() * 0.1))}" fill="${light}" opacity="0.9"/>`);
  for (let layer = 0; layer < 4; layer++) {
    const base = height * (0.5 + layer * 0.12);
    let d = `M0 ${base.toFixed(0)}`;
    const steps = 6;
    for (let i = 1; i <= steps; i++) {
      const x = (width / steps) * i;
      const y = base + (rand() - 0.5) * height * 0.18;
      const cx = x - width / steps / 2;
      d += ` Q${cx.toFixed(0)} ${(y - height * 0.1 * rand()).toFixed(0)} ${x.toFixed(0)} ${y.toFixed(0)}`;
    }
    d += ` L${width} ${height} L0 ${height} Z`;
    const fill = [mid, bright, deep, mid][layer];
    shapes.push(`<path d="${d}" fill="${fill}" opacity="${(0.55 + layer * 0.12).toFixed(2)}"/>`);
  }
  for (let i = 0; i < 5; i++) {
    const x = Math.round(rand() * width);
    const w = Math.round(width * 0.015 + rand() * width * 0.02);
    const h = Math.round(height * (0.15 + rand() * 0.3));
    shapes.push(`<rect x="${x}" y="${height - h}" width="${w}" height="${h}" fill="${deep}" opacity="0.8"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${deep}"/><stop offset="1" stop-color="${bright}"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#sky)"/>${shapes.join('')}</svg>`;
}

export type GeneratedImage = { path: string; width: number; height: number; mimeType: string; sizeBytes: number };

/** Draws (or reuses) a picture for `seed` in MEDIA_DIR/seed/ and returns its stored path. */
export async function generateImage(
  mediaRoot: string,
  seed: string,
  palette: string,
  width = 1600,
  height = 900,
): Promise<GeneratedImage> {
  const colours = PALETTES[palette] ?? PALETTES.news!;
  // Named as a photographer would name the file (a few words, like an upload's name cut to its slug), not after the
  // whole headline: every candidate in a picture's srcset repeats the name, twice on the page (HTML and payload).
  const name = `${toSlug(seed, 32)}-${createHash('sha256').update(`${seed}:${width}x${height}`).digest('hex').slice(0, 10)}.jpg`;
  const relative = `seed/${name}`;
  const file = path.join(mediaRoot, 'seed', name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  let stat = await fs.stat(file).catch(() => null);
  if (!stat) {
    const svg = illustration(seed, colours, width, height);
    await sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toFile(file);
    stat = await fs.stat(file);
  }
  return { path: relative, width, height, mimeType: 'image/jpeg', sizeBytes: stat.size };
}
