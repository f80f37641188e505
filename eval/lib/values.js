// Value generators for the labelled corpus. Every function takes the document's seeded faker
// instance `f` as its only source of randomness (never Math.random or the clock), so the same
// seed gives the same value. Checksums follow the public specifications of each format.
import { createHash } from 'node:crypto';

const pad = (n, w) => String(n).padStart(w, '0');
const pick = (f, xs) => f.helpers.arrayElement(xs);
const int = (f, min, max) => f.number.int({ min, max });
const chance = (f, p) => f.number.float({ min: 0, max: 1 }) < p;
const digits = (f, n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += int(f, 0, 9);
  return s;
};
const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letters = (f, n, alphabet = upper) => {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[int(f, 0, alphabet.length - 1)];
  return s;
};
const group = (s, sizes, sep) => {
  const out = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= s.length) break;
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
};
const groupsOf = (s, n, sep) => s.match(new RegExp(`.{1,${n}}`, 'g')).join(sep);

/** Removes diacritics and anything but ASCII letters, upper-cased (for codice fiscale, e-mail local parts). */
export const asciiLetters = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toUpperCase();

// --- checksums -----------------------------------------------------------------------------------

export function luhnCheckDigit(body) {
  let sum = 0;
  for (let i = body.length - 1, twice = true; i >= 0; i--, twice = !twice) {
    let v = body.charCodeAt(i) - 48;
    if (twice) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
  }
  return String((10 - (sum % 10)) % 10);
}

/** mod 97 of a string of digits and letters (A=10 ... Z=35), as ISO 13616 does it. */
export function mod97(s) {
  let r = 0;
  for (const ch of s) {
    const code = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of code) r = (r * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return r;
}

export function ibanFromBban(country, bban) {
  const check = 98 - mod97(bban + country + '00');
  return country + pad(check, 2) + bban;
}

// Italian CIN and codice fiscale share these odd/even position tables.
const CF_ODD = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6,
  R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};
const cfEven = (ch) => (ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 65);
/** The check letter over `s`, positions counted from 1 (odd positions use the odd table). */
export function italianCheckChar(s) {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += i % 2 === 0 ? CF_ODD[s[i]] : cfEven(s[i]);
  return upper[sum % 26];
}

// --- payment -------------------------------------------------------------------------------------

const CARD_PREFIXES = [['4', 16], ['4', 16], ['51', 16], ['53', 16], ['55', 16], ['2221', 16], ['2720', 16], ['34', 15], ['37', 15], ['6011', 16], ['65', 16], ['3528', 16]];
/** A Luhn-valid card number (not one of the well-known test numbers), plain, spaced or dashed. */
export function creditCard(f) {
  const [prefix, len] = pick(f, CARD_PREFIXES);
  let body = prefix + digits(f, len - prefix.length - 1);
  const number = body + luhnCheckDigit(body);
  const style = pick(f, ['plain', 'spaced', 'spaced', 'dashed']);
  const sizes = len === 15 ? [4, 6, 5] : [4, 4, 4, 4];
  const value = style === 'plain' ? number : group(number, sizes, style === 'spaced' ? ' ' : '-');
  return { value, type: `card-${style}` };
}

