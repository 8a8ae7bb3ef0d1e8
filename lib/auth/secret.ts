import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The key better-auth signs cookies with: BETTER_AUTH_SECRET, or for the demo a random key made on first use and
 * kept (git-ignored) in data/auth-secret, so sessions survive a restart.
 */
export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('BETTER_AUTH_SECRET must be at least 32 characters long');
    return fromEnv;
  }
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.AUTH_SECRET_FILE ?? 'data/auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    try {
      fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
    } catch {
      // Another process made it first: use theirs.
      return fs.readFileSync(file, 'utf8').trim();
    }
    return secret;
  }
}
