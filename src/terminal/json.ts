import type { Reply } from '../core/reply.js';
import { renderText } from './render.js';

/** The --json contract: one object per question. */
export interface JsonResult {
  readonly question: string;
  /** False for an abstain and for "did you mean". */
  readonly answered: boolean;
  readonly entry: string | null;
  readonly confidence: number;
  /** Exactly the sentences the reply quotes. */
  readonly citations: readonly { readonly id: string; readonly text: string }[];
  readonly reply: string;
}

export function toJsonResult(question: string, reply: Reply): JsonResult {
  return {
    question,
    answered: reply.kind === 'answer' || reply.kind === 'overview' || reply.kind === 'source',
    entry: reply.entryId,
    confidence: Math.round(reply.confidence * 1000) / 1000,
    citations: reply.citations.map((c) => ({ id: c.id, text: c.text })),
    reply: renderText(reply),
  };
}
