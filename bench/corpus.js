// Deterministic benchmark corpus: prose (en/fr/de/es/it-looking), CSV, JSON lines, code, config files
// (.env, YAML, INI) and logs,
// with about one planted finding per KB and more near misses (versions, order ids, dates, hashes,
// Luhn-invalid numbers...). Same arguments => byte-identical output: the only randomness is a
// seeded mulberry32, never Math.random or the clock.
//
//   node bench/corpus.js OUT_FILE [MB=64]      (MB = 1e6 bytes; prints the sha256 at the end)
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEFAULT_MB = 100;
export const MIN_MB = 50;
export const DEFAULT_SEED = 0x5eed2024;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// --- word lists -------------------------------------------------------------------------------
const WORDS = {
  en: 'the of and to in is that for it with as was on be by this are from at have which not or but all were when we there can an your more one about their would been has they if will out so said what up its into than them these some could time only other new people may first then after also many over such most where through how well years because good each those very just'.split(' '),
  fr: 'le la les de des du un une et est que qui dans pour pas sur avec plus par ce cette mais nous vous ils elle être avoir fait comme très tout même aussi après déjà où été année chez leur entre donc ainsi sans jamais toujours peut-être français société réunion données numéro équipe prévu à côté première dernière'.split(' '),
  de: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man Größe Straße Mitarbeiter Kunden Bestellung müssen können würde schön während'.split(' '),
  es: 'el la de que y en los se del las un por con no una su para es al lo como más pero sus le ya o fue este ha sí porque esta son entre está cuando muy sin sobre ser tiene también me hasta hay donde año señor niño mañana información compañía dirección teléfono reunión después'.split(' '),
  it: 'il di che e la per un in è non una sono mi ho lo ma ha le si ti con cosa se io come da al questo qui tutto più bene gli del della anche perché già così città società attività però può quindi fatto essere molto lavoro giorno settimana indirizzo numero ufficio'.split(' '),
};
const LANGS = Object.keys(WORDS);
const CONTACT = {
  en: ['Contact', 'Call', 'Phone'],
  fr: ['Contact', 'Tél', 'Appeler'],
  de: ['Kontakt', 'Telefon', 'Mobil'],
  es: ['Contacto', 'Teléfono', 'Llamar'],
  it: ['Contatto', 'Telefono', 'Chiamare'],
};
const FIRST = 'alice bob claire david emma françois gabriel hélène ines jonas karim léa marco nadia olivier paula quentin rosa stefan tomás ulla víctor wendy xavier yasmin zoé'.split(' ');
const LAST = 'martin bernard dubois müller schmidt garcía rossi bianchi smith jones taylor lefèvre moreau fischer weber lópez romano ricci brown wilson durand'.split(' ');
const DOMAINS = ['example.com', 'mail.example.org', 'corp.example.net', 'exemple.fr', 'beispiel.de', 'ejemplo.es', 'esempio.it', 'uni-example.ac.uk'];
const CITIES = ['Paris', 'Lyon', 'Berlin', 'München', 'Madrid', 'Sevilla', 'Roma', 'Milano', 'London', 'Leeds', 'Zürich', 'Québec'];

const ASCII_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B64URL = ASCII_ALNUM + '-_';
const HEX = '0123456789abcdef';
const DIGITS = '0123456789';

