import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GET as authGet, POST as authPost } from '@/app/api/auth/[...all]/route';
import { purgeAnonymousAudit, ANONYMOUS_AUDIT_RETENTION_DAYS } from '@/lib/audit/retention';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db/client';
import { createAccount } from '@/lib/users/accounts';

const PASSWORD = 'lantern-gull-fog-harbour-9';
const origin = () => new URL(siteConfig().url).origin;

/** A sign-in as a browser sends it, from `address` as server.mjs stamped it from the connection. */
function signIn(email: string, password: string, address: string) {
  return authPost(
    new Request(`${origin()}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin(), 'x-dateline-client-address': address },
      body: JSON.stringify({ email, password }),
    }),
  );
}

let addresses = 0;
/** A documentation-range address no other test uses. */
const freshAddress = () => `198.18.${Math.floor(++addresses / 250)}.${(addresses % 250) + 1}`;

describe('sign-in limits', () => {
  it('lets at most five of 30 simultaneous wrong passwords for one account reach the password check', async () => {
    const user = await createAccount({ email: `target-${randomUUID().slice(0, 8)}@it.example`, name: 'IT Target', role: 'author', password: PASSWORD });
    const answers = await Promise.all(Array.from({ length: 30 }, () => signIn(user.email, 'not-the-password-1', freshAddress())));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    const locked = answers.find((a) => a.status === 429)!;
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    // The right password is refused too while the account is locked.
    expect((await signIn(user.email, PASSWORD, freshAddress())).status).toBe(429);
    const failures = await db.auditEvent.count({ where: { action: 'auth.sign-in-failed', summary: { contains: user.email } } });
    expect(failures).toBe(5);
  });

  it('locks an address out from its sixth failure, whichever emails it tries, and counts them in one audit entry', async () => {
    const address = freshAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await signIn(`nobody-${randomUUID().slice(0, 8)}@it.example`, 'guess-guess-guess-1', address)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    const rows = await db.auditEvent.findMany({ where: { ipAddress: address }, orderBy: { action: 'asc' } });
    expect(rows.map((r) => [r.action, r.occurrences])).toEqual([
      ['auth.sign-in-blocked', 3],
      ['auth.sign-in-failed', 5],
    ]);
    expect(rows[1]!.summary).toMatch(/^5 failed sign-ins for emails with no account/);
    // Unknown emails leave no counter of their own behind: only the address's.
    expect(await db.rateLimiterFlexible.count({ where: { key: { contains: address } } })).toBe(1);
    expect(await db.rateLimiterFlexible.count({ where: { key: { contains: 'nobody-' } } })).toBe(0);
  });

  it('counts an IPv6 client by its /64, so rotating addresses within it does not start afresh', async () => {
    const prefix = `2001:db8:${randomUUID().slice(0, 4)}:1`;
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) statuses.push((await signIn(`nobody-${i}@it.example`, 'guess-guess-guess-1', `${prefix}::${i.toString(16)}`)).status);
    expect(statuses.at(-1)).toBe(429);
  });

  it('gives a successful sign-in back its attempt without clearing the address’s earlier failures', async () => {
    const user = await createAccount({ email: `ok-${randomUUID().slice(0, 8)}@it.example`, name: 'IT Ok', role: 'author', password: PASSWORD });
    const address = freshAddress();
    for (let i = 0; i < 4; i++) expect((await signIn(user.email, 'wrong-wrong-wrong-1', address)).status).toBe(401);
    expect((await signIn(user.email, PASSWORD, address)).status).toBe(200);
    // The account starts again; the address still has its four failures, so one more wrong guess is allowed, not five.
    expect((await signIn(`nobody-${randomUUID().slice(0, 8)}@it.example`, 'wrong-wrong-wrong-1', address)).status).toBe(401);
    expect((await signIn(`nobody-${randomUUID().slice(0, 8)}@it.example`, 'wrong-wrong-wrong-1', address)).status).toBe(429);
  });

  it('purges counted anonymous audit entries past their retention, and keeps the staff’s own', async () => {
    const old = new Date(Date.now() - (ANONYMOUS_AUDIT_RETENTION_DAYS + 1) * 86_400_000);
    const anonymous = await db.auditEvent.create({ data: { action: 'auth.sign-in-failed', summary: 'old', bucket: `old-${randomUUID()}`, createdAt: old } });
    const staff = await db.auditEvent.create({ data: { action: 'auth.sign-in-failed', summary: 'old, named', createdAt: old } });
    expect(await purgeAnonymousAudit()).toBeGreaterThanOrEqual(1);
    expect(await db.auditEvent.findUnique({ where: { id: anonymous.id } })).toBeNull();
    expect(await db.auditEvent.findUnique({ where: { id: staff.id } })).not.toBeNull();
  });
});

describe('the authentication endpoints', () => {
  it('expose only signing in: changing a password or reading sessions over HTTP answers 404', async () => {
    const post = (path: string) => authPost(new Request(`${origin()}/api/auth/${path}`, { method: 'POST', headers: { Origin: origin(), 'Content-Type': 'application/json' }, body: '{}' }));
    for (const path of ['change-password', 'revoke-sessions', 'update-user', 'sign-up/email', 'set-password']) expect((await post(path)).status, path).toBe(404);
    for (const path of ['get-session', 'list-sessions', 'ok']) expect((await authGet(new Request(`${origin()}/api/auth/${path}`))).status, path).toBe(404);
  });
});
