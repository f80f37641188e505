// Privacy (issue 8): every fixture of the repository goes through the page (paste box, file panel:
// files chosen, dropped and a whole folder; scan, report, pseudonymized copies, mapping, downloads) and
// through the extension (typed into a site's form, chosen for upload, dropped; popup and options pages),
// and every network request is recorded three ways:
//   - Playwright: the page and its dedicated worker (page 'request'), service workers (the context's
//     'request': the page's sw.js, the extension's background), with method, headers and post data;
//   - Chromium's NetLog (chromium.js netLogArgs/readNetLog): whatever reached the network stack, from any
//     process, including requests Playwright does not attribute to a page.
// None may leave the origin (page: the local server; extension: the fixture site's own two files and the
// extension itself), none may send a body, and no URL, header or body may carry a value found in the fixtures.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { unzipSync } from 'fflate';
import { createScanner } from '../../wasm/index.js';
import { report, scanFiles } from '../../wasm/files.js';
import { buildExtension } from '../../scripts/build-extension.js';
import { startServer } from '../../scripts/serve.js';
import { chromiumArgs, chromiumPath, netLogArgs, openTestPage, readNetLog } from './chromium.js';

const executablePath = chromiumPath();
const SKIP = !executablePath && 'no chromium binary found: set CHROMIUM_PATH or install chromium';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// ---- the fixtures and what is in them ----------------------------------------------------------------

const FIXTURE_DIRS = ['tests/js/fixtures', 'tests/browser/fixtures', 'eval/fixtures'];
function filesUnder(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
/** Every fixture: { path (relative to the repository), name (its file name), bytes }. */
const FIXTURES = FIXTURE_DIRS.flatMap((d) => filesUnder(join(ROOT, d))).map((path) => ({
  path: relative(ROOT, path), name: path.split('/').pop(), bytes: readFileSync(path),
}));
const utf8 = new TextDecoder('utf-8', { fatal: true });
const textOf = (bytes) => {
  try {
    const text = utf8.decode(bytes);
    return text.includes('\u0000') ? null : text;
  } catch {
    return null;
  }
};
assert.equal(new Set(FIXTURES.map((f) => f.name)).size, FIXTURES.length, 'fixture names are unique (they are uploaded by name)');
const TEXT_FIXTURES = FIXTURES.filter((f) => textOf(f.bytes) !== null && !/\.(gz|zip|parquet)$/.test(f.name));
const asUpload = (f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: f.bytes });

// What the package finds in the fixtures, in node: the values no request may carry, and the counts the
// page must show.
let VALUES = [];
let EXPECTED = null;                // the report's summary
const TEXT_COUNTS = new Map();      // path -> findings in the text
const TEXT_LEAKS = new Map();       // path -> findings that are not test values (the extension shows only these)
before(async () => {
  const scanner = await createScanner();
  const found = new Set();
  const events = [];
  for await (const e of scanFiles(FIXTURES.map((f) => ({ input: new Uint8Array(f.bytes), name: f.name })), { scanner })) {
    events.push(e);
    if (e.type === 'finding' && e.text.length >= 6) found.add(e.text);
  }
  EXPECTED = (await report(events)).summary;
  for (const f of TEXT_FIXTURES) {
    const findings = scanner.scan(textOf(f.bytes));
    TEXT_COUNTS.set(f.path, findings.length);
    TEXT_LEAKS.set(f.path, findings.filter((x) => !x.test).length);
  }
  scanner.dispose();
  // The local hosts the requests go to are not fixture content, even if a fixture mentions them (a log's 127.0.0.1).
  VALUES = [...found].filter((v) => !'http://127.0.0.1 localhost http://huggingface.co'.includes(v));
  assert.ok(VALUES.length > 100, `values found in the fixtures: ${VALUES.length}`);
});

