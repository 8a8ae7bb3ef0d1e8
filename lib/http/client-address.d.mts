import type { IncomingMessage } from 'node:http';

export const CLIENT_ADDRESS_HEADER: 'x-dateline-client-address';
export type Trust = (address: string, hop: number) => boolean;
export function compileTrust(list?: string): Trust;
export function stampClientAddress(req: IncomingMessage, trust: Trust): string;
