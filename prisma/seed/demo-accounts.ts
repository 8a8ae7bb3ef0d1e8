import fs from 'node:fs';
import path from 'node:path';
import type { DemoAccount } from './seed';

/** Prints the demo accounts once and keeps them in a git-ignored file (DEMO_ACCOUNTS_FILE, default data/demo-accounts.txt). */
export function announceDemoAccounts(accounts: DemoAccount[]) {
  if (accounts.length === 0) return;
  const file = path.resolve(process.cwd(), process.env.DEMO_ACCOUNTS_FILE ?? 'data/demo-accounts.txt');
  const lines = accounts.map((a) => `${a.role.padEnd(14)} ${a.email.padEnd(34)} ${a.password}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `# Demo newsroom accounts (sign in at /admin/login). Keep private.\n${lines.join('\n')}\n`, { mode: 0o600 });
  console.log(`\nDemo newsroom accounts (shown once; also saved to ${path.relative(process.cwd(), file)}):\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
}
