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
  const { reply } = ctx.bot.ask(question);
  countAndLog(ctx, reply);
  ctx.logger.debug('question text', { question });
  const questionId = recordQuestion(ctx, question, reply);
  if (client && questionId !== null && reply.kind !== 'answer') {
    postForReview(client, ctx, questionId, question).catch((err: unknown) => ctx.logger.error('review post failed', { error: err }));
  }
  return { reply, components: componentsFor(reply, questionId, askerId) };
}

/** The answer to an entry the user chose (autocomplete, "did you mean"): counted, recorded as `asked`, with 👍/👎. */
export function answerChosen(ctx: DiscordContext, reply: Reply, asked: string, askerId: string, now = Date.now()): Answer {
  countAndLog(ctx, reply);
  return { reply, components: componentsFor(reply, recordQuestion(ctx, asked, reply), askerId, now) };
}

/** Counts an outcome (answered, did you mean, abstained) and logs it with the running counts, without the question text. */
export function countAndLog(ctx: DiscordContext, reply: Reply): void {
  ctx.stats.count(reply.kind);
  ctx.logger.info('question', {
    outcome: reply.kind,
    entry: reply.entryId,
    confidence: Math.round(reply.confidence * 100) / 100,
    ...ctx.stats.snapshot(),
  });
}
