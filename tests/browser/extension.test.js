// The npm package inside a Manifest V3 extension: its module service worker and an extension page,
// under the CSP MV3 imposes (no eval; wasm allowed). Builds a throwaway unpacked extension that
// imports the package exactly as web/extension will.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const executablePath = chromiumPath();
const dir = mkdtempSync(join(tmpdir(), 'discret-ext-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function buildExtension() {
  const ext = join(dir, 'ext');
  mkdirSync(join(ext, 'pkg/dist'), { recursive: true });
  cpSync(join(root, 'wasm/index.js'), join(ext, 'pkg/index.js'));
  cpSync(join(root, 'wasm/dist/discret.mjs'), join(ext, 'pkg/dist/discret.mjs'));
  cpSync(join(root, 'wasm/dist/discret.wasm'), join(ext, 'pkg/dist/discret.wasm'));
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify({
    manifest_version: 3,
    name: 'discret-test',
    version: '0.0.1',
    background: { service_worker: 'background.js', type: 'module' },
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
  }));
  writeFileSync(join(ext, 'background.js'), `import { createScanner } from './pkg/index.js';
globalThis.discret = createScanner().then((scanner) => scanner.scan('mail jean.dupont@example.fr, 😀 key AKIAIOSFODNN7EXAMPLE'));
`);
  writeFileSync(join(ext, 'page.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="page.js"></script><pre id="out"></pre>');
  writeFileSync(join(ext, 'page.js'), `import { createScanner } from './pkg/index.js';
const scanner = await createScanner();
document.getElementById('out').textContent = JSON.stringify(scanner.pseudonymize('mail jean.dupont@example.fr', { operator: 'pseudonym' }).text);
`);
  return ext;
}

test('the package runs in an MV3 module service worker and an extension page', { skip: !executablePath && 'no chromium binary' }, async () => {
  const ext = buildExtension();
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath,
    headless: true,
    args: [...chromiumArgs, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15000 });
    const findings = await worker.evaluate(() => globalThis.discret);
    assert.deepEqual(findings.map((f) => [f.entity, f.text]), [['EMAIL', 'jean.dupont@example.fr'], ['SECRET', 'AKIAIOSFODNN7EXAMPLE']]);

    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`chrome-extension://${extensionId}/page.html`);
    await page.waitForFunction(() => document.getElementById('out').textContent !== '', null, { timeout: 15000 });
    assert.equal(await page.textContent('#out'), JSON.stringify('mail <EMAIL_1>'));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
