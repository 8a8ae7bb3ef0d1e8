// The secrets in e-mailed links (invitations, password resets, newsletter confirmations and manage keys): 32 random
// bytes, URL-safe. Only a hash of a single-use token is stored, so a copy of the database opens no link.
import { createHash, randomBytes } from 'node:crypto';

/** A new link secret: 43 URL-safe characters. */
export const newLinkToken = () => randomBytes(32).toString('base64url');

/** What is stored of a single-use token (or of any value kept only to be matched, such as a rate limit's key). */
export const hashLinkToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The shape of a link's token, checked before any database read. */
export const LINK_TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,200}$/;
