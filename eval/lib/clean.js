// The PII-free part of the corpus, to count false positives: hand-written prose and generated
// reports in five languages, source code, logs and tables. Everything that looks like a value is
// something else on purpose: versions, build numbers, order ids, EAN barcodes, timestamps, hashes,
// UUIDs, prices, durations, byte counts, ports, colour codes, fingerprints, plain URLs.
// Randomness: the seeded faker passed in (numbers, words, hex), never Math.random or the clock.
import { PROSE, REPORT_SENTENCES, CITIES } from './prose.js';
import { MONTHS } from './values.js';

const pad = (n, w) => String(n).padStart(w, '0');

function helpers(f) {
  const int = (min, max) => f.number.int({ min, max });
  const pick = (xs) => f.helpers.arrayElement(xs);
  const hex = (n) => f.string.hexadecimal({ length: n, casing: 'lower', prefix: '' });
  const digits = (n) => f.string.numeric({ length: n, allowLeadingZeros: true });
  const ver = () => `${int(0, 12)}.${int(0, 40)}.${int(0, 20)}`;
  const ts = () => `2025-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${pad(int(0, 999), 3)}Z`;
  const ean13 = () => {
    const body = pick(['400', '401', '405', '300', '340', '800', '840', '500', '539']) + digits(9);
    const sum = [...body].reduce((a, d, i) => a + Number(d) * (i % 2 ? 3 : 1), 0);
    return body + ((10 - (sum % 10)) % 10);
  };
  const ident = () => pick(['total', 'count', 'buffer', 'index', 'offset', 'limit', 'cursor', 'result', 'payload', 'config', 'cache', 'queue', 'batch', 'retry', 'timeout', 'matrix', 'vector', 'node', 'edge', 'token', 'stream', 'chunk', 'frame', 'entry', 'record', 'row', 'column', 'page', 'slot', 'handler']);
  const Ident = () => ident().replace(/^./, (c) => c.toUpperCase());
  const verb = () => pick(['load', 'parse', 'render', 'flush', 'merge', 'split', 'compute', 'update', 'resolve', 'encode', 'decode', 'validate', 'collect', 'schedule', 'dispatch', 'normalize', 'compress', 'sort', 'filter', 'build']);
  return { int, pick, hex, digits, ver, ts, ean13, ident, Ident, verb };
}

