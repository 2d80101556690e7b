import { MessageFlags, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { toMessage } from '../render.js';
import type { Command } from './types.js';

export const help: Command = {
  data: {
    name: 'help',
    description: 'What this bot answers and how to ask',
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  async execute(interaction, ctx) {
    await interaction.reply({ ...toMessage(ctx.bot.help()), flags: MessageFlags.Ephemeral });
  },
};
