import { startCore } from './startup.js';
import { runChat } from './terminal/chat.js';

const { config, logger, bot } = startCore();

if (config.discord) {
  const { startDiscord } = await import('./discord/start.js');
  await startDiscord({ config: config.discord, rateLimits: config.rateLimits, logger, bot });
} else {
  await runChat(bot, process.stdin, process.stdout);
}
