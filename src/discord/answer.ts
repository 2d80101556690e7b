import type { Reply } from '../core/reply.js';
import type { DiscordContext } from './context.js';

/** Runs a question through the core and logs the outcome (never the question text at info level). */
export function answerQuestion(ctx: DiscordContext, question: string): Reply {
  const { decision, reply } = ctx.bot.ask(question);
  ctx.stats.count(reply.kind);
  ctx.logger.info('question', {
    outcome: decision.kind,
    entry: reply.entryId,
    confidence: Math.round(decision.confidence * 100) / 100,
    ...ctx.stats.snapshot(),
  });
  ctx.logger.debug('question text', { question });
  return reply;
}
