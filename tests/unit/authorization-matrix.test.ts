import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_ROUTES } from '@/lib/auth/admin-routes';
import { can, ROLES, type Role } from '@/lib/auth/roles';
import type { Viewer } from '@/lib/auth/session';

// Every /admin page, route handler and server action × {anonymous, contributor, author, editor, administrator}.
// Routes and actions are discovered on disk, so a new one without a rule fails here.

const root = path.resolve(import.meta.dirname, '../..');

function filesUnder(dir: string, name: RegExp): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { recursive: true, encoding: 'utf8' }).filter((f) => name.test(path.basename(f))).map((f) => path.join(dir, f));
}

const toRoute = (file: string) =>
  '/' + path.dirname(file).replace(/^app\//, '').split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join('/');

const viewer = (role: Role): Viewer => ({ userId: `user-${role}`, sessionId: 's', name: role, email: `${role}@test`, role, authorId: null });

describe('the authorisation matrix', () => {
  const routes = [...filesUnder('app/admin', /^(page|route)\.tsx?$/), ...filesUnder('app/api', /^route\.tsx?$/)].map(toRoute);

  it('has a rule for every admin page and route handler', () => {
    expect(routes.length).toBeGreaterThan(4);
    const missing = routes.filter((r) => !(r in ADMIN_ROUTES));
    expect(missing).toEqual([]);
  });

  it('lists no route that does not exist', () => {
    expect(Object.keys(ADMIN_ROUTES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  const actionFiles = filesUnder('app/admin', /^actions\.ts$/);

  it('finds the server actions', () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of actionFiles) {
    it(`checks the caller on every action in ${file}`, async () => {
      const mod = (await import(path.join(root, file))) as Record<string, unknown>;
      const actions = Object.entries(mod);
      expect(actions.length).toBeGreaterThan(0);
      for (const [name, action] of actions) {
        const guarded = action as { permission?: string; run?: (v: Viewer | null, raw: unknown, ctx: unknown) => Promise<{ ok: boolean; status?: number }> };
        expect(guarded.permission, `${name} must be made with defineAction or definePublicAction`).toBeDefined();
        expect(typeof guarded.run).toBe('function');
        const context = { request: { ip: '203.0.113.9', userAgent: 'matrix' } };
        if (guarded.permission === 'public') continue;
        // Anonymous: refused with 401 before anything runs.
        expect(await guarded.run!(null, {}, context), `${name} × anonymous`).toMatchObject({ ok: false, status: 401 });
        for (const role of ROLES) {
          const allowed = can(role, guarded.permission as Parameters<typeof can>[1]);
          if (!allowed) {
            expect(await guarded.run!(viewer(role), {}, context), `${name} × ${role}`).toMatchObject({ ok: false, status: 403 });
          }
        }
      }
    });
  }
});
