import fs from 'node:fs/promises';
import { ImportRefused } from './types';

// Reading the file an import is given, before any parser sees it: its size is checked first (a 1 GB file is refused
// without being read), it must be UTF-8 text, and XML that declares its own entities or a document type is refused
// outright. WordPress exports and RSS/Atom feeds never declare entities; a file that does is either broken or
// built to make a parser expand a few kilobytes into gigabytes (the "billion laughs" XML bomb) or read local files
// (external entities). fast-xml-parser limits entity expansion as well; this refuses earlier, with a clear reason.

const MB = 1024 * 1024;

/** The largest file an import reads: IMPORT_MAX_BYTES, 200 MB by default (a 10,000-post WordPress export is ~60 MB). */
export function importMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.IMPORT_MAX_BYTES);
  return Number.isInteger(configured) && configured > 0 ? configured : 200 * MB;
}

const FETCH_TIMEOUT_MS = 60_000;

export const tooLarge = (bytes: number | null, limit: number) =>
  `The file is ${bytes === null ? 'larger than' : `${(bytes / MB).toFixed(1)} MB; the limit is`} ${(limit / MB).toFixed(0)} MB (IMPORT_MAX_BYTES). Split the export (WordPress exports by date range or category) and import the parts.`;
export const NOT_TEXT = 'The file is not UTF-8 text: it cannot be a WordPress export, a feed or a Dateline export.';
export const DECLARES_ENTITIES =
  'The file declares its own XML entities or a document type (<!DOCTYPE … [<!ENTITY …]>). WordPress exports and feeds never do; such a file can make a parser expand it into gigabytes or read files on this server, so it is refused.';

/** The text of `bytes`, or ImportRefused when it is too large or not UTF-8. */
export function decodeImportText(bytes: Uint8Array, limit = importMaxBytes()): string {
  if (bytes.byteLength > limit) throw new ImportRefused(tooLarge(bytes.byteLength, limit));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportRefused(NOT_TEXT);
  }
}

/** Reads a file or downloads an http(s) address, refusing past `limit` bytes before reading further. */
export async function readImportSource(location: string, limit = importMaxBytes()): Promise<string> {
  if (/^https?:\/\//i.test(location)) return decodeImportText(await download(location, limit), limit);
  let size: number;
  try {
    size = (await fs.stat(location)).size;
  } catch {
    throw new ImportRefused(`There is no file at ${location}.`);
  }
  if (size > limit) throw new ImportRefused(tooLarge(size, limit));
  return decodeImportText(await fs.readFile(location), limit);
}

async function download(url: string, limit: number): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    throw new ImportRefused(`Could not download ${url}: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (!response.ok || !response.body) throw new ImportRefused(`Could not download ${url}: it answered ${response.status}.`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) throw new ImportRefused(tooLarge(declared, limit));
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    const chunk = read.value;
    total += chunk.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new ImportRefused(tooLarge(null, limit));
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Refuses XML that declares entities or a document type (see above); cheap: it looks at the prolog only. */
export function refuseDeclarations(xml: string): void {
  // A DOCTYPE can only come before the root element, so only the text before the first element is searched.
  const root = xml.search(/<[A-Za-z_]/);
  const prolog = root === -1 ? xml : xml.slice(0, root);
  if (/<!DOCTYPE|<!ENTITY/i.test(prolog) || /<!ENTITY/i.test(xml.slice(0, 64 * 1024))) throw new ImportRefused(DECLARES_ENTITIES);
}
