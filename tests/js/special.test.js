// Special-category words (wasm/special.js): the lists and their generated module agree, every entry
// is found in each of the five languages, ordinary text is left alone, offsets are exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { checkLists, readSource, renderModule, TARGET, CATEGORIES, LANGUAGES } from '../../scripts/special-categories.js';
import { findSpecialCategoryWords as find, foldWord, SPECIAL_CATEGORIES, SPECIAL_LANGUAGES } from '../../wasm/special.js';

const lists = readSource();
const hits = (text, options) => find(text, options).map((h) => [h.category, h.language, h.word, text.slice(h.start, h.end)]);

test('wasm/special-categories.js is generated from rules/words/special-categories.json (node scripts/special-categories.js)', () => {
  assert.equal(readFileSync(TARGET, 'utf8'), renderModule(lists), 'out of date: run node scripts/special-categories.js');
});

test('the lists pass their checks: six categories, five languages, 20-60 entries, no duplicates, no word in two categories', () => {
  assert.deepEqual(checkLists(lists), []);
  assert.deepEqual(CATEGORIES, [...SPECIAL_CATEGORIES]);
  assert.deepEqual(LANGUAGES, [...SPECIAL_LANGUAGES]);
  assert.equal(typeof lists.description, 'string');
  const broken = checkLists({ version: 1, categories: { ...lists.categories, health: { ...lists.categories.health, en: ['HIV', 'hiv'] } } });
  assert.ok(broken.some((p) => p.includes('health/en: 2 entries')), broken.join('\n'));
  assert.ok(broken.some((p) => p.includes('listed twice')), broken.join('\n'));
});

test('every entry is found as a whole, in its own category, as written and without accents', () => {
  for (const category of CATEGORIES) {
    for (const language of LANGUAGES) {
      for (const word of lists.categories[category][language]) {
        for (const text of new Set([word, word.normalize('NFD').replace(/\p{M}/gu, ''), word.toUpperCase()])) {
          const got = find(`« ${text} »`);
          assert.equal(got.length, 1, `${category}/${language} "${text}": ${JSON.stringify(got)}`);
          assert.equal(got[0].category, category, `"${text}"`);
          assert.equal(foldWord(got[0].word), foldWord(word), `"${text}" found as ${got[0].word}`);
          assert.equal(got[0].end - got[0].start, text.length);
        }
      }
    }
  }
});

// One sentence per category and language, each with words of that language's list only.
const SENTENCES = {
  health: {
    en: 'She was diagnosed with diabetes last year and is pregnant.',
    fr: 'Le patient est séropositif et suit une chimiothérapie.',
    de: 'Die Mitarbeiterin ist schwanger und leidet an einer Depression.',
    es: 'El paciente fue diagnosticado con esquizofrenia y está en quimioterapia.',
    it: 'La paziente è incinta e ha una cartella clinica presso lo psichiatra.',
  },
  religion: {
    en: 'He is a practising Muslim; his wife is Catholic.',
    fr: 'Elle est musulmane, son frère est athée.',
    de: 'Sie ist katholisch, er ist konfessionslos und zahlt keine Kirchensteuer.',
    es: 'Ella es judía y su marido es ateo.',
    it: 'Il dipendente è musulmano e chiede permesso per il ramadan.',
  },
  ethnicity: {
    en: 'Ethnic origin: Black British. Self-described as mixed race.',
    fr: "Personne d'origine maghrébine, issue de l'immigration.",
    de: 'Die Kundin hat einen Migrationshintergrund, ethnische Herkunft unbekannt.',
    es: 'La encuestada es afrodescendiente, de origen étnico gitano.',
    it: 'Il candidato è di origine africana, minoranza etnica.',
  },
  politics: {
    en: 'He is a party member and voted for the Green Party.',
    fr: 'Sympathisant du Parti socialiste, il a voté pour la liste.',
    de: 'Er ist Parteimitglied und SPD-Wähler.',
    es: 'Es simpatizante y votó por el Partido Popular.',
    it: 'È iscritto al partito e simpatizzante di estrema sinistra.',
  },
  sexuality: {
    en: 'She is bisexual; her partner is transgender.',
    fr: 'Il est homosexuel, son orientation sexuelle est connue.',
    de: 'Er ist schwul und lebt in einer eingetragenen Lebenspartnerschaft.',
    es: 'Es lesbiana y habla abiertamente de su orientación sexual.',
    it: 'È omosessuale e vive in unione civile.',
  },
  'trade-union': {
    en: 'She is a trade union member and pays union dues.',
    fr: 'Il est syndiqué à la CGT et délégué syndical.',
    de: 'Er ist Gewerkschaftsmitglied bei ver.di.',
    es: 'Está afiliado al sindicato y es delegado sindical de CCOO.',
    it: 'È iscritto al sindacato CGIL e paga la quota sindacale.',
  },
};

