// `npm test`: lint, types, the schema check, the unit and integration suites, then the browser suite on the
// production build. Vitest runs its files one at a time (they share one database), so it keeps one core busy: the
// browser suite's database and production build are prepared meanwhile on the other. With TEST_POSTGRES_URL naming
// an empty PostgreSQL database (what CI does), the integration suite runs there too, beside the SQLite one. The
// browser suite starts only once all of that is done, so nothing competes with the promises it times.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

/** A step in the foreground, its output as it comes; a failure ends the run with its code. */
function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`npm test: ${name} failed (after ${elapsed()})`);
    process.exit(result.status ?? 1);
  }
}

type Background = { name: string; log: string; done: Promise<number> };

/** A step beside the others, its output kept in a file and printed when it ends. */
function background(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Background {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-test-')), 'output.log');
  const out = fs.openSync(log, 'w');
  const child: ChildProcess = spawn(command, args, { cwd: root, stdio: ['ignore', out, out], env });
  const done = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  // Ctrl-C stops it with the rest.
  process.on('exit', () => child.exitCode === null && child.kill('SIGTERM'));
  return { name, log, done };
}

async function finish({ name, log, done }: Background) {
  const code = await done;
  process.stdout.write(`\n── ${name} ──\n${fs.readFileSync(log, 'utf8')}`);
  if (code !== 0) {
    console.error(`npm test: ${name} failed (after ${elapsed()})`);
    process.exit(code);
  }
}

const beside: Background[] = [background('preparing the browser suite (database and production build)', process.execPath, [tsx, 'scripts/e2e.ts', '--prepare-only'], process.env)];
const postgres = process.env.TEST_POSTGRES_URL;
if (postgres) {
  beside.push(background('the integration suite on PostgreSQL', process.execPath, [vitest, 'run', 'tests/integration'], { ...process.env, DATABASE_URL: postgres }));
}

step('lint', 'npm', ['run', '--silent', 'lint']);
step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
step('db:check', 'npm', ['run', '--silent', 'db:check']);
step('the unit and integration suites', process.execPath, [vitest, 'run']);
for (const job of beside) await finish(job);
console.log(`npm test: every suite but the browser's passed (${elapsed()}); now the browser suite`);
step('the browser suite', process.execPath, [tsx, 'scripts/e2e.ts', '--prepared']);
console.log(`npm test: all passed (${elapsed()})`);
