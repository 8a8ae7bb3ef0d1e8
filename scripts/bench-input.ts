// `npm run bench:input`: the cost of every path an editor's or reader's text takes (save, the article page and
// preview, the feed, paste, bio, search, revision diff) on the worst input known for it (the corpus in
// tests/support/pathological.ts), next to an ordinary story of the same size in the same run. A ratio far above 2
// means work that grows faster than the input: the shape of a request that can freeze the server. Save cleans a
// body and renders it once (lib/articles/rendered.ts); the page and the feed read what save stored. Beside the
// target, the render functions themselves (plain text, reading time, HTML), which a reader's request runs only on a
// row stored by another renderer: on each entry as save stored it, and on the raw entry as if written around the app.
// `npm run bench` calls benchInputPaths(); run on its own, this prints the table.
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { diffBodies, INPUT_PATHS, type InputPath, type InputShape, RENDER_PATHS, savedForm } from '../tests/support/input-paths';
import {
  DIFFERENT_EVERYWHERE,
  ordinaryBody,
  ordinaryPastedHtml,
  ordinaryRevision,
  ordinaryText,
  PATHOLOGICAL,
  reorderedBodies,
} from '../tests/support/pathological';

/** Each time is the median of this many runs, after WARM_UP untimed runs of each input (the JIT, and the heap grown). */
const REPETITIONS = 15;
const WARM_UP = 3;
/** Times below this count as this: under a millisecond nobody waits, and the ratio of two such times is noise. */
const FLOOR_MS = 1;

const ORDINARY: Record<InputShape, (size: number) => string> = {
  json: (size) => JSON.stringify(ordinaryBody(size)),
  // An ordinary story comes out of save as it went in.
  saved: (size) => JSON.stringify(ordinaryBody(size)),
  html: ordinaryPastedHtml,
  text: ordinaryText,
};

/** The engine's JSON.parse, which every JSON path starts with: timed on its own as the floor under them. */
const parse = (json: string) => JSON.parse(json) as unknown;
const PARSE: InputPath = { name: 'JSON.parse (floor)', shape: 'json', run: parse };

// Each timed run starts on a collected heap, so it pays for its own garbage and not for the garbage the run
// before it left (a pathological input leaves a lot: without this an ordinary run's time varied threefold).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function timeMs(run: () => unknown): Promise<number> {
  collectGarbage();
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

/** Median times of two runs, taken in turn so that a busy machine slows both alike. */
async function compare(worst: () => unknown, ordinary: () => unknown): Promise<{ worstMs: number; ordinaryMs: number }> {
  for (let i = 0; i < WARM_UP; i++) {
    await worst();
    await ordinary();
  }
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < REPETITIONS; i++) {
    times[0].push(await timeMs(worst));
    times[1].push(await timeMs(ordinary));
  }
  return { worstMs: median(times[0]), ordinaryMs: median(times[1]) };
}

type Row = { path: string; ordinaryMs: number; worstMs: number; entry: string; parse?: { ordinaryMs: number; worstMs: number } };
const ratioOf = (row: Row) => Math.max(row.worstMs, FLOOR_MS) / Math.max(row.ordinaryMs, FLOOR_MS);
// The higher ratio; among entries no slower than ordinary input (ratio at most 1), the slower one.
const isWorse = (row: Row, than: Row) => {
  const [a, b] = [Math.max(ratioOf(row), 1), Math.max(ratioOf(than), 1)];
  return a > b || (a === b && row.worstMs > than.worstMs);
};

/** Each corpus entry in the shape a path takes; an entry that save refuses is never stored, so never rendered. */
async function inputsFor(shape: InputShape): Promise<{ name: string; input: string }[]> {
  const inputs = [];
  for (const entry of PATHOLOGICAL) {
    const input = shape === 'saved' ? await savedForm(entry.json) : entry[shape];
    if (input !== null) inputs.push({ name: entry.name, input });
  }
  return inputs;
}

