import { MAX_ANSWER_SENTENCES } from './knowledge/load.js';
import type { QaEntry } from './knowledge/types.js';
import type { Candidate, Match } from './matching/index.js';

/** The decision's cut-offs, chosen on the dev part of the evaluation set (tests/eval/dev*.json). */
export interface Cutoffs {
  /** At or above this confidence, with a clear margin, the bot answers. */
  readonly answer: number;
  /** Between this and `answer` (or with a thin margin) the bot asks "did you mean". Below it, it abstains. */
  readonly suggest: number;
  /** The top entry must lead the nearest entry whose answer shares no sentence with it by this much. */
  readonly margin: number;
  /** Below `answer` (down to `suggest`) the bot still answers when no other entry comes this close. */
  readonly clearLead: number;
}

export const CUTOFFS: Cutoffs = { answer: 0.5, suggest: 0.45, margin: 0.04, clearLead: 0.2 };
export const MAX_SUGGESTIONS = 3;
export const MIN_SUGGESTIONS = 2;
/** "Did you mean" offers entries within this distance of the top one. */
const SUGGEST_BAND = 0.2;

export type Decision =
  | {
      readonly kind: 'answer';
      readonly entry: QaEntry;
      /** A second entry as confident as the first, quoted after it: a close call between two short answers. */
      readonly also?: QaEntry;
      readonly confidence: number;
      readonly margin: number;
    }
  | { readonly kind: 'suggest'; readonly options: readonly Candidate[]; readonly confidence: number; readonly margin: number }
  | { readonly kind: 'abstain'; readonly confidence: number; readonly outOfScope?: readonly string[] };

/** Two entries whose answers quote a sentence in common. */
export const overlaps = (a: QaEntry, b: QaEntry): boolean => a.answer.some((id) => b.answer.includes(id));

/** Answer, "did you mean", or abstain, from ranked candidates and the cut-offs above. */
export function decide(
  { candidates, outOfScope, party }: Match,
  cut: Cutoffs = CUTOFFS,
  broaderOf: (entry: QaEntry) => QaEntry | undefined = () => undefined,
): Decision {
  const [top] = candidates;
  if (outOfScope.length > 0) return { kind: 'abstain', confidence: 0, outOfScope };
  if (!top || top.confidence < cut.suggest) return { kind: 'abstain', confidence: top?.confidence ?? 0 };
  const rival = candidates.find((c) => !overlaps(c.entry, top.entry));
  const margin = top.confidence - (rival?.confidence ?? 0);
  if ((top.confidence >= cut.answer && margin >= cut.margin) || margin >= cut.clearLead) {
    return { kind: 'answer', entry: top.entry, confidence: top.confidence, margin };
  }
  // "what issues will each side raise": the top entry is the broader one the runner-up is part of.
  if (rival && top.confidence >= cut.answer && party === undefined && broaderOf(rival.entry) === top.entry) {
    return { kind: 'answer', entry: top.entry, confidence: top.confidence, margin };
  }
  // Two confident entries neck and neck, well ahead of the rest, whose answers together stay short:
  // quoting both answers the question without a round trip through "did you mean".
  if (rival && top.confidence >= cut.answer && rival.confidence >= cut.answer) {
    const third = candidates.find((c) => !overlaps(c.entry, top.entry) && !overlaps(c.entry, rival.entry));
    const sentences = new Set([...top.entry.answer, ...rival.entry.answer]);
    if (rival.confidence - (third?.confidence ?? 0) >= cut.margin) {
      if (sentences.size <= MAX_ANSWER_SENTENCES) return { kind: 'answer', entry: top.entry, also: rival.entry, confidence: top.confidence, margin };
      // Too long together, but both are parts of one broader entry ("what will both sides raise": Japan's
      // asks and China's are the agenda): that entry answers, unless the question names whose part it wants.
      const broader = broaderOf(top.entry);
      if (party === undefined && broader !== undefined && broader === broaderOf(rival.entry)) {
        return { kind: 'answer', entry: broader, confidence: top.confidence, margin };
      }
    }
  }
  // The entries close to the top one, and at least two when there are two to offer.
  const options: Candidate[] = [];
  for (const c of candidates) {
    if (options.length === MAX_SUGGESTIONS) break;
    const close = c.confidence >= Math.max(cut.suggest, top.confidence - SUGGEST_BAND);
    if (!close && options.length >= MIN_SUGGESTIONS) break;
    if (!options.some((o) => overlaps(o.entry, c.entry))) options.push(c);
  }
  return { kind: 'suggest', options, confidence: top.confidence, margin };
}
