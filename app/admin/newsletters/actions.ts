'use server';

import { revalidatePath } from 'next/cache';
import { defineJsonAction } from '@/lib/auth/define-action';
import { editionSchema, saveEdition, sendTestEdition } from '@/lib/newsletters/desk';

export const saveEditionAction = defineJsonAction('newsletters:manage', editionSchema, async (viewer, input, ctx) => {
  const result = await saveEdition(viewer, input, ctx);
  if (result.ok) revalidatePath('/admin/newsletters');
  return result;
});

export const sendTestEditionAction = defineJsonAction('newsletters:manage', editionSchema, (viewer, input, ctx) => sendTestEdition(viewer, input, ctx));
