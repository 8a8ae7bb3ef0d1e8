import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { countAudit, recordAudit } from '@/lib/audit/record';
import { siteConfig } from '@/lib/config/site';
import { db } from '@/lib/db/client';
import { databaseTarget } from '@/lib/db/url';
import { requestMeta } from '@/lib/http/request-meta';
import { authCookieName, servedOnLoopback, servedOverHttps } from './cookies';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy';
import { authSecret } from './secret';
import { lockoutMessage, signInKeys, signInSucceeded, takeSignInAttempt } from './throttle';

/** Sessions end after 30 minutes without use (ASVS L2 idle timeout); lib/auth/session.ts adds a 12-hour absolute limit. */
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

/** One message for an unknown email and a wrong password: no account enumeration. */
export const SIGN_IN_FAILED = 'That email and password do not match an account.';
export const ACCOUNT_SUSPENDED = 'This account is suspended. Ask an administrator to reinstate it.';
/** Refusals the audit log already records (counted when anonymous): not worth a log line each. */
const EXPECTED_REFUSALS = ['Too many failed sign-in attempts', SIGN_IN_FAILED, 'Invalid email or password', 'User not found', 'Invalid origin'];
const EXPECTED_STATUSES = new Set(['UNAUTHORIZED', 'TOO_MANY_REQUESTS', 'FORBIDDEN', 'BAD_REQUEST', 'NOT_FOUND']);

const site = siteConfig();
const siteUrl = new URL(site.url);
const https = servedOverHttps();
const loopback = servedOnLoopback();
const cookieName = authCookieName;

/**
 * Origins whose pages may post a sign-in: the site's own, and on a loopback address also the other loopback
 * names for the same port (a newcomer opens http://127.0.0.1:3000 as often as http://localhost:3000).
 */
function trustedOrigins(): string[] {
  const origins = [siteUrl.origin];
  if (loopback) {
    for (const host of ['localhost', '127.0.0.1', '[::1]']) origins.push(`${siteUrl.protocol}//${host}${siteUrl.port ? `:${siteUrl.port}` : ''}`);
  }
  return [...new Set(origins)];
}

const emailOf = (body: unknown) => {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 320) : '';
};

export const auth = betterAuth({
  appName: site.name,
  baseURL: site.url,
  basePath: '/api/auth',
  secret: authSecret(),
  trustedOrigins: trustedOrigins(),
  database: prismaAdapter(db, { provider: databaseTarget().kind === 'postgresql' ? 'postgresql' : 'sqlite' }),
  emailAndPassword: {
    enabled: true,
    // Accounts come only from invitations and the admin:create command.
    disableSignUp: true,
    autoSignIn: false,
    minPasswordLength: MIN_PASSWORD_LENGTH,
    maxPasswordLength: MAX_PASSWORD_LENGTH,
  },
  session: { expiresIn: SESSION_IDLE_SECONDS, updateAge: 60 },
  user: {
    additionalFields: {
      role: { type: 'string', input: false, defaultValue: 'contributor' },
      status: { type: 'string', input: false, defaultValue: 'active' },
      authorId: { type: 'string', input: false, required: false },
    },
  },
  // "User not found", "Too many failed sign-in attempts" and the like would be a log line per guess during an
  // attack: the audit log counts them instead. Other errors are logged.
  logger: {
    level: 'error',
    log: (level, message, ...args) => {
      if (EXPECTED_REFUSALS.some((m) => message.startsWith(m))) return;
      console.error(`[better-auth] ${level}: ${message}`, ...args);
    },
  },
  onAPIError: {
    onError: (error) => {
      if (error instanceof APIError && EXPECTED_STATUSES.has(String(error.status))) return;
      console.error('[better-auth]', error);
    },
  },
  // Sign-in is throttled by failures below; nothing else is exposed without a session.
  rateLimit: { enabled: false },
  disabledPaths: ['/sign-up/email', '/update-user', '/change-email', '/delete-user', '/request-password-reset', '/reset-password', '/set-password'],
  advanced: {
    useSecureCookies: false,
    cookies: {
      session_token: { name: cookieName('session_token') },
      session_data: { name: cookieName('session_data') },
      dont_remember: { name: cookieName('dont_remember') },
    },
    defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/', secure: https || loopback },
  },
  databaseHooks: {
    session: {
      create: {
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { status: true } });
          if (user?.status !== 'active') throw new APIError('FORBIDDEN', { message: ACCOUNT_SUSPENDED });
        },
      },
    },
  },
  hooks: {
    // Every attempt is counted before the password is checked (lib/auth/throttle.ts): a locked account or address
    // gets 429 without a password check, however many attempts arrive at once.
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== '/sign-in/email') return;
      const email = emailOf(ctx.body);
      const meta = requestMeta(ctx.headers ?? new Headers());
      const wait = await takeSignInAttempt(await signInKeys(email, meta.ip));
      if (wait > 0) {
        await countAudit({ action: 'auth.sign-in-blocked', request: meta }, (n) =>
          n === 1 ? `Sign-in refused for ${email || 'an empty email'}: locked out` : `${n} sign-in attempts refused while locked out (last for ${email || 'an empty email'})`,
        );
        throw new APIError(
          'TOO_MANY_REQUESTS',
          { message: lockoutMessage(wait), code: 'LOCKED_OUT' },
          { 'Retry-After': String(Math.ceil(wait / 1000)) },
        );
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== '/sign-in/email') return;
      const email = emailOf(ctx.body);
      const meta = requestMeta(ctx.headers ?? new Headers());
      const keys = await signInKeys(email, meta.ip);
      const session = ctx.context.newSession;
      if (session) {
        await signInSucceeded(keys);
        await recordAudit({
          actor: { id: session.user.id, label: session.user.email },
          action: 'auth.sign-in',
          target: { type: 'user', id: session.user.id },
          summary: `${session.user.name} signed in`,
          request: meta,
        });
        return;
      }
      const returned = ctx.context.returned;
      const suspended = returned instanceof APIError && returned.status === 'FORBIDDEN';
      if (keys.account) {
        // A failure against a real account is an entry of its own: at most five before the lock-out.
        await recordAudit({
          actor: null,
          action: 'auth.sign-in-failed',
          summary: `Failed sign-in for ${email}${suspended ? ' (suspended account)' : ''}`,
          request: meta,
        });
      } else {
        await countAudit({ action: 'auth.sign-in-failed', request: meta }, (n) =>
          n === 1 ? `Failed sign-in for ${email || 'an empty email'} (no such account)` : `${n} failed sign-ins for emails with no account (last: ${email || 'an empty email'})`,
        );
      }
      if (returned instanceof APIError && returned.status === 'UNAUTHORIZED') {
        throw new APIError('UNAUTHORIZED', { message: SIGN_IN_FAILED, code: 'INVALID_EMAIL_OR_PASSWORD' });
      }
    }),
  },
  plugins: [nextCookies()],
});

export type AuthSession = typeof auth.$Infer.Session;
