// Who may do what in the newsroom. The README's permission matrix is this table; tests/unit/roles.test.ts pins it.

export const ROLES = ['contributor', 'author', 'editor', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  contributor: 'Contributor',
  author: 'Author',
  editor: 'Editor',
  administrator: 'Administrator',
};

/** Each permission names the least role that has it; every higher role has it too. */
const LEAST_ROLE = {
  'admin:enter': 'contributor',
  'profile:edit': 'contributor',
  'articles:write-own': 'contributor',
  'articles:submit': 'contributor',
  'articles:publish-own': 'author',
  'articles:edit-any': 'editor',
  'articles:publish-any': 'editor',
  'sections:manage': 'editor',
  'tags:manage': 'editor',
  'authors:manage': 'editor',
  'homepage:curate': 'editor',
  'newsletters:manage': 'editor',
  'comments:moderate': 'editor',
  'insights:read-own': 'contributor',
  'insights:read-all': 'editor',
  'users:manage': 'administrator',
  'settings:manage': 'administrator',
  'audit:read': 'administrator',
  'content:transfer': 'administrator',
  'subscribers:manage': 'administrator',
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof LEAST_ROLE;
export const PERMISSIONS = Object.keys(LEAST_ROLE) as Permission[];

export const PERMISSION_LABELS: Record<Permission, string> = {
  'admin:enter': 'Sign in to /admin',
  'profile:edit': 'Edit own profile and password',
  'articles:write-own': 'Write and edit own drafts',
  'articles:submit': 'Submit own drafts for review',
  'articles:publish-own': 'Publish own articles',
  'articles:edit-any': 'Edit any article',
  'articles:publish-any': 'Publish any article',
  'sections:manage': 'Manage sections',
  'tags:manage': 'Manage tags',
  'authors:manage': 'Manage author profiles',
  'homepage:curate': 'Curate the homepage',
  'newsletters:manage': 'Prepare the morning edition, send a test, see how editions went out',
  'comments:moderate': 'Moderate readers’ comments; block addresses; close a story’s comments',
  'insights:read-own': 'See how their own stories are read',
  'insights:read-all': 'See how the whole site is read',
  'users:manage': 'Invite, suspend and delete users; change roles',
  'settings:manage': 'Change site settings',
  'audit:read': 'Read the audit log',
  'content:transfer': 'Import stories from other sites; export the content',
  'subscribers:manage': 'Find, export and delete newsletter subscribers (data requests)',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(LEAST_ROLE[permission]);
}
