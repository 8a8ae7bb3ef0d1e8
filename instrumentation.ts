// Runs once when a server starts: the answer server.mjs gives moved and deleted stories' addresses
// (lib/http/story-address.ts), the timer that refreshes pages at each scheduled moment and sends newsletters
// (lib/publishing/due-timer.ts), and the hourly house-keeping (counted anonymous audit entries, old work claims,
// five-minute view counts, expired links and sign-ups, old comment data and newsletter deliveries past their retention).
const HOUSEKEEPING_MS = 60 * 60 * 1000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // First: server.mjs answers story-shaped page loads with it as soon as Next is ready.
  const { installStoryAddressAnswer } = await import('./lib/http/story-address');
  installStoryAddressAnswer();
  const { startDueTimer } = await import('./lib/publishing/due-timer');
  await startDueTimer().catch((error: unknown) => console.error('[dateline] could not start the scheduled-publishing timer', error));
  const { purgeAnonymousAudit } = await import('./lib/audit/retention');
  const { purgeOldClaims } = await import('./lib/jobs/claim');
  const { purgeOldViewSlots } = await import('./lib/analytics/grains');
  const { purgeOldResets } = await import('./lib/users/password-reset');
  const { purgeOldSignups } = await import('./lib/newsletters/signup');
  const { purgeOldCommentData } = await import('./lib/comments/post');
  const { purgeOldDeliveries } = await import('./lib/newsletters/send');
  const { db } = await import('./lib/db/client');
  const housekeeping = () =>
    Promise.all([purgeAnonymousAudit(), purgeOldClaims(), purgeOldViewSlots(db), purgeOldResets(), purgeOldSignups(), purgeOldCommentData(), purgeOldDeliveries()]).catch((error: unknown) => console.error('[dateline] house-keeping failed', error));
  setInterval(housekeeping, HOUSEKEEPING_MS).unref();
}
