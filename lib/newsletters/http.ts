// What the newsletter route handlers share: reading a plain form post, and answering with a 303 to a page.
import { NextResponse } from 'next/server';

/** A posted form's fields (urlencoded or multipart), each field's values in order; null when the body is not a form. */
export async function formFields(request: Request): Promise<Map<string, string[]> | null> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return null;
  if (Number(request.headers.get('content-length') ?? 0) > 16_384) return null;
  try {
    const form = await request.formData();
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
