import { describe, expect, it } from 'vitest';
import { CUTOFFS, decide } from '../../src/core/decide.js';
import type { QaEntry } from '../../src/core/knowledge/types.js';

const entry = (id: string, answer: string[]): QaEntry => ({ id, topic: 't', question: `${id}?`, alternates: [], keywords: [], answer, pinned: false });
const A = entry('a', ['S1']);
const B = entry('b', ['S2']);
const C = entry('c', ['S3']);
const A2 = entry('a2', ['S1', 'S4']);

describe('decide', () => {
  it('answers a confident top entry with a clear margin', () => {
    expect(decide({ candidates: [{ entry: A, confidence: 0.9 }, { entry: B, confidence: 0.5 }], outOfScope: [] })).toMatchObject({ kind: 'answer', entry: A });
  });

  it('ignores a close rival that cites the same sentence', () => {
    expect(decide({ candidates: [{ entry: A, confidence: 0.9 }, { entry: A2, confidence: 0.89 }], outOfScope: [] }).kind).toBe('answer');
  });

  it('asks "did you mean" with 2–3 entries when the top ones are close', () => {
    const d = decide({ candidates: [{ entry: A, confidence: 0.8 }, { entry: B, confidence: 0.79 }, { entry: C, confidence: 0.78 }], outOfScope: [] });
    expect(d.kind).toBe('suggest');
    expect(d.kind === 'suggest' && d.options.map((o) => o.entry.id)).toEqual(['a', 'b', 'c']);
  });

  it('quotes both of two confident entries neck and neck, well ahead of the rest, when their answers stay short', () => {
    const d = decide({ candidates: [{ entry: A, confidence: 0.8 }, { entry: B, confidence: 0.79 }, { entry: C, confidence: 0.6 }], outOfScope: [] });
    expect(d).toMatchObject({ kind: 'answer', entry: A, also: B });
  });

  it('asks "did you mean" instead when the close pair would quote more than three sentences, or one is not confident', () => {
    const long = entry('long', ['S5', 'S6', 'S7']);
    expect(decide({ candidates: [{ entry: A, confidence: 0.8 }, { entry: long, confidence: 0.79 }], outOfScope: [] }).kind).toBe('suggest');
    const low = CUTOFFS.answer - 0.01;
    expect(decide({ candidates: [{ entry: A, confidence: low + 0.02 }, { entry: B, confidence: low }], outOfScope: [] }, { ...CUTOFFS, clearLead: 1 }).kind).toBe('suggest');
  });

  it('answers the broader entry that two long, neck-and-neck entries are both part of', () => {
    const whole = entry('whole', ['S8', 'S9']);
    const left = { ...entry('left', ['S1', 'S2']), broader: 'whole' };
    const right = { ...entry('right', ['S3', 'S4']), broader: 'whole' };
    const byId = new Map([whole, left, right].map((e) => [e.id, e]));
    const broaderOf = (e: QaEntry) => (e.broader === undefined ? undefined : byId.get(e.broader));
    const pair = { candidates: [{ entry: left, confidence: 0.8 }, { entry: right, confidence: 0.8 }], outOfScope: [] };
    expect(decide(pair, CUTOFFS, broaderOf)).toMatchObject({ kind: 'answer', entry: whole });
    expect(decide(pair).kind).toBe('suggest');
    // "What is Japan going to raise…": the question names whose part it wants, so the broader entry is not it.
    expect(decide({ ...pair, party: 'japan' }, CUTOFFS, broaderOf).kind).toBe('suggest');
    const other = entry('other', ['S5', 'S6']);
    expect(decide({ candidates: [{ entry: left, confidence: 0.8 }, { entry: other, confidence: 0.8 }], outOfScope: [] }, CUTOFFS, broaderOf).kind).toBe('suggest');
  });

  it('answers the broader entry when it leads, just ahead of one of its parts', () => {
    const whole = entry('whole', ['S8', 'S9']);
    const part = { ...entry('part', ['S1', 'S2']), broader: 'whole' };
    const broaderOf = (e: QaEntry) => (e.broader === 'whole' ? whole : undefined);
    const close = { candidates: [{ entry: whole, confidence: 0.55 }, { entry: part, confidence: 0.53 }], outOfScope: [] };
    expect(decide(close, CUTOFFS, broaderOf)).toMatchObject({ kind: 'answer', entry: whole });
    expect(decide(close).kind).toBe('suggest');
    expect(decide({ ...close, party: 'japan' }, CUTOFFS, broaderOf).kind).toBe('suggest');
  });

  it('offers two entries even when only one is close to a middling top', () => {
    const d = decide({ candidates: [{ entry: A, confidence: CUTOFFS.suggest + 0.01 }, { entry: B, confidence: 0.3 }], outOfScope: [] }, { ...CUTOFFS, clearLead: 1 });
    expect(d.kind === 'suggest' && d.options.map((o) => o.entry.id)).toEqual(['a', 'b']);
  });

  it('abstains below the cut-off, with nothing, or on an out-of-scope word', () => {
    expect(decide({ candidates: [{ entry: A, confidence: CUTOFFS.suggest - 0.01 }], outOfScope: [] }).kind).toBe('abstain');
    expect(decide({ candidates: [], outOfScope: [] }).kind).toBe('abstain');
    expect(decide({ candidates: [{ entry: A, confidence: 1 }], outOfScope: ['putin'] })).toMatchObject({ kind: 'abstain', outOfScope: ['putin'] });
  });
});
