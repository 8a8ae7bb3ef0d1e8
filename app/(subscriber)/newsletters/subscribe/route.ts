import { isSameOrigin } from '@/lib/http/same-origin';
import { requestMeta } from '@/lib/http/request-meta';
import { first, formFields, seeOther } from '@/lib/http/form-post';
import { signupSchema } from '@/lib/newsletters/schemas';
import { requestSignup } from '@/lib/newsletters/signup';

/** The path of the page the form was on, from the Referer: our pages send it in full to their own origin. */
function sourcePath(request: Request): string {
  try {
    const referer = new URL(request.headers.get('referer') ?? '');
    return referer.origin === request.headers.get('origin') ? referer.pathname : '/';
  } catch {
    return '/';
  }
}

/**
 * The sign-up forms on the homepage, articles and /newsletters post here (plain forms, so they work without
 * JavaScript); the answer is a page: /newsletters with what happened, or what to correct.
 */
export async function POST(request: Request) {
  // A form on another site cannot sign anyone up: double opt-in would stop it, but it would still send mail.
  if (!isSameOrigin(request.headers)) return new Response('Sign up from a page of this site.', { status: 403 });
  const fields = await formFields(request);
  const parsed = signupSchema.safeParse({
    email: first(fields, 'email'),
    newsletter: first(fields, 'newsletter'),
    source: sourcePath(request),
    website: first(fields, 'website'),
  });
  if (!parsed.success) {
    const newsletter = encodeURIComponent(first(fields, 'newsletter').slice(0, 64));
    const field = parsed.error.issues[0]?.path[0] === 'email' ? 'email' : 'newsletter';
    return seeOther(`/newsletters?error=${field}&newsletter=${newsletter}#signup-${newsletter}`);
  }
  const result = await requestSignup(parsed.data, requestMeta(request.headers));
  if (!result.ok) return seeOther(`/newsletters?error=${result.status === 429 ? 'busy' : (result.field ?? 'newsletter')}`);
  return seeOther(`/newsletters?sent=${encodeURIComponent(parsed.data.newsletter)}`);
}
