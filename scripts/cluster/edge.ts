// Runs the edge cache (nginx, deploy/nginx/dateline-edge.conf) for `npm run cluster` and the benchmarks: renders the
// config for this machine into a run folder and starts nginx in the foreground as a child process, with what an
// operator's machine does with systemd (deploy/systemd/dateline-edge-tier.*): deploy/nginx/tier-rotate after every
// purge and every 5 minutes.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { securityHeaders } from '../../lib/security/headers.mjs';

const root = path.resolve(import.meta.dirname, '../..');
export const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const MODULES = '/usr/lib/nginx/modules';

export type EdgeOptions = {
  runDir: string;
  edgePort: number;
  purgePort: number;
  upstreams: { port: number; down?: boolean }[];
  /** Extra server blocks (the benchmark's static reference). */
  extraServers?: string;
  /** Whether the site is served over https (SITE_URL), which adds to the reader headers. */
  https?: boolean;
};

const TIER_ROTATE = path.join(root, 'deploy/nginx/tier-rotate');
/** How often the static tier is replaced without a purge (deploy/systemd/dateline-edge-tier.timer says the same). */
const TIER_LIFETIME_MS = 5 * 60_000;
/** Next's Vary on every page (its router asks for the same address with these headers). */
export const NEXT_VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch';

/**
 * The headers the static tier serves a page with: the app's reader headers (lib/security/headers.mjs), Next's Vary
 * with the encoding added, and the edge's lifetime for browsers. The packer writes a page to the tier only when the
 * app answered with these (packer.lua).
 */
