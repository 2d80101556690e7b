import type { QaEntry } from './knowledge/types.js';
import type { Candidate } from './matching/index.js';

/** At or above this confidence, with a clear margin, the bot answers. */
export const ANSWER_CUTOFF = 0.6;
/** Between this and ANSWER_CUTOFF (or with a thin margin) the bot asks "did you mean". Below it, it abstains. */
export const SUGGEST_CUTOFF = 0.42;
/** The top entry must lead the nearest entry with a different answer by this much. */
export const MIN_MARGIN = 0.06;
export const MAX_SUGGESTIONS = 3;
/** "Did you mean" offers entries within this distance of the top one. */
const SUGGEST_BAND = 0.2;

export type Decision =
  | { readonly kind: 'answer'; readonly entry: QaEntry; readonly confidence: number; readonly margin: number }
  | { readonly kind: 'suggest'; readonly options: readonly Candidate[]; readonly confidence: number; readonly margin: number }
  | { readonly kind: 'abstain'; readonly confidence: number; readonly nearest?: QaEntry };

const sameAnswer = (a: QaEntry, b: QaEntry) =>
  a.answer.length === b.answer.length && a.answer.every((id) => b.answer.includes(id));

/** Answer, "did you mean", or abstain, from ranked candidates and the cut-offs above. */
export function decide(candidates: readonly Candidate[]): Decision {
  const [top] = candidates;
  if (!top || top.confidence < SUGGEST_CUTOFF) {
    return top ? { kind: 'abstain', confidence: top.confidence, nearest: top.entry } : { kind: 'abstain', confidence: 0 };
  }
  const rival = candidates.find((c) => c !== top && !sameAnswer(c.entry, top.entry));
  const margin = top.confidence - (rival?.confidence ?? 0);
  if (top.confidence >= ANSWER_CUTOFF && margin >= MIN_MARGIN) {
    return { kind: 'answer', entry: top.entry, confidence: top.confidence, margin };
  }
  const options: Candidate[] = [];
  for (const c of candidates) {
    if (options.length === MAX_SUGGESTIONS || c.confidence < Math.max(SUGGEST_CUTOFF, top.confidence - SUGGEST_BAND)) break;
    if (!options.some((o) => sameAnswer(o.entry, c.entry))) options.push(c);
  }
  return { kind: 'suggest', options, confidence: top.confidence, margin };
}
