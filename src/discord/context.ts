import type { TalksBot } from '../core/bot.js';
import type { Logger } from '../log.js';
import type { RateLimiter } from './rate-limit.js';
import type { QuestionStats } from '../core/stats.js';
import type { FeedbackStore } from '../feedback/store.js';

/** What every Discord handler needs, passed in (no globals). */
export interface DiscordContext {
  readonly bot: TalksBot;
  readonly logger: Logger;
  readonly limiter: RateLimiter;
  readonly stats: QuestionStats;
  readonly askChannelIds: ReadonlySet<string>;
  /** Null when feedback storage is unavailable: the bot answers without it. */
  readonly feedback: FeedbackStore | null;
  /** Where unanswered questions go for moderators, if set. */
  readonly reviewChannelId?: string;
  /** The knowledge directory, which moderators' review buttons write to. */
  readonly knowledgeDir: string;
}
