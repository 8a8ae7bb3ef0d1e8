import type { z } from 'zod';

/** What every server action answers; `useActionState` shows `message` and the per-field errors. */
export type ActionResult<T = undefined, F = never> =
  | { ok: true; message?: string; data?: T }
  | {
      ok: false;
      status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 429 | 503;
      message: string;
      fieldErrors?: Record<string, string[]>;
      /** What the refusal is about, when the form can do something with it (the other version in a conflict). */
      details?: F;
    };

export const FORM_INVALID = 'Some fields need attention.';
export const NOT_SIGNED_IN = 'Your session has ended. Sign in again.';
export const NOT_ALLOWED = 'Your role does not allow this.';

export function invalid(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, status: 400, message: FORM_INVALID, fieldErrors };
}

type FailureStatus = Extract<ActionResult, { ok: false }>['status'];

export const failure = (status: FailureStatus, message: string, fieldErrors?: Record<string, string[]>): ActionResult<never> => ({
  ok: false,
  status,
  message,
  ...(fieldErrors ? { fieldErrors } : {}),
});
