// Browser side of the upload endpoint (app/api/admin/media/route.ts). XMLHttpRequest rather than fetch: only it
// reports upload progress.
import type { UploadResponse } from '@/lib/media/types';

export const UPLOAD_ENDPOINT = '/api/admin/media';

const NETWORK_ERROR = 'The newsroom could not be reached. Check your connection and try again.';

/** Posts the form (file, alt, caption, credit); `onProgress` gets the fraction sent, 0 to 1. Never rejects. */
export function uploadImageFile(data: FormData, onProgress: (fraction: number) => void): Promise<UploadResponse> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', UPLOAD_ENDPOINT);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as UploadResponse | null;
      resolve(body && typeof body.ok === 'boolean' ? body : { ok: false, message: `The upload failed (error ${xhr.status}).` });
    };
    xhr.onerror = () => resolve({ ok: false, message: NETWORK_ERROR });
    xhr.onabort = () => resolve({ ok: false, message: 'The upload was cancelled.' });
    xhr.send(data);
  });
}

/** "10 MB", "2.5 MB", "800 KB" (the same wording as the server's messages). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
