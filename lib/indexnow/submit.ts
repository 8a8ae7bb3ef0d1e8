// The site's IndexNow queue: on when INDEXNOW_ENDPOINT is set (e.g. https://api.indexnow.org/indexnow), off
// otherwise. The publish step (lib/publishing/publish-change.ts) and the scheduler (lib/publishing/due.ts) hand
// it the addresses that changed; each request's outcome goes to the console and the audit log.
import { recordAudit } from '@/lib/audit/record';
import { siteConfig } from '@/lib/config/site';
import { indexNowKey } from './key';
import { IndexNowQueue, type IndexNowResult } from './queue';

type State = { queue: IndexNowQueue | null; endpoint: string | null };

// On globalThis: server actions and route handlers are bundled separately but run in one process, and must share
// one queue so that their addresses go out together.
const STATE_KEY = Symbol.for('dateline.indexnow');

function state(): State {
  const holder = globalThis as unknown as Record<symbol, State | undefined>;
  holder[STATE_KEY] ??= { queue: null, endpoint: null };
  return holder[STATE_KEY];
}

function describe(urls: string[]): string {
  const paths = urls.map((u) => new URL(u).pathname);
  const shown = paths.slice(0, 5).join(', ');
  return `${urls.length} address${urls.length === 1 ? '' : 'es'} (${shown}${paths.length > 5 ? ', …' : ''})`;
}

async function logResult(endpoint: string, result: IndexNowResult): Promise<void> {
  const host = new URL(endpoint).host;
  const summary = result.ok
    ? `Sent ${describe(result.urls)} to ${host}: answered ${result.status}`
    : `Could not send ${describe(result.urls)} to ${host} after ${result.tries} ${result.tries === 1 ? 'try' : 'tries'}: ${result.reason}`;
  if (result.ok) console.info(`[dateline] IndexNow: ${summary}`);
  else console.error(`[dateline] IndexNow: ${summary}`);
  await recordAudit({ actor: null, action: result.ok ? 'indexnow.sent' : 'indexnow.failed', summary });
}

/** The queue for INDEXNOW_ENDPOINT, or null when IndexNow is off. */
function queue(): IndexNowQueue | null {
  const endpoint = process.env.INDEXNOW_ENDPOINT?.trim() || null;
  const s = state();
  if (!endpoint) return null;
  if (s.queue && s.endpoint === endpoint) return s.queue;
  s.endpoint = endpoint;
  s.queue = new IndexNowQueue({ endpoint, key: indexNowKey(), siteUrl: siteConfig().url, onResult: (result) => logResult(endpoint, result) });
  return s.queue;
}

/**
 * Tells search engines, a moment from now, that these site paths changed. Returns at once and never throws: a
 * problem with IndexNow must not fail or delay the editor's action.
 */
export function queueIndexNow(paths: string[]): void {
  if (paths.length === 0) return;
  try {
    const q = queue();
    if (!q) return;
    const origin = siteConfig().url;
    q.add(paths.map((p) => new URL(p, origin).href));
  } catch (error) {
    console.error('[dateline] IndexNow: could not queue changed addresses', error);
  }
}

/** Sends what is queued now and resolves when every request has finished (tests; a graceful shutdown). */
export async function flushIndexNow(): Promise<void> {
  await state().queue?.idle();
}
