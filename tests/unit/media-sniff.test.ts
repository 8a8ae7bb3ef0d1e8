import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sniffImage } from '@/lib/media/sniff';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

const encode = (format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif') =>
  sharp({ create: { width: 8, height: 6, channels: 3, background: '#2a6f97' } }).toFormat(format).toBuffer();

describe('sniffImage', () => {
  it.each([
    ['jpeg', 'image/jpeg', 'jpg'],
    ['png', 'image/png', 'png'],
    ['webp', 'image/webp', 'webp'],
    ['avif', 'image/avif', 'avif'],
  ] as const)('recognises a real %s file by its first bytes', async (format, mimeType, extension) => {
    expect(sniffImage(await encode(format))).toEqual({ ok: true, kind: format, mimeType, extension });
  });

  it('refuses GIF, animated or not', async () => {
    expect(sniffImage(await encode('gif'))).toEqual({ ok: false, reason: 'gif' });
  });

  it('refuses a text file whatever its name', () => {
    expect(sniffImage(bytes('Meeting notes: bring the harbour photos.\n'))).toEqual({ ok: false, reason: 'unknown' });
  });

  it('refuses SVG, with or without an XML prolog, a BOM or leading space', () => {
    expect(sniffImage(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toEqual({ ok: false, reason: 'svg' });
    expect(sniffImage(bytes('<?xml version="1.0"?>\n<!-- drawn -->\n<svg onload="alert(1)"/>'))).toEqual({ ok: false, reason: 'svg' });
    expect(sniffImage(bytes([0xef, 0xbb, 0xbf], '  \n<svg/>'))).toEqual({ ok: false, reason: 'svg' });
  });

  it('refuses an HTML page', () => {
    expect(sniffImage(bytes('<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>'))).toEqual({ ok: false, reason: 'html' });
    expect(sniffImage(bytes('<script>alert(1)</script>'))).toEqual({ ok: false, reason: 'html' });
  });

  it('refuses an empty file', () => {
    expect(sniffImage(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    ['JPEG', bytes([0xff, 0xd8])],
    ['JPEG', bytes([0xff, 0xd8, 0xff])],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47])],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEB')],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP')],
    ['AVIF', bytes([0, 0, 0, 0x1c], 'ftypav')],
    ['AVIF', bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'mif1')],
  ])('refuses a %s header cut short', (_kind, header) => {
    expect(sniffImage(header)).toEqual({ ok: false, reason: 'truncated' });
  });

  it('refuses a RIFF file that is not WebP (a WAV recording)', () => {
    expect(sniffImage(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ', [16, 0, 0, 0]))).toEqual({ ok: false, reason: 'unknown' });
  });

  it('tells HEIC from AVIF by the ftyp brands', () => {
    expect(sniffImage(bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'))).toEqual({ ok: false, reason: 'heic' });
    expect(sniffImage(bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0], 'mif1avif'))).toMatchObject({ ok: true, kind: 'avif' });
  });

  it('does not take a JPEG marker in the middle of a file for a JPEG', () => {
    expect(sniffImage(bytes('GARBAGE', [0xff, 0xd8, 0xff, 0xe0]))).toEqual({ ok: false, reason: 'unknown' });
  });
});
