import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/discord/messages.js';
import { fakeMessage, testContext, type SentReply } from './fakes.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const QUESTIONS = ['wen r the talks', 'diaoyu?', 'what does China want to know?', 'who won the world cup', 'what about the sea?', 'msdf', '尖閣諸島'];

async function burst(count: number, offset: number, ctx: ReturnType<typeof testContext>): Promise<SentReply[]> {
  const sent: SentReply[] = [];
  await Promise.all(
    Array.from({ length: count }, (_, i) => handleMessage(fakeMessage(String(offset + i), QUESTIONS[i % QUESTIONS.length]!, sent), ctx)),
  );
  return sent;
}

describe('10,000 questions at once through the message handler', () => {
  it('answers every one exactly once, and memory is flat afterwards', async () => {
    const ctx = testContext();
    await burst(10_000, 0, ctx); // warm-up: caches fill, code is compiled
    gc();
    const before = process.memoryUsage().heapUsed;
    const sent = await burst(10_000, 100_000, ctx);
    gc();
    const after = process.memoryUsage().heapUsed;

    expect(sent).toHaveLength(10_000);
    const ids = new Set(sent.map((s) => s.messageId));
    expect(ids.size).toBe(10_000);
    for (let i = 0; i < 10_000; i++) expect(ids.has(String(100_000 + i))).toBe(true);
    expect(ctx.stats.answered + ctx.stats.suggested + ctx.stats.abstained).toBe(20_000);
    expect(after - before).toBeLessThan(8 * 1024 * 1024);
  });
});
