import { watchKnowledge } from './reload.js';
import { startCore } from './startup.js';
import { runChat } from './terminal/chat.js';
import { endQuietlyWhenOutputCloses } from './terminal/output.js';

const { config, logger, bot } = startCore();
const stopWatching = watchKnowledge(config.knowledgeDir, bot, logger, config.knowledgeWatch);

if (config.discord) {
  const { startDiscord } = await import('./discord/start.js');
  const { openFeedback } = await import('./feedback/store.js');
  const feedback = openFeedback(config.feedback.dbPath, config.feedback.retentionDays, logger);
  await startDiscord({ config: config.discord, rateLimits: config.rateLimits, feedback, knowledgeDir: config.knowledgeDir, logger, bot });
} else {
  endQuietlyWhenOutputCloses();
  await runChat(bot, process.stdin, process.stdout);
  stopWatching();
}
