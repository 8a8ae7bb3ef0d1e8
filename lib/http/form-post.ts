// What the readers' plain form posts share (newsletters, comments): reading the form, and answering with a 303 to a page.
import { NextResponse } from 'next/server';
import { readLimitedBody } from './limited-body';

/**
 * The largest form a reader posts: a comment of 2,000 characters, each up to 9 bytes once percent-encoded (a 3-byte
 * UTF-8 character), and the few short fields around it.
 */
const MAX_FORM_BYTES = 32_768;

/**
 * A posted form's fields (urlencoded or multipart), each field's values in order; null when the body is not a form or
 * is larger than MAX_FORM_BYTES, declared or not (a chunked body is read no further than the limit).
 */
export async function formFields(request: Request): Promise<Map<string, string[]> | null> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return null;
  const body = await readLimitedBody(request, MAX_FORM_BYTES);
  if (!body.ok) return null;
  try {
    const form = await new Response(body.body, { headers: { 'Content-Type': type } }).formData();
    const fields = new Map<string, string[]>();
    for (const [name, value] of form.entries()) if (typeof value === 'string') fields.set(name, [...(fields.get(name) ?? []), value]);
    return fields;
  } catch {
    return null;
  }
}

export const first = (fields: Map<string, string[]> | null, name: string) => fields?.get(name)?.[0] ?? '';

/** "See this page": the answer to a form post, so a reload does not post again. Relative, as the site's 301s are. */
export const seeOther = (location: string) => new NextResponse(null, { status: 303, headers: { Location: location, 'Cache-Control': 'private, no-store' } });
