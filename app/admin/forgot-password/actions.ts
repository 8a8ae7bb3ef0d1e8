'use server';

import { definePublicAction } from '@/lib/auth/define-action';
import { requestPasswordReset } from '@/lib/users/password-reset';
import { requestResetSchema } from '@/lib/users/schemas';

/** Public by nature: whoever forgot their password is signed out. Limited per address and account by the handler. */
export const requestPasswordResetAction = definePublicAction(requestResetSchema, (input, ctx) => requestPasswordReset(input, ctx));
