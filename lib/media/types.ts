// Plain types of the media library, safe to import from client components.

/** A picture chosen in the media picker (or just uploaded): what the editor needs to place it. */
export type PickedImage = {
  id: string;
  src: string;
  /** Responsive WebP variants ("… 320w, … 640w"); absent for pictures without variants. */
  srcSet?: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
};

/** Where a picture is used; a picture in use cannot be deleted. */
export type ImageUsage = {
  kind: 'hero' | 'social' | 'author-photo' | 'body';
  /** The article's headline or the author's name. */
  label: string;
};

/** A picture as the media library page shows it. */
export type MediaItem = PickedImage & {
  mimeType: string;
  sizeBytes: number;
  createdAt: Date;
  uploadedById: string | null;
  uploadedByName: string | null;
  usage: ImageUsage[];
};

/** What the upload endpoint answers. */
export type UploadResponse =
  | { ok: true; image: PickedImage }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** One page of search results for the picker. */
export type MediaSearchPage = { images: PickedImage[]; page: number; pageCount: number; total: number };
