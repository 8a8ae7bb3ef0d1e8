import { deleteImageAction, updateImageAction } from '@/app/admin/media/actions';
import { formatDateTime } from '@/lib/dates/format';
import { ALT_MAX, CAPTION_MAX, CREDIT_MAX } from '@/lib/media/schemas';
import type { MediaItem } from '@/lib/media/types';
import { describeUse } from '@/lib/media/usage';
import { ActionForm } from './action-form.client';
import { formatBytes } from './upload-image';
import { MediaThumb } from './media-thumb';

const input = 'mt-1 w-full rounded border border-rule px-2 py-1 text-sm';

/** One picture of the library: where it is used and, for those allowed, its details form and delete button. */
export function MediaCard({ item, canManage, timeZone }: { item: MediaItem; canManage: boolean; timeZone: string }) {
  return (
    <li data-image={item.id} className="rounded border border-rule p-3 text-sm">
      <figure>
        <MediaThumb image={item} />
        <figcaption className="mt-2">
          <strong className="block">{item.alt}</strong>
          {item.caption && <span className="block">{item.caption}</span>}
          {item.credit && <span className="block text-xs uppercase tracking-wide text-muted">{item.credit}</span>}
        </figcaption>
      </figure>
      <p className="mt-2 text-xs text-muted">
        {item.width} × {item.height} · {item.mimeType.replace('image/', '').toUpperCase()} · {formatBytes(item.sizeBytes)}
        <br />
        {item.uploadedByName ? `Uploaded by ${item.uploadedByName}` : 'Added'} on{' '}
        <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt, timeZone)}</time>
      </p>
      {item.usage.length === 0 ? (
        <p className="mt-2 text-xs text-muted">Not used yet</p>
      ) : (
        <div className="mt-2 text-xs">
          <p className="font-semibold">Used</p>
          <ul className="list-disc pl-4">
            {item.usage.map((use, i) => (
              <li key={i}>{describeUse(use)}</li>
            ))}
          </ul>
        </div>
      )}
      {canManage && (
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold">Edit or delete</summary>
          <ActionForm action={updateImageAction} submitLabel="Save details" className="mt-2">
            <input type="hidden" name="imageId" value={item.id} />
            <label className="w-full">
              Alt text
              <input name="alt" defaultValue={item.alt} maxLength={ALT_MAX} className={input} />
            </label>
            <label className="w-full">
              Caption
              <input name="caption" defaultValue={item.caption} maxLength={CAPTION_MAX} className={input} />
            </label>
            <label className="w-full">
              Credit
              <input name="credit" defaultValue={item.credit} maxLength={CREDIT_MAX} className={input} />
            </label>
          </ActionForm>
          <ActionForm action={deleteImageAction} submitLabel="Delete picture" danger className="mt-3">
            <input type="hidden" name="imageId" value={item.id} />
          </ActionForm>
        </details>
      )}
    </li>
  );
}
