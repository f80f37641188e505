// End-to-end tests of the static page in headless Chromium (system binary, playwright-core).
//
//   node --test tests/browser/
//
// Chromium comes from CHROMIUM_PATH, else `command -v chromium` (see chromium.js); without one
// the browser tests skip with a message (the server tests still run).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.js';
import { chromiumArgs, chromiumPath } from './chromium.js';

const CHROMIUM = [chromiumPath()].find((p) => p && existsSync(p)) ?? null;
const SKIP_BROWSER = CHROMIUM ? false : 'no chromium binary found: set CHROMIUM_PATH or install chromium';

// An astral character (2 UTF-16 units, 4 UTF-8 bytes) before the first finding checks the offsets.
const TEXT = 'Salut 😀 écris à jean.dupont@example.fr, appelle le 06 12 34 56 78.\nClé AWS : AKIAIOSFODNN7EXAMPLE, merci.';
const EXPECTED = [
  { text: 'jean.dupont@example.fr', entity: 'EMAIL', ruleId: 'email', pseudonym: '<EMAIL_1>' },
  { text: '06 12 34 56 78', entity: 'PHONE', ruleId: 'fr-phone', pseudonym: '<PHONE_1>' },
  { text: 'AKIAIOSFODNN7EXAMPLE', entity: 'SECRET', ruleId: 'aws-access-key-id', pseudonym: '<SECRET_1>' },
];

/** TEXT with each expected finding replaced by `replace(finding)`. */
function replaced(replace) {
  return EXPECTED.reduce((text, f) => text.replace(f.text, replace(f)), TEXT);
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** GET with the path sent exactly as given (no client-side normalisation of `..`). */
function rawGet(server, path) {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers }));
      })
      .on('error', reject);
  });
}

let server;
before(async () => {
  server = await startServer({ port: 0 });
});
after(async () => {
  await server?.close();
});

