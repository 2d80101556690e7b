import type { RateLimits } from '../config.js';

/** Past this many tracked users or channels, expired ones are dropped. */
const SWEEP_AT = 10_000;

export type RateVerdict = 'ok' | 'limited' | 'limited-notified';

/**
 * Per-user and per-channel sliding windows. A user over the limit gets one notice per window
 * ("limited"), then silence ("limited-notified") until the window frees up.
 */
export class RateLimiter {
  private readonly users = new Map<string, number[]>();
  private readonly channels = new Map<string, number[]>();
  private readonly notified = new Map<string, number>();

  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number = Date.now,
  ) {}

  check(userId: string, channelId: string): RateVerdict {
    const t = this.now();
    const user = this.recent(this.users, userId, t - this.limits.userWindowMs);
    const channel = this.recent(this.channels, channelId, t - this.limits.channelWindowMs);
    if (user.length >= this.limits.userMax || channel.length >= this.limits.channelMax) {
      const until = this.notified.get(userId);
      if (until !== undefined && until > t) return 'limited-notified';
      this.notified.set(userId, t + Math.max(this.limits.userWindowMs, this.limits.channelWindowMs));
      return 'limited';
    }
    user.push(t);
    channel.push(t);
    return 'ok';
  }

  private recent(map: Map<string, number[]>, key: string, since: number): number[] {
    if (map.size > SWEEP_AT) {
      for (const [k, times] of map) if ((times.at(-1) ?? 0) <= since) map.delete(k);
    }
    const list = (map.get(key) ?? []).filter((t) => t > since);
    map.set(key, list);
    return list;
  }
}

export const RATE_LIMIT_NOTICE =
  "You're asking faster than I answer here: please wait a little and ask again. (I won't repeat this notice.)";