test('each category is found in each of the five languages', () => {
  for (const [category, byLanguage] of Object.entries(SENTENCES)) {
    for (const [language, sentence] of Object.entries(byLanguage)) {
      const got = find(sentence, { languages: [language] });
      assert.ok(got.length >= 2 || (got.length === 1 && category === 'trade-union' && language === 'de'), `${category}/${language}: ${JSON.stringify(hits(sentence))}`);
      for (const h of got) assert.equal(h.category, category, `${language}: ${sentence} -> ${h.word}`);
      assert.ok(got.every((h) => h.language === language));
    }
  }
  assert.deepEqual(hits('Er ist Gewerkschaftsmitglied bei ver.di.'), [
    ['trade-union', 'de', 'Gewerkschaftsmitglied', 'Gewerkschaftsmitglied'], ['trade-union', 'de', 'ver.di', 'ver.di']]);
});

test('ordinary text is left alone: generic words, code, near misses', () => {
  const ordinary = [
    'The union of two sets is a set. We ordered a party of five at the restaurant.',
    'Add a health check endpoint; the race condition in the scheduler is fixed.',
    'The parser is platform-agnostic; std::vector<int> v; int cnt = 0; GDP growth slowed.',
    'union { int a; float b; } u; access the members of a union carefully.',
    'A political party held its congress; the party ended late; the union rate limit is 5.',
    'Ver. 2.0 of the Verdi opera recording; Italia, Roma, Latina; United Arab Emirates.',
    "L'union européenne, la santé publique et la fête du village. Le parti pris du rédacteur.",
    'Die Union der Mengen ist leer. Die Partei der Mitte tagt. Das Gewicht: Gew. 2 kg. Das ist nicht ganz koscher.',
    'La unión de dos conjuntos. La fiesta de cumpleaños. El partido de fútbol terminó 2-1.',
    "L'unione di due insiemi. Il nostro autista arriva alle nove. La festa del partito di calcio.",
    'prediabetes diabetesfoo HIV1 xhiv gayety Christian Jude Parkinson',
  ];
  for (const text of ordinary) assert.deepEqual(hits(text), [], text);
});

test('the PII-free eval corpus (prose in five languages, code, logs, tables) has no special-category word', () => {
  const dir = new URL('../../eval/corpus/clean/', import.meta.url);
  for (const name of readdirSync(dir)) {
    const text = readFileSync(new URL(name, dir), 'utf8');
    assert.deepEqual(hits(text), [], name);
  }
});

test('offsets are UTF-16 indices into the text as written; the longest entry wins', () => {
  const text = '😀 Ünïcode: trade union member; CHEMOTHERAPY; Jüdin / JUEDIN / Judin; hiv_status; tradeunion';
  assert.deepEqual(hits(text), [
    ['trade-union', 'en', 'trade union member', 'trade union member'],
    ['health', 'en', 'chemotherapy', 'CHEMOTHERAPY'],
    ['religion', 'de', 'Jüdin', 'Jüdin'],
    ['religion', 'de', 'Jüdin', 'JUEDIN'],
    ['religion', 'de', 'Jüdin', 'Judin'],
    ['health', 'en', 'HIV status', 'hiv_status'],
    ['trade-union', 'en', 'trade union', 'tradeunion'],
  ]);
  assert.equal(find(text)[0].start, text.indexOf('trade'), 'the emoji counts as two UTF-16 code units');
});

test('apostrophes and accents: typographic or left out', () => {
  assert.deepEqual(hits("d’origine maghrébine, dorigine africaine, Alzheimers, athee"), [
    ['ethnicity', 'fr', "d'origine maghrébine", 'd’origine maghrébine'],
    ['ethnicity', 'fr', "d'origine africaine", 'dorigine africaine'],
    ['health', 'en', "Alzheimer's", 'Alzheimers'],
    ['religion', 'fr', 'athée', 'athee'],
  ]);
});

