import type { Decision } from './decide.js';
import type { KnowledgeBase, OverviewName, QaEntry } from './knowledge/types.js';

/** A sentence of the article as the reply quotes it: verbatim, with its citation id. */
export interface Citation {
  readonly id: string;
  readonly text: string;
}

/** A part of a reply: an optional heading of the bot's own, then quoted sentences or a line of the bot's own. */
export interface Block {
  readonly heading?: string;
  readonly quotes?: readonly Citation[];
  /** Bot text (never presented as the article's). */
  readonly note?: string;
  /** The citation id to highlight among the quotes. */
  readonly focus?: string;
}

export interface Suggestion {
  readonly entryId: string;
  readonly question: string;
}

export type ReplyKind = 'answer' | 'suggest' | 'abstain' | 'overview' | 'source' | 'help' | 'notice';

/** What the bot says, independent of where it is shown (Discord embed, terminal text, JSON). */
export interface Reply {
  readonly kind: ReplyKind;
  readonly title: string;
  readonly blocks: readonly Block[];
  /** Every sentence the reply quotes, in order. */
  readonly citations: readonly Citation[];
  /** The source line, present whenever the reply quotes the article. */
  readonly source?: string;
  readonly entryId: string | null;
  readonly confidence: number;
  readonly suggestions: readonly Suggestion[];
}

export const COMMANDS_HINT = 'Try /agenda, /history or /help.';

export const ABSTAIN_TEXT =
  "The article doesn't say. I can only answer from the Kyodo report on the planned Japan–China security talks: " +
  'when and where they will be held, who takes part, what each side is expected to raise, the Senkaku (Diaoyu) ' +
  `islands, and the history of the talks. ${COMMANDS_HINT}`;

export const HELP_TEXT = [
  'I answer questions about the planned Japan–China security talks, quoting the Kyodo report sentence by sentence, each with its citation id.',
  'Ask in plain words: "when are the talks?", "diaoyu?", "what does China want to know?".',
  '/ask — ask a question (with suggestions as you type)',
  '/agenda — what each side is expected to raise, and what the talks focus on',
  '/history — the earlier rounds and how these talks came about',
  '/source — one cited sentence in its paragraph, e.g. /source S5',
  '/help — this message',
].join('\n');

function cite(kb: KnowledgeBase, ids: readonly string[]): Citation[] {
  return ids.flatMap((id) => {
    const s = kb.sentences.get(id);
    return s ? [{ id, text: s.text }] : [];
  });
}

function quoting(kb: KnowledgeBase, base: Omit<Reply, 'citations' | 'source' | 'suggestions'>): Reply {
  const citations = base.blocks.flatMap((b) => b.quotes ?? []);
  return { ...base, citations, source: kb.meta.sourceLine, suggestions: [] };
}

/**
 * The answer to one Q&A entry: its sentences, verbatim, with the source line. A close call between
 * two entries (`also`) quotes the second's sentences after them, under its own question.
 */
export function answerReply(kb: KnowledgeBase, entry: QaEntry, confidence: number, also?: QaEntry): Reply {
  const blocks: Block[] = [{ quotes: cite(kb, entry.answer) }];
  if (also) blocks.push({ heading: also.question, quotes: cite(kb, also.answer) });
  return quoting(kb, { kind: 'answer', title: entry.question, blocks, entryId: entry.id, confidence });
}

/** A decision → the reply shown to the user. */
export function composeReply(kb: KnowledgeBase, decision: Decision): Reply {
  switch (decision.kind) {
    case 'answer':
      return answerReply(kb, decision.entry, decision.confidence, decision.also);
    case 'suggest': {
      const suggestions = decision.options.map((o) => ({ entryId: o.entry.id, question: o.entry.question }));
      return {
        kind: 'suggest',
        title: 'Did you mean…',
        blocks: [{ note: "I'm not sure which of these you mean. Pick one, or ask again in other words:" }, ...suggestions.map((s, i) => ({ note: `${i + 1}. ${s.question}` }))],
        citations: [],
        entryId: null,
        confidence: decision.confidence,
        suggestions,
      };
    }
    case 'abstain':
      return notice('abstain', "The article doesn't say", ABSTAIN_TEXT, decision.confidence);
  }
}

/** The /agenda or /history overview: headed sections of cited sentences. */
export function overviewReply(kb: KnowledgeBase, name: OverviewName): Reply {
  const overview = kb.overviews[name];
  return quoting(kb, {
    kind: 'overview',
    title: overview.title,
    blocks: overview.sections.map((s) => ({ heading: s.heading, quotes: cite(kb, s.sentenceIds) })),
    entryId: null,
    confidence: 1,
  });
}

/** A citation id → its paragraph, quoted whole. Ids are matched case-insensitively. */
export function sourceReply(kb: KnowledgeBase, rawId: string): Reply {
  const id = rawId.trim().toUpperCase();
  const sentence = kb.sentences.get(id);
  const paragraph = sentence && kb.paragraphs.find((p) => p.id === sentence.paragraphId);
  if (!sentence || !paragraph) {
    const first = kb.paragraphs[0]?.sentenceIds[0] ?? '';
    const last = kb.paragraphs.at(-1)?.sentenceIds.at(-1) ?? '';
    return notice('notice', 'Unknown citation id', `There is no sentence with that id. Citation ids run from ${first} to ${last}.`, 0);
  }
  const position = kb.paragraphs.indexOf(paragraph) + 1;
  return quoting(kb, {
    kind: 'source',
    title: `${id} in its paragraph`,
    blocks: [{ heading: `Paragraph ${position} of ${kb.paragraphs.length}`, quotes: cite(kb, paragraph.sentenceIds), focus: id }],
    entryId: null,
    confidence: 1,
  });
}

export function helpReply(): Reply {
  return notice('help', 'What I can answer', HELP_TEXT, 1);
}

/** A reply with the bot's own words only: no quotes, no source line. */
export function notice(kind: ReplyKind, title: string, text: string, confidence: number): Reply {
  return { kind, title, blocks: [{ note: text }], citations: [], entryId: null, confidence, suggestions: [] };
}
