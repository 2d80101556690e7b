import { config as loadDotenv } from 'dotenv';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOG_LEVELS, type LogLevel } from './log.js';

export interface RateLimits {
  /** Questions one user may ask per window. */
  readonly userMax: number;
  readonly userWindowMs: number;
  /** Questions one channel may carry per window. */
  readonly channelMax: number;
  readonly channelWindowMs: number;
}

export interface DiscordConfig {
  readonly token: string;
  /** The application id; only deploy-commands needs it. */
  readonly clientId: string | undefined;
  readonly guildId: string | undefined;
  readonly askChannelIds: readonly string[];
  /** REST base URL (…/api); undefined means Discord's own. */
  readonly apiUrl: string | undefined;
  /** Unanswered questions are posted here for moderators, when set. */
  readonly reviewChannelId: string | undefined;
}

export interface FeedbackConfig {
  /** The SQLite file for questions, votes and gaps; created on first use. */
  readonly dbPath: string;
  readonly retentionDays: number;
}

export interface Config {
  /** null when no DISCORD_TOKEN is set: the bot runs in the terminal. */
  readonly discord: DiscordConfig | null;
  readonly logLevel: LogLevel;
  readonly knowledgeDir: string;
  readonly knowledgeWatch: boolean;
  readonly rateLimits: RateLimits;
  readonly feedback: FeedbackConfig;
}

/** A missing or malformed environment variable, named. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SNOWFLAKE = /^\d{17,20}$/;

type Env = Readonly<Record<string, string | undefined>>;

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function snowflake(env: Env, name: string): string | undefined {
  const value = optional(env, name);
  if (value !== undefined && !SNOWFLAKE.test(value)) throw new ConfigError(name, `must be a Discord id (17–20 digits), got "${value}"`);
  return value;
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const value = optional(env, name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new ConfigError(name, `must be a whole number of at least 1, got "${value}"`);
  return Number(value);
}

/** Parses and checks the environment once; throws ConfigError naming the variable at fault. */
export function parseConfig(env: Env): Config {
  const logLevel = (optional(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const token = optional(env, 'DISCORD_TOKEN');
  if (token !== undefined && (/\s/.test(token) || token.length < 8)) {
    throw new ConfigError('DISCORD_TOKEN', 'is malformed: it must be the bare bot token, without "Bot " and without spaces');
  }
  const askChannelIds = (optional(env, 'ASK_CHANNEL_IDS') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  for (const id of askChannelIds) {
    if (!SNOWFLAKE.test(id)) throw new ConfigError('ASK_CHANNEL_IDS', `must be comma-separated channel ids, "${id}" is not one`);
  }
  const apiUrl = optional(env, 'DISCORD_API_URL');
  if (apiUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(apiUrl);
    } catch {
      throw new ConfigError('DISCORD_API_URL', `must be an http(s) URL, got "${apiUrl}"`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new ConfigError('DISCORD_API_URL', `must be an http(s) URL, got "${apiUrl}"`);
    }
  }
  const watch = (optional(env, 'KNOWLEDGE_WATCH') ?? '0').toLowerCase();
  if (!['0', '1', 'true', 'false'].includes(watch)) throw new ConfigError('KNOWLEDGE_WATCH', `must be 0 or 1, got "${watch}"`);
  const dir = optional(env, 'KNOWLEDGE_DIR') ?? 'knowledge';
  const dbPath = optional(env, 'FEEDBACK_DB_PATH') ?? join('data', 'feedback.sqlite');
  return {
    discord:
      token === undefined
        ? null
        : {
            token,
            clientId: snowflake(env, 'DISCORD_CLIENT_ID'),
            guildId: snowflake(env, 'DISCORD_GUILD_ID'),
            askChannelIds,
            apiUrl: apiUrl?.replace(/\/+$/, ''),
            reviewChannelId: snowflake(env, 'REVIEW_CHANNEL_ID'),
          },
    logLevel: logLevel as LogLevel,
    knowledgeDir: isAbsolute(dir) ? dir : resolve(PROJECT_ROOT, dir),
    knowledgeWatch: watch === '1' || watch === 'true',
    rateLimits: {
      userMax: positiveInt(env, 'USER_RATE_LIMIT', 5),
      userWindowMs: positiveInt(env, 'USER_RATE_WINDOW_SECONDS', 30) * 1000,
      channelMax: positiveInt(env, 'CHANNEL_RATE_LIMIT', 20),
      channelWindowMs: positiveInt(env, 'CHANNEL_RATE_WINDOW_SECONDS', 60) * 1000,
    },
    feedback: {
      dbPath: isAbsolute(dbPath) ? dbPath : resolve(PROJECT_ROOT, dbPath),
      retentionDays: positiveInt(env, 'FEEDBACK_RETENTION_DAYS', 90),
    },
  };
}

/** Reads `.env` (if any) into the environment, then parses it. The one place that reads process.env. */
export function loadConfig(): Config {
  loadDotenv({ path: resolve(PROJECT_ROOT, '.env'), quiet: true });
  return parseConfig(process.env);
}
