import { MessageFlags, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Reply } from '../../core/reply.js';
import type { DiscordContext } from '../context.js';
import { toMessage } from '../render.js';
import type { Command } from './types.js';

/** A command without options whose reply depends only on the knowledge. */
function fixedReplyCommand(
  data: RESTPostAPIChatInputApplicationCommandsJSONBody,
  reply: (ctx: DiscordContext) => Reply,
  ephemeral = false,
): Command {
  return {
    data,
    async execute(interaction, ctx) {
      await interaction.reply({ ...toMessage(reply(ctx)), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
    },
  };
}

export const agenda = fixedReplyCommand(
  {
    name: 'agenda',
    description: 'What Japan and China are each expected to raise, and what the talks focus on',
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  (ctx) => ctx.bot.overview('agenda'),
);

export const history = fixedReplyCommand(
  {
    name: 'history',
    description: 'The earlier rounds of Japan–China security talks and how these came about',
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  (ctx) => ctx.bot.overview('history'),
);

/** What the bot answers and how to ask; only the user who asked sees it. */
export const help = fixedReplyCommand(
  {
    name: 'help',
    description: 'What this bot answers and how to ask',
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  (ctx) => ctx.bot.help(),
  true,
);
