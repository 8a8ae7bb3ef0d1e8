import { z } from 'zod';
import { slugInput } from '@/lib/text/slug-field';

// Shared by the forms in /admin/sections and their server actions.

export const SECTION_NAME_MAX = 60;
export const SECTION_DESCRIPTION_MAX = 300;

const sectionId = z.string().trim().min(1, 'Choose a section.').max(64, 'That section does not exist.');

const sectionFields = {
  name: z.string().trim().min(1, 'Enter a name.').max(SECTION_NAME_MAX, `Use at most ${SECTION_NAME_MAX} characters for the name.`),
  slug: slugInput,
  description: z
    .string()
    .trim()
    .max(SECTION_DESCRIPTION_MAX, `Use at most ${SECTION_DESCRIPTION_MAX} characters for the description.`)
    .default(''),
  /**
   * Whether readers may comment on its stories. The form sends a hidden "off" before the checkbox, so a ticked box
   * arrives as ["off", "on"] and an unticked one as "off"; left out (a caller that does not name it), it is unchanged.
   */
  commentsEnabled: z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v.includes('on') : v === 'on' || v === true), z.boolean().optional()),
};

export const createSectionSchema = z.object(sectionFields);
export type SectionInput = z.infer<typeof createSectionSchema>;

export const updateSectionSchema = z.object({ sectionId, ...sectionFields });
export const moveSectionSchema = z.object({ sectionId, direction: z.enum(['up', 'down'], { message: 'Choose up or down.' }) });
export const sectionIdSchema = z.object({ sectionId });
