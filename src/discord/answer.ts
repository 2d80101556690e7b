import type { Client } from 'discord.js';
import type { Reply } from '../core/reply.js';
import { postForReview } from './review.js';
import { componentsFor, safely, type Row } from './components.js';
import type { DiscordContext } from './context.js';

export interface Answer {
  readonly reply: Reply;
  readonly components: Row[];
}

/** Stores an asked question (no user name) and returns its id, or null without storage. */
export function recordQuestion(ctx: DiscordContext, question: string, reply: Reply): number | null {
  if (!ctx.feedback || (reply.kind !== 'answer' && reply.kind !== 'suggest' && reply.kind !== 'abstain')) return null;
  const kind = reply.kind;
  return safely(ctx, () => ctx.feedback?.recordQuestion(question, kind, reply.entryId, reply.confidence)) ?? null;
}

/**
 * Runs a question through the core, records it, sends an unanswered one to the review channel, and
 * logs the outcome (never the question text at info level).
 */
export function answerQuestion(ctx: DiscordContext, question: string, askerId: string, client?: Client): Answer {
  const { decision, reply } = ctx.bot.ask(question);
  ctx.stats.count(reply.kind);
  const questionId = recordQuestion(ctx, question, reply);
  if (client && questionId !== null && reply.kind !== 'answer') {
    postForReview(client, ctx, questionId, question).catch((err: unknown) => ctx.logger.error('review post failed', { error: err }));
  }
  ctx.logger.info('question', {
    outcome: decision.kind,
    entry: reply.entryId,
    confidence: Math.round(decision.confidence * 100) / 100,
    ...ctx.stats.snapshot(),
  });
  ctx.logger.debug('question text', { question });
  return { reply, components: componentsFor(reply, questionId, askerId) };
}
