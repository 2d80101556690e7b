import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

const ID = '123456789012345678';

describe('parseConfig', () => {
  it('runs in the terminal without a token', () => {
    const config = parseConfig({});
    expect(config.discord).toBeNull();
    expect(config.logLevel).toBe('info');
    expect(config.rateLimits).toEqual({ userMax: 5, userWindowMs: 30_000, channelMax: 20, channelWindowMs: 60_000 });
  });

  it('reads every Discord variable', () => {
    const config = parseConfig({
      DISCORD_TOKEN: 'abc.def.ghi',
      DISCORD_CLIENT_ID: ID,
      DISCORD_GUILD_ID: ID,
      ASK_CHANNEL_IDS: ` ${ID}, 223456789012345678 `,
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
      LOG_LEVEL: 'DEBUG',
    });
    expect(config.discord).toEqual({
      token: 'abc.def.ghi',
      clientId: ID,
      guildId: ID,
      askChannelIds: [ID, '223456789012345678'],
      apiUrl: 'http://127.0.0.1:9999/api',
      reviewChannelId: undefined,
    });
    expect(config.logLevel).toBe('debug');
  });

  it.each([
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DISCORD_TOKEN: 'Bot abc.def.ghi' }, 'DISCORD_TOKEN'],
    [{ DISCORD_TOKEN: 'abc.def.ghi', DISCORD_GUILD_ID: 'my-server' }, 'DISCORD_GUILD_ID'],
    [{ DISCORD_TOKEN: 'abc.def.ghi', DISCORD_CLIENT_ID: '12' }, 'DISCORD_CLIENT_ID'],
    [{ ASK_CHANNEL_IDS: `${ID},general` }, 'ASK_CHANNEL_IDS'],
    [{ DISCORD_API_URL: 'ftp://example' }, 'DISCORD_API_URL'],
    [{ DISCORD_API_URL: 'not a url' }, 'DISCORD_API_URL'],
    [{ USER_RATE_LIMIT: '0' }, 'USER_RATE_LIMIT'],
    [{ KNOWLEDGE_WATCH: 'maybe' }, 'KNOWLEDGE_WATCH'],
  ])('rejects %j, naming %s', (env, variable) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(new RegExp(`^${variable} `));
  });

  it('never puts the token in an error message', () => {
    expect(() => parseConfig({ DISCORD_TOKEN: 'secret token with spaces' })).toThrow(/^DISCORD_TOKEN is malformed/);
    try {
      parseConfig({ DISCORD_TOKEN: 'secret token with spaces' });
    } catch (err) {
      expect((err as Error).message).not.toContain('secret');
    }
  });
});
