// Runs the edge cache (nginx, deploy/nginx/dateline-edge.conf) for `npm run cluster` and the benchmarks: renders the
// config for this machine into a run folder and starts nginx in the foreground as a child process.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
};

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
  for (const dir of ['cache', 'temp']) fs.mkdirSync(path.join(runDir, dir), { recursive: true });
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

/** Starts nginx on a config written by writeEdgeConfig. */
export function startEdge(runDir: string): ChildProcess {
  return spawn(NGINX, ['-c', path.join(runDir, 'nginx.conf'), '-p', runDir], { stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Re-reads the upstream list (an instance taken out or put back) without dropping a connection. */
export function reloadEdge(runDir: string, upstreams: EdgeOptions['upstreams']): void {
  fs.writeFileSync(path.join(runDir, 'upstreams.conf'), upstreamsConf(upstreams));
  spawnSync(NGINX, ['-s', 'reload', '-c', path.join(runDir, 'nginx.conf'), '-p', runDir]);
}
