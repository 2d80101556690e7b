import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/discord/rate-limit.js';

const limits = { userMax: 5, userWindowMs: 30_000, channelMax: 20, channelWindowMs: 60_000 };

describe('RateLimiter', () => {
  it('lets 5 questions per user through in 30 s, notifies once, then stays quiet until the window frees', () => {
    let now = 0;
    const limiter = new RateLimiter(limits, () => now);
    const verdicts = Array.from({ length: 8 }, () => limiter.check('u', 'c'));
    expect(verdicts).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'limited', 'limited-notified', 'limited-notified']);
    now = 30_001;
    expect(limiter.check('u', 'c')).toBe('ok');
  });

  it('caps a channel at 20 questions a minute across users', () => {
    const limiter = new RateLimiter(limits, () => 0);
    for (let i = 0; i < 20; i++) expect(limiter.check(`user${i}`, 'c')).toBe('ok');
    expect(limiter.check('late', 'c')).toBe('limited');
    expect(limiter.check('late', 'other-channel')).toBe('ok');
  });
});
