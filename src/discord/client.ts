import { Client, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { DiscordConfig } from '../config.js';
import { NO_MENTIONS } from './limits.js';

/** Intents: MessageContent (privileged) only when ask channels are configured; mentions and DMs carry content without it. */
export function intentsFor(config: Pick<DiscordConfig, 'askChannelIds'>): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (config.askChannelIds.length > 0) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

export function clientOptions(config: DiscordConfig, extra: Partial<ClientOptions> = {}): ClientOptions {
  return {
    intents: intentsFor(config),
    // DM channels are not cached before their first message: without this their messages are dropped.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
    ...extra,
  };
}

export function createClient(config: DiscordConfig, extra?: Partial<ClientOptions>): Client {
  return new Client(clientOptions(config, extra));
}
