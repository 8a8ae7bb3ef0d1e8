import { randomInt } from 'node:crypto';
import http from 'node:http';
import { E2E_PORT } from '../env';
import { clientAddress, expect, test } from '../fixtures';
import { startSecondServer, type SecondServer } from '../support/second-server';
import { createUser } from '../factories/users';

// Who the site believes a client is. The e2e server trusts the test runner as its reverse proxy (TRUSTED_PROXIES),
// so each browser context can name its own address; the server started here trusts nobody, as `npm start` does by
// default, and has no SITE_URL either.

const PORT = E2E_PORT + 7;
let direct: SecondServer;

test.beforeAll(async () => {
  // A server starting on a machine busy with the other test worker can take a while.
  test.setTimeout(90_000);
  direct = await startSecondServer(PORT, { TRUSTED_PROXIES: undefined, SITE_URL: undefined });
});
test.afterAll(async () => direct?.stop());

type Answer = { status: number; retryAfter: string | undefined };

/**
 * A sign-in posted from `localAddress` (a loopback address of this machine: the whole of 127.0.0.0/8 answers), so
 * this test's lock-out never touches another test's address.
 */
function postSignIn(origin: string, body: object, headers: Record<string, string>, localAddress: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const request = http.request(
      `${origin}/api/auth/sign-in/email`,
      { method: 'POST', localAddress, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data), ...headers } },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'] as string | undefined }));
      },
    );
    request.on('error', reject);
    request.end(data);
  });
}

const loopback = () => `127.${randomInt(1, 255)}.${randomInt(0, 255)}.${randomInt(1, 255)}`;

test('a direct client cannot choose its address: rotating X-Forwarded-For, its sixth failure answers 429 and the audit log names its real address', async ({ db }) => {
  const me = loopback();
  const answers: Answer[] = [];
  for (let i = 1; i <= 8; i++) {
    answers.push(
      await postSignIn(direct.origin, { email: `nobody-${i}-${me}@e2e.example`, password: 'wrong-wrong-wrong-1' }, { Origin: direct.origin, 'X-Forwarded-For': `198.51.100.${i}` }, me),
    );
  }
  expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  expect(Number(answers[5]!.retryAfter)).toBeGreaterThan(0);
  const rows = await db.auditEvent.findMany({ where: { summary: { contains: me } } });
  expect(rows.length).toBeGreaterThan(0);
  expect(new Set(rows.map((r) => r.ipAddress))).toEqual(new Set([me]));
  expect(await db.auditEvent.count({ where: { ipAddress: { startsWith: '198.51.100.' }, summary: { contains: me } } })).toBe(0);
});

test('through a proxy the server trusts, the address it forwarded is the client’s', async ({ db }) => {
  const forwarded = clientAddress();
  const origin = `http://127.0.0.1:${E2E_PORT}`;
  const email = `nobody-${randomInt(1e9)}@e2e.example`;
  const answer = await postSignIn(origin, { email, password: 'wrong-wrong-wrong-1' }, { Origin: origin, 'X-Forwarded-For': forwarded }, '127.0.0.1');
  expect(answer.status).toBe(401);
  const row = await db.auditEvent.findFirstOrThrow({ where: { action: 'auth.sign-in-failed', summary: { contains: email } } });
  expect(row.ipAddress).toBe(forwarded);
});

test('without SITE_URL, signing in works on the port the server listens on, as localhost and as 127.0.0.1', async () => {
  const editor = await createUser('editor');
  for (const origin of [`http://localhost:${PORT}`, `http://127.0.0.1:${PORT}`]) {
    const answer = await postSignIn(direct.origin, { email: editor.email, password: editor.password }, { Origin: origin }, loopback());
    expect(answer.status, origin).toBe(200);
  }
  const foreign = await postSignIn(direct.origin, { email: editor.email, password: editor.password }, { Origin: 'http://evil.example' }, loopback());
  expect(foreign.status).toBe(403);
});

test('without SITE_URL, canonical addresses, feeds and sitemaps follow the port', async ({ request }) => {
  const robots = await (await request.get(`${direct.origin}/robots.txt`)).text();
  expect(robots).toContain(`Sitemap: http://localhost:${PORT}/sitemap.xml`);
  const home = await (await request.get(`${direct.origin}/`)).text();
  expect(home).toContain(`<link rel="canonical" href="http://localhost:${PORT}"/>`);
});
