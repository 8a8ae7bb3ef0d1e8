import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Data flows one way: app/ and components/ → lib/<domain>/ → Prisma. Only lib/ (and the CLIs in scripts/ and
// prisma/, and tests) may import the database client or the generated Prisma code.
const databaseImports = {
  patterns: [
    {
      group: ['@/lib/db/client', '@/lib/db/generated/*', '**/lib/db/client', '**/lib/db/generated/*', '**/db/client'],
      message: 'Only lib/ talks to the database: call a query or mutation in lib/<domain>/ instead.',
    },
    { group: ['@prisma/client', '@prisma/client/*', '@prisma/adapter-*'], message: 'Only lib/db/ creates Prisma clients.' },
  ],
};

const config = [
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/db/generated/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    files: ['app/**', 'components/**', 'proxy.ts'],
    rules: { 'no-restricted-imports': ['error', databaseImports] },
  },
  {
    // A client component ships to the browser: it may import only types from lib/, apart from `*.shared.ts`
    // modules, which are isomorphic by contract (no server imports): the body schema, status names.
    files: ['**/*.client.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...databaseImports, patterns: [...databaseImports.patterns, { regex: '^@/lib/(?!.*\\.shared$)', allowTypeImports: true, message: 'Client components import only types from lib/ (or isomorphic *.shared modules).' }] },
      ],
    },
  },
];
export default config;
