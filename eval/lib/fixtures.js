// Hand-written fixtures (eval/fixtures/*.txt and *.json) carry their labels inline:
//   [[ENTITY:value]]        a labelled value, e.g. [[EMAIL:jeanne.morel@orange.fr]]
//   [[ENTITY+test:value]]   a documentation/test value (example.com...), counted apart as well
// The markers are stripped at load time and the spans computed on the stripped text. A value may
// span lines (postal addresses); it cannot contain "]]". A URL with a user and password is also a
// leaked password: its label accepts PASSWORD too (alt), as the generated ones do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKER = /\[\[([A-Z_]+)(\+test)?:([\s\S]*?)\]\]/g;

/** Strips the markers of `source`: { text, spans: [{ start, end, entity, test? }] }. */
export function parseMarked(source) {
  let text = '', last = 0;
  const spans = [];
  for (const m of source.matchAll(MARKER)) {
    text += source.slice(last, m.index);
    const start = text.length;
    text += m[3];
    const span = { start, end: text.length, entity: m[1], type: 'fixture' };
    if (m[2]) span.test = true;
    if (m[1] === 'URL' && /:\/\/[^\s/@:]*:[^\s/@]+@/.test(m[3])) span.alt = ['PASSWORD'];
    spans.push(span);
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  if (text.includes('[[') && /\[\[[A-Z_]+/.test(text)) throw new Error('unclosed or malformed [[ENTITY:value]] marker');
  return { text, spans };
}

/** The fixtures of `dir` as documents like the generated ones. */
export function loadFixtures(dir) {
  return readdirSync(dir).filter((f) => /\.(txt|json)$/.test(f)).sort().map((name) => {
    const { text, spans } = parseMarked(readFileSync(join(dir, name), 'utf8'));
    const lang = (name.match(/^(en|fr|de|es|it)[-_]/) ?? [])[1] ?? 'mixed';
    return { id: `fixture/${name}`, lang, kind: 'fixture', text, spans };
  });
}
