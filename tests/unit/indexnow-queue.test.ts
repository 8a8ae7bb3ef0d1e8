import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IndexNowQueue, type IndexNowResult, MAX_URLS_PER_POST } from '@/lib/indexnow/queue';

// The IndexNow queue against a real HTTP receiver on a free local port: what it sends, when, and how it retries.

type Received = { method: string; contentType: string; body: { host: string; key: string; keyLocation: string; urlList: string[] } };

let server: http.Server;
let endpoint: string;
const received: Received[] = [];
let answers: number[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ method: request.method ?? '', contentType: request.headers['content-type'] ?? '', body: JSON.parse(raw) as Received['body'] });
      response.writeHead(answers.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/indexnow`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  received.length = 0;
  answers = [];
});

function queueFor(results: IndexNowResult[], target = endpoint) {
  return new IndexNowQueue({
    endpoint: target,
    key: 'test-key-0123456789',
    siteUrl: 'https://news.example',
    batchMs: 20,
    retryBaseMs: 5,
    onResult: (r) => void results.push(r),
  });
}

describe('the IndexNow queue', () => {
  it('collects addresses for a moment and sends them once, as the protocol’s JSON', async () => {
    const results: IndexNowResult[] = [];
    const queue = queueFor(results);
    queue.add(['https://news.example/news/a']);
    queue.add(['https://news.example/news/b', 'https://news.example/news/a']);
    expect(received).toHaveLength(0);
    await queue.idle();
    expect(received).toEqual([
      {
        method: 'POST',
        contentType: 'application/json; charset=utf-8',
        body: {
          host: 'news.example',
          key: 'test-key-0123456789',
          keyLocation: 'https://news.example/test-key-0123456789.txt',
          urlList: ['https://news.example/news/a', 'https://news.example/news/b'],
        },
      },
    ]);
    expect(results).toEqual([{ ok: true, urls: ['https://news.example/news/a', 'https://news.example/news/b'], status: 200, tries: 1 }]);
  });

  it('returns at once: adding never waits for the request', () => {
    const queue = queueFor([]);
    const started = performance.now();
    queue.add(['https://news.example/news/a']);
    expect(performance.now() - started).toBeLessThan(5);
    expect(received).toHaveLength(0);
    return queue.idle();
  });

  it('retries a server error with backoff and reports the try that passed', async () => {
    answers = [503, 500, 202];
    const results: IndexNowResult[] = [];
    const queue = queueFor(results);
    queue.add(['https://news.example/news/a']);
    await queue.idle();
    expect(received).toHaveLength(3);
    expect(results).toEqual([{ ok: true, urls: ['https://news.example/news/a'], status: 202, tries: 3 }]);
  });

  it('gives up after three tries and reports the failure', async () => {
    answers = [500, 500, 500, 500];
    const results: IndexNowResult[] = [];
    const queue = queueFor(results);
    queue.add(['https://news.example/news/a']);
    await queue.idle();
    expect(received).toHaveLength(3);
    expect(results).toEqual([{ ok: false, urls: ['https://news.example/news/a'], reason: 'answered 500', tries: 3 }]);
  });

  it('does not retry a refusal that will not change (422: addresses not of this host)', async () => {
    answers = [422];
    const results: IndexNowResult[] = [];
    const queue = queueFor(results);
    queue.add(['https://news.example/news/a']);
    await queue.idle();
    expect(received).toHaveLength(1);
    expect(results[0]).toMatchObject({ ok: false, reason: 'answered 422', tries: 1 });
  });

  it('reports an unreachable endpoint without throwing', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const results: IndexNowResult[] = [];
    const queue = queueFor(results, `http://127.0.0.1:${port}/indexnow`);
    queue.add(['https://news.example/news/a']);
    await queue.idle();
    expect(results).toEqual([expect.objectContaining({ ok: false, tries: 3 })]);
  });

  it('splits more than 10,000 addresses into several requests', async () => {
    const queue = queueFor([]);
    const urls = Array.from({ length: MAX_URLS_PER_POST + 5 }, (_, i) => `https://news.example/news/story-${i}`);
    queue.add(urls);
    await queue.idle();
    expect(received.map((r) => r.body.urlList.length).sort((a, b) => b - a)).toEqual([MAX_URLS_PER_POST, 5]);
    expect(new Set(received.flatMap((r) => r.body.urlList)).size).toBe(urls.length);
  });
});
