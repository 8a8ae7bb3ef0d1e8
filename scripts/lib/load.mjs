// A load generator in a process of its own (so it does not slow down the process that times other requests):
// `node scripts/lib/load.mjs '<autocannon options as JSON>'` prints autocannon's result as JSON.
import autocannon from 'autocannon';

const result = await autocannon(JSON.parse(process.argv[2]));
process.stdout.write(JSON.stringify({ average: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx }));
