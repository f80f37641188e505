// The page built as a static folder (scripts/build-site.js) and served by a plain host: under a
// sub-path, with no CSP header (the page's <meta> policy must hold on its own), and offline once
// loaded (web/sw.js).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildSite } from '../../scripts/build-site.js';
import { CONTENT_SECURITY_POLICY, startServer } from '../../scripts/serve.js';
import { chromiumArgs, chromiumPath, openTestPage } from './chromium.js';

const CHROMIUM = [chromiumPath()].find((p) => p && existsSync(p)) ?? null;
const SKIP = CHROMIUM ? false : 'no chromium binary found: set CHROMIUM_PATH or install chromium';
const PREFIX = '/hosted/discret/';

test('the <meta> policy is the server\'s, less frame-ancestors (which only works as a header)', () => {
  const html = readFileSync(new URL('../../web/index.html', import.meta.url), 'utf8');
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)[1];
  const expected = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
  assert.equal(meta, expected);
});

describe('static site', { skip: SKIP }, () => {
  let server, browser, site;
  before(async () => {
    site = buildSite(join(mkdtempSync(join(tmpdir(), 'discret-site-')), 'site'));
    server = await startServer({ port: 0, mounts: [{ prefix: PREFIX, dir: site }], headers: false });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(t, options = {}) {
    const { context, page, problems } = await openTestPage(browser, t, { ...options, origin: new URL(server.url).origin });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    return { context, page, problems, requests };
  }

  test('works from a sub-path with no CSP header, and the meta policy blocks other origins', async (t) => {
    const { page, problems, requests } = await open(t);
    const url = new URL(PREFIX, server.url).href;
    await page.goto(url);
    await page.waitForSelector('body[data-scanner="ready"]');
    await page.waitForSelector('body[data-files="idle"]');
    await page.fill('#input', 'mail jean.dupont@example.fr');
    await page.waitForFunction(() => document.querySelector('#status').dataset.count === '1');
    assert.ok(requests.every((r) => r.startsWith(url)), requests.join('\n'));
    // A connection to another origin is refused by the page's own policy.
    const blocked = await page.evaluate(() => fetch('http://127.0.0.2:9/x').then(() => 'sent', (e) => e.name));
    assert.equal(blocked, 'TypeError');
    assert.ok(problems.every((p) => /Content Security Policy|Failed to fetch|127\.0\.0\.2/.test(p)), problems.join('\n'));
  });

  test('once loaded, the page works offline: text and files', async (t) => {
    const { context, page } = await open(t, { serviceWorkers: 'allow' });
    const url = new URL(PREFIX, server.url).href;
    await page.goto(url);
    await page.waitForSelector('body[data-offline="ready"]');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null || new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', () => r(true))));
    await page.reload();  // now every file passes through the service worker, which keeps it
    await page.waitForSelector('body[data-files="idle"]');
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('body[data-scanner="ready"]');
    await page.waitForSelector('body[data-files="idle"]');
    await page.fill('#input', 'mail jean.dupont@example.fr');
    await page.waitForFunction(() => document.querySelector('#status').dataset.count === '1');
    await page.setInputFiles('#files', [{ name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email\nAnn,ann@corp.fr\n') }]);
    await page.click('#file-scan');
    await page.waitForSelector('body[data-files="done"]');
    assert.equal(await page.getAttribute('body', 'data-findings'), '2');
  });
});
