// The page's own path for files, in headless Chromium, for the benchmarks: a file chosen in the
// page's file input (as a user would) is scanned by the page's worker (web/worker.js: the engine
// and discret/files, in wasm). The resident memory of every Chromium process is sampled from
// /proc; the peak above the idle page is reported. Used by bench/run.js and bench/large.js.
import { readdirSync, readFileSync } from 'node:fs';

// Resident memory of every Chromium process, in MiB.
export function chromiumRss() {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!/chrom/i.test(cmd.split('\0')[0])) continue;
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch { /* the process ended */ }
  }
  return kb / 1024;
}

export async function scanInPage(path) {
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('../scripts/serve.js');
  const { chromiumArgs, chromiumPath } = await import('../tests/browser/chromium.js');
  const server = await startServer({ port: 0 });
  const b = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await b.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.files === 'idle');
    // Engine start in Chromium: compiling the default packs, the module loaded (the page has loaded
    // it) and its code warm (one scan first: V8 tiers wasm up after the first calls), best of 5, on
    // the page's main thread; as the node layer measures it.
    const startMs = await page.evaluate(async () => {
      const { createScanner } = await import('./pkg/index.js');
      const warm = await createScanner();
      warm.scan('warm-up: jean.dupont@example.fr, 06 12 34 56 78, FR76 3000 6000 0112 3456 7890 189\n'.repeat(2000));
      warm.dispose();
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        const scanner = await createScanner();
        best = Math.min(best, performance.now() - t0);
        scanner.dispose();
      }
      return best;
    });
    await page.setInputFiles('#files', path);
    await new Promise((r) => setTimeout(r, 1000));
    const idle = chromiumRss();
    let peak = idle;
    const timer = setInterval(() => (peak = Math.max(peak, chromiumRss())), 200);
    const started = Date.now();
    await page.click('#file-scan');
    await page.waitForFunction(() => document.body.dataset.files === 'done', null, { timeout: 0 });
    clearInterval(timer);
    const seconds = (Date.now() - started) / 1000;
    // The page counts test values (example.com...) apart from findings; the other layers count both.
    const findings = Number(await page.evaluate(() => Number(document.body.dataset.findings) + Number(document.body.dataset.testValues)));
    return { seconds, findings, startMs, idleMiB: idle, peakMiB: peak, peakAboveIdleMiB: peak - idle };
  } finally {
    await b.close();
    await server.close();
  }
}

