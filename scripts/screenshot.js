#!/usr/bin/env node
// Takes docs/screenshots/page.png: the page with sample findings and a pseudonymized copy.
//
//   node scripts/screenshot.js [--dark] [--out docs/screenshots/page.png]
//
// Uses the system Chromium (CHROMIUM_PATH, else `command -v chromium`) through playwright-core.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
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

async function main() {
  const args = process.argv.slice(2);
  const dark = args.includes('--dark');
  const outIndex = args.indexOf('--out');
  const out = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(ROOT, 'docs/screenshots/page.png'));
  const executablePath = findChromium();
  if (!executablePath || !existsSync(executablePath)) throw new Error('no chromium binary found (set CHROMIUM_PATH)');

  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({
      viewport: { width: 1100, height: 900 },
      colorScheme: dark ? 'dark' : 'light',
      deviceScaleFactor: 1,
    });
    await page.goto(server.url);
    await page.waitForSelector('body[data-scanner="ready"]');
    await page.fill('#input', SAMPLE);
    await page.click('#scan');
    await page.selectOption('#operator', 'pseudonym');
    await page.waitForFunction(() => document.querySelector('#output').value.includes('<EMAIL_1>'));
    mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: true });
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
