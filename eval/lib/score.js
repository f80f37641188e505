// Matching predictions to labels, and the figures computed from the matches.
//
// The rule: a prediction is a true positive for a label when both have the same entity (or the
// prediction's entity is one of the label's `alt` ones: a URL with a password is also a PASSWORD) and the
// prediction covers at least half of the label (overlap / label length >= 0.5; an exact span
// always qualifies). Each label and each prediction is used at most once: candidate pairs are
// taken best first (exact spans, then larger overlap, then earlier label). Unmatched labels are
// false negatives, unmatched predictions false positives (including predictions of an entity
// that no label has, and a second prediction on an already matched label).

export const MIN_OVERLAP = 0.5;

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Matches one document. labels, predictions: [{ start, end, entity, ... }].
 * Returns { pairs: [[label, prediction]], fn: [label], fp: [prediction] }.
 */
export function matchDocument(labels, predictions, minOverlap = MIN_OVERLAP) {
  const candidates = [];
  labels.forEach((l, li) => {
    predictions.forEach((p, pi) => {
      if (p.entity !== l.entity && !l.alt?.includes(p.entity)) return;
      const exact = p.start === l.start && p.end === l.end;
      const cover = overlap(l, p) / Math.max(1, l.end - l.start);
      if (exact || cover >= minOverlap) candidates.push({ li, pi, exact, cover });
    });
  });
  candidates.sort((a, b) => (b.exact - a.exact) || (b.cover - a.cover) || (a.li - b.li) || (a.pi - b.pi));
  const usedL = new Set(), usedP = new Set(), pairs = [];
  for (const c of candidates) {
    if (usedL.has(c.li) || usedP.has(c.pi)) continue;
    usedL.add(c.li);
    usedP.add(c.pi);
    pairs.push([labels[c.li], predictions[c.pi]]);
  }
  return {
    pairs,
    fn: labels.filter((_, i) => !usedL.has(i)),
    fp: predictions.filter((_, i) => !usedP.has(i)),
  };
}

/** Per-entity tallies: { ENTITY: { support, tp, fp, fn } }, accumulated over documents. */
export class Tally {
  constructor() {
    this.byEntity = {};
  }

  #row(entity) {
    return (this.byEntity[entity] ??= { support: 0, tp: 0, fp: 0, fn: 0 });
  }

  add({ pairs, fn, fp }) {
    for (const [l] of pairs) {
      const r = this.#row(l.entity);
      r.support++;
      r.tp++;
    }
    for (const l of fn) {
      const r = this.#row(l.entity);
      r.support++;
      r.fn++;
    }
    for (const p of fp) this.#row(p.entity).fp++;
  }

  /** Sum over the entities (micro average), or over `only` when given. */
  overall(only) {
    const o = { support: 0, tp: 0, fp: 0, fn: 0 };
    for (const [e, r] of Object.entries(this.byEntity)) {
      if (only && !only.has(e)) continue;
      for (const k of Object.keys(o)) o[k] += r[k];
    }
    return o;
  }
}

/** precision, recall, F1 from counts; null where undefined (precision without predictions, recall without labels). */
export function prf({ tp, fp, fn }) {
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 = 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : null;
  return { precision, recall, f1 };
}
