import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Next's CLI, run with node directly: stopping `npx next` by its pid would leave next-server running. */
export const nextBin = require.resolve('next/dist/bin/next');
