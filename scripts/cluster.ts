// `npm run cluster`: the scale-out topology on this machine — CLUSTER_INSTANCES (default 2) production instances on
// PostgreSQL (CLUSTER_DATABASE_URL, created, migrated and seeded when new), sharing Redis (REDIS_URL), behind the nginx
// edge cache on EDGE_PORT (default 8080). Ctrl-C stops every part.
import { clusterMissing, clusterOptionsFromEnv, startCluster } from './cluster/start';

const options = clusterOptionsFromEnv();
const missing = await clusterMissing(options);
if (missing.length > 0) {
  console.error(`The cluster cannot start here:\n${missing.map((line) => `  - ${line}`).join('\n')}`);
  process.exit(1);
}
const cluster = await startCluster(options);
const db = new URL(options.databaseUrl);
console.log(`
Dateline cluster is up:
  edge cache (nginx)   ${cluster.edgeOrigin}   ← readers and the newsroom (/admin) use this
  purge listener       http://127.0.0.1:${options.purgePort}/purge (loopback only)
${cluster.instances.map((i) => `  app instance ${i.index + 1}       http://127.0.0.1:${i.port}   (readiness: /api/health/ready)`).join('\n')}
  PostgreSQL           ${db.host}${db.pathname}
  Redis                ${options.redisUrl}
Ctrl-C stops everything.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the cluster…');
    await cluster.stop();
    process.exit(0);
  });
}
for (const instance of cluster.instances) {
  instance.process.on('exit', (code, signal) => {
    if (!stopping) console.error(`Instance ${instance.index + 1} (port ${instance.port}) stopped (${signal ?? `exit ${code}`}); the edge routes around it.`);
  });
}
