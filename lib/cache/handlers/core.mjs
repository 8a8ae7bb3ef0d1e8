// The cache both of Next's cache interfaces store into (route-cache.mjs for pages, use-cache.mjs for 'use cache'
// data), one per process: entries, the times cache tags were invalidated, and, with REDIS_URL, Redis shared by every
// app instance. Plain JavaScript: Next loads the handlers unbundled, and the proxy's bundle reaches the same state
// through globalThis.
//
// - Entries: a size-bounded LRU of decoded entries in memory (a hit is a Map read and a tag check), and with Redis
//   a binary frame (frame.mjs) under `<prefix><build id>:<r|u>:<key>` expiring with the entry, so an instance serves
//   what any instance rendered.
// - Tag clock: when each tag was last invalidated. With Redis, a hash `<prefix>tags` (tag → {"stale","expired"} ms),
//   max-merged by one Lua step that also PUBLISHes the change on `<prefix>tags`; every process keeps a full copy,
//   updated from the channel and reloaded whole after every (re)subscription, so nothing missed while disconnected
//   is lost. Not build-scoped: old and new builds side by side during a deploy see each other's invalidations.
// - Events: other news every instance must hear at once (a schedule changed) on `<prefix>events`.
// - Edge: after applying an invalidation (its own, or one heard on the channel), each instance asks every edge cache
//   in EDGE_PURGE_URLS to drop what it holds; the last such request comes after every instance knows. A render that
//   began before an instance knew can still finish after that: route-cache.mjs marks its response so that no edge
//   stores it.
//
// When Redis is down (or stops): commands fail within CACHE_REDIS_TIMEOUT_MS (no offline queue, no retries), one
// warning is logged when it goes and one when it comes back; meanwhile the LRU vouches only for entries stored (or
// held when the outage began) less than CACHE_FALLBACK_TTL_MS ago, so staleness stays bounded while invalidations
// cannot cross instances; this instance's own invalidations are kept and written, with their times, on recovery.
// Without REDIS_URL (one `npm start`) the LRU and the tag clock are the whole cache.
import fs from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';
import { DEFAULT_SITE_TIME_ZONE, dayIn, SITE_DAY_TAG, startOfDayMs } from '../../http/edition.mjs';

const STATE = Symbol.for('dateline.cacheCore');

// Max-merges tag times (a later invalidation never loses to an earlier one arriving late) and announces them.
const MERGE_TAGS = `
for i = 1, #ARGV - 1, 3 do
  local current = redis.call('HGET', KEYS[1], ARGV[i])
  local stale, expired = tonumber(ARGV[i + 1]), tonumber(ARGV[i + 2])
  if current then
    local old = cjson.decode(current)
    if old.stale and (not stale or old.stale > stale) then stale = old.stale end
    if old.expired and (not expired or old.expired > expired) then expired = old.expired end
  end
  local out = {}
  if stale then out.stale = stale end
  if expired then out.expired = expired end
  redis.call('HSET', KEYS[1], ARGV[i], cjson.encode(out))
end
return redis.call('PUBLISH', KEYS[2], ARGV[#ARGV])`;

/** Tag times older than this can no longer affect any entry (the longest entry lifetime is a day): pruned. */
const TAG_RETENTION_MS = 2 * 86_400_000;

const debug = () => process.env.NEXT_PRIVATE_DEBUG_CACHE === '1';

/** The process's cache core, made on first use. */
export function cacheCore() {
  return (globalThis[STATE] ??= createCore());
}

function readBuildId() {
  try {
    return fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'development';
  }
}

const list = (value) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** A core of its own, for tests that play several instances in one process; the app uses cacheCore(). */
export function createCacheCore(env = process.env) {
  return createCore(env);
}

