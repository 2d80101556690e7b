import type { Interaction } from 'discord.js';
import { commandsByName } from './commands/index.js';
import { handleButton } from './components.js';
import type { DiscordContext } from './context.js';
import { RATE_LIMIT_NOTICE } from './rate-limit.js';
import { ephemeral } from './render.js';

export const ERROR_MESSAGE = 'Sorry, something went wrong while answering. Please try again in a moment.';
export const UNKNOWN_COMMAND_MESSAGE = "I don't know that command (it may have been removed). Try /help.";

/** The one interaction router, with one error boundary: a failure is logged and answered ephemerally. */
export async function routeInteraction(interaction: Interaction, ctx: DiscordContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      const command = commandsByName.get(interaction.commandName);
      await (command?.autocomplete ? command.autocomplete(interaction, ctx) : interaction.respond([]));
      return;
    }
    if (interaction.isButton()) {
      await handleButton(interaction, ctx);
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    const command = commandsByName.get(interaction.commandName);
    if (!command) {
      ctx.logger.warn('unknown command', { command: interaction.commandName });
      await interaction.reply(ephemeral(UNKNOWN_COMMAND_MESSAGE));
      return;
    }
    const verdict = ctx.limiter.check(interaction.user.id, interaction.channelId);
    if (verdict !== 'ok') {
      ctx.logger.info('rate limited', { user: interaction.user.id, channel: interaction.channelId });
      await interaction.reply(ephemeral(RATE_LIMIT_NOTICE));
      return;
    }
    await command.execute(interaction, ctx);
  } catch (err) {
    ctx.logger.error('interaction failed', {
      type: interaction.type,
      command: 'commandName' in interaction ? interaction.commandName : undefined,
      button: interaction.isButton() ? interaction.customId.split(':')[0] : undefined,
      error: err,
    });
    if (!interaction.isRepliable()) return;
    try {
      if (interaction.replied || interaction.deferred) await interaction.followUp(ephemeral(ERROR_MESSAGE));
      else await interaction.reply(ephemeral(ERROR_MESSAGE));
    } catch (err2) {
      ctx.logger.warn('could not send the error message', { error: err2 });
    }
  }
}
