// The extension (web/extension, built by scripts/build-extension.js) loaded unpacked in Chromium,
// on a fixture page served as huggingface.co (the host resolver maps it to a local server): typing
// PII shows the warning, Replace rewrites exactly the finding, an allowed value stays quiet, a CSV
// chosen for upload is summarised before the site's own upload code sees it, and no request leaves
// for anywhere but the fixture host.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { zipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildExtension } from '../../scripts/build-extension.js';
import { startServer } from '../../scripts/serve.js';
import { chromiumArgs, chromiumPath } from './chromium.js';

const executablePath = chromiumPath();
const FIXTURES = fileURLToPath(new URL('./fixtures/extension/', import.meta.url));
const SITE = 'http://huggingface.co/upload.html';

describe('extension', { skip: !executablePath && 'no chromium binary' }, () => {
  let dir, server, context, worker;
  const requests = [];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'discret-guard-'));
    const { out } = buildExtension(join(dir, 'extension'));
    server = await startServer({ port: 0, mounts: [{ prefix: '/', dir: FIXTURES.replace(/\/$/, '') }], headers: false });
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath,
      headless: true,
      args: [...chromiumArgs, `--disable-extensions-except=${out}`, `--load-extension=${out}`,
        `--host-resolver-rules=MAP huggingface.co 127.0.0.1:${server.port}`],
    });
    context.on('request', (r) => requests.push(r.url()));
    worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15000 });
    await worker.evaluate(() => globalThis.discretReady);
  });
  after(async () => {
    await context?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    // Only the fixture host and the extension's own files: the engine never calls out.
    for (const url of requests) assert.ok(url.startsWith('http://huggingface.co/') || url.startsWith('chrome-extension://'), url);
  });

  async function open(t) {
    await worker.evaluate(() => chrome.storage.local.set({ settings: {} }));
    const page = await context.newPage();
    t.after(() => page.close());
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    t.after(() => assert.deepEqual(errors, []));
    await page.goto(SITE);
    await page.waitForSelector('html[data-discret-guard="on"]');
    return page;
  }

  const panelItems = (page) => page.locator('discret-guard li').evaluateAll((items) => items.map((i) => i.dataset.entity ?? i.textContent));

  test('typing PII in a comment box shows the warning; Replace rewrites exactly the finding', async (t) => {
    const page = await open(t);
    const text = 'Thanks! Contact me at jean.dupont@example.fr or +33 6 12 34 56 78 for the raw files.';
    await page.fill('#comment', text);
    await page.waitForSelector('html[data-discret="findings"]');
    assert.deepEqual(await panelItems(page), ['EMAIL', 'PHONE']);
    assert.ok(!(await page.locator('discret-guard .panel').textContent()).includes('jean.dupont@example.fr'), 'values are masked in the panel');
    await page.locator('discret-guard li[data-entity="EMAIL"] button[data-action="replace"]').click();
    await page.waitForFunction(() => document.querySelector('#comment').value.includes('<EMAIL>'));
    assert.equal(await page.inputValue('#comment'), text.replace('jean.dupont@example.fr', '<EMAIL>'));
    await page.waitForFunction(() => document.querySelectorAll('discret-guard').length === 1 && document.querySelector('discret-guard').shadowRoot.querySelectorAll('li').length === 1);
    await page.locator('discret-guard li[data-entity="PHONE"] button[data-action="ignore"]').click();
    await page.waitForFunction(() => !document.documentElement.dataset.discret);
    assert.equal(await page.inputValue('#comment'), text.replace('jean.dupont@example.fr', '<EMAIL>'));
  });

  test('a rich editor: Replace edits the text node in place', async (t) => {
    const page = await open(t);
    await page.locator('#editor p').click();
    await page.keyboard.press('End');
    await page.keyboard.type('key AKIAQYLPMN5HHHFPZAM2 rotated');
    await page.waitForSelector('html[data-discret="findings"]');
    assert.deepEqual(await panelItems(page), ['SECRET']);
    const before = await page.textContent('#editor');
    await page.locator('discret-guard li[data-entity="SECRET"] button[data-action="replace"]').click();
    await page.waitForFunction(() => document.querySelector('#editor').textContent.includes('<SECRET>'));
    assert.equal(await page.textContent('#editor'), before.replace('AKIAQYLPMN5HHHFPZAM2', '<SECRET>'));
    assert.equal(await page.locator('#editor p').count(), 1, 'the editor keeps its structure');
  });

  test('an allowed value stays quiet', async (t) => {
    const page = await open(t);
    await worker.evaluate(() => chrome.storage.local.set({ settings: { allow: ['team@example.org'] } }));
    await page.fill('#title', 'Questions: team@example.org');
    await page.fill('#comment', 'Questions: team@example.org, or me: ann.lee@corp.fr');
    await page.waitForSelector('html[data-discret="findings"]');
    assert.deepEqual(await panelItems(page), ['EMAIL']);
    assert.match(await page.locator('discret-guard li').textContent(), /an…fr/);
  });

  test('a CSV with PII chosen for upload: the summary comes first; cancel keeps it from the site, continue hands it over', async (t) => {
    const page = await open(t);
    const csv = { name: 'users.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email\nAnn Lee,ann.lee@corp.fr\nBob Roe,bob.roe@corp.fr\n') };
    await page.setInputFiles('#upload', [csv]);
    await page.waitForSelector('html[data-discret="files"]');
    assert.match(await page.locator('discret-guard li').first().textContent(), /^users\.csv: .*EMAIL 2/);
    assert.equal(await page.textContent('#uploaded'), '', 'the site has not seen the files yet');
    await page.locator('discret-guard button[data-action="cancel"]').click();
    await page.waitForSelector('html[data-discret-upload="cancelled"]');
    assert.equal(await page.textContent('#uploaded'), '');
    assert.equal(await page.evaluate(() => document.querySelector('#upload').files.length), 0);

    await page.setInputFiles('#upload', [csv]);
    await page.waitForSelector('html[data-discret="files"]');
    await page.locator('discret-guard button[data-action="continue"]').click();
    await page.waitForSelector('html[data-discret-upload="continued"]');
    assert.equal(await page.textContent('#uploaded'), 'users.csv');
  });

  test('a zip (CSV inside) and a Parquet file dropped on the page: read by the files readers, summarised, then handed over', async (t) => {
    const page = await open(t);
    const zip = zipSync({ 'data/users.csv': new TextEncoder().encode('name,email\nAnn Lee,ann.lee@corp.fr\n') });
    const parquet = readFileSync(new URL('../js/fixtures/formats/people.snappy.parquet', import.meta.url));
    await page.evaluate((files) => {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name));
      document.querySelector('#dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, [{ name: 'users.zip', data: Buffer.from(zip).toString('base64') }, { name: 'people.parquet', data: parquet.toString('base64') }]);
    await page.waitForSelector('html[data-discret="files"]');
    const lines = await page.locator('discret-guard li').allTextContents();
    assert.match(lines[0], /^users\.zip: .*EMAIL 1/);
    assert.match(lines[1], /^people\.parquet: .*EMAIL/);
    assert.equal(await page.textContent('#dropped'), '', 'the site has not seen the drop yet');
    await page.locator('discret-guard button[data-action="continue"]').click();
    await page.waitForFunction(() => document.querySelector('#dropped').textContent === 'users.zip,people.parquet');
  });

  test('forty files chosen at once: the summary stays inside the window and both buttons can be clicked', async (t) => {
    const page = await open(t);
    const files = Array.from({ length: 40 }, (_, i) => ({ name: `part-${i}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`name,email\nAnn Lee,ann${i}@corp.fr\n`) }));
    await page.setInputFiles('#upload', files);
    await page.waitForSelector('html[data-discret="files"]');
    const viewport = page.viewportSize();
    for (const action of ['cancel', 'continue']) {
      const box = await page.locator(`discret-guard button[data-action="${action}"]`).boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= viewport.height, `${action}: ${JSON.stringify(box)} in ${JSON.stringify(viewport)}`);
    }
    await page.locator('discret-guard button[data-action="continue"]').click({ timeout: 5000 });
    await page.waitForFunction(() => document.querySelector('#uploaded').textContent.split(',').length === 40);
  });

  // Found by tests/browser/privacy.test.js: a text scan that finished after the files question was shown
  // replaced it with the text's findings; the held-back upload could then be neither continued nor cancelled.
  test('files chosen while a typed text is still being scanned: the question about the files stays until answered', async (t) => {
    const page = await open(t);
    await page.fill('#comment', 'write to jean.dupont@example.fr');  // scanned after a 400 ms pause
    await page.setInputFiles('#upload', [{ name: 'users.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email\nAnn Lee,ann.lee@corp.fr\n') }]);
    await page.waitForSelector('html[data-discret="files"]');
    await page.waitForTimeout(800);  // the text's scan has come back by now
    assert.equal(await page.evaluate(() => document.documentElement.dataset.discret), 'files');
    await page.locator('discret-guard button[data-action="continue"]').click({ timeout: 5000 });
    await page.waitForFunction(() => document.querySelector('#uploaded').textContent === 'users.csv');
    await page.waitForSelector('html[data-discret="findings"]');  // then the text's own warning
    assert.deepEqual(await panelItems(page), ['EMAIL']);
  });

  test('a file without findings goes straight through', async (t) => {
    const page = await open(t);
    await page.setInputFiles('#upload', [{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('nothing personal here\n') }]);
    await page.waitForFunction(() => document.querySelector('#uploaded').textContent === 'notes.txt');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.discret ?? null), null);
  });

  const extensionPage = async (t, path) => {
    const page = await context.newPage();
    t.after(() => page.close());
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/${path}`);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  };

  test('the popup scans the tab\'s form fields and pauses the guard on this site', async (t) => {
    const site = await open(t);
    await site.fill('#title', 'Dataset by jean.dupont@example.fr');
    await site.bringToFront();
    const tab = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    const popup = await extensionPage(t, `popup.html?tab=${tab}`);
    assert.equal(await popup.textContent('#site'), 'huggingface.co');
    await popup.click('#scan-fields');
    await popup.waitForSelector('body[data-result]');
    assert.deepEqual(await popup.locator('#findings li').evaluateAll((l) => l.map((x) => x.dataset.entity)), ['EMAIL']);
    assert.ok(!(await popup.textContent('#findings')).includes('jean.dupont'), 'masked');
    await popup.uncheck('#site-on');
    await site.waitForSelector('html[data-discret-guard="off"]');
    await site.fill('#comment', 'call +33 6 12 34 56 78');
    await site.waitForTimeout(800);
    assert.equal(await site.evaluate(() => document.documentElement.dataset.discret ?? null), null, 'paused: no warning');
    await popup.check('#site-on');
    await site.waitForSelector('html[data-discret-guard="on"]');
  });

  test('options: an entity turned off is no longer reported; a bad site name is refused and nothing is saved', async (t) => {
    const site = await open(t);
    const options = await extensionPage(t, 'options.html');
    await options.uncheck('#entity-EMAIL');
    await options.click('button[type="submit"]');
    await options.waitForSelector('body[data-saved="ok"]');
    await site.fill('#comment', 'mail jean.dupont@example.fr or call +33 6 12 34 56 78');
    await site.waitForSelector('html[data-discret="findings"]');
    assert.deepEqual(await panelItems(site), ['PHONE']);
    await options.fill('#sites', 'huggingface.co\nnot a host');
    await options.click('button[type="submit"]');
    await options.waitForSelector('body[data-saved="error"]');
    assert.match(await options.textContent('#error'), /not a host/);
  });

  test('the same findings as the npm package for the same text', async (t) => {
    const { createScanner } = await import('../../wasm/index.js');
    const text = 'Jean Dupont <jean.dupont@corp.fr>, IBAN FR76 3000 6000 0112 3456 7890 189, NIR 185077512345608, key ghp_16C7e42F292c6912E7710c838347Ae178B4a';
    const scanner = await createScanner();
    const expected = scanner.scan(text).filter((f) => !f.test).map(({ start, end, entity, ruleId, score }) => [start, end, entity, ruleId, score]);
    scanner.dispose();
    await worker.evaluate(() => chrome.storage.local.set({ settings: {} }));  // the defaults, as the package's
    const page = await extensionPage(t, 'popup.html');
    await page.waitForFunction(async () => (await chrome.runtime.sendMessage({ type: 'scan', text: 'mail jean.dupont@corp.fr' })).findings.length === 1);
    const got = await page.evaluate((t) => chrome.runtime.sendMessage({ type: 'scan', text: t }), text);
    assert.deepEqual(got.findings.map(({ start, end, entity, ruleId, score }) => [start, end, entity, ruleId, score]), expected);
    assert.ok(expected.length >= 4);
  });
});
