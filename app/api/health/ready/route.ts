import { connection } from 'next/server';
import { checkReadiness } from '@/lib/health/readiness';

/**
 * Readiness for the edge cache and load balancers: 200 when the database (and Redis, if configured) answer, 503
 * otherwise, with which one failed. No input, no session, no personal data; never cached.
 */
export async function GET() {
  await connection();
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
