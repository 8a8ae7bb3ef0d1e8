/** Room for the multipart envelope and the text fields around an upload. */
export const MULTIPART_OVERHEAD = 64 * 1024;

export type LimitedBody = { ok: true; body: Uint8Array<ArrayBuffer> } | { ok: false; reason: 'too-large' | 'unreadable' };

/**
 * Reads a request body, stopping as soon as it passes `maxBytes` (a declared Content-Length over the limit is
 * refused before reading anything), so an oversized upload is never held in memory whole.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<LimitedBody> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: 'too-large' };
  if (!request.body) return { ok: true, body: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, body };
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; reason: 'too-large' | 'unreadable' | 'not-json' };

/** A JSON request body read with readLimitedBody's limit; `not-json` when it does not parse. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const body = await readLimitedBody(request, maxBytes);
  if (!body.ok) return body;
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(body.body)) };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}
