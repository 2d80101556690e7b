import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { toMessage } from '../render.js';
import type { Command } from './types.js';

export const agenda: Command = {
  data: {
    name: 'agenda',
    description: 'What Japan and China are each expected to raise, and what the talks focus on',
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  async execute(interaction, ctx) {
    await interaction.reply(toMessage(ctx.bot.overview('agenda')));
  },
};

export const history: Command = {
  data: {
    name: 'history',
    description: 'The earlier rounds of Japan–China security talks and how these came about',
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  async execute(interaction, ctx) {
    await interaction.reply(toMessage(ctx.bot.overview('history')));
  },
};
