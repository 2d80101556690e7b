import { ChannelType, Client, Events, GatewayDispatchEvents, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
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

/**
 * discord.js builds an uncached DM channel only when MESSAGE_CREATE says `channel_type`; a message
 * without a guild is a DM, so one that lacks the field (older gateways, some proxies) gets it here,
 * before discord.js handles the packet, instead of being dropped.
 */
export function markDirectMessage(packet: { t?: string | null; d?: unknown }): void {
  if (packet.t !== GatewayDispatchEvents.MessageCreate || typeof packet.d !== 'object' || packet.d === null) return;
  const d = packet.d as Record<string, unknown>;
  if (d.guild_id === undefined && d.channel_type === undefined) d.channel_type = ChannelType.DM;
}

export function createClient(config: DiscordConfig, extra?: Partial<ClientOptions>): Client {
  const client = new Client(clientOptions(config, extra));
  client.on(Events.Raw, markDirectMessage);
  return client;
}
