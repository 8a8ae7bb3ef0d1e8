import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
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
  // Its own copy of the build: Next keeps rendered pages in files of the build folder, and two servers sharing them
  // would serve each other's pages (rendered for another address) without either's invalidations.
  const distDir = `.next-e2e-${port}`;
  fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
  fs.cpSync(path.join(root, '.next'), path.join(root, distDir), { recursive: true, filter: (source) => !source.startsWith(path.join(root, '.next', 'cache')) });
  const merged: NodeJS.ProcessEnv = { ...e2eEnv(), ...env, DATELINE_DIST_DIR: distDir };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete merged[name];
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'server.mjs'), '--port', String(port), '--hostname', '127.0.0.1'], {
    env: merged,
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
    });
  for (let i = 0; i < 120; i++) {
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
