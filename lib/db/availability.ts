import { unstable_rethrow } from 'next/navigation';
import type { ActionResult } from '@/lib/forms/result';
import { db } from './client';

/** What an editor is told when an action could not reach the database. Their work stays in the browser. */
export const DATABASE_UNAVAILABLE =
  'The database is unavailable, so this was not saved. Your changes are kept in this browser; try again in a moment.';

/** Whether the database answers a trivial query within `ms` (a stopped server refuses at once; a hung one times out). */
export async function databaseReachable(ms = 2000): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs an action; when it throws and the database does not answer, the editor gets a 503 with a message that
 * says so (instead of Next's opaque "An error occurred in the Server Components render"). Other errors go on up.
 */
export async function unlessDatabaseDown<T, F>(work: () => Promise<ActionResult<T, F>>): Promise<ActionResult<T, F>> {
  try {
    return await work();
  } catch (error) {
    // Next's own control flow (redirect(), notFound()) passes through untouched.
    unstable_rethrow(error);
    if (await databaseReachable()) throw error;
    return { ok: false, status: 503, message: DATABASE_UNAVAILABLE };
  }
}
