import { z } from 'zod';
import { newPasswordField } from '@/lib/auth/password-policy';
import { ROLES } from '@/lib/auth/roles';

// Shared by the forms and the server actions.

export const emailField = z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.').max(254));
export const nameField = z.string().trim().min(1, 'Enter a name.').max(100, 'Use at most 100 characters.');
export const roleField = z.enum(ROLES, { message: 'Choose a role.' });
export const idField = z.string().trim().min(1).max(64);

export const inviteSchema = z.object({ email: emailField, name: nameField, role: roleField });
export const changeRoleSchema = z.object({ userId: idField, role: roleField });
export const userIdSchema = z.object({ userId: idField });
export const deleteUserSchema = z.object({ userId: idField, reassignTo: idField });
export const invitationIdSchema = z.object({ invitationId: idField });

export const acceptInvitationSchema = z
  .object({
    token: z.string().trim().min(20).max(200),
    name: nameField,
    password: newPasswordField,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' });

export const profileSchema = z.object({
  name: nameField,
  jobTitle: z.string().trim().max(100, 'Use at most 100 characters.').default(''),
  bio: z.string().trim().max(1000, 'Use at most 1,000 characters.').default(''),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(200),
    newPassword: newPasswordField,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], message: 'Choose a password different from the current one.' });

export const requestResetSchema = z.object({ email: emailField });

export const resetPasswordSchema = z
  .object({
    token: z.string().trim().min(20).max(200),
    password: newPasswordField,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' });
