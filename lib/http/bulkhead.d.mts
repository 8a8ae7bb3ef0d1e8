export type Bulkhead = { enter(): Promise<boolean>; leave(): void; readonly active: number; readonly waiting: number };
export function bulkhead(options: { concurrency: number; queueLimit: number }): Bulkhead;