export function readerHeadersConf(https = false): string {
  const headers: Record<string, string> = {
    ...securityHeaders('/', { https }),
    Vary: `Accept-Encoding, ${NEXT_VARY}`,
    'Cache-Control': 'public, max-age=0, must-revalidate',
  };
  return Object.entries(headers)
    .map(([name, value]) => {
      if (/["\\$]/.test(value)) throw new Error(`the reader header ${name} cannot be written into nginx's configuration: ${value}`);
      return `add_header ${name} "${value}";`;
    })
    .join('\n') + '\n';
}

/** The uid and gid nginx's workers run as when its master is root (its built-in default user), or null. */
function workerOwner(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(spawnSync('id', [flag, 'nobody'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Where Lua 5.1 C modules live (LuaJIT, which nginx's Lua module runs, loads 5.1 modules): Debian's multiarch folders first. */
function luaZlibDir(): string | null {
  const candidates = [
    ...fs.readdirSync('/usr/lib', { withFileTypes: true }).filter((d) => d.isDirectory() && d.name.endsWith('-linux-gnu')).map((d) => `/usr/lib/${d.name}/lua/5.1`),
    '/usr/lib/lua/5.1',
    '/usr/local/lib/lua/5.1',
  ];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'zlib.so'))) ?? null;
}

/** Why nginx cannot run here, in one line with the fix, or null when it can. */
export function edgeMissing(): string | null {
  if (!fs.existsSync(NGINX)) return 'nginx is not installed: apt-get install nginx-light libnginx-mod-http-lua lua-zlib';
  if (!fs.existsSync(path.join(MODULES, 'ngx_http_lua_module.so'))) return "nginx's Lua module is not installed: apt-get install libnginx-mod-http-lua";
  if (!luaZlibDir()) return 'lua-zlib (gzip for the edge cache) is not installed: apt-get install lua-zlib';
  return null;
}

export function upstreamsConf(upstreams: EdgeOptions['upstreams']): string {
  return upstreams.map((u) => `server 127.0.0.1:${u.port} max_fails=1 fail_timeout=2s${u.down ? ' down' : ''};`).join('\n') + '\n';
}

/** Writes nginx.conf (and the upstream list) for these options into runDir; returns the config's path. */
export function writeEdgeConfig(options: EdgeOptions): string {
  const { runDir } = options;
  for (const dir of ['cache', 'temp', 'tier']) fs.mkdirSync(path.join(runDir, dir), { recursive: true });
  // The workers write the tier's files and the purge marker.
  const tierDir = path.join(runDir, 'tier');
  const owner = workerOwner();
  if (owner) fs.chownSync(tierDir, owner.uid, owner.gid);
  const tierRoot = path.join(runDir, 'tier-root.conf');
  fs.writeFileSync(tierRoot, `root ${tierDir}/${BigInt(Date.now()) * 1_000_000n};\n`);
  const readerHeaders = path.join(runDir, 'reader-headers.conf');
  fs.writeFileSync(readerHeaders, readerHeadersConf(options.https));
  const upstreams = path.join(runDir, 'upstreams.conf');
  fs.writeFileSync(upstreams, upstreamsConf(options.upstreams));
  const values: Record<string, string> = {
    EDGE_PORT: String(options.edgePort),
    PURGE_LISTEN: `127.0.0.1:${options.purgePort}`,
    PURGE_ALLOW: '',
    CACHE_DIR: path.join(runDir, 'cache'),
    CACHE_MAX_SIZE: '1g',
    RUN_DIR: runDir,
    UPSTREAMS_FILE: upstreams,
    MAX_BODY: '12m',
    LUA_CPATH: `${luaZlibDir() ?? '/usr/lib/x86_64-linux-gnu/lua/5.1'}/?.so`,
    PACKER_LUA: path.join(root, 'deploy/nginx/packer.lua'),
    TIER_DIR: tierDir,
    TIER_ROOT_FILE: tierRoot,
    READER_HEADERS_FILE: readerHeaders,
  };
  const template = fs.readFileSync(path.join(root, 'deploy/nginx/dateline-edge.conf'), 'utf8');
  const edge = template.replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`deploy/nginx/dateline-edge.conf: no value for \${${name}}`);
    return values[name]!;
  });
  fs.writeFileSync(path.join(runDir, 'dateline-edge.conf'), edge);
  const temp = path.join(runDir, 'temp');
  const conf = `# Written by scripts/cluster/edge.ts for this run.
load_module ${MODULES}/ndk_http_module.so;
load_module ${MODULES}/ngx_http_lua_module.so;
daemon off;
worker_processes auto;
pid ${runDir}/nginx.pid;
error_log ${runDir}/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path ${temp}/body;
    proxy_temp_path ${temp}/proxy;
    fastcgi_temp_path ${temp}/fastcgi;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    keepalive_requests 100000;
    # Open file descriptors of cached entries (and static files) are kept: a hit costs no open()/stat().
    open_file_cache max=10000 inactive=60s;
    open_file_cache_valid 5s;
    server_tokens off;
    include ${path.join(runDir, 'dateline-edge.conf')};
${options.extraServers ?? ''}
}
`;
  const file = path.join(runDir, 'nginx.conf');
  fs.writeFileSync(file, conf);
  const test = spawnSync(NGINX, ['-t', '-q', '-c', file, '-p', runDir], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx refused the edge configuration:\n${test.stderr}`);
  return file;
}

/**
 * Starts nginx on a config written by writeEdgeConfig, and replaces its static tier after every purge and every
 * TIER_LIFETIME_MS (deploy/nginx/tier-rotate), one replacement at a time, until nginx exits.
 */
export function startEdge(runDir: string): ChildProcess {
  const nginx = spawn(NGINX, ['-c', path.join(runDir, 'nginx.conf'), '-p', runDir], { stdio: ['ignore', 'inherit', 'inherit'] });
  const tierDir = path.join(runDir, 'tier');
  let rotating: ChildProcess | null = null;
  let again = false;
  const rotate = () => {
    if (nginx.exitCode !== null || nginx.signalCode !== null) return;
    if (rotating) {
      again = true;
      return;
    }
    rotating = spawn('sh', [TIER_ROTATE, tierDir, path.join(runDir, 'tier-root.conf')], {
      env: { ...process.env, TIER_RELOAD: `${NGINX} -s reload -c ${path.join(runDir, 'nginx.conf')} -p ${runDir}` },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    rotating.stderr?.on('data', (chunk: Buffer) => (errors += chunk));
    rotating.once('exit', (code) => {
      // nginx -s reload reports "signal process started" on stderr: shown only when the rotation failed.
      if (code !== 0) console.error(`[edge] the static tier could not be replaced (deploy/nginx/tier-rotate):\n${errors}`);
      rotating = null;
      if (again) {
        again = false;
        rotate();
      }
    });
  };
  const watcher = fs.watch(tierDir, (_, name) => {
    if (name === 'purged') rotate();
  });
  const timer = setInterval(rotate, TIER_LIFETIME_MS);
  timer.unref();
  nginx.once('exit', () => {
    watcher.close();
    clearInterval(timer);
  });
  return nginx;
}

/** Re-reads the upstream list (an instance taken out or put back) without dropping a connection. */
export function reloadEdge(runDir: string, upstreams: EdgeOptions['upstreams']): void {
  fs.writeFileSync(path.join(runDir, 'upstreams.conf'), upstreamsConf(upstreams));
  spawnSync(NGINX, ['-s', 'reload', '-c', path.join(runDir, 'nginx.conf'), '-p', runDir]);
}

// `npx tsx scripts/cluster/edge.ts --reader-headers <site URL>`: the READER_HEADERS_FILE for an operator's edge node.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--reader-headers') {
  process.stdout.write(readerHeadersConf(/^https:/i.test(process.argv[3] ?? '')));
}
