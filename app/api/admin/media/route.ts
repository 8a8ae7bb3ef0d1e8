import { can } from '@/lib/auth/roles';
import { getViewer } from '@/lib/auth/session';
import { FORM_INVALID, invalid, NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/forms/result';
import { readLimitedBody, MULTIPART_OVERHEAD } from '@/lib/http/limited-body';
import { requestMeta } from '@/lib/http/request-meta';
import { isSameOrigin } from '@/lib/http/same-origin';
import { imageTextSchema } from '@/lib/media/schemas';
import type { UploadResponse } from '@/lib/media/types';
import { maxUploadBytes, NO_FILE, tooLargeMessage, uploadImage } from '@/lib/media/upload';

const CROSS_SITE = 'Uploads are accepted only from the newsroom’s own pages.';
const NOT_MULTIPART = 'Send the picture as a form upload (multipart/form-data).';
const INTERRUPTED = 'The upload was interrupted. Try again.';
const NOT_SAVED = 'The picture could not be saved. Try again in a moment.';

type Status = 200 | 400 | 401 | 403 | 413 | 415 | 500;

const reply = (status: Status, body: UploadResponse) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
const refuse = (status: Status, message: string, fieldErrors?: Record<string, string[]>) =>
  reply(status, { ok: false, message, ...(fieldErrors ? { fieldErrors } : {}) });

const textField = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
};

/**
 * Upload to the media library (multipart: `file`, `alt`, `caption`, `credit`). A route handler rather than a server
 * action so the browser can report upload progress. It checks the origin, the session and the role itself.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return refuse(403, CROSS_SITE);
  const viewer = await getViewer();
  if (!viewer) return refuse(401, NOT_SIGNED_IN);
  if (!can(viewer.role, 'articles:write-own')) return refuse(403, NOT_ALLOWED);

  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) return refuse(415, NOT_MULTIPART);
  const limit = maxUploadBytes();
  const body = await readLimitedBody(request, limit + MULTIPART_OVERHEAD);
  if (!body.ok) {
    return body.reason === 'too-large' ? refuse(413, tooLargeMessage(null, limit), { file: [tooLargeMessage(null, limit)] }) : refuse(400, INTERRUPTED);
  }
  let form: FormData;
  try {
    form = await new Response(body.body, { headers: { 'Content-Type': contentType } }).formData();
  } catch {
    return refuse(400, INTERRUPTED);
  }

  const text = imageTextSchema.safeParse({ alt: textField(form, 'alt'), caption: textField(form, 'caption'), credit: textField(form, 'credit') });
  if (!text.success) {
    const result = invalid(text.error);
    return refuse(400, FORM_INVALID, result.ok ? undefined : result.fieldErrors);
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return refuse(400, NO_FILE, { file: [NO_FILE] });

  try {
    const result = await uploadImage(
      viewer,
      { bytes: new Uint8Array(await file.arrayBuffer()), originalName: file.name, ...text.data },
      { request: requestMeta(request.headers) },
    );
    return result.ok ? reply(200, result) : refuse(result.status, result.message, result.fieldErrors);
  } catch (error) {
    console.error('Upload failed', error);
    return refuse(500, NOT_SAVED);
  }
}