/** The fixture values a request carries in its URL, headers or body (as is or URL-encoded). */
function carried(request) {
  const where = [request.url, ...Object.values(request.headers ?? {}), request.postData ?? ''].join('\n');
  let decoded = where;
  try {
    decoded = decodeURIComponent(where.replace(/\+/g, ' '));
  } catch { /* keep it as is */ }
  return VALUES.filter((v) => where.includes(v) || decoded.includes(v));
}

/** A Playwright request as plain data, tagged with who made it. */
const record = (r, by) => ({ url: r.url(), method: r.method(), headers: r.headers(), postData: r.postData(), by: r.serviceWorker() ? 'service worker' : by });

function assertNothingCarried(requests) {
  for (const r of requests) {
    assert.equal(r.postData ?? null, null, `${r.by} sent a body to ${r.url}`);
    assert.deepEqual(carried(r), [], `${r.by} request ${r.url} carries fixture values`);
  }
}

/**
 * The NetLog of a closed browser: requests made by web content or an extension (an initiator) must pass
 * `allowed`; Chromium's own (no initiator: autofill's form signatures, component updates...) are outside
 * the page's and the extension's reach, but must not carry fixture values either. Returns both lists.
 */
function checkNetLog(file, allowed) {
  const all = readNetLog(file);
  assert.ok(all.length > 5, `the NetLog recorded requests (${all.length})`);
  const content = all.filter((r) => r.initiator);
  for (const r of content) assert.ok(allowed(r.url), `NetLog: ${r.initiator} requested ${r.method} ${r.url}`);
  for (const r of all) assert.deepEqual(carried(r), [], `NetLog: ${r.url} carries fixture values`);
  return { content, browser: all.filter((r) => !r.initiator) };
}

// ---- the page ----------------------------------------------------------------------------------------

