import type { QaEntry } from './knowledge/types.js';
import type { Candidate, Match } from './matching/index.js';

/** At or above this confidence, with a clear margin, the bot answers. */
export const ANSWER_CUTOFF = 0.6;
/** Between this and ANSWER_CUTOFF (or with a thin margin) the bot asks "did you mean". Below it, it abstains. */
export const SUGGEST_CUTOFF = 0.42;
/** The top entry must lead the nearest entry whose answer shares no sentence with it by this much. */
export const MIN_MARGIN = 0.06;
/** Below ANSWER_CUTOFF (down to SUGGEST_CUTOFF) the bot still answers when no other entry comes this close. */
export const CLEAR_LEAD = 0.25;
export const MAX_SUGGESTIONS = 3;
/** "Did you mean" offers entries within this distance of the top one. */
const SUGGEST_BAND = 0.2;

export type Decision =
  | { readonly kind: 'answer'; readonly entry: QaEntry; readonly confidence: number; readonly margin: number }
  | { readonly kind: 'suggest'; readonly options: readonly Candidate[]; readonly confidence: number; readonly margin: number }
  | { readonly kind: 'abstain'; readonly confidence: number; readonly nearest?: QaEntry; readonly outOfScope?: readonly string[] };

const overlaps = (a: QaEntry, b: QaEntry) => a.answer.some((id) => b.answer.includes(id));

/** Answer, "did you mean", or abstain, from ranked candidates and the cut-offs above. */
export function decide({ candidates, outOfScope }: Match): Decision {
  const [top] = candidates;
  if (outOfScope.length > 0) return { kind: 'abstain', confidence: 0, outOfScope };
  if (!top || top.confidence < SUGGEST_CUTOFF) {
    return top ? { kind: 'abstain', confidence: top.confidence, nearest: top.entry } : { kind: 'abstain', confidence: 0 };
  }
  const rival = candidates.find((c) => !overlaps(c.entry, top.entry));
  const margin = top.confidence - (rival?.confidence ?? 0);
  if ((top.confidence >= ANSWER_CUTOFF && margin >= MIN_MARGIN) || margin >= CLEAR_LEAD) {
    return { kind: 'answer', entry: top.entry, confidence: top.confidence, margin };
  }
  const options: Candidate[] = [];
  for (const c of candidates) {
    if (options.length === MAX_SUGGESTIONS || c.confidence < Math.max(SUGGEST_CUTOFF, top.confidence - SUGGEST_BAND)) break;
    if (!options.some((o) => overlaps(o.entry, c.entry))) options.push(c);
  }
  return { kind: 'suggest', options, confidence: top.confidence, margin };
}
