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
  return db.$transaction(async (tx) => {
    let linkedAuthorId = authorId ?? null;
    if (!linkedAuthorId) {
      const slug = await uniqueSlug(toSlug(name) || 'staff', async (s) => (await tx.author.count({ where: { slug: s } })) > 0);
      linkedAuthorId = (await tx.author.create({ data: { slug, name }, select: { id: true } })).id;
    }
    const user = await tx.user.create({
      data: { email: email.trim().toLowerCase(), name, role, status: 'active', emailVerified: true, authorId: linkedAuthorId },
    });
    await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: 'credential', password: hash } });
    return user;
  });
}
