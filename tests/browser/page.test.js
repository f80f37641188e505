// End-to-end tests of the static page in headless Chromium (system binary, playwright-core).
//
//   node --test tests/browser/
//
// Chromium comes from CHROMIUM_PATH, else `command -v chromium` (see chromium.js); without one
// the browser tests skip with a message (the server tests still run).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { chromium } from 'playwright-core';
import { unzipSync, zipSync } from 'fflate';
import { readParquetChunks } from '../../wasm/formats/parquet.js';
import { pseudonymizeFiles } from '../../wasm/files.js';
import { startServer } from '../../scripts/serve.js';
import { chromiumArgs, chromiumPath, openTestPage } from './chromium.js';

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
  const openPage = (t) => openTestPage(browser, t, { acceptDownloads: true, origin: new URL(server.url).origin });

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
  // Every files test records the page's requests: none may leave the origin, none may happen after load.
  const CSV = 'id,name,email,note\n1,Jean Dupont,jean.dupont@corp.fr,"suivi pour diabète"\n2,Ann Lee,ann.lee@corp.fr,ok\n';
  const FIXTURES = new URL('../js/fixtures/formats/', import.meta.url);

  async function openFilesPage(t) {
    const { page, problems } = await openPage(t);
    const requests = [];
    let loaded = false;
    page.on('request', (r) => requests.push({ url: r.url(), afterLoad: loaded }));
    await loadReady(page);
    await page.waitForSelector('body[data-files="idle"]');  // the worker's engine is loaded too
    await page.waitForLoadState('networkidle');
    loaded = true;
    const origin = new URL(server.url).origin;
    t.after(() => {
      for (const r of requests) assert.equal(new URL(r.url).origin, origin, r.url);
      assert.deepEqual(requests.filter((r) => r.afterLoad).map((r) => r.url), [], 'no request after load');
      assert.deepEqual(problems, []);
    });
    return { page, requests };
  }

  async function runJob(page, button) {
    await page.click(button);
    await page.waitForSelector('body[data-files="done"]');
  }

  async function downloadOf(page, name) {
    const link = page.locator('#file-copies a', { hasText: name });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    return readFileSync(await download.path());
  }

  test('files: scanned in a worker; summary, chart, column table and masked findings; no request after load', async (t) => {
    const { page, requests } = await openFilesPage(t);
    await page.setInputFiles('#files', [{ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) }]);
    await runJob(page, '#file-scan');
    assert.match(await page.textContent('#file-summary'), /4 values of personal data or secrets in 1 of 1 file/);
    assert.deepEqual(await page.locator('#chart-entities dt').allTextContents(), ['EMAIL', 'PERSON']);
    assert.deepEqual((await page.locator('#chart-columns dt').allTextContents()).sort(), ['email', 'name']);
    const columns = await page.locator('#file-tables tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
    assert.deepEqual(columns.find((c) => c[0] === 'email'), ['email', 'EMAIL', 'EMAIL 2', '100%']);
    const values = await page.locator('#file-findings tbody td:nth-child(5)').allTextContents();
    assert.ok(values.length === 4 && values.every((v) => !v.includes('jean.dupont') && !v.includes('ann.lee')), values.join());
    assert.match(await page.textContent('#file-advice'), /health/);
    await page.selectOption('#filter-entity', 'EMAIL');
    assert.equal(await page.locator('#file-findings tbody tr').count(), 2);
    assert.ok(page.workers().some((w) => w.url().endsWith('/dist/worker.js')), 'the scan ran in a worker');
    assert.ok(requests.some((r) => r.url.endsWith('/dist/discret.wasm')), 'the worker loaded its own engine');
  });

  test('files: CSV, JSONL, Parquet and a zip dropped, pseudonymized into one zip; the findings table and each copy checked byte by byte', async (t) => {
    const { page } = await openFilesPage(t);
    const jsonl = '{"user":"ann@corp.fr","n":1}\n{"ip":"8.8.4.4"}\n';
    const inner = zipSync({ 'notes.txt': new TextEncoder().encode('call bob@corp.fr\n'), 'logo.bin': new Uint8Array([0, 1, 0, 2]) });
    const inputs = [
      { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) },
      { name: 'events.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(jsonl) },
      { name: 'people.parquet', mimeType: 'application/octet-stream', buffer: readFileSync(new URL('people.snappy.parquet', FIXTURES)) },
      { name: 'bundle.zip', mimeType: 'application/zip', buffer: Buffer.from(inner) },
    ];
    // Dropped on the drop zone, as a user drags them from a file manager.
    await page.evaluate((files) => {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }));
      document.querySelector('#drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, inputs.map((f) => ({ name: f.name, mimeType: f.mimeType, data: f.buffer.toString('base64') })));
    await page.waitForFunction(() => /^4 file\(s\)/.test(document.querySelector('#file-status').textContent));
    await runJob(page, '#file-copy');
    const listed = new Set(await page.locator('#file-findings tbody td:first-child').allTextContents());
    assert.deepEqual([...listed].sort(), ['bundle.zip!/notes.txt', 'events.jsonl', 'people.csv', 'people.parquet']);
    assert.deepEqual(await page.locator('#file-copies a').allTextContents(), ['discret-pseudonymized.zip', 'discret-mapping.json']);
    const copies = unzipSync(new Uint8Array(await downloadOf(page, 'discret-pseudonymized.zip')));
    assert.deepEqual(Object.keys(copies).sort(), ['bundle.zip', 'events.jsonl', 'people.csv', 'people.parquet']);
    const text = (b) => new TextDecoder().decode(b);
    assert.match(text(copies['people.csv']), /^id,name,email,note\n1,<PERSON_\d+>,<EMAIL_\d+>,"suivi pour diabète"\n2,<PERSON_\d+>,<EMAIL_\d+>,ok\n$/);
    const ann = /^\{"user":"(<EMAIL_\d+>)","n":1\}\n\{"ip":"<IP_ADDRESS_1>"\}\n$/.exec(text(copies['events.jsonl']))[1];
    const members = unzipSync(copies['bundle.zip']);
    const bob = /^call (<EMAIL_\d+>)\n$/.exec(text(members['notes.txt']))[1];
    assert.deepEqual([...members['logo.bin']], [0, 1, 0, 2]);
    const rows = [];
    for await (const chunk of readParquetChunks(copies['people.parquet'])) rows.push(...text(chunk.text).split('\n').slice(1).filter(Boolean));
    assert.ok(rows.some((r) => /<EMAIL_\d+>/.test(r)) && !rows.some((r) => /@example\.fr|@exemple\.org/.test(r)), rows.join('\n'));
    // Byte by byte: the page's copies are exactly what the package makes of the same files in node
    // (in the order the page scans dropped files: by name).
    const expected = new Map();
    for await (const e of pseudonymizeFiles([...inputs].sort((a, b) => (a.name < b.name ? -1 : 1)).map((f) => ({ input: new Uint8Array(f.buffer), name: f.name })), { operator: 'pseudonym' })) {
      if (e.type === 'output') expected.set(e.file, Buffer.concat([expected.get(e.file) ?? Buffer.alloc(0), e.bytes]));
    }
    for (const [name, bytes] of Object.entries(copies)) assert.ok(Buffer.from(bytes).equals(expected.get(name)), name);
    const mapping = JSON.parse(await downloadOf(page, 'discret-mapping.json'));
    assert.ok(mapping.entries.some((e) => e.value === 'ann@corp.fr' && e.pseudonym === ann));
    assert.ok(mapping.entries.some((e) => e.value === 'bob@corp.fr' && e.pseudonym === bob));
  });

  test('files: a whole folder, with the paths inside it in the findings', async (t) => {
    const { page } = await openFilesPage(t);
    const dir = mkdtempSync(join(tmpdir(), 'discret-folder-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'users.csv'), 'name,email\nAnn Lee,ann.lee@corp.fr\n');
    writeFileSync(join(dir, 'notes.txt'), 'call +33 6 12 34 56 78\n');
    await page.setInputFiles('#folder', dir);
    await runJob(page, '#file-scan');
    const base = dir.split('/').pop();
    const files = new Set(await page.locator('#file-findings tbody td:first-child').allTextContents());
    assert.deepEqual([...files].sort(), [`${base}/data/users.csv`, `${base}/notes.txt`]);
  });

  test('files: cancelling a large scan stops it, and the page stays responsive with a moving progress bar', async (t) => {
    const { page } = await openFilesPage(t);
    const big = Buffer.from('id,name,email,note\n' + '1,Jean Dupont,jean.dupont@corp.fr,ok\n'.repeat(400000));
    await page.setInputFiles('#files', [{ name: 'big.csv', mimeType: 'text/csv', buffer: big }]);
    await page.click('#file-scan');
    // While the worker runs, the main thread keeps answering and the progress bar moves.
    const seen = new Set();
    while (seen.size < 2 && (await page.getAttribute('body', 'data-files')) === 'running') {
      seen.add(await page.$eval('#file-progress', (p) => p.value));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    }
    assert.ok(seen.size >= 2, `progress values seen while running: ${[...seen].join(', ')}`);
    await page.click('#file-cancel');
    await page.waitForSelector('body[data-files="cancelled"]');
    assert.equal(await page.textContent('#file-status'), 'Cancelled.');
    assert.ok(await page.isEnabled('#file-scan'), 'a new scan can start');
  });
});
