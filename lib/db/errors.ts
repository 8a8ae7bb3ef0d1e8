// Prisma's error codes, checked by shape: the SQLite and PostgreSQL clients each have their own error classes.

const hasCode = (error: unknown, code: string) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;

/** A unique constraint refused the write (P2002): someone else took the value first. */
export const isUniqueViolation = (error: unknown) => hasCode(error, 'P2002');

/** The record to update or delete is gone (P2025). */
export const isMissingRecord = (error: unknown) => hasCode(error, 'P2025');
