// Independent checks of labelled values: does a span's text have the shape (and, where there is
// one, the checksum) of its entity? Written apart from the generators (eval/lib/values.js) so the
// tests catch a generator that writes a wrong value or a label on the wrong characters.
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';

const compact = (s) => s.replace(/[\s.-]/g, '');

function luhn(d) {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let v = Number(d[d.length - 1 - i]);
    if (i % 2) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
  }
  return sum % 10 === 0;
}

function iban(v) {
  const s = v.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const lengths = { FR: 27, DE: 22, ES: 24, IT: 27, GB: 22, BE: 16, NL: 18, CH: 21 };
  if (lengths[s.slice(0, 2)] && lengths[s.slice(0, 2)] !== s.length) return false;
  const n = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(n) % 97n === 1n;
}

function frNir(v) {
  const s = v.replace(/ /g, '');
  if (!/^[12]\d{2}(0[1-9]|1[0-2])(\d{2}|2A|2B)\d{6}\d{2}$/.test(s)) return false;
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - Number(BigInt(body) % 97n) === Number(s.slice(13));
}

function esDni(v) {
  const m = v.replace('-', '').match(/^([XYZ]?)(\d{7,8})([A-Z])$/);
  if (!m || (m[1] ? m[2].length !== 7 : m[2].length !== 8)) return false;
  const n = Number((m[1] ? 'XYZ'.indexOf(m[1]) : '') + m[2]);
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23] === m[3];
}

const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
function itCf(v) {
  if (!/^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = v[i];
    const k = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? ODD[k] : k;
  }
  const day = Number(v.slice(9, 11));
  return String.fromCharCode(65 + (sum % 26)) === v[15] && ((day >= 1 && day <= 31) || (day >= 41 && day <= 71));
}

function deSteuerId(v) {
  const s = v.replace(/ /g, '');
  if (!/^[1-9]\d{10}$/.test(s)) return false;
  const counts = {};
  for (const d of s.slice(0, 10)) counts[d] = (counts[d] ?? 0) + 1;
  const multi = Object.values(counts).filter((n) => n > 1);
  if (multi.length !== 1 || multi[0] > 3) return false;
  let p = 10;
  for (const d of s.slice(0, 10)) {
    let x = (Number(d) + p) % 10;
    if (x === 0) x = 10;
    p = (2 * x) % 11;
  }
  return (11 - p) % 10 === Number(s[10]);
}

const gbNino = (v) => /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v);

function gbNhs(v) {
  const s = v.replace(/ /g, '');
  if (!/^\d{10}$/.test(s)) return false;
  const sum = [...s.slice(0, 9)].reduce((a, d, i) => a + Number(d) * (10 - i), 0);
  const c = (11 - (sum % 11)) % 11;
  return c !== 10 && c === Number(s[9]);
}

function usSsn(v) {
  const m = v.match(/^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/);
  return !!m && m[1] !== '000' && m[1] !== '666' && m[1][0] !== '9' && m[2] !== '00' && m[3] !== '0000';
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58check(v) {
  let n = 0n;
  for (const c of v) {
    const i = B58.indexOf(c);
    if (i < 0) return false;
    n = n * 58n + BigInt(i);
  }
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  const lead = v.match(/^1*/)[0].length;
  const bytes = Buffer.concat([Buffer.alloc(lead), Buffer.from(hex, 'hex')]);
  if (bytes.length !== 25) return false;
  const sha = (b) => createHash('sha256').update(b).digest();
  return sha(sha(bytes.subarray(0, 21))).subarray(0, 4).equals(bytes.subarray(21));
}
function bech32(v) {
  const CH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
  const pos = v.lastIndexOf('1');
  const hrp = v.slice(0, pos), data = [...v.slice(pos + 1)].map((c) => CH.indexOf(c));
  if (hrp !== 'bc' || data.some((d) => d < 0) || data.length < 7) return false;
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const x of [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data]) {
    const b = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ x;
    for (let i = 0; i < 5; i++) if ((b >> i) & 1) chk ^= G[i];
  }
  return chk >>> 0 === 1 || chk >>> 0 === 0x2bc830a3;
}

function dateOk(y, m, d) {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2025 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
const MONTH_NAMES = /(january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)/i;
function dob(v) {
  let m;
  if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return dateOk(+m[1], +m[2], +m[3]);
  if ((m = v.match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/))) return dateOk(+m[3], +m[2], +m[1]) || dateOk(+m[3], +m[1], +m[2]);
  return MONTH_NAMES.test(v) && /\b(19|20)\d{2}$/.test(v) && /\b([1-9]|[12]\d|3[01])(er)?\b/.test(v);
}

function gps(v) {
  let m;
  if ((m = v.match(/^(-?\d{1,2}\.\d{4,6}), (-?\d{1,3}\.\d{4,6})$/))) return Math.abs(+m[1]) <= 90 && Math.abs(+m[2]) <= 180;
  return /^\d{1,2}°\d{2}'\d{2}\.\d\\?"[NS] \d{1,3}°\d{2}'\d{2}\.\d\\?"[EW]$/.test(v);
}

/** Why `value` is not a plausible `entity` (null when it is). */
export function shapeProblem(entity, value) {
  if (!value || value !== value.trim()) return 'empty or padded';
  const ok = (() => {
    switch (entity) {
      case 'EMAIL': return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(value);
      case 'PHONE': {
        const d = value.replace(/\D/g, '');
        return /^\+?[\d ()./-]+$/.test(value) && d.length >= 9 && d.length <= 15;
      }
      case 'IP_ADDRESS': return isIP(value) !== 0;
      case 'MAC_ADDRESS': return /^([0-9a-f]{2}([:-])){5}[0-9a-f]{2}$/i.test(value) || /^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/i.test(value);
      case 'URL': return /^[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:[^\s@/]+@[^\s/]+(\/\S*)?$/.test(value);
      case 'CREDIT_CARD': return /^\d[\d -]{11,22}\d$/.test(value) && compact(value).length >= 13 && compact(value).length <= 19 && luhn(compact(value));
      case 'IBAN': return iban(value);
      case 'BIC': return /^[A-Z]{4}[A-Z]{2}[A-Z2-9][A-NP-Z1-9]([A-Z0-9]{3})?$/.test(value);
      case 'CRYPTO_WALLET': return /^0x[0-9a-f]{40}$/i.test(value) || (value.startsWith('bc1') ? bech32(value) : base58check(value));
      case 'NATIONAL_ID': return frNir(value) || esDni(value) || itCf(value) || gbNino(value) || usSsn(value);
      case 'TAX_ID': return deSteuerId(value);
      case 'HEALTH_ID': return gbNhs(value);
      case 'DATE_OF_BIRTH': return dob(value);
      case 'GPS_COORDINATES': return gps(value);
      case 'PERSON': return /^\p{Lu}[\p{L}'.-]*( [\p{L}'.-]+)+$/u.test(value);
      case 'ADDRESS': return /\d/.test(value) && /\p{L}{3,}/u.test(value) && /\b(\d{5}|[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2})\b/.test(value);
      default: return false;
    }
  })();
  return ok ? null : `not a valid ${entity}`;
}
