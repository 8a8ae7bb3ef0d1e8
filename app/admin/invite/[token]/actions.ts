'use server';

import { definePublicAction } from '@/lib/auth/define-action';
import { acceptInvitation } from '@/lib/users/invitations';
import { acceptInvitationSchema } from '@/lib/users/schemas';

/** Public by nature: the one-time token in the form is the credential, checked by acceptInvitation. */
export const acceptInvitationAction = definePublicAction(acceptInvitationSchema, (input, ctx) => acceptInvitation(input, ctx));
