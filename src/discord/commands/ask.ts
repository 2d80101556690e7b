import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { MAX_QUESTION_CHARS } from '../../core/bot.js';
import { LIMITS } from '../limits.js';
import { answerChosen, answerQuestion } from '../answer.js';
import { clip, toMessage } from '../render.js';
import type { Command } from './types.js';

/** Autocomplete values name an entry exactly: choosing one answers that entry. */
export const ENTRY_VALUE_PREFIX = 'entry:';

const data = {
  name: 'ask',
  description: 'Ask about the planned Japan–China security talks; the answer quotes the Kyodo report',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question, e.g. "when are the talks?" or "diaoyu?"',
      required: true,
      autocomplete: true,
      max_length: 300,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const ask: Command = {
  data,
  async execute(interaction, ctx) {
    const value = interaction.options.getString('question', true);
    const entry = value.startsWith(ENTRY_VALUE_PREFIX) ? ctx.bot.answerEntry(value.slice(ENTRY_VALUE_PREFIX.length)) : undefined;
    const { reply, components } = entry
      ? answerChosen(ctx, entry, entry.title, interaction.user.id)
      : answerQuestion(ctx, value.slice(0, MAX_QUESTION_CHARS), interaction.user.id, interaction.client);
    await interaction.reply(toMessage(reply, components));
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    const choices = ctx.bot.suggest(typed, LIMITS.choices).map((e) => ({
      name: clip(e.question, LIMITS.choiceName),
      value: `${ENTRY_VALUE_PREFIX}${e.id}`.slice(0, LIMITS.choiceValue),
    }));
    await interaction.respond(choices);
  },
};
