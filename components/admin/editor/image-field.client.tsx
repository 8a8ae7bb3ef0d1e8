'use client';

import { useState } from 'react';
import { MediaPicker } from '@/components/admin/media-picker.client';
import type { PickedImage } from '@/lib/media/types';
import { FieldError } from './article-editor.client';

/** A picture chosen from the media library (hero or social image). */
export function ImageField({
  label,
  initial,
  imageId,
  errors,
  onChange,
}: {
  label: string;
  initial: PickedImage | null;
  imageId: string | null;
  errors?: string[];
  onChange: (id: string | null) => void;
}) {
  const [image, setImage] = useState<PickedImage | null>(initial);
  const [picking, setPicking] = useState(false);
  const shown = imageId && image?.id === imageId ? image : null;
  return (
    <div className="text-sm">
      <p className="font-semibold">{label}</p>
      {shown ? (
        // eslint-disable-next-line @next/next/no-img-element -- a small admin thumbnail from the site's own media
        <img src={shown.src} alt={shown.alt} width={shown.width} height={shown.height} className="mt-1 h-auto w-full rounded border border-rule" />
      ) : (
        <p className="text-muted">{imageId ? 'Picture chosen' : 'None'}</p>
      )}
      <div className="mt-1 flex gap-2">
        <button type="button" className="rounded border border-rule px-2 py-1" onClick={() => setPicking(true)}>
          {imageId ? 'Change' : 'Choose'}
        </button>
        {imageId && (
          <button type="button" className="rounded border border-rule px-2 py-1" onClick={() => onChange(null)}>
            Remove
          </button>
        )}
      </div>
      <FieldError messages={errors} />
      {picking && (
        <MediaPicker
          onSelect={(picked) => {
            setImage(picked);
            setPicking(false);
            onChange(picked.id);
          }}
          onClose={() => setPicking(false)}
        />
      )}
    </div>
  );
}
