import Fuse from 'fuse.js';
import type { KnowledgeBase, QaEntry } from '../knowledge/types.js';
import { contentTerms, isStopWord, stem, words } from './normalize.js';

/** How much a word counts towards an entry, by the field it comes from. */
export const FIELD_WEIGHT = { question: 1, keywords: 1, alternates: 0.9, answer: 0.75 } as const;
/** A typed word matched through an alias counts a little less than the word itself. */
export const EXPANSION_FACTOR = 0.9;
/** Word pairs less similar than this do not match at all. */
export const MIN_WORD_SIMILARITY = 0.6;
/** fuse.js Bitap error bound for one word; words shorter than MIN_FUZZY_LENGTH must match exactly. */
const FUSE_THRESHOLD = 0.34;
const MIN_FUZZY_LENGTH = 4;
const CACHE_LIMIT = 10_000;

export interface Candidate {
  readonly entry: QaEntry;
  /** The share of the question this entry explains, IDF-weighted, in [0, 1]. */
  readonly confidence: number;
}

/** One content word of a question and the alias expansions it brings. */
interface QueryTerm {
  readonly typed: string;
  readonly expansions: readonly (readonly string[])[];
}

interface AliasPattern {
  readonly terms: readonly string[];
  readonly adds: readonly (readonly string[])[];
}

/**
 * The word-level index over the Q&A set: each content word of a question is matched on its
 * own (exactly, else fuzzily with fuse.js against the vocabulary), so a long question is never
 * one fuse.js pattern. An entry's confidence is the IDF-weighted share of the question's words
 * that the entry's vocabulary covers.
 */
export class MatchIndex {
  private readonly entryTerms: { entry: QaEntry; terms: Map<string, number> }[];
  private readonly idf = new Map<string, number>();
  private readonly unknownWeight: number;
  private readonly fuse: Fuse<string>;
  private readonly patterns: AliasPattern[];
  private readonly cache = new Map<string, ReadonlyMap<string, number>>();
  private readonly spellings: ReadonlyMap<string, string>;

  constructor(kb: KnowledgeBase) {
    this.spellings = kb.aliases.spellings;
    const terms = (text: string) => contentTerms(text, this.spellings);
    this.entryTerms = kb.entries.map((entry) => {
      const weights = new Map<string, number>();
      const add = (list: readonly string[], weight: number) => {
        for (const t of list) weights.set(t, Math.max(weights.get(t) ?? 0, weight));
      };
      for (const sid of entry.answer) add(terms(kb.sentences.get(sid)?.text ?? ''), FIELD_WEIGHT.answer);
      for (const alt of entry.alternates) add(terms(alt), FIELD_WEIGHT.alternates);
      add(terms(entry.question), FIELD_WEIGHT.question);
      add(entry.keywords.flatMap(terms), FIELD_WEIGHT.keywords);
      return { entry, terms: weights };
    });
    const df = new Map<string, number>();
    for (const { terms: t } of this.entryTerms) for (const term of t.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    const n = this.entryTerms.length;
    for (const [term, count] of df) this.idf.set(term, Math.log(1 + n / count));
    this.unknownWeight = Math.log(1 + n);
    this.fuse = new Fuse([...df.keys()], {
      includeScore: true,
      ignoreLocation: true,
      threshold: FUSE_THRESHOLD,
      isCaseSensitive: true,
      shouldSort: true,
    });
    this.patterns = kb.aliases.expansions.flatMap((rule) =>
      rule.terms.map((t) => ({ terms: terms(t), adds: rule.adds.map(terms).filter((a) => a.length > 0) })),
    ).filter((p) => p.terms.length > 0);
  }

  /** Every entry that shares at least one word with the question, best first. */
  candidates(question: string): Candidate[] {
    const query = this.queryTerms(question);
    if (query.length === 0) return [];
    const scores = new Float64Array(this.entryTerms.length);
    let total = 0;
    for (const term of query) {
      const typed = this.similar(term.typed);
      const expanded = term.expansions.map((phrase) => phrase.map((t) => this.similar(t)));
      const weight = this.weightOf(typed) ?? maxOf(expanded.flat().map((m) => this.weightOf(m))) ?? this.unknownWeight;
      total += weight;
      for (const [i, { terms }] of this.entryTerms.entries()) {
        let best = bestIn(typed, terms);
        for (const phrase of expanded) {
          const sum = phrase.reduce((acc, m) => acc + bestIn(m, terms), 0);
          best = Math.max(best, (EXPANSION_FACTOR * sum) / phrase.length);
        }
        scores[i] = (scores[i] ?? 0) + weight * best;
      }
    }
    const out: Candidate[] = [];
    for (const [i, { entry }] of this.entryTerms.entries()) {
      const confidence = (scores[i] ?? 0) / total;
      if (confidence > 0) out.push({ entry, confidence: Math.min(1, confidence) });
    }
    return out.sort((a, b) => b.confidence - a.confidence);
  }

  private queryTerms(question: string): QueryTerm[] {
    const stems = words(question, this.spellings).filter((w) => !isStopWord(w)).map(stem);
    const expansions = stems.map(() => [] as (readonly string[])[]);
    for (const p of this.patterns) {
      for (let i = 0; i + p.terms.length <= stems.length; i++) {
        if (p.terms.every((t, k) => stems[i + k] === t)) {
          for (let k = 0; k < p.terms.length; k++) expansions[i + k]?.push(...p.adds);
        }
      }
    }
    const seen = new Set<string>();
    const out: QueryTerm[] = [];
    for (const [i, typed] of stems.entries()) {
      if (seen.has(typed)) continue;
      seen.add(typed);
      out.push({ typed, expansions: expansions[i] ?? [] });
    }
    return out;
  }

  /** Vocabulary words similar to `term`, with their similarity in [MIN_WORD_SIMILARITY, 1]. */
  private similar(term: string): ReadonlyMap<string, number> {
    const cached = this.cache.get(term);
    if (cached) return cached;
    const found = new Map<string, number>();
    if (this.idf.has(term)) found.set(term, 1);
    else if (term.length >= MIN_FUZZY_LENGTH && /^[a-z]+$/.test(term)) {
      for (const r of this.fuse.search(term)) {
        const short = Math.min(term.length, r.item.length);
        const long = Math.max(term.length, r.item.length);
        const sim = (1 - (r.score ?? 1)) * Math.sqrt(short / long);
        if (sim >= MIN_WORD_SIMILARITY) found.set(r.item, sim);
      }
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(term, found);
    return found;
  }

  /** The IDF of the closest vocabulary word, or undefined when nothing matched. */
  private weightOf(matches: ReadonlyMap<string, number>): number | undefined {
    let bestSim = 0;
    let weight: number | undefined;
    for (const [term, sim] of matches) {
      if (sim > bestSim) {
        bestSim = sim;
        weight = this.idf.get(term);
      }
    }
    return weight;
  }
}

function bestIn(matches: ReadonlyMap<string, number>, terms: ReadonlyMap<string, number>): number {
  let best = 0;
  for (const [term, sim] of matches) {
    const w = terms.get(term);
    if (w !== undefined) best = Math.max(best, sim * w);
  }
  return best;
}

function maxOf(values: readonly (number | undefined)[]): number | undefined {
  let best: number | undefined;
  for (const v of values) if (v !== undefined && (best === undefined || v > best)) best = v;
  return best;
}
