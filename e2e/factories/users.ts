import { randomUUID } from 'node:crypto';
import type { Role } from '../../lib/auth/roles';
import { createAccount } from '../../lib/users/accounts';

export type TestUser = { id: string; email: string; name: string; password: string; role: Role };

/** A fresh newsroom account with a known password (a new one per test, so tests never share lock-outs). */
export async function createUser(role: Role): Promise<TestUser> {
  const tag = randomUUID().slice(0, 8);
  const name = `Test ${role} ${tag}`;
  const email = `${role}-${tag}@e2e.example`;
  const password = `e2e-${randomUUID()}`;
  const user = await createAccount({ email, name, role, password });
  return { id: user.id, email, name, password, role };
}
