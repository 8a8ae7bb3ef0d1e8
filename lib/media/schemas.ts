import { z } from 'zod';

// Shared by the upload endpoint, the library's forms and their server actions.

export const ALT_MAX = 300;
export const CAPTION_MAX = 500;
export const CREDIT_MAX = 200;

export const ALT_REQUIRED = 'Add alt text: describe the picture for readers who cannot see it.';

const idField = z.string().trim().min(1).max(64);

export const imageTextSchema = z.object({
  alt: z.string(ALT_REQUIRED).trim().min(1, ALT_REQUIRED).max(ALT_MAX, `Keep alt text to ${ALT_MAX} characters.`),
  caption: z.string().trim().max(CAPTION_MAX, `Keep the caption to ${CAPTION_MAX} characters.`).default(''),
  credit: z.string().trim().max(CREDIT_MAX, `Keep the credit to ${CREDIT_MAX} characters.`).default(''),
});
export type ImageText = z.infer<typeof imageTextSchema>;

export const updateImageSchema = imageTextSchema.extend({ imageId: idField });
export const imageIdSchema = z.object({ imageId: idField });

export const searchMediaSchema = z.object({
  q: z.string().trim().max(200).default(''),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
