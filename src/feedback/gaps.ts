import type { TalksBot } from '../core/bot.js';
import { contentTerms } from '../core/matching/normalize.js';
import type { FeedbackStore } from './store.js';

/** Questions that share at least this share of their content words fall in one group. */
const SIMILARITY = 0.5;

export interface GapGroup {
  readonly count: number;
  readonly questions: readonly string[];
  /** The entry the bot finds closest, to extend with a phrasing, or null when none comes near. */
  readonly nearest: { readonly entry: string; readonly question: string; readonly confidence: number } | null;
}

export interface GapReport {
  readonly groups: readonly GapGroup[];
  readonly downvoted: readonly { entry: string; down: number; up: number; questions: readonly string[] }[];
}

/** Plain code-unit order: the same on every machine, whatever its locale. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Unanswered questions grouped by similarity (largest first) with their nearest entry, and the most 👎 entries. */
export function gapReport(store: FeedbackStore, bot: TalksBot): GapReport {
  const spellings = bot.knowledge.aliases.spellings;
  const groups: { terms: Set<string>; questions: string[] }[] = [];
  for (const { question } of store.unanswered()) {
    const terms = new Set(contentTerms(question, spellings));
    const group = groups.find((g) => jaccard(g.terms, terms) >= SIMILARITY);
    if (group) group.questions.push(question);
    else groups.push({ terms, questions: [question] });
  }
  return {
    groups: groups
      .sort((a, b) => b.questions.length - a.questions.length || byText(a.questions[0] ?? '', b.questions[0] ?? ''))
      .map((g) => {
        // Most asked phrasing first, then alphabetically, so the report reads the same every time.
        const times = new Map<string, number>();
        for (const q of g.questions) times.set(q, (times.get(q) ?? 0) + 1);
        const questions = [...times.keys()].sort((a, b) => (times.get(b) ?? 0) - (times.get(a) ?? 0) || byText(a, b));
        const top = bot.match(questions[0] ?? '').candidates[0];
        return {
          count: g.questions.length,
          questions,
          nearest: top ? { entry: top.entry.id, question: top.entry.question, confidence: Math.round(top.confidence * 100) / 100 } : null,
        };
      }),
    downvoted: store.downvoted().map((d) => ({ ...d, questions: store.downvotedQuestions(d.entry) })),
  };
}

export function formatGapReport(report: GapReport): string {
  const lines = ['Unanswered questions (abstained, or "did you mean" nobody resolved), grouped by similarity:'];
  if (report.groups.length === 0) lines.push('  none');
  for (const g of report.groups) {
    lines.push(`  ${g.count}× ${g.questions.slice(0, 5).map((q) => JSON.stringify(q)).join(', ')}${g.questions.length > 5 ? ', …' : ''}`);
    lines.push(
      g.nearest
        ? `     nearest entry: ${g.nearest.entry} (${g.nearest.confidence}) "${g.nearest.question}" — add a phrasing there, or a new entry`
        : '     nearest entry: none — a new entry, or out of the article’s scope',
    );
  }
  lines.push('', 'Entries with the most 👎:');
  if (report.downvoted.length === 0) lines.push('  none');
  for (const d of report.downvoted) {
    lines.push(`  ${d.entry}: ${d.down} 👎, ${d.up} 👍 — asked as ${d.questions.slice(0, 5).map((q) => JSON.stringify(q)).join(', ')}`);
  }
  return lines.join('\n');
}
