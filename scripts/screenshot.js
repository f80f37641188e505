#!/usr/bin/env node
// Takes the screenshots of the page's main states into docs/screenshots/:
//   page.png / page-dark.png   pasted text with findings and a pseudonymized copy (light, dark)
//   files.png                  a CSV and a Parquet fixture scanned: summary, charts, columns, findings
//   settings.png               the settings panel open
//   extension-warning.png      the extension's warning on a comment box (fixture page as huggingface.co)
//   extension-popup.png        the extension's popup after scanning that page's form fields
//
//   node scripts/screenshot.js [--out-dir docs/screenshots]   (npm run screenshot)
//
// Uses the system Chromium (CHROMIUM_PATH, else `command -v chromium`) through playwright-core.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-quic', '--disable-sync',
];

const SAMPLE = [
  'Bonjour — please update the customer file:',
  'Jean Dupont, jean.dupont@example.fr, tél. 06 12 34 56 78, NIR 185077512345608.',
  'Refund to IBAN FR76 3000 6000 0112 3456 7890 189 (card 4111 1111 1111 1111).',
  'Last login from 203.0.113.42; deploy key aws_access_key_id = AKIAIOSFODNN7EXAMPLE.',
].join('\n');

function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

async function shoot(browser, server, { dark = false, state = 'text', out }) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: dark ? 'dark' : 'light', deviceScaleFactor: 1 });
  try {
    await page.goto(server.url);
    await page.waitForSelector('body[data-scanner="ready"]');
    await page.waitForSelector('body[data-files="idle"]');
    let target = page;
    if (state === 'text') {
      await page.fill('#input', SAMPLE);
      await page.click('#scan');
      await page.selectOption('#operator', 'pseudonym');
      await page.waitForFunction(() => document.querySelector('#output').value.includes('<EMAIL_1>'));
    } else if (state === 'files') {
      const csv = 'id,name,email,phone,note\n1,Jean Dupont,jean.dupont@corp.fr,06 12 34 56 78,"suivi diabète"\n2,Ann Lee,ann.lee@corp.fr,+44 7700 900123,ok\n3,Marc Petit,marc.petit@corp.fr,,ok\n';
      await page.setInputFiles('#files', [
        { name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
        { name: 'people.parquet', mimeType: 'application/octet-stream', buffer: readFileSync(path.join(ROOT, 'tests/js/fixtures/formats/people.snappy.parquet')) },
      ]);
      await page.click('#file-scan');
      await page.waitForSelector('body[data-files="done"]');
      target = page.locator('#files-heading').locator('..');
    } else if (state === 'settings') {
      await page.locator('#settings-panel details').first().evaluate((d) => { d.open = true; });
      target = page.locator('#settings-panel');
    }
    if (target === page) await page.screenshot({ path: out, fullPage: true });
    else await target.screenshot({ path: out });
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  } finally {
    await page.close();
  }
}

// The extension on the fixture upload page served as huggingface.co: the warning, then the popup.
async function shootExtension(executablePath, dir) {
  const { buildExtension } = await import('./build-extension.js');
  const tmp = mkdtempSync(path.join(tmpdir(), 'discret-shots-'));
  const { out } = buildExtension(path.join(tmp, 'extension'));
  const server = await startServer({ port: 0, mounts: [{ prefix: '/', dir: path.join(ROOT, 'tests/browser/fixtures/extension') }], headers: false });
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath, headless: true, viewport: { width: 900, height: 520 },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${out}`, `--load-extension=${out}`, `--host-resolver-rules=MAP huggingface.co 127.0.0.1:${server.port}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
    const page = await context.newPage();
    await page.goto('http://huggingface.co/upload.html');
    await page.waitForSelector('html[data-discret-guard="on"]');
    await page.fill('#comment', 'Thanks! Contact me at jean.dupont@example.fr or +33 6 12 34 56 78 for the raw files.');
    await page.waitForSelector('html[data-discret="findings"]');
    await page.screenshot({ path: path.join(dir, 'extension-warning.png') });
    console.log('wrote docs/screenshots/extension-warning.png');
    await page.bringToFront();
    const tab = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 320 });
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tab=${tab}`);
    await popup.waitForSelector('body[data-ready="true"]');
    await popup.click('#scan-fields');
    await popup.waitForSelector('body[data-result]');
    await popup.screenshot({ path: path.join(dir, 'extension-popup.png') });
    console.log('wrote docs/screenshots/extension-popup.png');
  } finally {
    await context.close();
    await server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const args = process.argv.slice(2);
  const dirIndex = args.indexOf('--out-dir');
  const dir = path.resolve(dirIndex >= 0 ? args[dirIndex + 1] : path.join(ROOT, 'docs/screenshots'));
  const executablePath = findChromium();
  if (!executablePath || !existsSync(executablePath)) throw new Error('no chromium binary found (set CHROMIUM_PATH)');
  mkdirSync(dir, { recursive: true });
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    await shoot(browser, server, { state: 'text', out: path.join(dir, 'page.png') });
    await shoot(browser, server, { state: 'text', dark: true, out: path.join(dir, 'page-dark.png') });
    await shoot(browser, server, { state: 'files', out: path.join(dir, 'files.png') });
    await shoot(browser, server, { state: 'settings', out: path.join(dir, 'settings.png') });
  } finally {
    await browser.close();
    await server.close();
  }
  await shootExtension(executablePath, dir);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
