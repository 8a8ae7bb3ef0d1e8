// `npm run seed:archive -- --stories 100000`: adds a large generated archive of published stories to the database
// DATABASE_URL names (see prisma/seed/archive.ts), after the demo newsroom (`npm run db:seed`). Idempotent: the
// same --stories adds nothing the second time, a larger one only the stories still missing.
import { parseArgs } from 'node:util';
import { databaseTarget, describeTarget } from '../lib/db/url';
import { ArchiveSeedError, seedArchive } from '../prisma/seed/archive';

const USAGE = 'Usage: npm run seed:archive -- [--stories N] (N from 1 to 9,999,999; 1000 when not given)';
const MAX_STORIES = 9_999_999;

const { values } = parseArgs({ options: { stories: { type: 'string', default: '1000' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const stories = /^\d+$/.test(values.stories) ? Number(values.stories) : NaN;
if (!Number.isSafeInteger(stories) || stories < 1 || stories > MAX_STORIES) {
  console.error(`--stories must be a whole number from 1 to ${MAX_STORIES.toLocaleString('en-GB')}, got "${values.stories}".\n${USAGE}`);
  process.exit(1);
}

const clock = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
const count = (n: number) => n.toLocaleString('en-GB');


/**
 * A progress bar on stderr: redrawn in place at most ten times a second on a terminal, a line at every tenth of the
 * way otherwise (CI logs, pipes), with the rate so far and the time left at that rate.
 */
function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  const tty = stream.isTTY === true;
  let drawn = 0;
  let nextTenth = 1;
  const line = (done: number, total: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const share = total > 0 ? done / total : 1;
    const width = 30;
    const filled = Math.round(share * width);
    const eta = rate > 0 ? clock((total - done) / rate) : '–:––';
    return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${count(done)}/${count(total)} ${Math.floor(share * 100)}% ${count(Math.round(rate))} stories/s ETA ${eta}`;
  };
  return {
    update(done: number, total: number) {
      if (total === 0) return;
      if (tty) {
        const now = performance.now();
        if (done < total && now - drawn < 100) return;
        drawn = now;
        stream.write(`\r${line(done, total)}\x1b[K`);
        return;
      }
      const tenth = Math.floor((done * 10) / total);
      if (tenth < nextTenth) return;
      stream.write(`${line(done, total)}\n`);
      nextTenth = tenth + 1;
    },
    finish() {
      if (tty && drawn > 0) stream.write('\n');
    },
  };
}

const target = databaseTarget();
console.error(`Adding an archive of ${count(stories)} stories to ${describeTarget(target)} …`);
const bar = progressBar();
try {
  const result = await seedArchive({ target, stories, onProgress: bar.update });
  bar.finish();
  const day = new Date(result.anchorDay.getTime() - 86_400_000).toISOString().slice(0, 10);
  if (result.added === 0) {
    console.log(`Nothing to add: all ${count(stories)} archive stories are there already.`);
  } else {
    console.log(
      `Added ${count(result.added)} stories (${count(result.existing)} were there already) and ${count(result.tagsAdded)} tags in ` +
        `${clock(result.seconds)} (${count(Math.round(result.added / result.seconds))} stories/s); the archive ends on ${day}.`,
    );
  }
} catch (error) {
  bar.finish();
  if (error instanceof ArchiveSeedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
