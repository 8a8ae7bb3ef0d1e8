import { can } from '@/lib/auth/roles';
import { getViewer } from '@/lib/auth/session';
import { FORM_INVALID, NOT_ALLOWED, NOT_SIGNED_IN } from '@/lib/forms/result';
import { importFormSchema, NO_IMPORT_FILE, startImportFromUpload } from '@/lib/import/admin';
import { importMaxBytes, tooLarge } from '@/lib/import/source';
import { MULTIPART_OVERHEAD, readLimitedBody } from '@/lib/http/limited-body';
import { isSameOrigin } from '@/lib/http/same-origin';

const CROSS_SITE = 'Imports are accepted only from the newsroom’s own pages.';
const NOT_MULTIPART = 'Send the file as a form upload (multipart/form-data).';
const INTERRUPTED = 'The upload was interrupted. Try again.';

type Body = { ok: true; runId: string } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };
const reply = (status: number, body: Body) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * Starts an import of an uploaded file (multipart: `file`, `format`, `defaultSection`, `downloadMedia`). It answers
 * 202 at once with the run's id; the import runs in its own process (lib/import/background.ts) and /admin/import
 * shows its progress. A route handler rather than a server action: the file may be far larger than an action's body.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return reply(403, { ok: false, message: CROSS_SITE });
  const viewer = await getViewer();
  if (!viewer) return reply(401, { ok: false, message: NOT_SIGNED_IN });
  if (!can(viewer.role, 'content:transfer')) return reply(403, { ok: false, message: NOT_ALLOWED });
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) return reply(415, { ok: false, message: NOT_MULTIPART });

  const limit = importMaxBytes();
  const body = await readLimitedBody(request, limit + MULTIPART_OVERHEAD);
  if (!body.ok) return body.reason === 'too-large' ? reply(413, { ok: false, message: tooLarge(null, limit) }) : reply(400, { ok: false, message: INTERRUPTED });
  let form: FormData;
  try {
    form = await new Response(body.body, { headers: { 'Content-Type': contentType } }).formData();
  } catch {
    return reply(400, { ok: false, message: INTERRUPTED });
  }
  const text = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : undefined);
  const parsed = importFormSchema.safeParse({
    format: text('format'),
    defaultSection: text('defaultSection') ?? '',
    downloadMedia: text('downloadMedia'),
    sectionMap: text('sectionMap') ?? '',
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? 'form')] ??= []).push(issue.message);
    return reply(400, { ok: false, message: FORM_INVALID, fieldErrors });
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return reply(400, { ok: false, message: NO_IMPORT_FILE, fieldErrors: { file: [NO_IMPORT_FILE] } });
  const started = await startImportFromUpload(viewer, parsed.data, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, limit);
  return started.ok ? reply(202, started) : reply(started.status, { ok: false, message: started.message });
}
