import { randomBytes } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { Role } from '@/lib/auth/roles';
import { db } from '@/lib/db/client';
import { toSlug, uniqueSlug } from '@/lib/text/slug';

export type NewAccount = { email: string; name: string; role: Role; password: string; authorId?: string | null };

/** A generated password: 24 URL-safe characters from 144 random bits. */
export const generatePassword = () => randomBytes(18).toString('base64url');

/**
 * Creates a user with an email-and-password credential (hashed with better-auth's scrypt) and a public author
 * profile linked to it, unless one is given. Used by invitations, `npm run admin:create` and the demo seed.
 */
export async function createAccount({ email, name, role, password, authorId }: NewAccount) {
  const hash = await hashPassword(password);
  const slug = authorId ? null : await uniqueSlug(toSlug(name) || 'staff', async (s) => (await db.author.count({ where: { slug: s } })) > 0);
  // One nested write (no read inside a transaction): SQLite never has to upgrade a read lock under contention.
  return db.user.create({
    data: {
      email: email.trim().toLowerCase(),
      name,
      role,
      status: 'active',
      emailVerified: true,
      author: authorId ? { connect: { id: authorId } } : { create: { slug: slug!, name } },
      accounts: { create: { accountId: 'pending', providerId: 'credential', password: hash } },
    },
  }).then(async (user) => {
    // better-auth identifies an email-and-password credential by accountId = user id.
    await db.account.updateMany({ where: { userId: user.id, providerId: 'credential' }, data: { accountId: user.id } });
    return user;
  });
}
