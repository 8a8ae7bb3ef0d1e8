// Runs once when a server starts: arms the timer that refreshes pages at each scheduled article's minute, and the
// hourly house-keeping (counted anonymous audit entries past their retention).
const HOUSEKEEPING_MS = 60 * 60 * 1000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { armDueTimer } = await import('./lib/publishing/follow-up');
  await armDueTimer().catch((error: unknown) => console.error('[dateline] could not arm the scheduled-publishing timer', error));
  const { purgeAnonymousAudit } = await import('./lib/audit/retention');
  const housekeeping = () => purgeAnonymousAudit().catch((error: unknown) => console.error('[dateline] house-keeping failed', error));
  setInterval(housekeeping, HOUSEKEEPING_MS).unref();
}