function createCore(env = process.env) {
  const inBuild = env.NEXT_PHASE === 'phase-production-build';
  const redisUrl = inBuild ? '' : (env.REDIS_URL ?? '');
  const prefix = env.CACHE_REDIS_PREFIX || 'dateline:';
  const buildId = readBuildId();
  const timeoutMs = Number(env.CACHE_REDIS_TIMEOUT_MS || 150);
  const fallbackTtlMs = Number(env.CACHE_FALLBACK_TTL_MS || 5000);
  const maxBytes = Number(env.CACHE_MEMORY_MB || 128) * 1024 * 1024;
  // Across machines, entries are dated this much earlier than this clock says (a clock running ahead would otherwise
  // make a render that began just before a change count as after it). Zero on one machine.
  const skewMs = Number(env.CACHE_CLOCK_SKEW_MS || 0);
  const edges = inBuild ? [] : list(env.EDGE_PURGE_URLS);
  const timeZone = env.SITE_TIME_ZONE || DEFAULT_SITE_TIME_ZONE;

  const tags = new Map();
  const pending = new Map();
  const lru = new Map();
  const listeners = new Map();
  let lruBytes = 0;
  const core = {
    buildId,
    skewMs,
    shared: Boolean(redisUrl),
    healthy: !redisUrl,
    downSince: 0,
    stats: { memoryHits: 0, redisHits: 0, misses: 0, purges: 0 },
  };

  // ─── the tag clock ───
  // Each tag also keeps `heard`: when this process learned, as news on the channel, of an invalidation that had
  // already taken effect. Another instance's change reaches this one a few milliseconds after it is dated; a render
  // that began in between may have read this process's copy of data the change made out of date, so it counts as
  // older than the change too. (Times loaded whole, at start or after an outage, are not news: nothing here was
  // rendered from shared data meanwhile.)
  const mergeTag = (tag, times, heardAt) => {
    const current = tags.get(tag) ?? {};
    const expired = Math.max(current.expired ?? 0, times.expired ?? 0) || undefined;
    const news = heardAt !== undefined && expired !== undefined && expired !== current.expired && expired <= heardAt;
    tags.set(tag, {
      stale: Math.max(current.stale ?? 0, times.stale ?? 0) || undefined,
      expired,
      heard: news ? heardAt : current.heard,
    });
  };
  /** When an entry must have been made to be newer than `tag`'s last invalidation (undefined: never invalidated). */
  const expiredAt = (tag, now) => {
    // The day's date, on every reader page: out of date from the day's first minute, on every instance alike, with no
    // message to miss.
    if (tag === SITE_DAY_TAG) return startOfDayMs(now, timeZone);
    const times = tags.get(tag);
    if (times?.expired === undefined || times.expired > now) return undefined;
    return Math.max(times.expired, times.heard ?? 0);
  };
  /** Whether any of `tagList` was invalidated after `since` (and by now): an entry made at `since` is out of date. */
  core.tagsExpired = (tagList, since, now = Date.now()) => {
    for (const tag of tagList) {
      const expired = expiredAt(tag, now);
      // An invalidation in the same millisecond as the load counts: one render too many, never a stale page kept.
      if (expired !== undefined && expired >= since) return true;
    }
    return false;
  };
  core.tagsStale = (tagList, since) => tagList.some((tag) => (tags.get(tag)?.stale ?? 0) > since);
  /** The latest invalidation of any of `tagList` (0 if none), as tagsExpired counts it. */
  core.lastExpired = (tagList, now = Date.now()) => tagList.reduce((latest, tag) => Math.max(latest, expiredAt(tag, now) ?? tags.get(tag)?.expired ?? 0), 0);

  // ─── the edge ───
  let purgeTimer = null;
  const purgeEdges = () => {
    if (edges.length === 0 || purgeTimer) return;
    // One request per burst of invalidations (Next hands the same tags to both handlers in one tick).
    purgeTimer = setTimeout(() => {
      purgeTimer = null;
      core.stats.purges++;
      for (const url of edges) {
        fetch(url, { method: 'POST', signal: AbortSignal.timeout(1000) }).catch((error) =>
          console.warn(`[cache] could not purge the edge cache at ${url}: ${error.message}`),
        );
      }
    }, 5);
    purgeTimer.unref?.();
  };

  // The edge keeps pages by its own clock, and every reader page shows the day's date: at the start of each site day
  // every instance asks it to drop them all. Days begin on a whole minute in every zone, so a look at each minute's
  // start finds the turnover within milliseconds, and still finds it after the clock jumps.
  if (edges.length > 0) {
    let day = dayIn(Date.now(), timeZone);
    const watchDay = () => {
      const now = Date.now();
      const today = dayIn(now, timeZone);
      if (today !== day) {
        day = today;
        if (debug()) console.log(`[cache] the site's day is now ${today}: purging the edge`);
        purgeEdges();
      }
      setTimeout(watchDay, 60_000 - (now % 60_000) + 1).unref();
    };
    watchDay();
  }

  // ─── Redis ───
  const tagsKey = `${prefix}tags`;
  const tagsChannel = `${prefix}tags`;
  const eventsChannel = `${prefix}events`;
  const options = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: timeoutMs,
    connectTimeout: 1000,
    // Reconnect for ever, at most every 2 s.
    retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 2000),
  };
  const command = redisUrl ? new Redis(redisUrl, options) : null;
  const subscriber = redisUrl ? new Redis(redisUrl, { ...options, commandTimeout: undefined }) : null;
  let subscribed = false;
  let warned = false;

  const markDown = (reason) => {
    if (core.healthy) core.downSince = Date.now();
    core.healthy = false;
    if (!warned) {
      warned = true;
      console.warn(`[cache] Redis is unavailable (${reason}): each instance serves from its own cache for at most ${fallbackTtlMs} ms and renders the rest until it returns`);
    }
  };
  const writeTags = async (entries) => {
    const argv = [];
    for (const [tag, times] of entries) argv.push(tag, times.stale ?? '', times.expired ?? '');
    argv.push(JSON.stringify(entries));
    await command.eval(MERGE_TAGS, 2, tagsKey, tagsChannel, ...argv);
  };
  const reloadTags = async () => {
    const all = await command.hgetall(tagsKey);
    const cutoff = Date.now() - TAG_RETENTION_MS;
    const old = [];
    for (const [tag, json] of Object.entries(all)) {
      const times = JSON.parse(json);
      if (Math.max(times.stale ?? 0, times.expired ?? 0) < cutoff) old.push(tag);
      else mergeTag(tag, times);
    }
    if (old.length > 0) await command.hdel(tagsKey, ...old);
  };
  const tryUp = async () => {
    if (core.healthy || !command || command.status !== 'ready' || subscriber.status !== 'ready' || !subscribed) return;
    try {
      await reloadTags();
      if (pending.size > 0) {
        await writeTags([...pending]);
        pending.clear();
      }
      core.healthy = true;
      if (warned) {
        warned = false;
        console.warn(`[cache] Redis is back after ${Date.now() - core.downSince} ms: invalidation times reloaded, sharing resumed`);
      }
    } catch (error) {
      markDown(error.message);
    }
  };
  if (command) {
    core.downSince = Date.now();
    for (const connection of [command, subscriber]) {
      // Also keeps ioredis from printing every failed reconnection.
      connection.on('error', (error) => markDown(error.message));
      connection.on('close', () => markDown('connection closed'));
    }
    subscriber.on('close', () => (subscribed = false));
    command.on('ready', tryUp);
    subscriber.on('ready', async () => {
      try {
        // Subscribe before reloading: nothing published in between is missed.
        await subscriber.subscribe(tagsChannel, eventsChannel);
        subscribed = true;
        await tryUp();
      } catch (error) {
        markDown(error.message);
      }
    });
    subscriber.on('message', (channel, message) => {
      if (channel === eventsChannel) return deliver(message);
      try {
        const heardAt = Date.now();
        for (const [tag, times] of JSON.parse(message)) mergeTag(tag, times, heardAt);
        purgeEdges();
      } catch {
        reloadTags().catch((error) => markDown(error.message));
      }
    });
    // A command that timed out marks Redis down without closing the connection: try again every second.
    setInterval(tryUp, 1000).unref();
    // A subscription that died silently: reload everything now and then.
    setInterval(() => core.healthy && reloadTags().catch((error) => markDown(error.message)), 60_000).unref();
  }

  /**
   * Invalidates `tagList` now (`durations` given: stale now and expired after `durations.expire` s, as Next's
   * revalidateTag with a profile; otherwise expired now, as updateTag): at once in this process, in every other
   * within milliseconds through Redis, and at the edge. Callable from anywhere, not only inside a request.
   */
  let batch = null;
  core.expireTags = (tagList, durations) => {
    const now = Date.now();
    const current = (batch ??= { entries: new Map(), done: null });
    for (const tag of tagList) {
      const times = durations ? { stale: now, expired: durations.expire !== undefined ? now + durations.expire * 1000 : undefined } : { expired: now };
      mergeTag(tag, times);
      const merged = current.entries.get(tag) ?? {};
      current.entries.set(tag, { stale: Math.max(merged.stale ?? 0, times.stale ?? 0) || undefined, expired: Math.max(merged.expired ?? 0, times.expired ?? 0) || undefined });
    }
    if (debug()) console.log('[cache] expired', tagList.join(', '));
    purgeEdges();
    if (!command) return Promise.resolve();
    // Next hands the same tags to each of its handlers in one tick: one Redis write for all of them.
    current.done ??= new Promise((resolve) => setImmediate(resolve)).then(async () => {
      batch = null;
      const entries = [...current.entries];
      const keep = () => entries.forEach(([tag, times]) => pending.set(tag, times));
      if (!core.healthy) return keep();
      await writeTags(entries).catch((error) => {
        keep();
        markDown(error.message);
      });
    });
    return current.done;
  };

  // ─── events ───
  function deliver(message) {
    try {
      const { type, payload } = JSON.parse(message);
      for (const listener of listeners.get(type) ?? []) listener(payload);
    } catch (error) {
      console.warn('[cache] unreadable event', error.message);
    }
  }
  /** Tells every instance (this one included) of `type`. Without Redis, only this one. */
  core.announce = async (type, payload = null) => {
    const message = JSON.stringify({ type, payload });
    if (!command || !core.healthy) return deliver(message);
    try {
      await command.publish(eventsChannel, message);
    } catch (error) {
      markDown(error.message);
      deliver(message);
    }
  };
  core.listen = (type, listener) => {
    if (!listeners.has(type)) listeners.set(type, new Set());
    listeners.get(type).add(listener);
  };

  // ─── entries ───
  const redisKey = (space, key) => `${prefix}${buildId}:${space}:${key}`;
  core.memoryGet = (space, key) => {
    const id = `${space}:${key}`;
    const record = lru.get(id);
    if (!record) return undefined;
    // During an outage, vouch only for what is recent: stored, or held when it began, within the fallback time.
    if (!core.healthy && Math.max(record.storedAt, core.downSince) + fallbackTtlMs < Date.now()) return undefined;
    lru.delete(id);
    lru.set(id, record);
    return record.value;
  };
  core.memorySet = (space, key, value, bytes) => {
    const id = `${space}:${key}`;
    const old = lru.get(id);
    if (old) lruBytes -= old.bytes;
    lru.delete(id);
    lru.set(id, { value, bytes, storedAt: Date.now() });
    lruBytes += bytes;
    for (const [oldest, record] of lru) {
      if (lruBytes <= maxBytes) break;
      lru.delete(oldest);
      lruBytes -= record.bytes;
    }
  };
  core.redisGet = async (space, key) => {
    if (!command || !core.healthy) return null;
    try {
      return await command.getBuffer(redisKey(space, key));
    } catch (error) {
      markDown(error.message);
      return null;
    }
  };
  core.redisSet = async (space, key, frame, ttlSeconds) => {
    if (!command || !core.healthy) return;
    try {
      const id = redisKey(space, key);
      await (ttlSeconds > 0 ? command.set(id, frame, 'EX', Math.ceil(ttlSeconds)) : command.set(id, frame));
    } catch (error) {
      markDown(error.message);
    }
  };

  /** For the readiness endpoint: 'off' without REDIS_URL, else whether Redis answers a PING now. */
  core.redisStatus = async () => {
    if (!command) return 'off';
    try {
      await command.ping();
      return 'up';
    } catch {
      return 'down';
    }
  };
  core.close = () => {
    command?.disconnect();
    subscriber?.disconnect();
  };
  return core;
}
