// Runs once when a server starts: arms the timer that refreshes pages at each scheduled article's minute.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { armDueTimer } = await import('./lib/publishing/follow-up');
  await armDueTimer().catch((error: unknown) => console.error('[dateline] could not arm the scheduled-publishing timer', error));
}
