import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/lib/auth/auth';

// better-auth's endpoints (sign-in, sign-out, session). Each checks the session itself; sign-in is throttled and
// audited by the hooks in lib/auth/auth.ts.
export const { GET, POST } = toNextJsHandler(auth);
