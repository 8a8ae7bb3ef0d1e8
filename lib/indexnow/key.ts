import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// The IndexNow key proves to search engines that a submission comes from the site's owner: they fetch
// `<SITE_URL>/<key>.txt` and expect the key back (app/indexnow/[key]/route.ts, reached through a rewrite).

// IndexNow allows upper case too, but the proxy answers an address with upper-case letters with a 301 to its
// lower-case form (lib/seo/canonical-path.ts), and the key file must answer where it is named.
const KEY_PATTERN = /^[a-z0-9-]{8,128}$/;
export const INDEXNOW_KEY_INVALID = 'INDEXNOW_KEY must be 8 to 128 lower-case letters (a–z), digits or dashes';

let cached: string | undefined;

/** INDEXNOW_KEY, or for the demo a random key made on first use and kept (git-ignored) in data/indexnow-key. */
export function indexNowKey(): string {
  if (cached) return cached;
  const fromEnv = process.env.INDEXNOW_KEY?.trim();
  if (fromEnv) {
    if (!KEY_PATTERN.test(fromEnv)) throw new Error(INDEXNOW_KEY_INVALID);
    return (cached = fromEnv);
  }
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'data/indexnow-key');
  try {
    const stored = fs.readFileSync(file, 'utf8').trim();
    if (KEY_PATTERN.test(stored)) return (cached = stored);
  } catch {
    // Not made yet.
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(16).toString('hex');
  try {
    fs.writeFileSync(file, key, { flag: 'wx', mode: 0o600 });
    return (cached = key);
  } catch {
    // Another process made it first: use theirs.
    return (cached = fs.readFileSync(file, 'utf8').trim());
  }
}

/** Whether `candidate` (the name of a requested "<name>.txt") is the key. */
export function isIndexNowKey(candidate: string): boolean {
  return KEY_PATTERN.test(candidate) && candidate === indexNowKey();
}
