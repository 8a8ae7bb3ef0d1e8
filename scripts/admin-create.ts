// `npm run admin:create -- --email ana@example.org --name "Ana Ruiz"`: creates an administrator and prints a
// generated password once.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { databaseTarget } from '../lib/db/url';
import { emailField, nameField } from '../lib/users/schemas';
import { applyMigrations } from './db/engine';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
const parsed = z.object({ email: emailField, name: nameField }).safeParse(values);
if (!parsed.success) {
  console.error(`Usage: npm run admin:create -- --email <address> --name "<full name>"\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  process.exit(1);
}
await applyMigrations(databaseTarget());
const { db } = await import('../lib/db/client');
const { createAccount, generatePassword } = await import('../lib/users/accounts');
if (await db.user.findUnique({ where: { email: parsed.data.email } })) {
  console.error(`An account with the email ${parsed.data.email} already exists; nothing was changed.`);
  process.exit(1);
}
const password = generatePassword();
const user = await createAccount({ ...parsed.data, role: 'administrator', password });
const { recordAudit } = await import('../lib/audit/record');
await recordAudit({ actor: null, action: 'user.created', target: { type: 'user', id: user.id }, summary: `Administrator ${user.email} created from the command line` });
console.log(`Administrator ${user.email} created. Password (shown once): ${password}\nSign in at /admin/login.`);
await db.$disconnect();
process.exit(0);
