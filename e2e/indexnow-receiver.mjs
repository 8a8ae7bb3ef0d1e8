// The IndexNow endpoint the e2e server posts to (e2e/env.ts INDEXNOW_ENDPOINT), started by Playwright beside the
// site for the whole run (playwright.config.ts): it answers every ping 200, as a search engine would, and keeps
// them for the tests to read at GET /pings.
import http from 'node:http';

const port = Number(process.argv[2] ?? 3199);
const MAX_PINGS = 10_000;
const pings = [];

http
  .createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/indexnow') {
        try {
          if (pings.length >= MAX_PINGS) pings.shift();
          pings.push(JSON.parse(raw));
        } catch {
          response.writeHead(400).end('Expected a JSON body');
          return;
        }
        response.writeHead(200).end();
      } else if (request.method === 'GET' && request.url === '/pings') {
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(pings));
      } else if (request.method === 'GET' && request.url === '/') {
        response.writeHead(200).end('IndexNow receiver');
      } else {
        response.writeHead(404).end();
      }
    });
  })
  .listen(port, '127.0.0.1');
