import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { TalksBot } from '../src/core/bot.js';
import type { KnowledgeBase } from '../src/core/knowledge/types.js';
import { isStopWord } from '../src/core/matching/normalize.js';
import type { Outcome, System } from './eval.js';

export type SystemName = 'bot' | 'fuse-whole-question' | 'minisearch-bm25';
export const SYSTEM_NAMES: readonly SystemName[] = ['bot', 'fuse-whole-question', 'minisearch-bm25'];

/** The bot's own pipeline: matcher, decision and composed reply. */
export function botSystem(kb: KnowledgeBase): System {
  const bot = new TalksBot(kb);
  return {
    name: 'bot',
    ask(question) {
      const { decision, reply } = bot.ask(question);
      return {
        kind: decision.kind,
        citations: reply.citations.map((c) => c.id),
        entry: reply.entryId,
        offered: reply.suggestions.map((s) => s.entryId),
      };
    },
  };
}

const sentencesOf = (kb: KnowledgeBase) => [...kb.sentences.values()].map((s) => ({ id: s.id, text: s.text }));

/** Baseline 1: fuse.js over the raw sentences, the whole question as one pattern. */
export function fuseWholeQuestion(kb: KnowledgeBase): System {
  const fuse = new Fuse(sentencesOf(kb), { keys: ['text'], ignoreLocation: true, includeScore: true });
  return {
    name: 'fuse-whole-question',
    ask(question): Outcome {
      const [top] = fuse.search(question, { limit: 1 });
      return top ? { kind: 'answer', citations: [top.item.id] } : { kind: 'abstain', citations: [] };
    },
  };
}

/** Baseline 2: MiniSearch BM25 with fuzzy and prefix matching, stop words removed. */
export function miniSearchBm25(kb: KnowledgeBase): System {
  const mini = new MiniSearch<{ id: string; text: string }>({
    fields: ['text'],
    processTerm: (term) => {
      const t = term.toLowerCase();
      return isStopWord(t) ? null : t;
    },
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  mini.addAll(sentencesOf(kb));
  return {
    name: 'minisearch-bm25',
    ask(question): Outcome {
      const [top] = mini.search(question);
      return top ? { kind: 'answer', citations: [String(top.id)] } : { kind: 'abstain', citations: [] };
    },
  };
}

export const SYSTEMS: Record<SystemName, (kb: KnowledgeBase) => System> = {
  bot: botSystem,
  'fuse-whole-question': fuseWholeQuestion,
  'minisearch-bm25': miniSearchBm25,
};