const IBAN_COUNTRIES = {
  FR: (f) => {
    // bank(5) branch(5) account(11) RIB key(2): key = 97 - (89 bank + 15 branch + 3 account) mod 97.
    const bank = digits(f, 5), branch = digits(f, 5), account = digits(f, 11);
    const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * (Number(account) % 97)) % 97);
    return bank + branch + account + pad(key, 2);
  },
  DE: (f) => int(f, 1, 8) + digits(f, 7) + digits(f, 10), // Bankleitzahl (first digit 1-8), account
  ES: (f) => {
    // entity(4) office(4) two control digits account(10): each control digit = 11 - weighted sum mod 11.
    const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
    const dc = (s) => {
      const r = 11 - ([...s].reduce((a, d, i) => a + Number(d) * w[i], 0) % 11);
      return r === 11 ? 0 : r === 10 ? 1 : r;
    };
    const entity = digits(f, 4), office = digits(f, 4), account = digits(f, 10);
    return entity + office + dc('00' + entity + office) + dc(account) + account;
  },
  IT: (f) => {
    const abi = digits(f, 5), cab = digits(f, 5), account = digits(f, 12);
    return italianCheckChar(abi + cab + account) + abi + cab + account;
  },
  GB: (f) => letters(f, 4) + digits(f, 6) + digits(f, 8),
  BE: (f) => {
    const b = digits(f, 10);
    const r = Number(b) % 97;
    return b + pad(r === 0 ? 97 : r, 2);
  },
  NL: (f) => letters(f, 4) + digits(f, 10),
  CH: (f) => digits(f, 5) + digits(f, 12),
};
/** A valid IBAN of `country`, printed in groups of four (the usual way) or plain. */
export function iban(f, country) {
  const value = ibanFromBban(country, IBAN_COUNTRIES[country](f));
  return chance(f, 0.6) ? { value: groupsOf(value, 4, ' '), type: 'iban-spaced' } : { value, type: 'iban-plain' };
}

const BIC_COUNTRIES = { FR: 'FR', DE: 'DE', ES: 'ES', IT: 'IT', GB: 'GB', US: 'US' };
/**
 * A BIC/SWIFT code: bank (4 letters), country, location (2), optional branch (3). The location's
 * second character is never '0' (test BICs) nor the letter 'O' (not allowed there).
 */
export function bic(f, country) {
  const loc = letters(f, 1) + letters(f, 1, 'ABCDEFGHIJKLMNPQRSTUVWXYZ123456789');
  const branch = chance(f, 0.4) ? pick(f, ['XXX', letters(f, 3)]) : '';
  return { value: letters(f, 4) + BIC_COUNTRIES[country] + loc + branch, type: 'bic' };
}

// --- national ids --------------------------------------------------------------------------------