test('a word in several lists takes the first language, or the first allowed one; options filter and are checked', () => {
  assert.deepEqual(hits('Diabetes'), [['health', 'en', 'diabetes', 'Diabetes']]);
  assert.deepEqual(hits('Diabetes', { languages: ['de'] }), [['health', 'de', 'Diabetes', 'Diabetes']]);
  assert.deepEqual(hits('diabético', { languages: ['it', 'es'] }), [['health', 'es', 'diabético', 'diabético']]);
  assert.deepEqual(hits('diabetico'), [['health', 'it', 'diabetico', 'diabetico']], 'the accent-exact entry first');
  assert.deepEqual(hits('HIV and Muslim', { categories: ['religion'] }), [['religion', 'en', 'Muslim', 'Muslim']]);
  assert.deepEqual(hits('HIV', { languages: ['fr'] }), []);
  assert.throws(() => find('x', { categories: ['wealth'] }), RangeError);
  assert.throws(() => find('x', { languages: ['pt'] }), RangeError);
  assert.throws(() => find(42), TypeError);
});

test('one pass over a few megabytes stays fast (a trie-shaped RegExp, not one alternative per entry)', () => {
  const line = 'Lorem ipsum dolor sit amet, the scheduler retried the request; patient diagnosed with asthma.\n';
  const text = line.repeat(Math.ceil(2e6 / line.length));
  const t0 = performance.now();
  const got = find(text);
  const ms = performance.now() - t0;
  assert.equal(got.length, 2 * Math.ceil(2e6 / line.length));
  assert.ok(ms < 3000, `2 MB took ${ms.toFixed(0)} ms`);
});

// discret/files searches the lists in wasm (RE2: createGroupFinder + specialWordsPattern) rather than
// with the RegExp above; both must find the same words at the same places.
test('the engine (RE2, bytes) finds what the RegExp (text) finds: every entry, every sentence, mixed separators', async () => {
  const { createGroupFinder } = await import('../../wasm/index.js');
  const { specialWordEntry, specialWordsPattern } = await import('../../wasm/special.js');
  const finder = await createGroupFinder(specialWordsPattern());
  const viaEngine = (text) => {
    const bytes = new TextEncoder().encode(text);
    const spans = finder.find(bytes);
    const out = [];
    for (let i = 0; i < spans.length; i += 2) {
      const entry = specialWordEntry(new TextDecoder().decode(bytes.subarray(spans[i], spans[i + 1])));
      if (entry) out.push(`${entry.category}/${entry.language}/${entry.word}@${spans[i]}`);
    }
    return out;
  };
  const viaRegExp = (text) => find(text).map((m) => `${m.category}/${m.language}/${m.word}@${Buffer.byteLength(text.slice(0, m.start))}`);
  const texts = [];
  const words = [];
  for (const category of CATEGORIES) {
    for (const language of LANGUAGES) {
      for (const word of lists.categories[category][language]) {
        words.push(word);
        for (const form of [word, word.normalize('NFD').replace(/\p{M}/gu, ''), word.toUpperCase()]) texts.push(`« ${form} »`);
      }
      texts.push(SENTENCES[category]?.[language] ?? '');
    }
  }
  // Words run together with every kind of separator, glued to letters or digits, and after a BOM.
  const seps = [' ', ', ', '_', '-', '\n', '\t', '/', '.', 'x', '9', '', 'é', '’'];
  for (let i = 0; i < 400; i++) {
    let t = i % 7 === 0 ? '\uFEFF' : '';
    for (let k = 0; k < 6; k++) t += words[(i * 31 + k * 17) % words.length] + seps[(i + k) % seps.length];
    texts.push(t);
  }
  let compared = 0;
  for (const text of texts) {
    assert.deepEqual(viaEngine(text), viaRegExp(text), JSON.stringify(text));
    compared += viaRegExp(text).length;
  }
  assert.ok(compared > 3000, `only ${compared} words compared`);
  finder.dispose();
});

test('createGroupFinder refuses a pattern without a group or that RE2 cannot compile', async () => {
  const { createGroupFinder } = await import('../../wasm/index.js');
  await assert.rejects(createGroupFinder('hiv'), { code: 'invalid_pattern' });
  await assert.rejects(createGroupFinder('(hiv'), { code: 'invalid_pattern' });
});
