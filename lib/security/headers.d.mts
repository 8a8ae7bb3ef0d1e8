export function isPrivatePath(pathname: string): boolean;
export function readerContentSecurityPolicy(options?: { https?: boolean }): string;
export function privateContentSecurityPolicy(nonce: string, options?: { https?: boolean; dev?: boolean }): string;
export function securityHeaders(pathname: string, options?: { https?: boolean }): Record<string, string>;