/** French NIR (INSEE): sex, yy, mm, département (2A/2B for Corsica), commune, order, key = 97 - n mod 97. */
export function frNir(f, { year, month } = {}) {
  const sex = pick(f, ['1', '2']);
  const yy = pad((year ?? int(f, 1940, 2005)) % 100, 2);
  const mm = pad(month ?? int(f, 1, 12), 2);
  const dept = pick(f, [pad(int(f, 1, 95), 2), pad(int(f, 1, 95), 2), pad(int(f, 1, 95), 2), '2A', '2B']);
  const commune = pad(int(f, 1, 990), 3), order = pad(int(f, 1, 999), 3);
  const body = sex + yy + mm + dept + commune + order;
  const numeric = body.replace('2A', '19').replace('2B', '18');
  const key = pad(97 - Number(BigInt(numeric) % 97n), 2);
  const spaced = chance(f, 0.5);
  const value = spaced ? [sex, yy, mm, dept, commune, order, key].join(' ') : body + key;
  return { value, type: 'fr-nir' };
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** Spanish DNI (8 digits + letter n mod 23) or NIE (X/Y/Z + 7 digits + letter). */
export function esDni(f) {
  if (chance(f, 0.25)) {
    const lead = pick(f, ['X', 'Y', 'Z']);
    const body = digits(f, 7);
    const n = Number(String('XYZ'.indexOf(lead)) + body);
    return { value: `${lead}${body}${DNI_LETTERS[n % 23]}`, type: 'es-nie' };
  }
  const n = int(f, 1000000, 99999999);
  const num = pad(n, 8);
  return { value: chance(f, 0.2) ? `${num}-${DNI_LETTERS[n % 23]}` : `${num}${DNI_LETTERS[n % 23]}`, type: 'es-dni' };
}

const BELFIORE = ['H501', 'F205', 'L219', 'F839', 'G273', 'A944', 'D612', 'L736', 'A662', 'C351', 'G224', 'E506', 'B157', 'L424', 'D969'];
const CF_MONTHS = 'ABCDEHLMPRST';
function cfPart(s, isName) {
  const up = asciiLetters(s);
  const cons = up.replace(/[AEIOU]/g, '');
  const vows = up.replace(/[^AEIOU]/g, '');
  if (isName && cons.length >= 4) return cons[0] + cons[2] + cons[3];
  return (cons + vows + 'XXX').slice(0, 3);
}
/** Italian codice fiscale from a name and birth date, with the check letter. */
export function itCodiceFiscale(f, { first, last, year, month, day, female }) {
  const body = cfPart(last, false) + cfPart(first, true) + pad(year % 100, 2) + CF_MONTHS[month - 1] +
    pad(day + (female ? 40 : 0), 2) + pick(f, BELFIORE);
  return { value: body + italianCheckChar(body), type: 'it-codice-fiscale' };
}

/** German Steuer-ID: 11 digits, first not 0, one digit twice among the first ten, ISO 7064 MOD 11,10 check digit. */
export function deSteuerId(f) {
  let ten;
  do {
    const pool = f.helpers.shuffle(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']).slice(0, 9);
    const dup = pick(f, pool);
    ten = f.helpers.shuffle([...pool, dup]);
  } while (ten[0] === '0');
  let product = 10;
  for (const d of ten) {
    let sum = (Number(d) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  const id = ten.join('') + check;
  return { value: chance(f, 0.4) ? `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}` : id, type: 'de-steuer-id' };
}

/** UK National Insurance number: valid prefix, 6 digits, suffix A-D. */
export function gbNino(f) {
  let prefix;
  do {
    prefix = letters(f, 1, 'ABCEGHJKLMNOPRSTWXYZ') + letters(f, 1, 'ABCEGHJKLMNPRSTWXYZ');
  } while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix));
  const d = digits(f, 6), suffix = letters(f, 1, 'ABCD');
  const value = chance(f, 0.5) ? `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}` : `${prefix}${d}${suffix}`;
  return { value, type: 'gb-nino' };
}

/** NHS number: 10 digits, the last a mod 11 check (weights 10..2); never check 10. */
export function gbNhs(f) {
  for (;;) {
    const nine = String(int(f, 4, 6)) + digits(f, 8);
    const sum = [...nine].reduce((a, d, i) => a + Number(d) * (10 - i), 0);
    let check = 11 - (sum % 11);
    if (check === 11) check = 0;
    if (check === 10) continue;
    const n = nine + check;
    return { value: chance(f, 0.7) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n, type: 'gb-nhs' };
  }
}

/** US SSN: area 001-899 (not 666), group 01-99, serial 0001-9999; never the advertising 987-65-432x. */
export function usSsn(f) {
  let area;
  do area = int(f, 1, 899); while (area === 666 || area === 987);
  const value = `${pad(area, 3)}-${pad(int(f, 1, 99), 2)}-${pad(int(f, 1, 9999), 4)}`;
  return { value: chance(f, 0.15) ? value.replace(/-/g, ' ') : value, type: 'us-ssn' };
}

// --- contact -------------------------------------------------------------------------------------

const nsp = (f) => pick(f, [' ', ' ', '.', '']);
/** A phone number in a national format of `country`, or in international (E.164-style) form. */
export function phone(f, country) {
  const intl = chance(f, 0.3);
  let cc, national, international;
  switch (country) {
    case 'FR': {
      const n = pick(f, ['1', '2', '3', '4', '5', '6', '6', '7', '9']) + digits(f, 8);
      const sep = pick(f, [' ', ' ', '.', '']);
      national = '0' + n[0] + sep + group(n.slice(1), [2, 2, 2, 2], sep);
      international = '+33 ' + n[0] + ' ' + group(n.slice(1), [2, 2, 2, 2], ' ');
      cc = '+33' + n;
      break;
    }
    case 'DE': {
      const mobile = chance(f, 0.5);
      const area = mobile ? pick(f, ['151', '152', '160', '170', '171', '172', '176', '179']) : pick(f, ['30', '40', '89', '221', '69', '711', '211', '351', '341', '511']);
      const sub = digits(f, mobile ? int(f, 7, 8) : int(f, 6, 8));
      national = '0' + area + pick(f, [' ', '/', ' ', '-']) + sub;
      international = '+49 ' + area + ' ' + sub;
      cc = '+49' + area + sub;
      break;
    }
    case 'ES': {
      // Mobiles 6xx and 71x-74x; landlines 91x-98x (90x are special-rate numbers).
      const mobile = chance(f, 0.6);
      const n = mobile ? (chance(f, 0.8) ? '6' + digits(f, 8) : '7' + int(f, 1, 4) + digits(f, 7)) : '9' + int(f, 1, 8) + digits(f, 7);
      national = mobile || chance(f, 0.5) ? group(n, [3, 3, 3], ' ') : group(n, [3, 2, 2, 2], ' ');
      international = '+34 ' + group(n, [3, 3, 3], ' ');
      cc = '+34' + n;
      break;
    }
    case 'IT': {
      const mobile = chance(f, 0.6);
      if (mobile) {
        const n = '3' + pick(f, ['20', '28', '33', '35', '38', '40', '47', '49', '66', '77', '80', '91']) + digits(f, 7);
        national = chance(f, 0.5) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : `${n.slice(0, 3)} ${n.slice(3)}`;
        cc = '+39' + n;
        international = '+39 ' + national;
      } else {
        const area = pick(f, ['02', '06', '011', '051', '055', '081', '041', '010']);
        const sub = digits(f, 10 - area.length);
        national = `${area} ${sub}`;
        cc = '+39' + area + sub;
        international = '+39 ' + national;
      }
      break;
    }
    case 'GB': {
      const mobile = chance(f, 0.5);
      if (mobile) {
        let n;
        do n = '7' + pick(f, ['4', '5', '7', '8', '9']) + digits(f, 8); while (n.startsWith('7700900'));
        national = `0${n.slice(0, 4)} ${n.slice(4)}`;
        international = `+44 ${n.slice(0, 4)} ${n.slice(4)}`;
        cc = '+44' + n;
      } else {
        const area = pick(f, ['20', '121', '131', '141', '113', '117', '151', '161']);
        let sub;
        do sub = String(int(f, 2, 8)) + digits(f, 10 - area.length - 1); while (sub.startsWith('4960') || sub.startsWith('7946'));
        national = area.length === 2 ? `0${area} ${sub.slice(0, 4)} ${sub.slice(4)}` : `0${area} ${sub.slice(0, 3)} ${sub.slice(3)}`;
        international = `+44 ${area} ${sub}`;
        cc = '+44' + area + sub;
      }
      break;
    }
    default: { // US
      // NANP: area code NXX with X != 9 and not N11; exchange NXX, not N11, not 555.
      let a, e;
      do a = String(int(f, 2, 9)) + int(f, 0, 8) + int(f, 0, 9); while (a.slice(1) === '11');
      do e = String(int(f, 2, 9)) + digits(f, 2); while (e === '555' || e.slice(1) === '11');
      const l = digits(f, 4);
      national = pick(f, [`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `(${a}) ${e}-${l}`]);
      international = `+1 ${a} ${e} ${l}`;
      cc = '+1' + a + e + l;
    }
  }
  if (!intl) return { value: national, type: `phone-${country.toLowerCase()}` };
  return chance(f, 0.5) ? { value: cc, type: 'phone-e164' } : { value: international, type: 'phone-intl' };
}

/** A personal e-mail from the name (faker's free-mail providers); `test` marks example.* addresses. */
export function email(f, { first, last } = {}) {
  if (chance(f, 0.1)) return { value: f.internet.exampleEmail({ firstName: first, lastName: last }), type: 'email', test: true };
  return { value: f.internet.email({ firstName: first, lastName: last }), type: 'email' };
}

// --- network -------------------------------------------------------------------------------------

/** A public IPv4 address: no private, loopback, link-local, CGNAT, documentation, multicast or reserved range. */
export function ipv4(f) {
  for (;;) {
    const o = [int(f, 1, 223), int(f, 0, 255), int(f, 0, 255), int(f, 1, 254)];
    const [a, b, c] = o;
    if (a === 10 || a === 127 || a === 0 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 192 && b === 0) ||
      (a === 198 && (b === 18 || b === 19)) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) continue;
    return { value: o.join('.'), type: 'ipv4' };
  }
}

/** A global unicast IPv6 address (2000::/3, never 2001:db8::/32), full or compressed. */
export function ipv6(f) {
  const hex = (n) => f.string.hexadecimal({ length: n, casing: 'lower', prefix: '' });
  const first = pick(f, ['2a01', '2a02', '2001', '2600', '2a00', '2003', '2604', '2a03']);
  const second = first === '2001' ? pick(f, ['4860', '0bc8', '067c', '41d0']) : hex(4).replace(/^0+(?=.)/, '');
  const groups = [first, second, ...Array.from({ length: 6 }, () => hex(int(f, 1, 4)).replace(/^0+(?=.)/, ''))];
  if (chance(f, 0.5)) {
    // Compress a run of zero groups in the middle.
    const at = int(f, 3, 5);
    const len = int(f, 1, 7 - at);
    const left = groups.slice(0, at).join(':');
    const right = groups.slice(at + len).join(':');
    return { value: `${left}::${right}`, type: 'ipv6' };
  }
  return { value: groups.join(':'), type: 'ipv6' };
}

/** A MAC address: colon or dash separated pairs (either case), or Cisco's dotted form. */
export function mac(f) {
  const bytes = Array.from({ length: 6 }, () => f.string.hexadecimal({ length: 2, casing: 'lower', prefix: '' }));
  const style = pick(f, ['colon', 'colon', 'dash', 'cisco']);
  let value;
  if (style === 'cisco') value = [0, 2, 4].map((i) => bytes[i] + bytes[i + 1]).join('.');
  else value = bytes.join(style === 'colon' ? ':' : '-');
  if (style !== 'cisco' && chance(f, 0.4)) value = value.toUpperCase();
  return { value, type: `mac-${style}` };
}

const GPS_BOX = { FR: [43.3, 50.9, -1.5, 7.5], DE: [47.5, 54.8, 6.1, 14.9], ES: [36.2, 43.6, -8.9, 3.1], IT: [37.0, 46.5, 7.0, 18.3], GB: [50.2, 57.5, -5.5, 1.6], US: [30.0, 47.5, -122.4, -71.0] };
/** GPS coordinates inside the country: decimal "lat, lon" (4-6 decimals) or degrees-minutes-seconds. */
export function gps(f, country) {
  const [la0, la1, lo0, lo1] = GPS_BOX[country];
  const lat = f.number.float({ min: la0, max: la1, fractionDigits: 6 });
  const lon = f.number.float({ min: lo0, max: lo1, fractionDigits: 6 });
  if (chance(f, 0.75)) {
    const d = int(f, 4, 6);
    return { value: `${lat.toFixed(d)}, ${lon.toFixed(d)}`, type: 'gps-decimal' };
  }
  const dms = (v, pos, neg) => {
    const a = Math.abs(v), deg = Math.floor(a), minF = (a - deg) * 60, min = Math.floor(minF), sec = ((minF - min) * 60).toFixed(1);
    return `${deg}°${pad(min, 2)}'${sec.padStart(4, '0')}"${v >= 0 ? pos : neg}`;
  };
  return { value: `${dms(lat, 'N', 'S')} ${dms(lon, 'E', 'W')}`, type: 'gps-dms' };
}

/** A URL with a user name and password before the host (database DSN, FTP, basic-auth HTTPS). */
export function urlWithCredentials(f, { first, last } = {}) {
  const user = pick(f, [asciiLetters(first ?? f.person.firstName()).toLowerCase(), 'app_' + f.word.noun().toLowerCase().replace(/[^a-z]/g, ''), 'svc-' + f.string.alpha({ length: 5, casing: 'lower' }), 'admin']);
  const password = f.internet.password({ length: int(f, 10, 16), pattern: /[A-Za-z0-9_!*.~-]/ });
  const host = pick(f, [f.internet.domainName(), `db-${int(f, 1, 9)}.${f.internet.domainWord()}.${pick(f, ['internal', 'lan', 'io', 'net', 'eu'])}`]);
  const [scheme, port, path] = pick(f, [['postgres', ':5432', '/crm'], ['postgresql', '', '/billing'], ['mysql', ':3306', '/shop'], ['mongodb', ':27017', '/users'], ['https', '', '/api/v2/export'], ['ftp', '', '/incoming'], ['redis', ':6379', '/0'], ['amqp', ':5672', '/%2f']]);
  // A URL with a password is as much a leaked password: either entity is a correct finding.
  return { value: `${scheme}://${user}:${password}@${host}${port}${path}`, type: 'url-credentials', alt: ['PASSWORD'] };
}

// --- crypto wallets ------------------------------------------------------------------------------

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58(bytes) {
  let n = BigInt('0x' + (Buffer.from(bytes).toString('hex') || '0'));
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    s = '1' + s;
  }
  return s;
}
const sha256 = (b) => createHash('sha256').update(b).digest();
const randomBytes = (f, n) => Uint8Array.from({ length: n }, () => int(f, 0, 255));

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function bech32Polymod(values) {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i];
  }
  return chk >>> 0;
}
function bech32Encode(hrp, data) {
  const expand = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat([0], [...hrp].map((c) => c.charCodeAt(0) & 31));
  const mod = bech32Polymod(expand.concat(data, [0, 0, 0, 0, 0, 0])) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return hrp + '1' + data.concat(checksum).map((d) => BECH32[d]).join('');
}
function toWords(bytes) {
  let acc = 0, bits = 0;
  const out = [];
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) out.push((acc << (5 - bits)) & 31);
  return out;
}

/** A Bitcoin address (P2PKH/P2SH base58check, or segwit v0 bech32) or an Ethereum address. */
export function cryptoWallet(f) {
  const kind = pick(f, ['p2pkh', 'p2sh', 'bech32', 'eth', 'eth']);
  if (kind === 'eth') return { value: '0x' + f.string.hexadecimal({ length: 40, casing: 'lower', prefix: '' }), type: 'ethereum' };
  const hash = randomBytes(f, 20);
  if (kind === 'bech32') return { value: bech32Encode('bc', [0, ...toWords(hash)]), type: 'bitcoin-bech32' };
  const payload = Uint8Array.from([kind === 'p2pkh' ? 0x00 : 0x05, ...hash]);
  const check = sha256(sha256(payload)).subarray(0, 4);
  return { value: base58(Uint8Array.from([...payload, ...check])), type: 'bitcoin-base58' };
}

// --- dates ---------------------------------------------------------------------------------------

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
};
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A calendar date: { year, month, day }, years in [minYear, maxYear]. */
export function date(f, minYear = 1940, maxYear = 2005) {
  const year = int(f, minYear, maxYear), month = int(f, 1, 12);
  return { year, month, day: int(f, 1, daysIn(year, month)) };
}

