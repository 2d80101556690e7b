import { ConfigError, loadConfig, type Config } from './config.js';
import { TalksBot } from './core/bot.js';
import { KnowledgeError } from './core/knowledge/validate.js';
import { loadKnowledge } from './core/knowledge/load.js';
import { createLogger, type Logger } from './log.js';

export interface Core {
  readonly config: Config;
  readonly logger: Logger;
  readonly bot: TalksBot;
}

/**
 * Config → logger → knowledge → bot. A bad variable or a broken knowledge file stops the
 * process here with a message that names it.
 */
export function startCore(): Core {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(`Configuration error: ${err.message}. See .env.example.`);
    throw err;
  }
  const logger = createLogger({ level: config.logLevel, secrets: config.discord ? [config.discord.token] : [] });
  try {
    return { config, logger, bot: new TalksBot(loadKnowledge(config.knowledgeDir)) };
  } catch (err) {
    if (err instanceof KnowledgeError) fail(`${err.message}\n(in ${config.knowledgeDir})`);
    throw err;
  }
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
