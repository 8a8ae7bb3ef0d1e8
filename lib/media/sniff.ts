// What a file is, decided by its first bytes (its "magic number"), never by its name or the browser's content type:
// both are chosen by whoever sends the file.
//
// Accepted: JPEG, PNG, WebP and AVIF. Refused:
// - GIF: animations would be flattened to their first frame without warning; the editor saves a still as PNG/JPEG.
// - SVG (and any XML or HTML): SVG is a document that can carry script, not a picture of pixels.
// - HEIC: not decodable by the bundled image library; phones can export JPEG.

export type ImageKind = 'jpeg' | 'png' | 'webp' | 'avif';

export type SniffedImage = { kind: ImageKind; mimeType: string; extension: string };

export type SniffRefusal = 'empty' | 'truncated' | 'gif' | 'svg' | 'html' | 'heic' | 'unknown';

export type SniffResult = ({ ok: true } & SniffedImage) | { ok: false; reason: SniffRefusal };

export const IMAGE_KINDS: Record<ImageKind, SniffedImage> = {
  jpeg: { kind: 'jpeg', mimeType: 'image/jpeg', extension: 'jpg' },
  png: { kind: 'png', mimeType: 'image/png', extension: 'png' },
  webp: { kind: 'webp', mimeType: 'image/webp', extension: 'webp' },
  avif: { kind: 'avif', mimeType: 'image/avif', extension: 'avif' },
};

export const SNIFF_MESSAGES: Record<SniffRefusal, string> = {
  empty: 'The file is empty.',
  truncated: 'The file is incomplete: upload it again.',
  gif: 'GIF files are not accepted. Save the picture as JPEG, PNG or WebP.',
  svg: 'SVG files are not accepted: they can contain scripts. Save the picture as PNG or JPEG.',
  html: 'This file is a web page, not a picture. Upload a JPEG, PNG, WebP or AVIF image.',
  heic: 'HEIC pictures are not accepted. Export the picture as JPEG.',
  unknown: 'This file is not a JPEG, PNG, WebP or AVIF image.',
};

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const FTYP = ascii('ftyp');
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

function matchesAt(bytes: Uint8Array, offset: number, signature: number[]): boolean {
  return signature.every((value, i) => bytes[offset + i] === value);
}

/** True when `bytes` are shorter than a full header but agree with `signature` as far as they go: a cut-off file. */
function isCutOff(bytes: Uint8Array, signature: number[], needed: number): boolean {
  const overlap = Math.min(bytes.length, signature.length);
  return bytes.length < needed && matchesAt(bytes, 0, signature.slice(0, overlap));
}

function text(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** An ISO-BMFF `ftyp` box (AVIF, HEIC): its major and compatible brands, or null when cut short. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 12) return null;
  const size = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  if (size < 16 || size > 4096) return [text(bytes, 8, 12)];
  if (bytes.length < size) return null;
  const brands = [text(bytes, 8, 12)];
  for (let offset = 16; offset + 4 <= size; offset += 4) brands.push(text(bytes, offset, offset + 4));
  return brands;
}

function markupKind(bytes: Uint8Array): 'svg' | 'html' | null {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (!head.startsWith('<')) return null;
  if (head.includes('<svg') || head.startsWith('<!doctype svg')) return 'svg';
  if (/^<(!doctype html|!--|html|head|body|meta|title|script|iframe|style|div|img|p|a)[\s>]/.test(head)) return 'html';
  return null;
}

/** The picture's real type from its first bytes (pass at least the first 4 KB), or why it is refused. */
export function sniffImage(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (matchesAt(bytes, 0, JPEG) && bytes.length >= 4) return { ok: true, ...IMAGE_KINDS.jpeg };
  if (matchesAt(bytes, 0, PNG) && bytes.length >= 16) return { ok: true, ...IMAGE_KINDS.png };
  if (matchesAt(bytes, 0, RIFF) && matchesAt(bytes, 8, WEBP)) {
    if (bytes.length < 16) return { ok: false, reason: 'truncated' };
    return ['VP8 ', 'VP8L', 'VP8X'].includes(text(bytes, 12, 16)) ? { ok: true, ...IMAGE_KINDS.webp } : { ok: false, reason: 'unknown' };
  }
  if (matchesAt(bytes, 4, FTYP)) {
    const brands = ftypBrands(bytes);
    if (!brands) return { ok: false, reason: 'truncated' };
    if (brands.some((b) => AVIF_BRANDS.has(b))) return { ok: true, ...IMAGE_KINDS.avif };
    return { ok: false, reason: brands.some((b) => HEIC_BRANDS.has(b)) ? 'heic' : 'unknown' };
  }
  if (matchesAt(bytes, 0, GIF87) || matchesAt(bytes, 0, GIF89)) return { ok: false, reason: 'gif' };
  if (isCutOff(bytes, JPEG, 4) || isCutOff(bytes, PNG, 16) || isCutOff(bytes, RIFF, 16)) return { ok: false, reason: 'truncated' };
  return { ok: false, reason: markupKind(bytes) ?? 'unknown' };
}