describe('privacy: the page, with every fixture', { skip: SKIP }, () => {
  let server, dir;
  before(async () => {
    server = await startServer({ port: 0 });
    dir = mkdtempSync(join(tmpdir(), 'discret-privacy-page-'));
  });
  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function download(page, link) {
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
    return readFileSync(await file.path());
  }

  /** Runs a file job and downloads everything it offers: { name: bytes }. */
  async function runJob(page, button) {
    await page.click(button);
    await page.waitForSelector('body[data-files="done"]', { timeout: 60000 });
    assert.equal(await page.getAttribute('body', 'data-findings'), String(EXPECTED.findings), `${button}: the report counts what the package finds`);
    const out = {};
    for (const link of await page.locator('#report-downloads a, #file-copies a').all()) out[await link.textContent()] = await download(page, link);
    return out;
  }

  test('paste box and file panel: no request leaves the origin, none after load, none carries fixture content', async (t) => {
    const netLog = join(dir, 'page-netlog.json');
    const browser = await chromium.launch({ executablePath, args: [...chromiumArgs, ...netLogArgs(netLog)] });
    t.after(() => browser.close());  // (again, if the test failed before closing it)
    const origin = new URL(server.url).origin;
    // openTestPage records the page's requests (its dedicated worker's included) and checks their origin at the end.
    const { context, page, problems } = await openTestPage(browser, t, { serviceWorkers: 'allow', acceptDownloads: true, origin });
    const requests = [];
    let loaded = false;
    page.on('request', (r) => requests.push({ ...record(r, 'page'), afterLoad: loaded }));
    context.on('request', (r) => r.serviceWorker() && requests.push({ ...record(r, 'service worker'), afterLoad: loaded }));

    // Load twice, the second time through the service worker (sw.js), as a returning visitor.
    await page.goto(server.url);
    await page.waitForSelector('body[data-offline="ready"]');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null
      || new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', () => r(true))));
    await page.reload();
    await page.waitForSelector('body[data-scanner="ready"]');
    await page.waitForSelector('body[data-files="idle"]');
    await page.waitForLoadState('networkidle');
    loaded = true;

    // The paste box: every text fixture, every operator.
    await page.selectOption('#operator', 'hash');
    await page.fill('#key', 'k');
    for (const f of TEXT_FIXTURES) {
      await page.fill('#input', textOf(f.bytes));
      await page.click('#scan');
      assert.equal(await page.getAttribute('#status', 'data-count'), String(TEXT_COUNTS.get(f.path)), f.path);
      for (const operator of ['placeholder', 'mask', 'hash', 'redact', 'pseudonym']) {
        await page.selectOption('#operator', operator);
        if (TEXT_COUNTS.get(f.path) > 0) assert.notEqual(await page.inputValue('#output'), textOf(f.bytes), `${f.path}, ${operator}`);
      }
      await page.click('#copy');
    }

    // The file panel: every fixture chosen, then dropped, then as a folder; scanned and pseudonymized.
    await page.setInputFiles('#files', FIXTURES.map(asUpload));
    const scanned = await runJob(page, '#file-scan');
    assert.deepEqual(Object.keys(scanned).sort(), ['discret-report.json', 'discret-report.md', 'discret-report.sarif']);
    assert.equal(JSON.parse(scanned['discret-report.json']).summary.files, EXPECTED.files, 'every fixture and archive member');

    await page.evaluate((files) => {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name));
      document.querySelector('#drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, FIXTURES.map((f) => ({ name: f.name, data: f.bytes.toString('base64') })));
    await page.waitForFunction((n) => document.querySelector('#file-status').textContent.startsWith(`${n} file(s)`), FIXTURES.length);
    const copied = await runJob(page, '#file-copy');
    const copies = unzipSync(new Uint8Array(copied['discret-pseudonymized.zip']));
    assert.equal(Object.keys(copies).length, FIXTURES.length, Object.keys(copies).join(', '));
    assert.ok(JSON.parse(copied['discret-mapping.json']).entries.length > 50);

    const folder = join(dir, 'fixtures');
    for (const f of FIXTURES) {
      mkdirSync(dirname(join(folder, f.path)), { recursive: true });
      writeFileSync(join(folder, f.path), f.bytes);
    }
    await page.setInputFiles('#folder', folder);
    const fromFolder = await runJob(page, '#file-copy');
    assert.equal(Object.keys(unzipSync(new Uint8Array(fromFolder['discret-pseudonymized.zip']))).length, FIXTURES.length);
    await page.waitForTimeout(300);  // let any late request show up

    // What Playwright saw: the worker and the service worker were recorded, and every request stayed home.
    assert.ok(requests.some((r) => r.url === `${origin}/dist/discret.wasm` && r.by === 'page'), 'the file worker\'s own engine request was recorded');
    assert.ok(requests.some((r) => r.by === 'service worker'), 'the service worker\'s requests were recorded');
    const web = requests.filter((r) => !/^(data|blob):/.test(r.url));
    for (const r of web) assert.equal(new URL(r.url).origin, origin, `${r.by}: ${r.url}`);
    assert.deepEqual(web.filter((r) => r.afterLoad).map((r) => `${r.by}: ${r.url}`), [], 'no request after load');
    assertNothingCarried(requests);
    assert.deepEqual(problems, []);

    await context.close();
    await browser.close();
    const { content } = checkNetLog(netLog, (url) => new URL(url).origin === origin);
    assert.ok(content.some((r) => r.url === `${origin}/dist/discret.wasm`), 'the NetLog saw the worker\'s engine');
  });
});

// ---- the extension -----------------------------------------------------------------------------------

describe('privacy: the extension, with every fixture', { skip: SKIP }, () => {
  const SITE = 'http://huggingface.co/upload.html';
  const SITE_FILES = ['/upload.html', '/upload.js', '/favicon.ico'];
  let dir, server;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'discret-privacy-extension-'));
    server = await startServer({ port: 0, mounts: [{ prefix: '/', dir: join(ROOT, 'tests/browser/fixtures/extension') }], headers: false });
  });
  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('typed, chosen and dropped: only the site\'s own files and the extension\'s, and no fixture content in any request', async () => {
    const { out } = buildExtension(join(dir, 'extension'));
    const netLog = join(dir, 'extension-netlog.json');
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath,
      headless: true,
      args: [...chromiumArgs, `--disable-extensions-except=${out}`, `--load-extension=${out}`,
        `--host-resolver-rules=MAP huggingface.co 127.0.0.1:${server.port}`, ...netLogArgs(netLog)],
    });
    let closed = false;
    try {
      const requests = [];
      context.on('request', (r) => requests.push(record(r, 'a page')));
      const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15000 });
      await worker.evaluate(() => globalThis.discretReady);
      const id = new URL(worker.url()).host;
      const errors = [];

      const site = await context.newPage();
      site.on('pageerror', (e) => errors.push(e.message));
      await site.goto(SITE);
      await site.waitForSelector('html[data-discret-guard="on"]');

      // Typed (filled) into the site's comment box: each text fixture with findings is flagged; Replace is used.
      for (const f of TEXT_FIXTURES) {
        await site.fill('#comment', '');
        await site.waitForFunction(() => !document.documentElement.dataset.discret);
        await site.fill('#comment', textOf(f.bytes));
        if (TEXT_LEAKS.get(f.path) === 0) continue;
        await site.waitForSelector('html[data-discret="findings"]', { timeout: 15000 });
        const before = await site.inputValue('#comment');
        await site.locator('discret-guard li button[data-action="replace"]').first().click();
        await site.waitForFunction((b) => document.querySelector('#comment').value !== b, before);
      }

      // Every fixture chosen for upload, then dropped: summarised, then handed over.
      await site.setInputFiles('#upload', FIXTURES.map(asUpload));
      await site.waitForSelector('html[data-discret="files"]', { timeout: 60000 });
      await site.locator('discret-guard button[data-action="continue"]').click();
      await site.waitForFunction((n) => document.querySelector('#uploaded').textContent.split(',').length === n, FIXTURES.length);
      await site.evaluate((files) => {
        const transfer = new DataTransfer();
        for (const f of files) transfer.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name));
        document.querySelector('#dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, FIXTURES.map((f) => ({ name: f.name, data: f.bytes.toString('base64') })));
      await site.waitForSelector('html[data-discret="files"]', { timeout: 60000 });
      await site.locator('discret-guard button[data-action="continue"]').click();
      await site.waitForFunction((n) => document.querySelector('#dropped').textContent.split(',').length === n, FIXTURES.length);

      // The popup scans the fields (the last fixture is still in the comment box); the options page loads its engine.
      await site.fill('#title', textOf(TEXT_FIXTURES.find((f) => TEXT_LEAKS.get(f.path) > 0).bytes));
      await site.bringToFront();
      const tab = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${id}/popup.html?tab=${tab}`);
      await popup.waitForSelector('body[data-ready="true"]');
      await popup.click('#scan-fields');
      await popup.waitForSelector('body[data-result]');
      assert.ok(Number(await popup.getAttribute('body', 'data-result')) > 0);
      const options = await context.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      await options.waitForSelector('body[data-ready="true"]');
      await site.waitForTimeout(300);
      assert.deepEqual(errors, []);

      // What Playwright saw: the fixture site's own files (GET), and the extension's own files.
      assert.ok(requests.some((r) => r.url.startsWith(`chrome-extension://${id}/`)), 'the extension\'s requests were recorded');
      for (const r of requests) {
        if (r.url.startsWith(`chrome-extension://${id}/`)) continue;
        const url = new URL(r.url);
        assert.ok(url.origin === 'http://huggingface.co' && SITE_FILES.includes(url.pathname) && r.method === 'GET', `${r.by}: ${r.method} ${r.url}`);
      }
      assertNothingCarried(requests);

      await context.close();
      closed = true;
      checkNetLog(netLog, (url) => new URL(url).origin === 'http://huggingface.co' && SITE_FILES.includes(new URL(url).pathname));
    } finally {
      if (!closed) await context.close();
    }
  });
});
