import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerStoryAddress } from '@/lib/http/story-address';

/**
 * A real HTTP server that does what server.mjs does for a story-shaped page load: answerStoryAddress first, else
 * "the page" (200, saying which conditional headers reached it). Returns its origin and a way to stop it.
 */
export async function storyAddressServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    void answerStoryAddress(req, res).then((answered) => {
      if (answered) return;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ page: req.url, ifModifiedSince: req.headers['if-modified-since'] ?? null }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
