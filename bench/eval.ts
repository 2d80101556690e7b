import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One labelled question: `ids` lists the citation ids any of which answers it; empty for an off-topic question. */
export interface EvalQuestion {
  readonly q: string;
  readonly ids: readonly string[];
  readonly offTopic?: 'near' | 'chat';
}

export type EvalSplit = 'dev' | 'holdout';

/** The folder of the evaluation files: see tests/eval/README.md for how each was written and used. */
const EVAL_DIR = fileURLToPath(new URL('../tests/eval/', import.meta.url));
/** A dev part: `dev.json`, then `dev-2.json`, `dev-3.json`, … in the order they were written. */
const DEV_FILE = /^dev(?:-(\d+))?\.json$/;

/** The files of each part: every dev part in the folder, in the order written; the one held-aside part. */
function filesOf(split: EvalSplit): string[] {
  if (split === 'holdout') return ['holdout.json'];
  const numbered = readdirSync(EVAL_DIR).flatMap((file) => {
    const m = DEV_FILE.exec(file);
    return m ? [{ file, n: Number(m[1] ?? 1) }] : [];
  });
  return numbered.sort((a, b) => a.n - b.n).map(({ file }) => file);
}

export function loadEvalSet(split: EvalSplit): EvalQuestion[] {
  return filesOf(split).flatMap((file) => JSON.parse(readFileSync(join(EVAL_DIR, file), 'utf8')) as EvalQuestion[]);
}

/** What a system did with one question. */
export interface Outcome {
  readonly kind: 'answer' | 'suggest' | 'abstain';
  readonly citations: readonly string[];
  /** The Q&A entry answered, where the system has entries. */
  readonly entry?: string | null;
  /** For "did you mean": the entries offered. */
  readonly offered?: readonly string[];
}

/** A question-answering system under evaluation. */
export interface System {
  readonly name: string;
  ask(question: string): Outcome;
}

/** An answer is right when it cites a labelled sentence and at most three sentences. */
export const MAX_CITATIONS_PLAIN = 3;

export interface Miss {
  readonly q: string;
  readonly expected: readonly string[];
  readonly got: Outcome;
}

export interface Scores {
  readonly inScope: number;
  readonly offTopic: number;
  /** Share of in-scope questions answered right at top 1. */
  readonly top1: number;
  /** Share of off-topic questions the system abstained on. */
  readonly abstained: number;
  readonly suggestedInScope: number;
  readonly suggestedOffTopic: number;
  readonly meanCitations: number;
  readonly misses: readonly Miss[];
}

export function isRight(question: EvalQuestion, outcome: Outcome): boolean {
  return (
    outcome.kind === 'answer' &&
    outcome.citations.length > 0 &&
    outcome.citations.length <= MAX_CITATIONS_PLAIN &&
    outcome.citations.some((id) => question.ids.includes(id))
  );
}

/** Runs every question through the system and scores it. */
export function score(system: System, set: readonly EvalQuestion[]): Scores {
  const misses: Miss[] = [];
  let right = 0;
  let abstained = 0;
  let suggestedIn = 0;
  let suggestedOff = 0;
  let answers = 0;
  let citations = 0;
  const inScope = set.filter((q) => q.ids.length > 0);
  const offTopic = set.filter((q) => q.ids.length === 0);
  for (const question of set) {
    const got = system.ask(question.q);
    if (got.kind === 'answer') {
      answers++;
      citations += got.citations.length;
    }
    if (question.ids.length > 0) {
      if (isRight(question, got)) right++;
      else misses.push({ q: question.q, expected: question.ids, got });
      if (got.kind === 'suggest') suggestedIn++;
    } else {
      if (got.kind === 'abstain') abstained++;
      else misses.push({ q: question.q, expected: [], got });
      if (got.kind === 'suggest') suggestedOff++;
    }
  }
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  return {
    inScope: inScope.length,
    offTopic: offTopic.length,
    top1: share(right, inScope.length),
    abstained: share(abstained, offTopic.length),
    suggestedInScope: share(suggestedIn, inScope.length),
    suggestedOffTopic: share(suggestedOff, offTopic.length),
    meanCitations: share(citations, answers),
    misses,
  };
}
