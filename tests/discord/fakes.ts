import type { Message } from 'discord.js';
import type { RateLimits } from '../../src/config.js';
import { TalksBot } from '../../src/core/bot.js';
import { QuestionStats } from '../../src/core/stats.js';
import type { DiscordContext } from '../../src/discord/context.js';
import { RateLimiter } from '../../src/discord/rate-limit.js';
import { createLogger } from '../../src/log.js';
import { realKnowledge } from '../helpers.js';

export const BOT_ID = '111111111111111111';
const UNLIMITED: RateLimits = { userMax: 1e9, userWindowMs: 1000, channelMax: 1e9, channelWindowMs: 1000 };

export function testContext(limits: RateLimits = UNLIMITED, logLines: string[] = []): DiscordContext {
  return {
    bot: new TalksBot(realKnowledge()),
    logger: createLogger({ level: 'debug', json: true, write: (l) => logLines.push(l) }),
    limiter: new RateLimiter(limits),
    stats: new QuestionStats(),
    askChannelIds: new Set(),
    feedback: null,
    knowledgeDir: '',
  };
}

export interface SentReply {
  readonly messageId: string;
  readonly options: any;
}

/** Just enough of a discord.js Message for handleMessage: a DM from a person, recording replies. */
export function fakeMessage(id: string, content: string, sent: SentReply[], authorId = '222222222222222222'): Message {
  return {
    id,
    content,
    channelId: '333333333333333333',
    guildId: null,
    author: { id: authorId, bot: false },
    client: { user: { id: BOT_ID } },
    mentions: { users: new Map() },
    reply: async (options: unknown) => {
      await Promise.resolve();
      sent.push({ messageId: id, options });
      return {};
    },
  } as unknown as Message;
}
