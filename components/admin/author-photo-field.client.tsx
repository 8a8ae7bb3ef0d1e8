'use client';

import { useState } from 'react';
import { MediaPicker } from '@/components/admin/media-picker.client';
import type { PickedImage } from '@/lib/media/types';

/** An author's photo, chosen from the media library: submitted as the form field `photoId` (empty for none). */
export function AuthorPhotoField({ initial, authorName }: { initial: PickedImage | null; authorName?: string }) {
  const [image, setImage] = useState<PickedImage | null>(initial);
  const [picking, setPicking] = useState(false);
  const whose = authorName ? ` of ${authorName}` : '';
  return (
    <div className="text-sm">
      <span className="block font-semibold">Photo</span>
      <input type="hidden" name="photoId" value={image?.id ?? ''} />
      <div className="flex items-center gap-2">
        {image ? (
          // eslint-disable-next-line @next/next/no-img-element -- a small admin thumbnail from the site's own media
          <img src={image.src} alt={image.alt} width={48} height={48} className="size-12 rounded-full border border-rule object-cover" />
        ) : (
          <span className="text-muted">No photo</span>
        )}
        <button type="button" onClick={() => setPicking(true)} className="rounded border border-rule px-2 py-1" aria-label={`${image ? 'Change' : 'Choose'} photo${whose}`}>
          {image ? 'Change' : 'Choose'}
        </button>
        {image && (
          <button type="button" onClick={() => setImage(null)} className="rounded border border-rule px-2 py-1" aria-label={`Remove photo${whose}`}>
            Remove
          </button>
        )}
      </div>
      {picking && (
        <MediaPicker
          onSelect={(picked) => {
            setImage(picked);
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      )}
    </div>
  );
}
