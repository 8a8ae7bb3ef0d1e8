// IndexNow submissions (https://www.indexnow.org/documentation): changed addresses are collected for a moment and
// sent together, at most MAX_URLS_PER_POST a request, each request retried with exponential backoff. Everything
// happens after the caller has returned: `add` only records the addresses, never waits and never throws.

export const MAX_URLS_PER_POST = 10_000;

export type IndexNowResult =
  | { ok: true; urls: string[]; status: number; tries: number }
  | { ok: false; urls: string[]; reason: string; tries: number };

export type IndexNowOptions = {
  endpoint: string;
  key: string;
  /** The site's origin ("https://news.example"): its host and the key file's address are derived from it. */
  siteUrl: string;
  /** How long addresses are collected before a request goes out. */
  batchMs?: number;
  /** The wait before the second try; it doubles for each try after. */
  retryBaseMs?: number;
  maxTries?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Told the outcome of every request (after its last try). Its own failures are logged, never thrown. */
  onResult?: (result: IndexNowResult) => void | Promise<void>;
};

// 429 and server errors may pass; 400 (bad request), 403 (key not valid) and 422 (addresses not of this host) will not.
const isRetryable = (status: number) => status === 429 || status >= 500;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

export class IndexNowQueue {
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: IndexNowOptions) {}

  /** Queues absolute URLs for the next request. */
  add(urls: string[]): void {
    for (const url of urls) this.pending.add(url);
    if (this.pending.size === 0 || this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.options.batchMs ?? 1000);
    this.timer.unref?.();
  }

  /** Sends what is queued now, in requests of at most MAX_URLS_PER_POST addresses. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const urls = [...this.pending];
    this.pending.clear();
    for (let i = 0; i < urls.length; i += MAX_URLS_PER_POST) {
      const sending = this.send(urls.slice(i, i + MAX_URLS_PER_POST)).finally(() => this.inFlight.delete(sending));
      this.inFlight.add(sending);
    }
  }

  /** Resolves once nothing is queued or being sent (tests, and a graceful shutdown). */
  async idle(): Promise<void> {
    while (this.timer || this.inFlight.size > 0) {
      if (this.timer) this.flush();
      await Promise.all([...this.inFlight]);
    }
  }

  private async send(urls: string[]): Promise<void> {
    const { endpoint, key, siteUrl, maxTries = 3, retryBaseMs = 1000, timeoutMs = 10_000 } = this.options;
    const doFetch = this.options.fetch ?? fetch;
    const origin = new URL(siteUrl);
    const body = JSON.stringify({ host: origin.host, key, keyLocation: new URL(`/${key}.txt`, origin).href, urlList: urls });
    let reason = '';
    let tries = 0;
    while (tries < maxTries) {
      tries++;
      try {
        const response = await doFetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json; charset=utf-8' },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.body?.cancel();
        if (response.ok) return this.report({ ok: true, urls, status: response.status, tries });
        reason = `answered ${response.status}`;
        if (!isRetryable(response.status)) break;
      } catch (error) {
        reason = error instanceof Error ? error.message : String(error);
      }
      if (tries < maxTries) await sleep(retryBaseMs * 2 ** (tries - 1));
    }
    return this.report({ ok: false, urls, reason, tries });
  }

  private async report(result: IndexNowResult): Promise<void> {
    try {
      await this.options.onResult?.(result);
    } catch (error) {
      console.error('[dateline] IndexNow: could not record the outcome of a submission', error);
    }
  }
}
