'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/auth/define-action';
import type { ActionResult } from '@/lib/forms/result';
import { createSection, deleteSection, moveSection, updateSection } from '@/lib/sections/manage';
import { createSectionSchema, moveSectionSchema, sectionIdSchema, updateSectionSchema } from '@/lib/sections/schemas';

// The domain functions expire the reader pages; this refreshes the admin list itself.
const refresh = (result: ActionResult) => {
  if (result.ok) revalidatePath('/admin/sections');
  return result;
};

export const createSectionAction = defineAction('sections:manage', createSectionSchema, async (viewer, input, ctx) =>
  refresh(await createSection(viewer, input, ctx)),
);

export const updateSectionAction = defineAction('sections:manage', updateSectionSchema, async (viewer, input, ctx) =>
  refresh(await updateSection(viewer, input, ctx)),
);

export const moveSectionAction = defineAction('sections:manage', moveSectionSchema, async (viewer, input, ctx) =>
  refresh(await moveSection(viewer, input, ctx)),
);

export const deleteSectionAction = defineAction('sections:manage', sectionIdSchema, async (viewer, input, ctx) =>
  refresh(await deleteSection(viewer, input, ctx)),
);
