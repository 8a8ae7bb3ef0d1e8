import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/lib/auth/auth';

// better-auth's HTTP endpoints, of which the site uses one: signing in (throttled and audited by the hooks in
// lib/auth/auth.ts). Everything else the library offers over HTTP — changing a password without the site's policy
// or audit, listing or revoking sessions, … — answers 404 here; the site calls what it needs on the server
// (auth.api.*) from its own checked server actions.
const handler = toNextJsHandler(auth);
const EXPOSED = new Set(['POST /api/auth/sign-in/email']);

const notFound = () => Response.json({ message: 'Not found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });

const exposed = (request: Request) => EXPOSED.has(`${request.method} ${new URL(request.url).pathname.replace(/\/+$/, '')}`);

export const GET = (request: Request) => (exposed(request) ? handler.GET(request) : notFound());
export const POST = (request: Request) => (exposed(request) ? handler.POST(request) : notFound());
