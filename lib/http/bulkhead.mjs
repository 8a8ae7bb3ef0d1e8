// A bulkhead: at most `concurrency` of one kind of work at a time in this process, up to `queueLimit` more waiting
// their turn in order, and any beyond that refused at once.
//
// Why (server.mjs puts reader searches behind one): a search is the one reader page rendered for every request, and
// Node interleaves every render in progress on its single thread, so with four searches in flight an editor's page
// got a fifth of the process. Measured by `npm run bench` (one instance, 2,000 cached reader requests and 15 searches
// a second through the edge): the newsroom's p95 was 2.1–2.7× its quiet figure with searches unbounded.

/**
 * @param {{ concurrency: number, queueLimit: number }} options
 * @returns {{ enter: () => Promise<boolean>, leave: () => void, readonly active: number, readonly waiting: number }}
 */
export function bulkhead({ concurrency, queueLimit }) {
  let active = 0;
  const waiting = [];
  return {
    /** Resolves true once this work may run (call leave() when it ends), or false at once when the queue is full. */
    enter() {
      if (active < concurrency) {
        active++;
        return Promise.resolve(true);
      }
      if (waiting.length >= queueLimit) return Promise.resolve(false);
      return new Promise((resolve) => waiting.push(() => resolve(true)));
    },
    /** Ends one piece of work: the next in the queue starts in its place. */
    leave() {
      const next = waiting.shift();
      if (next) next();
      else active = Math.max(0, active - 1);
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