/** Formats a date as people of `lang` (and `country`) write it: numeric or with the month name. */
export function formatDate(f, { year, month, day }, lang, country, style = pick(f, ['numeric', 'numeric', 'text'])) {
  const d = pad(day, 2), m = pad(month, 2);
  if (style === 'iso') return { value: `${year}-${m}-${d}`, type: 'date-iso' };
  if (style === 'numeric') {
    if (country === 'US') return { value: chance(f, 0.5) ? `${m}/${d}/${year}` : `${month}/${day}/${year}`, type: 'date-numeric' };
    if (lang === 'de') return { value: `${d}.${m}.${year}`, type: 'date-numeric' };
    const sep = pick(f, ['/', '/', '-', '.']);
    return { value: `${d}${sep}${m}${sep}${year}`, type: 'date-numeric' };
  }
  const name = MONTHS[lang][month - 1];
  switch (lang) {
    case 'en': return { value: country === 'US' ? `${name} ${day}, ${year}` : `${day} ${name} ${year}`, type: 'date-text' };
    case 'fr': return { value: `${day === 1 ? '1er' : day} ${name} ${year}`, type: 'date-text' };
    case 'de': return { value: `${day}. ${name} ${year}`, type: 'date-text' };
    case 'es': return { value: `${day} de ${name} de ${year}`, type: 'date-text' };
    default: return { value: `${day} ${name} ${year}`, type: 'date-text' };
  }
}
export { MONTHS, pad, pick, int, chance, digits, letters, group };
