import type { Message } from 'discord.js';
import { RATE_LIMIT_NOTICE } from './rate-limit.js';
import { answerQuestion } from './answer.js';
import type { DiscordContext } from './context.js';
import { NO_MENTIONS } from './limits.js';
import { toMessage } from './render.js';

/** The parts of a message that decide whether the bot answers it. */
export interface IncomingMessage {
  readonly authorId: string;
  readonly authorIsBot: boolean;
  readonly channelId: string;
  /** A direct message (no server). */
  readonly isDirect: boolean;
  /** The bot itself is mentioned (a user mention, not @everyone or a role). */
  readonly mentionsBot: boolean;
  readonly content: string;
}

/** `<@id>` or `<@!id>` for the bot, as Discord writes a user mention in message content. */
const botMention = (botId: string) => new RegExp(`<@!?${botId}>`, 'g');

/**
 * Which messages to answer: a DM, any message in an ask channel, or one that mentions the bot;
 * never a bot's (the bot's own included). Returns the question with the bot's mention removed
 * ("" for a bare mention), or null to ignore the message.
 */
export function questionFrom(msg: IncomingMessage, botId: string, askChannelIds: ReadonlySet<string>): string | null {
  if (msg.authorIsBot || msg.authorId === botId) return null;
  if (!msg.isDirect && !msg.mentionsBot && !askChannelIds.has(msg.channelId)) return null;
  return msg.content.replace(botMention(botId), ' ').replace(/\s+/g, ' ').trim();
}

export function toIncoming(message: Message, botId: string): IncomingMessage {
  return {
    authorId: message.author.id,
    authorIsBot: message.author.bot,
    channelId: message.channelId,
    isDirect: message.guildId === null,
    // Discord lists mentions in `mentions`; the content is checked too, for gateways that leave it out.
    mentionsBot: message.mentions.users.has(botId) || botMention(botId).test(message.content),
    content: message.content,
  };
}

/** Answers one message, replying to it. Errors are the caller's to log. */
export async function handleMessage(message: Message, ctx: DiscordContext): Promise<void> {
  const botId = message.client.user.id;
  const question = questionFrom(toIncoming(message, botId), botId, ctx.askChannelIds);
  if (question === null) return;
  const verdict = ctx.limiter.check(message.author.id, message.channelId);
  if (verdict !== 'ok') {
    ctx.logger.info('rate limited', { user: message.author.id, channel: message.channelId, notified: verdict === 'limited' });
    if (verdict === 'limited') await message.reply({ content: RATE_LIMIT_NOTICE, allowedMentions: NO_MENTIONS, failIfNotExists: false });
    return;
  }
  const { reply, components } = question === '' ? { reply: ctx.bot.help(), components: [] } : answerQuestion(ctx, question, message.author.id, message.client);
  // If the question was deleted meanwhile, Discord posts the answer without the reference instead of failing.
  await message.reply({ ...toMessage(reply, components), failIfNotExists: false });
}
