import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { LIMITS } from '../limits.js';
import { clip, toMessage } from '../render.js';
import type { Command } from './types.js';

export const source: Command = {
  data: {
    name: 'source',
    description: 'Show a cited sentence of the Kyodo report within its paragraph',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'id',
        description: 'A citation id, such as S5',
        required: true,
        autocomplete: true,
        max_length: 10,
      },
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  async execute(interaction, ctx) {
    await interaction.reply(toMessage(ctx.bot.source(interaction.options.getString('id', true))));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused().trim().toLowerCase();
    const sentences = [...ctx.bot.knowledge.sentences.values()];
    const matching = sentences.filter(
      (s) => typed === '' || s.id.toLowerCase().startsWith(typed) || s.text.toLowerCase().includes(typed),
    );
    await interaction.respond(
      matching.slice(0, LIMITS.choices).map((s) => ({ name: clip(`${s.id} — ${s.text}`, LIMITS.choiceName), value: s.id })),
    );
  },
};
