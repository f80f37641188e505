#!/usr/bin/env node
// Writes the name lexicons of the PERSON rules (rules/lexicons/*.txt) from @faker-js/faker's
// en, fr, de, es and it locales (MIT licence) plus a hand-written list of common words that are
// also names. The generated files are committed: the build reads them, it never needs faker.
//   npm install --no-save @faker-js/faker && node scripts/build-lexicons.js
//
// Entries are lowercased (the engine folds a candidate word the same way, core/lexicons.cpp),
// NFC, one per line, sorted by UTF-8 bytes (code points) and deduplicated, after one comment line.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { de, en, es, fr, it } from '@faker-js/faker';

const root = new URL('../', import.meta.url);
const require = createRequire(import.meta.url);
const version = JSON.parse(readFileSync(require.resolve('@faker-js/faker/package.json'), 'utf8')).version;
const LOCALES = { en, fr, de, es, it };

// Lowercase particles that join the words of a name ("María de los Ángeles", "van der Berg"):
// never entries of their own. Keep in step with kParticles in core/person.cpp.
const PARTICLES = new Set(['al', 'bin', 'd', 'da', 'dal', 'das', 'de', 'degli', 'dei', 'del', 'della', 'delle', 'den',
  'der', 'des', 'di', 'do', 'dos', 'du', 'ibn', 'la', 'las', 'le', 'lo', 'los', 'ten', 'ter', 'van', 'vom', 'von', 'zu']);

// Common words that are also first names: capitalised at the start of a sentence, in a title or
// (German) as a noun, they are no evidence of a name, so the strict lexicon rule (validator
// person-name) rejects a candidate whose first-name part has one ("Will", "Grace", "Mark", "Heide").
// The surname part is not checked: a false positive needs a first name first. The worst offenders
// only: each entry costs recall on the real names that start with it (the cue rules still find them).
const COMMON_WORDS = {
  en: `
    will may june april august grace mark bill frank art guy joy hope faith charity patience justice liberty
    harmony destiny trinity genesis miracle heaven haven unique urban sincere loyal precious noble royal golden
    general major judge king queen prince princess baron earl duke marquis sister baby junior name brain era
    else meta delta nova toy pink green brown white ivory amber crystal diamond ruby jewel iris rose olive sage
    penny sandy misty dusty rusty sunny stone rock rocky clay dale glen forest heath brook river lane chance
    hunter porter mason cooper turner walker tanner foster ward warren price sterling lance trace drew ray jay
    buck bud buddy don dean rod ford colt gunner talon blaze drake maverick ransom kale arch dock gust max miles
    earnest hardy sim nick pat sue jack chad coy chase grant summer autumn dawn sky storm rain star angel
    phoenix sierra paris lincoln jordan houston dallas austin india asia america africa homer garland gage
    troy carol candy ginger honey kitty dolly patty sally sherry brandy tiara viva belle ebony eve fanny piper
    raven abbey ally margarita novella terry bell berry valentine van rob bob christian travis reed wade
    carter newton marlin roman jasmine`,
  fr: `
    claire france noël toussaint ascension assomption conception bon juste parfait constant vital innocent
    fidèle candide sauveur amour ange paris marine fleur`,
  de: `
    ernst heide linde erika jasmin melissa rosa kai mark max august rose iris flora viola`,
  es: `
    santiago mercedes victoria domingo trinidad salvador asunción concepción gloria luz paz sol mar esperanza`,
  it: `
    gioia felice fortunato benvenuto speranza vittoria sole aurora primo secondo terzo quarto quinto sesto
    settimo decimo ultimo santo pio fiore natale sabato domenica amore amico leone orso franco libero giusto
    onesto modesto luce luna gentile cara`,
};

const split = (text) => text.split(/\s+/).filter(Boolean);
const fold = (s) => s.normalize('NFC').replace(/[’‘]/g, "'").trim().toLowerCase();
const flat = (v) => (v == null ? [] : Array.isArray(v) ? v : Object.values(v).flat());

const first = new Set();
const last = new Set();
for (const locale of Object.values(LOCALES)) {
  for (const name of flat(locale.person.first_name)) {
    const f = fold(name);
    first.add(f);
    // "María José", "Juan Carlos", "María de los Ángeles": each of their names is a first name too.
    for (const part of f.split(' ')) if (part && !PARTICLES.has(part)) first.add(part);
  }
  // Surnames stay whole ("De Luca", "Espinosa de los Monteros"): their parts are not surnames.
  for (const name of flat(locale.person.last_name)) last.add(fold(name));
}
// Only the words that are names in these lexicons matter (the others never pass a lexicon check).
const listed = Object.values(COMMON_WORDS).flatMap(split).map(fold);
const common = new Set(listed.filter((w) => first.has(w) || last.has(w)));

const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);  // UTF-16 order = code point order here (BMP)
const header = `# source: @faker-js/faker ${version} (MIT), locales en fr de es it; generated by scripts/build-lexicons.js`;
const dir = new URL('rules/lexicons/', root);
mkdirSync(dir, { recursive: true });
for (const [file, set, extra] of [
  ['first-names.txt', first, ''],
  ['last-names.txt', last, ''],
  ['common-words.txt', common, '# common words that are also names: the hand-written list in scripts/build-lexicons.js\n'],
]) {
  const entries = [...set].filter((e) => e && !e.startsWith('#')).sort(byCodePoint);
  writeFileSync(new URL(file, dir), `${header}\n${extra}${entries.join('\n')}\n`);
  console.log(`${file}: ${entries.length} entries`);
}
