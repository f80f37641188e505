#!/usr/bin/env node
// A dependency-free static server for the page: `web/` at `/` and the npm package's `wasm/`
// folder at `/pkg/`, so the page imports `/pkg/index.js` exactly like an outside user would.
//
//   node scripts/serve.js [--port 8080] [--host 127.0.0.1]
//
// Every response carries a strict CSP (no inline script or style, no foreign origin, wasm allowed).
// Only files with a known type are served; `..`, dot-files, backslashes and their encoded
// forms get a 404. Tests start it on a random port with `startServer({ port: 0 })`.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** URL prefix -> folder. The longest matching prefix wins; '/' must stay last. */
const MOUNTS = [
  { prefix: '/pkg/', dir: path.join(ROOT, 'wasm') },
  { prefix: '/', dir: path.join(ROOT, 'web') },
];

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/**
 * Maps a raw request target (`/pkg/index.js?x`) to an absolute file path, or null when the
 * target is malformed, tries to leave its folder, or names a dot-file or an unknown type.
 */
export function resolveRequestPath(target, mounts = MOUNTS) {
  const raw = String(target).split(/[?#]/, 1)[0];
  if (!raw.startsWith('/')) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null; // malformed %-encoding
  }
  if (/[\\\0]/.test(decoded)) return null;
  const segments = decoded.split('/').slice(1);
  const inner = segments.slice(0, -1);
  // '..', '.', dot-files and empty inner segments ('//') are all refused.
  if (segments.some((s) => s.startsWith('.')) || inner.some((s) => s === '')) return null;

  const mount = mounts.find((m) => decoded.startsWith(m.prefix));
  if (!mount) return null;
  let relative = decoded.slice(mount.prefix.length);
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  if (!MIME_TYPES[path.extname(relative).toLowerCase()]) return null;

  const file = path.resolve(mount.dir, relative);
  return file.startsWith(mount.dir + path.sep) ? { file, dir: mount.dir } : null;
}

function send(res, status, body, type = 'text/plain; charset=utf-8', method = 'GET', headers = SECURITY_HEADERS) {
  res.writeHead(status, { ...headers, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(method === 'HEAD' ? undefined : body);
}

// The real path must stay inside the mount's real folder (no escape through a symlink).
async function readServedFile({ file, dir }) {
  const [real, realDir] = await Promise.all([realpath(file), realpath(dir)]);
  if (!real.startsWith(realDir + path.sep)) return null;
  if (!(await stat(real)).isFile()) return null;
  return readFile(real);
}

async function handle(req, res, mounts, headers) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    send(res, 405, 'Method not allowed\n', undefined, 'GET', headers);
    return;
  }
  const target = resolveRequestPath(req.url, mounts);
  let body = null;
  if (target) {
    try {
      body = await readServedFile(target);
    } catch {
      body = null; // missing, unreadable: all the same 404
    }
  }
  if (!body) {
    send(res, 404, 'Not found\n', undefined, req.method, headers);
    return;
  }
  send(res, 200, body, MIME_TYPES[path.extname(target.file).toLowerCase()], req.method, headers);
}

/**
 * Starts the server. `port: 0` picks a free port. Resolves to { url, port, close() };
 * `close()` resolves once every connection is closed. Tests may give other `mounts` (a built
 * site under a sub-path) and `headers: false` (a plain static host: no CSP header, only the page's
 * own <meta> policy).
 */
export function startServer({ port = 8080, host = '127.0.0.1', mounts = MOUNTS, headers = true } = {}) {
  const sent = headers ? SECURITY_HEADERS : { 'Cache-Control': 'no-store' };
  const server = createServer((req, res) => {
    handle(req, res, mounts, sent).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error\n');
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: actual } = server.address();
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${urlHost}:${actual}/`,
        port: actual,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.split('=', 2);
    const value = inline ?? argv[++i];
    if (flag === '--port') {
      options.port = Number(value);
      if (!(Number.isInteger(options.port) && options.port >= 0 && options.port < 65536)) {
        throw new Error(`--port needs a number from 0 to 65535, got ${value}`);
      }
    } else if (flag === '--host' && value) {
      options.host = value;
    } else {
      throw new Error(`unknown argument: ${arg}`);
    }
  }
  return options;
}

function invokedDirectly() {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error.message}\nusage: node scripts/serve.js [--port 8080] [--host 127.0.0.1]`);
    process.exit(2);
  }
  startServer(options).then(
    (server) => {
      const shown = !options.host || options.host === '127.0.0.1' ? 'localhost' : server.url.split('/')[2].replace(/:\d+$/, '');
      console.log(`Discret is ready: http://${shown}:${server.port}/`);
      const stop = () => server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error) => {
      console.error(`Discret could not start: ${error.message}`);
      process.exit(1);
    },
  );
}
