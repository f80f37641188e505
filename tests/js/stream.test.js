// scanStream: windows at line ends, overlap, exactly-once findings, header context, progress, abort.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScanner } from 'discret';
import { scanStream } from 'discret/stream';

const scanner = await createScanner();
const enc = (s) => new TextEncoder().encode(s);
// Feeds `bytes` in pieces of `size` bytes, as a file stream would.
function* pieces(bytes, size) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
const key = (f) => `${f.start}-${f.end}-${f.ruleId}`;
async function collect(iter) {
  const out = [];
  for await (const f of iter) out.push(f);
  return out;
}

// A CSV whose NHS numbers are found only through the header, and a PEM block in a text file.
function csv(rows) {
  let s = 'id,name,email,nhs_number,note\n';
  for (let i = 0; i < rows; i++) {
    const nhs = ['943 476 5919', '401 023 2137', '401 031 1320'][i % 3];
    s += `${i},Jane Roe ${i},jane.roe${i}@corp.fr,${nhs},"line one\nline two, ${i}"\n`;
  }
  return enc(s);
}

test('a streamed CSV gives exactly the findings of a whole scan, NHS numbers included', async () => {
  const bytes = csv(400);
  const whole = scanner.scanBytes(bytes).map(key).sort();
  assert.ok(whole.filter((k) => k.endsWith('gb-nhs')).length === 400, 'the whole scan finds every NHS number');
  for (const [window, overlap, piece] of [[4096, 1024, 1000], [8192, 512, 7], [65536, 4096, 65536]]) {
    const streamed = (await collect(scanStream(scanner, pieces(bytes, piece), { window, overlap }))).map(key).sort();
    assert.deepEqual(streamed, whole, `window ${window}, overlap ${overlap}, pieces of ${piece}`);
  }
});

test('a finding cut by a window end is reported once, whole', async () => {
  const pem = '-----BEGIN RSA PRIVATE KEY-----\n' + 'MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n'.repeat(20) + '-----END RSA PRIVATE KEY-----\n';
  const text = 'x'.repeat(50) + '\n' + 'filler line with nothing\n'.repeat(150) + pem + 'more text\n'.repeat(300) + 'mail ann@corp.fr\n';
  const bytes = enc(text);
  const whole = scanner.scanBytes(bytes).map(key);
  const streamed = (await collect(scanStream(scanner, pieces(bytes, 333), { window: 4096, overlap: 2048, header: false }))).map(key);
  assert.deepEqual(streamed, whole);
  assert.equal(streamed.filter((k) => k.endsWith('private-key-pem')).length, 1);
});

test('progress is reported per window and an abort stops the scan with its reason', async () => {
  const bytes = csv(400);
  const seen = [];
  await collect(scanStream(scanner, pieces(bytes, 4096), { window: 8192, overlap: 1024, total: bytes.length, onProgress: (p) => seen.push(p) }));
  assert.ok(seen.length > 3);
  assert.deepEqual(seen.at(-1), { bytesDone: bytes.length, bytesTotal: bytes.length, findings: seen.at(-1).findings });
  assert.ok(seen.every((p, i) => i === 0 || p.bytesDone >= seen[i - 1].bytesDone));
  const controller = new AbortController();
  let windows = 0;
  await assert.rejects(
    collect(scanStream(scanner, pieces(bytes, 4096), { window: 8192, overlap: 1024, signal: controller.signal,
      onProgress: () => { if (++windows === 2) controller.abort(new Error('user cancelled')); } })),
    /user cancelled/);
  assert.equal(windows, 2);
});

test('bad window settings are refused', async () => {
  await assert.rejects(collect(scanStream(scanner, [], { window: 100, overlap: 100 })), RangeError);
});
