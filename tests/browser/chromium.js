// Shared by the browser suites: how Debian's Chromium is found and launched here.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Path of the Chromium binary (CHROMIUM_PATH, else `chromium` on PATH), or null. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
    return found && existsSync(found) ? found : null;
  } catch {
    return null;
  }
}

// Headless flags for a closed network: no background or component traffic, which the machine refuses anyway.
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-quic', '--disable-sync'];

/**
 * A fresh context and page for one test (closed after it), recording page errors and console
 * errors (CSP violations included) in `problems`. Every request the page makes is recorded, and at
 * the end of the test each must have gone to the page's own origin (`origin`: the test server's).
 * Service workers are blocked unless asked for: they would hide requests from page.route.
 */
export async function openTestPage(browser, t, { serviceWorkers = 'block', origin, ...contextOptions } = {}) {
  const context = await browser.newContext({ serviceWorkers, ...contextOptions });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  t.after(async () => {
    await context.close();
    const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
    if (foreign.length) throw new Error(`requests left the page's origin ${origin}: ${foreign.join(', ')}`);
  });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return { context, page, problems };
}

/**
 * Flags that make Chromium write every network request of every process (pages, dedicated and service
 * workers, extensions, and the browser's own services) to a NetLog file; read it with readNetLog once
 * the browser is closed. It sees what went to the network stack, whichever API or process made it.
 */
export const netLogArgs = (file) => [`--log-net-log=${file}`, '--net-log-capture-mode=Default'];

/**
 * The URL requests of a NetLog file: [{ url, method, initiator }]. `initiator` is the origin of the page,
 * worker or extension that made the request; null when Chromium made it itself (its own services, such as
 * autofill or component updates, or a navigation the test asked for).
 */
export function readNetLog(file) {
  const text = readFileSync(file, 'utf8');
  let log;
  try {
    log = JSON.parse(text);
  } catch {
    log = JSON.parse(`${text.replace(/,?\s*$/, '')}]}`);  // a browser that did not close cleanly leaves the event list open
  }
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events.filter((e) => e.type === start && e.params?.url).map(({ params: p }) => ({
    url: p.url, method: p.method, initiator: p.initiator && p.initiator !== 'not an origin' ? p.initiator : null,
  }));
}
