export type CacheCore = {
  buildId: string;
  skewMs: number;
  /** Whether entries and invalidations are shared through Redis (REDIS_URL). */
  shared: boolean;
  healthy: boolean;
  stats: { memoryHits: number; redisHits: number; misses: number; purges: number };
  tagsExpired(tags: string[], since: number, now?: number): boolean;
  tagsStale(tags: string[], since: number): boolean;
  lastExpired(tags: string[]): number;
  expireTags(tags: string[], durations?: { expire?: number }): Promise<void>;
  announce(type: string, payload?: unknown): Promise<void>;
  listen(type: string, listener: (payload: unknown) => void): void;
  redisStatus(): Promise<'off' | 'up' | 'down'>;
  close(): void;
};

export function cacheCore(): CacheCore;
export function createCacheCore(env?: Record<string, string | undefined>): CacheCore & {
  memoryGet(space: string, key: string): unknown;
  memorySet(space: string, key: string, value: unknown, bytes: number): void;
  redisGet(space: string, key: string): Promise<Buffer | null>;
  redisSet(space: string, key: string, frame: Buffer, ttlSeconds?: number): Promise<void>;
};