describe('server', () => {
  test('serves the page and the package with the right types and headers', async () => {
    const cases = [
      ['/', 'text/html'],
      ['/app.js', 'text/javascript'],
      ['/style.css', 'text/css'],
      ['/pkg/index.js', 'text/javascript'],
      ['/pkg/dist/discret.mjs', 'text/javascript'],
      ['/pkg/dist/discret.wasm', 'application/wasm'],
    ];
    for (const [path, type] of cases) {
      const res = await rawGet(server, path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers['content-type'], new RegExp(`^${escapeRegExp(type)}`), path);
      assert.match(res.headers['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/, path);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
      assert.equal(res.headers['referrer-policy'], 'no-referrer', path);
    }
  });

  test('rejects path traversal with 404', async () => {
    const attempts = [
      '/../package.json',
      '/pkg/../package.json',
      '/pkg/../../package.json',
      '/%2e%2e/package.json',
      '/pkg/%2e%2e/package.json',
      '/pkg/%2E%2E%2Fpackage.json',
      '/pkg/..%2fpackage.json',
      '/pkg/..%5cpackage.json',
      '/pkg/..\\package.json',
      '//etc/passwd',
      '/%00/index.html',
      '/.git/config',
    ];
    for (const path of attempts) {
      const res = await rawGet(server, path);
      assert.equal(res.status, 404, path);
      assert.ok(res.headers['content-security-policy'], `CSP on the 404 of ${path}`);
    }
  });
});

describe('page', { skip: SKIP_BROWSER }, () => {
  let browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
  });

  /** A fresh page; `problems` collects page errors and console errors (CSP violations included). */
  async function openPage(t) {
    const context = await browser.newContext({ acceptDownloads: true });
    t.after(() => context.close());
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    return { context, page, problems };
  }

  async function loadReady(page) {
    const response = await page.goto(server.url);
    await page.waitForSelector('body[data-scanner="ready"]');
    return response;
  }

  async function typeAndWaitForFindings(page, text, status) {
    await page.fill('#input', text); // one input event: the debounced scan runs by itself
    await page.waitForFunction((s) => document.querySelector('#status').textContent === s, status);
  }

  const outputValue = (page) => page.$eval('#output', (el) => el.value);

  test('paste and highlight', async (t) => {
    const { page, problems } = await openPage(t);
    await loadReady(page);
    await typeAndWaitForFindings(page, TEXT, '3 findings');

    const marks = await page.$$eval('#highlighted mark', (els) =>
      els.map((el) => ({ text: el.textContent, entity: el.dataset.entity, title: el.title })));
    assert.deepEqual(marks.map(({ text, entity }) => ({ text, entity })), EXPECTED.map(({ text, entity }) => ({ text, entity })));
    marks.forEach((m, i) => assert.match(m.title, new RegExp(`${EXPECTED[i].ruleId}.*\\d\\.\\d\\d`)));
    // The highlighted view holds the text itself, character for character (labels are CSS only).
    assert.equal(await page.$eval('#highlighted', (el) => el.textContent), TEXT);

    const rows = await page.$$eval('#findings tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent)));
    assert.equal(rows.length, 3);
    assert.deepEqual(rows.map((r) => r.slice(0, 3)), EXPECTED.map((f) => [f.entity, f.ruleId, f.text]));
    rows.forEach((r) => assert.match(r[3], /^(0|1)\.\d\d$/));
    assert.equal(await page.textContent('#status'), '3 findings');

    // Empty state, then back.
    await typeAndWaitForFindings(page, 'nothing to see here', 'No personal data or secrets found');
    assert.equal(await page.locator('#findings tbody tr').count(), 0);
    assert.ok(await page.isVisible('#empty'));
    assert.deepEqual(problems, []);
  });

  test('pseudonymized copy', async (t) => {
    const { context, page, problems } = await openPage(t);
    await loadReady(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await typeAndWaitForFindings(page, TEXT, '3 findings');

    await page.selectOption('#operator', 'pseudonym');
    await page.waitForFunction(() => document.querySelector('#output').value !== '');
    assert.equal(await outputValue(page), replaced((f) => f.pseudonym));

    await page.click('#copy');
    await page.waitForFunction(() => document.querySelector('#copy-status').textContent !== '');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), replaced((f) => f.pseudonym));

    // hash without a key: a visible error, no output, nothing thrown.
    await page.selectOption('#operator', 'hash');
    assert.ok(await page.isVisible('#key'));
    assert.ok(await page.isVisible('#output-error'));
    assert.match(await page.textContent('#output-error'), /key/i);
    assert.equal(await outputValue(page), '');
    assert.equal(await page.getAttribute('#key', 'aria-invalid'), 'true');

    // with a key: every finding becomes 64 hex digits, everything else unchanged.
    await page.fill('#key', 'correct horse battery staple');
    await page.waitForFunction(() => document.querySelector('#output').value !== '');
    const hashed = await outputValue(page);
    const pattern = new RegExp(`^${replaced(() => '\u0000').split('\u0000').map(escapeRegExp).join('([0-9a-f]{64})')}$`);
    const match = hashed.match(pattern);
    assert.ok(match, `hash output keeps the text around findings: ${hashed}`);
    assert.equal(new Set(match.slice(1)).size, 3, 'three distinct hashes');
    assert.ok(await page.isHidden('#output-error'));

    // Back to a keyless operator: the key field hides again.
    await page.selectOption('#operator', 'placeholder');
    assert.equal(await outputValue(page), replaced((f) => `<${f.entity}>`));
    assert.ok(await page.isHidden('#key'));
    assert.deepEqual(problems, []);
  });

  test('error state when the scanner cannot load', async (t) => {
    const { page } = await openPage(t);
    await page.route('**/discret.wasm', (route) => route.abort());
    await page.goto(server.url);
    await page.waitForSelector('body[data-scanner="error"]');
    assert.ok(await page.isVisible('#error'));
    assert.match(await page.textContent('#error'), /could not start/);
    assert.ok(await page.isDisabled('#scan'));
  });

  test('privacy: same-origin only, and no request at all after load', async (t) => {
    const { page, problems } = await openPage(t);
    const origin = new URL(server.url).origin;
    const requests = [];
    let loaded = false;
    page.on('request', (r) => requests.push({ url: r.url(), afterLoad: loaded }));

    const response = await loadReady(page);
    const csp = response.headers()['content-security-policy'];
    assert.ok(csp, 'CSP header on the HTML response');
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /connect-src 'self'/);
    await page.waitForLoadState('networkidle');
    loaded = true;

    // Type key by key, scan, go through every operator, copy.
    await page.locator('#input').pressSequentially('Salut 😀 jean.dupont@example.fr ', { delay: 5 });
    await page.fill('#input', TEXT);
    await page.click('#scan');
    await page.waitForFunction(() => document.querySelector('#status').textContent === '3 findings');
    for (const operator of ['redact', 'placeholder', 'mask', 'pseudonym', 'hash']) {
      await page.selectOption('#operator', operator);
    }
    await page.fill('#key', 'k');
    await page.waitForFunction(() => /[0-9a-f]{64}/.test(document.querySelector('#output').value));
    await page.click('#copy');
    await page.waitForTimeout(300); // let any late debounce or lazy load show up

    assert.ok(requests.some((r) => r.url.endsWith('/pkg/dist/discret.wasm')), 'the wasm request was recorded');
    for (const r of requests) assert.equal(new URL(r.url).origin, origin, r.url);
    assert.deepEqual(requests.filter((r) => r.afterLoad).map((r) => r.url), []);
    assert.deepEqual(problems, []);
  });

  // The files panel: files go to a worker; the report and the copies come back as downloads made in the tab.
  const CSV = 'id,name,email,note\n1,Jean Dupont,jean.dupont@corp.fr,"suivi pour diabète"\n2,Ann Lee,ann.lee@corp.fr,ok\n';

  async function chooseFiles(page, files) {
    await page.waitForSelector('body[data-files="idle"]');
    await page.setInputFiles('#files', files);
  }

  test('files: scanned in a worker, report shown with masked values, and no request after load', async (t) => {
    const { page, problems } = await openPage(t);
    const requests = [];
    let loaded = false;
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), afterLoad: loaded }));
    await loadReady(page);
    await page.waitForSelector('body[data-files="idle"]');  // the worker's engine is loaded too
    await page.waitForLoadState('networkidle');
    loaded = true;
    await chooseFiles(page, [{ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) }]);
    await page.click('#file-scan');
    await page.waitForSelector('body[data-files="done"]');
    const markdown = await page.textContent('#report-markdown');
    assert.match(markdown, /`email`.*EMAIL.*100%/);
    assert.match(markdown, /health/);
    assert.ok(!markdown.includes('jean.dupont@corp.fr'), 'values are masked in the report');
    assert.equal(await page.getAttribute('body', 'data-findings'), String(4));
    assert.ok(page.workers().some((w) => w.url().endsWith('/dist/worker.js')), 'the scan ran in a worker');
    assert.ok(requests.some((r) => r.url.endsWith('/dist/discret.wasm')), 'the worker loaded its own engine');
    assert.deepEqual(requests.filter((r) => r.afterLoad).map((r) => r.url), [], 'choosing and scanning files makes no request');
    assert.deepEqual(problems, []);
  });

  test('files: a pseudonymized copy of a CSV changes only the findings', async (t) => {
    const { page, problems } = await openPage(t);
    await loadReady(page);
    await chooseFiles(page, [{ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) }]);
    await page.selectOption('#file-operator', 'pseudonym');
    await page.click('#file-copy');
    await page.waitForSelector('body[data-files="done"]');
    assert.deepEqual(await page.locator('#file-copies a').allTextContents(), ['people.pseudonymized.csv', 'discret-mapping.json']);
    const link = page.locator('#file-copies a').first();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), 'people.pseudonymized.csv');
    const copy = readFileSync(await download.path(), 'utf8');
    assert.equal(copy, 'id,name,email,note\n1,<PERSON_1>,<EMAIL_1>,"suivi pour diabète"\n2,<PERSON_2>,<EMAIL_2>,ok\n');
    assert.deepEqual(problems, []);
  });

  test('files: the page stays responsive and shows progress while the worker scans a large file', async (t) => {
    const { page, problems } = await openPage(t);
    await loadReady(page);
    const big = Buffer.from(CSV.split('\n')[0] + '\n' + CSV.split('\n').slice(1, 3).join('\n').concat('\n').repeat(120000));
    await chooseFiles(page, [{ name: 'big.csv', mimeType: 'text/csv', buffer: big }]);
    await page.click('#file-scan');
    // While the worker runs, the main thread keeps answering and the progress bar moves.
    const seen = new Set();
    while ((await page.getAttribute('body', 'data-files')) === 'running') {
      seen.add(await page.$eval('#file-progress', (p) => p.value));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    }
    assert.ok(seen.size >= 2, `progress values seen while running: ${[...seen].join(', ')}`);
    assert.equal(await page.getAttribute('body', 'data-findings'), String(4 * 120000));
    assert.deepEqual(problems, []);
  });
});