/** The path on every corpus entry; the row of the entry that costs most next to an ordinary input of its size. */
async function benchPath(path: InputPath): Promise<Row> {
  let worst: Row | undefined;
  for (const { name, input } of await inputsFor(path.shape)) {
    const ordinary = ORDINARY[path.shape](input.length);
    const [given, ordinaryGiven] = path.prepare ? [path.prepare(input), path.prepare(ordinary)] : [input, ordinary];
    const run = path.run as (prepared: unknown) => unknown;
    const row = { path: path.name, entry: name, ...(await compare(() => run(given), () => run(ordinaryGiven))) };
    if (!worst || isWorse(row, worst)) worst = { ...row, input, ordinary } as Row & { input: string; ordinary: string };
  }
  const { input, ordinary, ...row } = worst as Row & { input: string; ordinary: string };
  // A path that reads JSON starts with the engine's JSON.parse: timed apart on the same two inputs, so that what is
  // left, the work of our own code, gets a ratio of its own.
  if (path.shape !== 'html' && path.shape !== 'text' && !path.prepare && path.name !== PARSE.name) {
    row.parse = await compare(() => parse(input), () => parse(ordinary));
  }
  return row;
}

/** Comparing revisions: two ~1 MB pairs of bodies (rewritten, and reordered) against a 1 MB story with five paragraphs rewritten. */
async function benchDiff(): Promise<Row> {
  const ordinary = ordinaryRevision(DIFFERENT_EVERYWHERE.older.length);
  const pairs = [
    { entry: 'two ~1 MB bodies differing everywhere', ...DIFFERENT_EVERYWHERE },
    { entry: 'two ~1 MB bodies, same words reordered', ...reorderedBodies() },
  ];
  const rows: Row[] = [];
  for (const { entry, older, newer } of pairs) {
    rows.push({ path: 'revision diff', entry, ...(await compare(() => diffBodies(older, newer), () => diffBodies(ordinary.older, ordinary.newer))) });
  }
  return rows.reduce((worst, row) => (isWorse(row, worst) ? row : worst));
}

/** A JSON path's time without the engine's JSON.parse, worst against ordinary. */
const ownRatio = (row: Row) =>
  row.parse && Math.max(row.worstMs - row.parse.worstMs, FLOOR_MS / 10) / Math.max(row.ordinaryMs - row.parse.ordinaryMs, FLOOR_MS / 10);

const ms = (value: number) => (value < 10 ? value.toFixed(1) : Math.round(value).toString());

const line = (r: Row, width: number) => {
  const own = ownRatio(r);
  const rest = own === undefined ? '' : `${ms(r.ordinaryMs - r.parse!.ordinaryMs)} → ${ms(r.worstMs - r.parse!.worstMs)} ms, ${own.toFixed(2)}×`;
  return `${r.path.padEnd(width)} | ${ms(r.ordinaryMs).padStart(11)} | ${`${ms(r.worstMs)} (${r.entry})`.padEnd(35)} | ${`${ratioOf(r).toFixed(2)}×`.padStart(5)} | ${rest}`;
};

/**
 * The table: one row per path, its worst corpus entry against an ordinary input of the same size. The render paths
 * read what save stored; below the line, for information, the same paths on bodies save never saw and the engine's
 * JSON.parse on the corpus.
 */
export async function benchInputPaths(): Promise<string[]> {
  const rows: Row[] = [];
  for (const path of INPUT_PATHS) rows.push(await benchPath(path));
  rows.push(await benchDiff());
  const beside: Row[] = [];
  for (const path of RENDER_PATHS) beside.push(await benchPath(path));
  // Not a path of ours: the engine's own JSON.parse, which every JSON path starts with. Input dense in small
  // objects (10,000 links, empty paragraphs, nested quotes) costs it about 3–5× an ordinary story of the same
  // length, a floor no code after it can go under.
  beside.push(await benchPath(PARSE));
  const width = Math.max(...[...rows, ...beside].map((r) => r.path.length));
  return [
    `Input paths: worst pathological input against an ordinary one of the same size (median of ${REPETITIONS}; times under ${FLOOR_MS} ms count as ${FLOOR_MS} ms in the ratio)`,
    `${'path'.padEnd(width)} | ordinary ms | worst pathological ms (which entry) | ratio | without JSON.parse`,
    ...rows.map((r) => line(r, width)),
    `Beside the target: the render functions, which save runs once and a reader's request only on a row another renderer stored (on saved bodies, and on bodies written to the database by hand), and the engine's JSON.parse`,
    ...beside.map((r) => line(r, width)),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchInputPaths()) console.log(line);
}
