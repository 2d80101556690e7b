import { decide, type Decision } from './decide.js';
import type { KnowledgeBase, OverviewName, QaEntry } from './knowledge/types.js';
import { MatchIndex, type Match } from './matching/index.js';
import { words } from './matching/normalize.js';
import { answerReply, composeReply, helpReply, overviewReply, sourceReply, type Reply } from './reply.js';

/** The longest question the matcher reads; the rest of a longer message is ignored. */
export const MAX_QUESTION_CHARS = 1000;

export interface Answered {
  readonly decision: Decision;
  readonly reply: Reply;
}

/**
 * The whole question pipeline, shared by the Discord and terminal front ends:
 * question → normalize → match → decide → compose a cited reply.
 */
export class TalksBot {
  private index: MatchIndex;
  private byId: Map<string, QaEntry>;

  constructor(private kb: KnowledgeBase) {
    this.index = new MatchIndex(kb);
    this.byId = new Map(kb.entries.map((e) => [e.id, e]));
  }

  get knowledge(): KnowledgeBase {
    return this.kb;
  }

  /** Swaps in new, already validated knowledge; the next question uses it. */
  replaceKnowledge(kb: KnowledgeBase): void {
    const index = new MatchIndex(kb);
    this.kb = kb;
    this.index = index;
    this.byId = new Map(kb.entries.map((e) => [e.id, e]));
  }

  match(question: string): Match {
    return this.index.match(question.slice(0, MAX_QUESTION_CHARS));
  }

  ask(question: string): Answered {
    const decision = decide(this.match(question));
    return { decision, reply: composeReply(this.kb, decision) };
  }

  entry(id: string): QaEntry | undefined {
    return this.byId.get(id);
  }

  /** The answer to one entry exactly, as chosen from autocomplete or a "did you mean" list. */
  answerEntry(id: string): Reply | undefined {
    const entry = this.byId.get(id);
    return entry && answerReply(this.kb, entry, 1);
  }

  overview(name: OverviewName): Reply {
    return overviewReply(this.kb, name);
  }

  source(id: string): Reply {
    return sourceReply(this.kb, id);
  }

  help(): Reply {
    return helpReply();
  }

  /**
   * Questions to offer while the user types, in tiers: pinned entries for an empty input,
   * then canonical questions that start with the input, then those containing it,
   * then the matcher's candidates.
   */
  suggest(input: string, limit: number): QaEntry[] {
    const typed = words(input, this.kb.aliases.spellings).join(' ');
    if (typed === '') {
      const pinned = this.kb.entries.filter((e) => e.pinned);
      return [...pinned, ...this.kb.entries.filter((e) => !e.pinned)].slice(0, limit);
    }
    const out = new Set<QaEntry>();
    const folded = (e: QaEntry) => words(e.question, this.kb.aliases.spellings).join(' ');
    for (const e of this.kb.entries) if (folded(e).startsWith(typed)) out.add(e);
    for (const e of this.kb.entries) if (folded(e).includes(typed)) out.add(e);
    for (const c of this.match(input).candidates) out.add(c.entry);
    return [...out].slice(0, limit);
  }
}