// --- the generator ----------------------------------------------------------------------------
/** Yields the corpus as strings of ~1 MB until at least `mb` * 1e6 UTF-8 bytes; returns the planted counts. */
export function* corpusChunks({ mb = DEFAULT_MB, seed = DEFAULT_SEED } = {}) {
  const rand = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const oneOf = (...makers) => pick(makers)(); // only the chosen alternative draws numbers
  const chars = (alphabet, n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
    return s;
  };
  const digits = (n) => chars(DIGITS, n);
  const pad = (n, w) => String(n).padStart(w, '0');

  // -- planted values: each must be a real finding of the default scanner --
  const luhnComplete = (body) => {
    let sum = 0;
    for (let i = body.length - 1, twice = true; i >= 0; i--, twice = !twice) {
      let v = body.charCodeAt(i) - 48;
      if (twice) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      sum += v;
    }
    return body + ((10 - (sum % 10)) % 10);
  };
  const cardNumber = () => {
    const [prefix, len] = pick([['4', 16], ['51', 16], ['55', 16], ['2221', 16], ['6011', 16], ['34', 15], ['37', 15]]);
    return luhnComplete(prefix + digits(len - prefix.length - 1));
  };
  const groupCard = (n, sep) => (n.length === 15 ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)] : n.match(/.{4}/g)).join(sep);
  const IBAN_BBAN = {
    FR: () => digits(10) + chars(DIGITS + 'ABCDEFGHJK', 11) + digits(2),
    DE: () => digits(18),
    ES: () => digits(20),
    IT: () => chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + digits(10) + chars(DIGITS + 'XYZ', 12),
    GB: () => chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4) + digits(14),
    NL: () => chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4) + digits(10),
    BE: () => digits(12),
  };
  // ISO 13616: check digits = 98 - (BBAN + country + "00" as a number, letters A=10..Z=35) mod 97.
  const mod97 = (s) => {
    let rem = 0;
    for (const c of s) rem = c <= '9' ? (rem * 10 + Number(c)) % 97 : (rem * 100 + c.charCodeAt(0) - 55) % 97;
    return rem;
  };
  const ibanNumber = (valid = true) => {
    const cc = pick(Object.keys(IBAN_BBAN));
    const bban = IBAN_BBAN[cc]();
    let check = 98 - mod97(bban + cc + '00');
    if (!valid) check = ((check + int(1, 96) - 2) % 97) + 2; // any other value in 2..98
    return cc + pad(check, 2) + bban;
  };
  const spaced4 = (s) => s.match(/.{1,4}/g).join(' ');
  const b64url = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');
  const person = () => [pick(FIRST), pick(LAST)];
  const asciiName = (s) => s.normalize('NFD').replace(/[^a-z]/g, '');
  const email = () => {
    const [f, l] = person().map(asciiName);
    const local = oneOf(() => `${f}.${l}`, () => `${f[0]}${l}${int(1, 99)}`, () => `${l}+news`);
    return `${local}@${pick(DOMAINS)}`;
  };
  const octet = () => int(0, 255);
  const ipv4 = () => oneOf(
    () => `203.0.113.${int(1, 254)}`,
    () => `192.168.${octet()}.${int(1, 254)}`,
    () => `10.${octet()}.${octet()}.${int(1, 254)}`,
    () => `${int(11, 223)}.${octet()}.${octet()}.${int(1, 254)}`);
  const hex4 = () => int(0, 0xffff).toString(16);
  const ipv6 = () => oneOf(
    () => `2001:db8:${hex4()}::${hex4()}:${hex4()}`,
    () => `fe80::${hex4()}:${hex4()}:${hex4()}:${hex4()}`,
    () => Array.from({ length: 8 }, hex4).join(':'));
  const d2 = () => pad(int(0, 99), 2);
  const d60 = () => pad(int(0, 59), 2);
  const date = () => `2024-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;
  const time = () => `${pad(int(0, 23), 2)}:${d60()}:${d60()}`;
  const jwt = () => {
    const header = b64url({ alg: pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' });
    const payload = b64url({ sub: digits(6), name: person().join(' '), iat: 1700000000 + int(0, 9e7) });
    return `${header}.${payload}.${chars(B64URL, 43)}`;
  };
  const pem = () => {
    const kind = pick(['RSA ', 'EC ', '']);
    const body = Array.from({ length: int(4, 12) }, () => chars(ASCII_ALNUM + '+/', 64)).join('\n');
    return `-----BEGIN ${kind}PRIVATE KEY-----\n${body}\n-----END ${kind}PRIVATE KEY-----`;
  };
  // [kind, weight, make]
  const PLANTS = [
    ['email', 20, email],
    ['phone-fr', 6, () => oneOf(
      () => `0${int(1, 7)} ${d2()} ${d2()} ${d2()} ${d2()}`,
      () => `0${int(1, 7)}.${d2()}.${d2()}.${d2()}.${d2()}`,
      () => `0${pick([6, 7])}${digits(8)}`)],
    ['phone-us', 5, () => {
      const [a, b, c] = [int(201, 989), int(200, 999), digits(4)];
      return oneOf(() => `(${a}) ${b}-${c}`, () => `${a}-${b}-${c}`, () => `${a}.${b}.${c}`);
    }],
    ['phone-uk', 5, () => oneOf(
      () => `020 ${int(3000, 8999)} ${digits(4)}`,
      () => `07${int(100, 999)} ${digits(6)}`,
      () => `0161 ${digits(3)} ${digits(4)}`)],
    ['phone-e164', 6, () => oneOf(
      () => `+33 ${int(1, 7)} ${d2()} ${d2()} ${d2()} ${d2()}`,
      () => `+1 ${int(201, 989)} ${int(200, 999)} ${digits(4)}`,
      () => `+44 20 ${int(3000, 8999)} ${digits(4)}`,
      () => `+49 30 ${digits(8)}`,
      () => `+34${int(600, 699)}${digits(6)}`,
      () => `+39 ${int(310, 399)} ${digits(7)}`)],
    ['ipv4', 10, ipv4],
    ['ipv6', 4, ipv6],
    ['card', 8, () => {
      const n = cardNumber();
      return oneOf(() => n, () => groupCard(n, ' '), () => groupCard(n, '-'));
    }],
    ['iban', 8, () => {
      const n = ibanNumber();
      return oneOf(() => n, () => spaced4(n));
    }],
    ['aws-key-id', 5, () => 'AKIA' + chars(B32, 16)],
    ['github-token', 5, () => 'ghp_' + chars(ASCII_ALNUM, 36)],
    ['jwt', 5, jwt],
    ['pem', 0.25, pem], // about one per 300 KB
  ];
  const plantTotal = PLANTS.reduce((s, p) => s + p[1], 0);
  const planted = Object.fromEntries(PLANTS.map(([k]) => [k, 0]));
  const plantAny = (multiline = false) => {
    for (;;) {
      let r = rand() * plantTotal;
      const p = PLANTS.find(([, w]) => (r -= w) < 0) || PLANTS[0];
      if (p[0] === 'pem' && !multiline) continue; // PEM blocks only where a multi-line value fits
      planted[p[0]]++;
      return p[2]();
    }
  };

  // -- near misses: look like findings, must not be ones --
  const NEAR = [
    () => `v${int(0, 9)}.${int(0, 30)}.${int(0, 99)}`,
    () => `${int(1, 9)}.${int(0, 20)}.${int(0, 9)}.${int(0, 99)}.${int(0, 9)}`, // five-part version, not an IPv4
    () => `ORD-${int(2019, 2025)}-${pad(int(0, 9999999), 7)}`,
    () => `INV/${int(2019, 2025)}/${pad(int(0, 99999), 5)}`,
    () => `${int(2019, 2025)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`,
    () => `${pad(int(1, 28), 2)}/${pad(int(1, 12), 2)}/${int(1950, 2025)}`,
    () => chars(HEX, pick([7, 40, 64])),
    () => `${chars(HEX, 8)}-${chars(HEX, 4)}-4${chars(HEX, 3)}-a${chars(HEX, 3)}-${chars(HEX, 12)}`,
    () => {
      const n = cardNumber(); // then a wrong check digit: Luhn-invalid
      return groupCard(n.slice(0, -1) + ((Number(n.at(-1)) + 1) % 10), ' ');
    },
    () => spaced4(ibanNumber(false)),
    () => `${int(1, 999)} ${pad(int(0, 999), 3)},${d2()} €`,
    () => `$${int(1, 99)},${pad(int(0, 999), 3)}.${d2()}`,
    () => `${1600000000000 + int(0, 1e11)}`,
    () => `${pick(FIRST)}@localhost`,
    () => `#${int(1000, 99999)}`,
    () => `AKIA${chars(B32, 10)}`,
  ];
  const nearMiss = () => pick(NEAR)();

  // -- planting schedule: about one value per 1000 bytes, at the first slot once one is due --
  let sinceLast = 0;
  let gap = 1000;
  const due = () => sinceLast >= gap;
  const unit = (s) => ((sinceLast += s.length), s); // UTF-16 units: close enough to bytes for spacing
  const value = (multiline = false) => {
    if (due()) {
      sinceLast = 0;
      gap = int(200, 1650); // mean ~925 units, plus half a unit of lateness
      return plantAny(multiline);
    }
    return rand() < 0.3 ? nearMiss() : null;
  };

  const words = (lang, n) => Array.from({ length: n }, () => pick(WORDS[lang])).join(' ');
  const sentence = (lang) => {
    let s = words(lang, int(5, 16));
    s = s[0].toUpperCase() + s.slice(1);
    const v = value();
    if (v) s += rand() < 0.4 ? ` (${pick(CONTACT[lang])}: ${v})` : ` ${v} ${words(lang, int(1, 4))}`;
    return unit(s + pick(['.', '.', '.', '!', '?', ';']));
  };
  const prose = () => {
    const lang = pick(LANGS);
    const paragraphs = [];
    for (let p = int(1, 4); p > 0; p--) paragraphs.push(Array.from({ length: int(2, 8) }, () => sentence(lang)).join(' '));
    return paragraphs.join('\n\n') + '\n\n';
  };
  const csv = () => {
    const rows = ['id,first_name,last_name,contact,city,amount,updated,ref'];
    for (let n = int(10, 40); n > 0; n--) {
      const [f, l] = person();
      const v = value() ?? '';
      const row = [int(1, 999999), f, l, v, pick(CITIES), `${int(0, 9999)}.${d2()}`, nearMiss(), `"${words('en', 2)}"`];
      rows.push(unit(row.join(',')));
    }
    return rows.join('\n') + '\n\n';
  };
  const jsonLines = () => {
    const out = [];
    for (let n = int(5, 30); n > 0; n--) {
      const [f, l] = person();
      const rec = {
        ts: `${date()}T${time()}Z`,
        level: pick(['info', 'warn', 'debug', 'error']),
        user: `${f} ${l}`,
        msg: words(pick(LANGS), int(3, 10)),
        ref: nearMiss(),
      };
      const v = value(true); // JSON escapes a PEM's newlines, as a real log would
      if (v) rec[pick(['contact', 'client', 'token', 'payment', 'note'])] = v;
      out.push(unit(JSON.stringify(rec)));
    }
    return out.join('\n') + '\n\n';
  };
  const code = () => {
    const name = () => pick(['config', 'client', 'handler', 'retry', 'payload', 'session', 'user']) + pick(['', 'Id', 'Map', 'Url']);
    const lines = [oneOf(() => `// ${words('en', 6)}`, () => `# ${words('en', 6)}`, () => `/* ${words('en', 5)} */`)];
    for (let n = int(6, 20); n > 0; n--) {
      const v = value(true);
      if (v && v.includes('\n')) {
        lines.push(unit(`KEY = """\n${v}\n"""`));
      } else if (v) {
        lines.push(unit(oneOf(
          () => `const ${name()} = "${v}";`,
          () => `${name()}: '${v}'`,
          () => `export SECRET_${int(1, 9)}=${v}`,
          () => `    "${name()}": "${v}",`)));
      } else {
        lines.push(unit(oneOf(
          () => `  if (${name()} > ${int(0, 100)}) return ${name()}.${name()}(${int(0, 9)});`,
          () => `import ${name()} from './${name()}.js';`,
          () => `  "version": "${int(0, 9)}.${int(0, 20)}.${int(0, 40)}",`,
          () => `for i in range(${int(1, 500)}):`,
          () => `    ${name()} = ${name()} + ${int(1, 1000)}  # ${words('en', 3)}`,
          () => `  "integrity": "sha512-${chars(ASCII_ALNUM, 40)}",`)));
      }
    }
    return lines.join('\n') + '\n\n';
  };
  // Configuration files: .env, YAML and INI, where secrets and contacts sit next to harmless settings.
  const config = () => {
    const key = () => pick(['database', 'smtp', 'cache', 'api', 'storage', 'queue', 'auth']);
    const setting = () => oneOf(
      () => ['port', String(int(1024, 65535))],
      () => ['timeout', `${int(1, 120)}s`],
      () => ['enabled', pick(['true', 'false'])],
      () => ['region', pick(['eu-west-1', 'us-east-2', 'fr-par'])],
      () => ['version', `${int(0, 9)}.${int(0, 20)}.${int(0, 40)}`],
      () => ['pool_size', String(int(1, 64))]);
    const format = pick(['env', 'yaml', 'ini']);
    const lines = [format === 'ini' ? `[${key()}]` : `# ${words('en', 5)}`];
    for (let n = int(6, 16); n > 0; n--) {
      const v = value();
      const [k, x] = v ? [pick(['admin_email', 'contact', 'token', 'secret_key', 'owner', 'notify']), v] : setting();
      lines.push(unit(format === 'env' ? `${key().toUpperCase()}_${k.toUpperCase()}=${x}` : format === 'yaml' ? `  ${k}: ${x}` : `${k} = ${x}`));
    }
    return lines.join('\n') + '\n\n';
  };
  const logs = () => {
    const out = [];
    for (let n = int(10, 40); n > 0; n--) {
      const level = pick(['INFO ', 'WARN ', 'DEBUG', 'ERROR']);
      const request = `${pick(['GET', 'POST', 'PUT'])} /api/v${int(1, 3)}/${pick(['orders', 'users', 'sessions'])}/${int(1, 99999)}`;
      const head = `${date()} ${time()}.${pad(int(0, 999), 3)} ${level} [worker-${int(1, 16)}] ${request} ${pick([200, 204, 400, 404, 500])} ${int(1, 2000)}ms`;
      const v = value();
      out.push(unit(v ? `${head} ${pick(['from', 'user=', 'key=', 'note:'])} ${v}` : `${head} req=${chars(HEX, 16)}`));
    }
    return out.join('\n') + '\n\n';
  };
  const SEGMENTS = [[prose, 36], [csv, 15], [jsonLines, 15], [code, 10], [config, 6], [logs, 18]];
  const segTotal = SEGMENTS.reduce((s, x) => s + x[1], 0);

  const target = Math.round(mb * 1e6);
  let written = 0;
  let parts = [];
  let partLen = 0;
  while (written + partLen < target) {
    let r = rand() * segTotal;
    const seg = (SEGMENTS.find(([, w]) => (r -= w) < 0) || SEGMENTS[0])[0]();
    parts.push(seg);
    partLen += Buffer.byteLength(seg);
    if (partLen >= 1 << 20) {
      yield parts.join('');
      written += partLen;
      parts = [];
      partLen = 0;
    }
  }
  if (parts.length) yield parts.join('');
  return planted;
}

/** Writes the corpus to `path`; returns { bytes, sha256, planted }. */
export function writeCorpus(path, options = {}) {
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  let bytes = 0;
  const it = corpusChunks(options);
  let step;
  try {
    while (!(step = it.next()).done) {
      const buf = Buffer.from(step.value, 'utf8');
      writeSync(fd, buf);
      hash.update(buf);
      bytes += buf.length;
    }
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex'), planted: step.value };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out, mbArg] = process.argv.slice(2);
  const mb = mbArg === undefined ? DEFAULT_MB : Number(mbArg);
  if (!out || !(mb >= MIN_MB)) {
    console.error(`usage: node bench/corpus.js OUT_FILE [MB=${DEFAULT_MB}]   (MB >= ${MIN_MB})`);
    process.exit(2);
  }
  const r = writeCorpus(out, { mb });
  const total = Object.values(r.planted).reduce((a, b) => a + b, 0);
  console.error(`${out}: ${r.bytes} bytes, ${total} planted values ${JSON.stringify(r.planted)}`);
  console.log(`sha256 ${r.sha256}  ${out}`);
}
