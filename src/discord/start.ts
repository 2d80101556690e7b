import { Events, type Client } from 'discord.js';
import type { DiscordConfig, RateLimits } from '../config.js';
import type { TalksBot } from '../core/bot.js';
import { QuestionStats } from '../core/stats.js';
import type { FeedbackStore } from '../feedback/store.js';
import type { Logger } from '../log.js';
import { createClient } from './client.js';
import type { DiscordContext } from './context.js';
import { routeInteraction } from './interactions.js';
import { handleMessage } from './messages.js';
import { RateLimiter } from './rate-limit.js';

export interface DiscordDeps {
  readonly config: DiscordConfig;
  readonly feedback: FeedbackStore | null;
  readonly knowledgeDir: string;
  readonly rateLimits: RateLimits;
  readonly logger: Logger;
  readonly bot: TalksBot;
}

/** Wires the handlers to a client. One bad event is logged, never fatal. */
export function attachHandlers(client: Client, ctx: DiscordContext): void {
  client.on(Events.MessageCreate, (message) => {
    handleMessage(message, ctx).catch((err: unknown) =>
      ctx.logger.error('reply failed', { channel: message.channelId, message: message.id, error: err }),
    );
  });
  client.on(Events.InteractionCreate, (interaction) => void routeInteraction(interaction, ctx));
  client.on(Events.Error, (err) => ctx.logger.error('client error', { error: err }));
  client.on(Events.Warn, (warning) => ctx.logger.warn('client warning', { warning }));
  client.on(Events.ShardResume, (shard, replayed) => ctx.logger.info('gateway resumed', { shard, replayed }));
  client.on(Events.ShardDisconnect, (event, shard) => ctx.logger.warn('gateway disconnected', { shard, code: event.code }));
}

/** Logs in, answers until SIGINT or SIGTERM, then closes the gateway and exits 0. */
export async function startDiscord(deps: DiscordDeps): Promise<Client> {
  const { config, logger, bot } = deps;
  const client = createClient(config);
  const ctx: DiscordContext = {
    bot,
    logger,
    limiter: new RateLimiter(deps.rateLimits),
    stats: new QuestionStats(),
    askChannelIds: new Set(config.askChannelIds),
    feedback: deps.feedback,
    knowledgeDir: deps.knowledgeDir,
    ...(config.reviewChannelId ? { reviewChannelId: config.reviewChannelId } : {}),
  };
  attachHandlers(client, ctx);
  client.once(Events.ClientReady, (ready) => {
    logger.info('connected to Discord', { user: ready.user.tag, guilds: ready.guilds.cache.size, askChannels: config.askChannelIds.length });
  });
  // One bad event (a malformed payload discord.js cannot build, say) is logged, never fatal.
  process.on('unhandledRejection', (err) => logger.error('unhandled rejection', { error: err }));
  process.on('uncaughtException', (err) => logger.error('uncaught exception', { error: err }));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    void client.destroy().finally(() => {
      deps.feedback?.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await client.login(config.token);
  } catch (err) {
    logger.error('could not log in to Discord', { error: err });
    process.exit(1);
  }
  return client;
}
