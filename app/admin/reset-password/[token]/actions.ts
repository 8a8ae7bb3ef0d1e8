'use server';

import { definePublicAction } from '@/lib/auth/define-action';
import { resetPassword } from '@/lib/users/password-reset';
import { resetPasswordSchema } from '@/lib/users/schemas';

/** Public by nature: the single-use token in the form is the credential, checked by resetPassword. */
export const resetPasswordAction = definePublicAction(resetPasswordSchema, (input, ctx) => resetPassword(input, ctx));