/** Generated report prose in `lang`, about `bytes` long. */
function reports(f, lang, bytes) {
  const h = helpers(f);
  const months = MONTHS[lang];
  const fill = {
    CITY: () => h.pick(CITIES[lang]),
    AMOUNT: () => {
      const n = f.number.float({ min: 10, max: 250000, fractionDigits: 2 });
      if (lang === 'en') return `${h.pick(['$', '£', '€'])}${n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
      const s = n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? ' ' : '.');
      return lang === 'it' ? `€ ${s}` : `${s} €`;
    },
    DATE: () => {
      const d = h.int(1, 28), m = h.int(1, 12), y = h.int(2022, 2025);
      const style = h.int(0, 2);
      if (style === 0) return lang === 'de' ? `${pad(d, 2)}.${pad(m, 2)}.${y}` : lang === 'en' ? `${m}/${d}/${y}` : `${pad(d, 2)}/${pad(m, 2)}/${y}`;
      if (style === 1) return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
      return lang === 'en' ? `${months[m - 1]} ${d}, ${y}` : lang === 'de' ? `${d}. ${months[m - 1]} ${y}` : lang === 'es' ? `${d} de ${months[m - 1]} de ${y}` : `${d} ${months[m - 1]} ${y}`;
    },
    TIME: () => `${pad(h.int(6, 21), 2)}:${pad(h.pick([0, 15, 30, 45]), 2)}`,
    N: () => String(h.int(2, 480)),
    P: () => String(h.int(1, 40)),
    PCT: () => (lang === 'en' ? `${f.number.float({ min: 0.5, max: 35, fractionDigits: 1 })}%` : `${String(f.number.float({ min: 0.5, max: 35, fractionDigits: 1 })).replace('.', ',')} %`),
    TEMP: () => `${h.int(-8, 34)} °C`,
    REF: () => h.pick([`FA-${h.int(2022, 2025)}-${h.digits(5)}`, `${h.int(2022, 2025)}/${h.digits(4)}`, `DOS-${h.digits(6)}`, `PO${h.digits(8)}`]),
    YEAR: () => String(h.int(2024, 2027)),
    VER: () => h.ver(),
  };
  let out = '';
  while (Buffer.byteLength(out) < bytes) {
    const n = h.int(3, 7);
    const para = [];
    for (let i = 0; i < n; i++) para.push(h.pick(REPORT_SENTENCES[lang]).replace(/\{([A-Z]+)\}/g, (_, k) => fill[k]()));
    out += para.join(' ') + '\n\n';
  }
  return out;
}

function jsFile(f) {
  const h = helpers(f);
  let s = `// ${h.verb()}-${h.ident()}.js: generated fixture module\n'use strict';\n\nconst DEFAULTS = Object.freeze({\n`;
  s += `  ${h.ident()}Size: ${h.pick([256, 512, 1024, 4096, 65536])},\n  ${h.ident()}Ms: ${h.int(50, 30000)},\n  mask: 0x${h.hex(8)},\n  seed: ${h.int(1, 4294967295)},\n  colour: '#${h.hex(6)}',\n  endpoint: 'https://api.${h.pick(['internal', 'service', 'platform'])}.invalid/v${h.int(1, 4)}/${h.ident()}s',\n});\n\n`;
  for (let i = 0; i < h.int(3, 6); i++) {
    const fn = h.verb() + h.Ident();
    s += `/** ${h.verb()}s the ${h.ident()} in chunks of ${h.pick([8, 16, 32, 64])}. */\nexport function ${fn}(${h.ident()}, options = {}) {\n`;
    s += `  const limit = options.limit ?? ${h.int(10, 100000)};\n  const out = new Array(${h.int(2, 64)}).fill(0);\n`;
    s += `  for (let i = 0; i < limit; i += ${h.pick([1, 2, 4, 8])}) {\n    out[i % out.length] = (out[i % out.length] * ${h.pick([31, 33, 131, 16777619, 2654435761])} + i) >>> 0;\n  }\n`;
    s += `  if (out.length > ${h.int(2, 20)}) throw new RangeError('${h.ident()} too large: ' + out.length);\n  return { id: '${f.string.uuid()}', version: '${h.ver()}', checksum: '${h.hex(40)}', out };\n}\n\n`;
  }
  s += `export const BUILD = { number: ${h.int(1000, 99999)}, date: '${h.ts()}', commit: '${h.hex(7)}', node: '>=${h.int(16, 22)}.${h.int(0, 9)}.0' };\n`;
  return s;
}

function pyFile(f) {
  const h = helpers(f);
  let s = `"""${h.verb()} ${h.ident()} utilities."""\nfrom __future__ import annotations\n\nimport hashlib\nimport math\n\nEPSILON = 1e-${h.int(6, 12)}\nMAX_ITEMS = ${h.int(100, 1000000)}\nCACHE_TTL_SECONDS = ${h.pick([60, 300, 3600, 86400])}\nMAGIC = 0x${h.hex(8).toUpperCase()}\n\n`;
  for (let i = 0; i < h.int(3, 6); i++) {
    s += `\ndef ${h.verb()}_${h.ident()}(values: list[float], scale: float = ${f.number.float({ min: 0.1, max: 9.9, fractionDigits: 4 })}) -> float:\n`;
    s += `    """Returns the ${h.ident()} of the values, scaled; {} when empty."""\n    if not values:\n        return 0.0\n`;
    s += `    total = sum(v * scale for v in values[:MAX_ITEMS])\n    digest = hashlib.sha256(str(total).encode()).hexdigest()[:${h.int(8, 16)}]\n`;
    s += `    assert len(digest) > 0, "digest ${h.hex(12)}"\n    return round(math.sqrt(abs(total)) / ${h.int(2, 999)}, ${h.int(2, 6)})\n`;
  }
  s += `\n\nif __name__ == "__main__":\n    print(${h.verb()}_${h.ident()}([${Array.from({ length: 6 }, () => f.number.float({ min: -100, max: 100, fractionDigits: 3 })).join(', ')}]))\n`;
  return s;
}

function cppFile(f) {
  const h = helpers(f);
  let s = `// ${h.ident()}_${h.verb()}.cpp\n#include <array>\n#include <cstdint>\n#include <string_view>\n\nnamespace ${h.ident()} {\n\nconstexpr std::uint64_t kPrime = ${h.pick(['1099511628211ULL', '14695981039346656037ULL', '0x100000001b3ULL'])};\nconstexpr int kBlock = ${h.pick([16, 32, 64, 128])};\n\n`;
  for (let i = 0; i < h.int(2, 5); i++) {
    s += `std::uint32_t ${h.verb()}_${h.ident()}(std::string_view in) {\n  std::uint32_t h = 0x${h.hex(8)}u;\n  for (unsigned char c : in) h = (h ^ c) * ${h.int(16777000, 16777999)}u;\n  return h % ${h.int(1000, 999999937)}u;\n}\n\n`;
  }
  s += `const std::array<std::uint16_t, 8> kTable = {${Array.from({ length: 8 }, () => '0x' + h.hex(4)).join(', ')}};\n\n}  // namespace\n`;
  return s;
}

function sqlFile(f) {
  const h = helpers(f);
  let s = `-- schema ${h.ver()} (${h.ts().slice(0, 10)})\nCREATE TABLE IF NOT EXISTS ${h.ident()}s (\n  id BIGSERIAL PRIMARY KEY,\n  sku VARCHAR(32) NOT NULL,\n  ean CHAR(13),\n  price_cents INTEGER NOT NULL CHECK (price_cents >= 0),\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n\n`;
  s += `INSERT INTO ${h.ident()}s (sku, ean, price_cents) VALUES\n`;
  const rows = [];
  for (let i = 0; i < h.int(8, 20); i++) rows.push(`  ('SKU-${h.digits(6)}', '${h.ean13()}', ${h.int(99, 250000)})`);
  s += rows.join(',\n') + ';\n\n';
  s += `SELECT sku, SUM(price_cents) / 100.0 AS total FROM ${h.ident()}s WHERE created_at > '${h.ts().slice(0, 10)}' GROUP BY sku HAVING COUNT(*) > ${h.int(1, 9)} ORDER BY total DESC LIMIT ${h.int(10, 500)};\n`;
  return s;
}

function configFile(f) {
  const h = helpers(f);
  return `# service configuration, generated ${h.ts()}\nservice:\n  name: ${h.ident()}-${h.verb()}-worker\n  image: registry.invalid/${h.ident()}:${h.ver()}\n  replicas: ${h.int(1, 12)}\n  port: ${h.pick([8080, 8443, 9090, 3000, 5000])}\n  resources:\n    cpu: "${h.int(100, 4000)}m"\n    memory: "${h.pick([128, 256, 512, 1024, 2048])}Mi"\nhealthcheck:\n  path: /healthz\n  interval: ${h.int(5, 60)}s\n  timeout: ${h.int(1, 10)}s\ntls:\n  fingerprint: "${Array.from({ length: 32 }, () => h.hex(2).toUpperCase()).join(':')}"\ndependencies:\n  "@scope/${h.ident()}": "^${h.ver()}"\n  ${h.ident()}-client: "~${h.ver()}"\n  integrity: "sha512-${f.string.alphanumeric({ length: 86 })}=="\nfeatures:\n  rollout_percent: ${h.int(0, 100)}\n  build_id: "${h.int(2024, 2025)}.${pad(h.int(1, 12), 2)}.${pad(h.int(1, 28), 2)}.${h.int(1, 9999)}"\n  docs: https://docs.${h.ident()}.invalid/guide/${h.ver()}/index.html\n`;
}

const UAS = (h) => h.pick([
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${h.int(110, 131)}.0.0.0 Safari/537.36`,
  `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${h.int(110, 133)}.0) Gecko/20100101 Firefox/${h.int(110, 133)}.0`,
  `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${h.int(15, 18)}.${h.int(0, 6)} Safari/605.1.15`,
  `okhttp/${h.ver()}`, `curl/${h.ver()}`, `python-requests/${h.ver()}`,
]);

function logFile(f, lines) {
  const h = helpers(f);
  let s = '';
  const svc = h.pick(['orders', 'inventory', 'search', 'checkout', 'render', 'scheduler']);
  for (let i = 0; i < lines; i++) {
    const t = h.ts();
    switch (h.int(0, 11)) {
      case 0: s += `${t} INFO  [${svc}] order ${h.pick(['CMD', 'ORD', 'SO'])}-${h.int(2023, 2025)}-${h.digits(6)} created total=${f.number.float({ min: 3, max: 3000, fractionDigits: 2 })} EUR items=${h.int(1, 12)}\n`; break;
      case 1: s += `${t} DEBUG [${svc}] cache hit ratio=${f.number.float({ min: 0, max: 1, fractionDigits: 4 })} size=${h.int(1000, 9999999)}B evictions=${h.int(0, 999)}\n`; break;
      case 2: s += `${t} INFO  [http] "${h.pick(['GET', 'POST', 'PUT'])} /api/v${h.int(1, 3)}/${h.ident()}s/${h.int(1, 999999)}?page=${h.int(1, 40)} HTTP/1.1" ${h.pick([200, 200, 201, 204, 304, 404, 500])} ${h.int(0, 99999)} ${h.int(1, 2500)}ms ua="${UAS(h)}" rid=${f.string.uuid()}\n`; break;
      case 3: s += `${t} WARN  [${svc}] slow query ${h.int(500, 20000)}ms plan=${h.hex(16)} rows=${h.int(0, 5000000)}\n`; break;
      case 4: s += `${t} INFO  [deploy] release ${h.ver()} build ${h.int(2024, 2025)}.${h.int(1, 12)}.${h.int(1, 28)}.${h.int(1, 9999)} commit ${h.hex(40)}\n`; break;
      case 5: s += `${t} INFO  [${svc}] shipment tracking=1Z${f.string.alphanumeric({ length: 6, casing: 'upper' })}${h.digits(10)} ean=${h.ean13()} weight=${f.number.float({ min: 0.1, max: 40, fractionDigits: 2 })}kg\n`; break;
      case 6: s += `${t} ERROR [${svc}] job ${f.string.uuid()} failed after ${h.int(1, 5)} retries: ${h.pick(['timeout', 'connection reset', 'deadlock detected', 'quota exceeded'])} (elapsed_ns=${h.int(1000000, 99999999999)})\n`; break;
      case 7: s += `${t} INFO  [metrics] heap_used=${h.int(10000000, 4000000000)} rss=${h.int(10000000, 4000000000)} gc_pause_us=${h.int(10, 90000)} epoch_ms=${h.int(1700000000000, 1760000000000)}\n`; break;
      case 8: s += `${t} INFO  [${svc}] invoice FA${h.int(2023, 2025)}${h.digits(6)} paid amount=${h.int(1, 99999)}.${h.digits(2)} ref=${h.pick(['REF', 'TX'])}${h.digits(12)}\n`; break;
      case 9: s += `${t} DEBUG [${svc}] worker pod ${svc}-${h.hex(10)}-${f.string.alphanumeric({ length: 5, casing: 'lower' })} version=${h.ver()} node=${h.pick(['a', 'b', 'c'])}${h.int(1, 64)}\n`; break;
      case 10: s += `${t} INFO  [${svc}] batch ${h.int(1, 9999)}/${h.int(10000, 99999)} done, next offset ${h.int(100000, 9999999999)}, lag ${h.int(0, 99999)}, erp_doc=00${h.digits(8)}\n`; break;
      default: s += `${t} INFO  [${svc}] sha256=${h.hex(64)} file=${h.ident()}-${h.ver()}.tar.gz size=${h.int(1000, 900000000)}\n`;
    }
  }
  return s;
}

function tableFile(f, rows) {
  const h = helpers(f);
  const kind = h.int(0, 2);
  let s;
  if (kind === 0) {
    s = 'sku;ean;product;price_eur;stock;weight_kg\n';
    for (let i = 0; i < rows; i++) s += `SKU-${h.digits(6)};${h.ean13()};${f.commerce.productName()};${String(f.number.float({ min: 0.5, max: 999, fractionDigits: 2 })).replace('.', ',')};${h.int(0, 5000)};${f.number.float({ min: 0.05, max: 60, fractionDigits: 3 })}\n`;
  } else if (kind === 1) {
    s = 'timestamp,sensor,temperature_c,humidity_pct,pressure_hpa,battery_mv\n';
    for (let i = 0; i < rows; i++) s += `${h.ts()},S-${h.hex(6)},${f.number.float({ min: -10, max: 40, fractionDigits: 2 })},${f.number.float({ min: 10, max: 99, fractionDigits: 1 })},${f.number.float({ min: 960, max: 1040, fractionDigits: 1 })},${h.int(2900, 4200)}\n`;
  } else {
    s = 'date,pair,open,high,low,close,volume\n';
    for (let i = 0; i < rows; i++) {
      const o = f.number.float({ min: 0.5, max: 2, fractionDigits: 5 });
      s += `${h.ts().slice(0, 10)},${h.pick(['EUR/USD', 'EUR/GBP', 'USD/CHF', 'EUR/CHF'])},${o},${(o * 1.004).toFixed(5)},${(o * 0.996).toFixed(5)},${(o * 1.001).toFixed(5)},${h.int(100000, 999999999)}\n`;
    }
  }
  return s;
}

/**
 * The clean files: { name: text }. `f` is faker (any locale: only numbers, hex, uuids and product
 * names are drawn); each file is seeded on its own so adding one does not change the others.
 */
export function cleanFiles(f, seedBase) {
  const files = {};
  let seed = seedBase;
  const next = () => f.seed(++seed);
  for (const lang of ['en', 'fr', 'de', 'es', 'it']) {
    next();
    files[`prose-${lang}.txt`] = PROSE[lang] + '\n' + reports(f, lang, 14000);
  }
  const gens = [['code-js', jsFile, 'js'], ['code-py', pyFile, 'py'], ['code-cpp', cppFile, 'cpp'], ['code-sql', sqlFile, 'sql'], ['config', configFile, 'yaml']];
  for (const [name, gen] of gens) {
    next();
    let s = '';
    while (Buffer.byteLength(s) < 22000) s += gen(f) + '\n';
    files[`${name}.txt`] = s;
  }
  for (let i = 1; i <= 4; i++) {
    next();
    files[`logs-${i}.txt`] = logFile(f, 180);
  }
  for (let i = 1; i <= 3; i++) {
    next();
    files[`table-${i}.txt`] = tableFile(f, 260);
  }
  return files;
}
