import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { e2eEnv } from '../env';

const root = path.resolve(import.meta.dirname, '../..');

export type SecondServer = { origin: string; stop: () => Promise<void> };

/**
 * Another server on the e2e database, started the way `npm start` starts one (server.mjs), with `env` on top of the
 * e2e environment: for tests of what depends on the server's own settings (which proxies it trusts, its default
 * address). Listens on 127.0.0.1.
 */
export async function startSecondServer(port: number, env: Record<string, string | undefined>): Promise<SecondServer> {
  // Rendered pages live in each server's memory (lib/cache/handlers, without REDIS_URL), never in the build folder,
  // so the two servers never serve each other's pages.
  const merged: NodeJS.ProcessEnv = { ...e2eEnv(), ...env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete merged[name];
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'server.mjs'), '--port', String(port), '--hostname', '127.0.0.1'], {
    env: merged,
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${origin}/robots.txt`)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The second server on ${origin} did not start`);
}
