import { headers } from 'next/headers';
import type { z } from 'zod';
import { unlessDatabaseDown } from '@/lib/db/availability';
import { type ActionResult, invalid, NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/forms/result';
import { type RequestMeta, requestMeta } from '@/lib/http/request-meta';
import { can, type Permission } from './roles';
import { getViewer, type Viewer } from './session';

/** What the domain is told of the request an action serves: the caller's address and browser, for the audit log. */
export type ActionContext = { request: RequestMeta };

/**
 * What an action's handler is given: ActionContext and the request's headers, which better-auth reads the session
 * cookie from. Handed in rather than read with `headers()`, so `run` works outside a request (the action matrix test).
 */
export type HandlerContext = ActionContext & { headers: Headers };

type Handler<S extends z.ZodType, T> = (viewer: Viewer, input: z.infer<S>, context: HandlerContext) => Promise<ActionResult<T>>;

async function requestContext(): Promise<HandlerContext> {
  const requestHeaders = await headers();
  return { request: requestMeta(requestHeaders), headers: requestHeaders };
}

/**
 * A server action that checks, on its first lines, that the caller is signed in and has `permission`, then
 * parses its input with `schema`. `run` is the same check with the caller given, for the authorisation tests.
 */
export function defineAction<S extends z.ZodType, T = undefined>(permission: Permission, schema: S, handler: Handler<S, T>) {
  const run = async (viewer: Viewer | null, raw: unknown, context: HandlerContext): Promise<ActionResult<T>> => {
    if (!viewer) return { ok: false, status: 401, message: NOT_SIGNED_IN };
    if (!can(viewer.role, permission)) return { ok: false, status: 403, message: NOT_ALLOWED };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error);
    return handler(viewer, parsed.data, context);
  };
  const action = async (_previous: unknown, formData: FormData): Promise<ActionResult<T>> =>
    unlessDatabaseDown(async () => run(await getViewer(), formEntries(formData), await requestContext()));
  return Object.assign(action, { permission, run });
}

/**
 * defineAction for actions the editor calls with a plain object (autosave, workflow buttons) rather than a form.
 * The same checks, in the same order.
 */
export function defineJsonAction<S extends z.ZodType, T = undefined, F = never>(
  permission: Permission,
  schema: S,
  handler: (viewer: Viewer, input: z.infer<S>, context: HandlerContext) => Promise<ActionResult<T, F>>,
) {
  const run = async (viewer: Viewer | null, raw: unknown, context: HandlerContext): Promise<ActionResult<T, F>> => {
    if (!viewer) return { ok: false, status: 401, message: NOT_SIGNED_IN };
    if (!can(viewer.role, permission)) return { ok: false, status: 403, message: NOT_ALLOWED };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error);
    return handler(viewer, parsed.data, context);
  };
  const action = async (raw: unknown): Promise<ActionResult<T, F>> =>
    unlessDatabaseDown(async () => run(await getViewer(), raw, await requestContext()));
  return Object.assign(action, { permission, run });
}

/** A server action anyone may call (signing in through an invitation): it still validates its input. */
export function definePublicAction<S extends z.ZodType, T = undefined>(
  schema: S,
  handler: (input: z.infer<S>, context: HandlerContext) => Promise<ActionResult<T>>,
) {
  const run = async (_viewer: Viewer | null, raw: unknown, context: HandlerContext): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error);
    return handler(parsed.data, context);
  };
  const action = async (_previous: unknown, formData: FormData): Promise<ActionResult<T>> =>
    unlessDatabaseDown(async () => run(null, formEntries(formData), await requestContext()));
  return Object.assign(action, { permission: 'public' as const, run });
}

/** Form fields as a plain object; repeated names become arrays. Files are left out. */
export function formEntries(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue;
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
