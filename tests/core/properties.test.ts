import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TalksBot } from '../../src/core/bot.js';
import { LIMITS } from '../../src/discord/limits.js';
import { embedLength, toMessage } from '../../src/discord/render.js';
import { toJsonResult } from '../../src/terminal/json.js';
import { realKnowledge } from '../helpers.js';

const kb = realKnowledge();
const bot = new TalksBot(kb);
const sentences = new Map([...kb.sentences].map(([id, s]) => [id, s.text]));

const pieces = fc.constantFrom(
  'when', 'talks', 'senkaku', 'diaoyu', 'china', 'japan', '@everyone', '@here', '<@&123456789012345678>', '<@1>', '<#2>',
  '**', '`', '```', '\u0000', '\u200b', '\u202e', '🇯🇵', '尖閣', 'https://x.y/z', '\n', '  ', 'U.S.', 'msdf', '?', '||',
);
const question = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(pieces, { maxLength: 40 }).map((p) => p.join(' ')),
  fc.string({ minLength: 3000, maxLength: 6000 }),
);

describe('any string in', () => {
  it('gives a valid decision and a reply that quotes only article sentences, verbatim', () => {
    fc.assert(
      fc.property(question, (q) => {
        const { decision, reply } = bot.ask(q);
        expect(['answer', 'suggest', 'abstain']).toContain(decision.kind);
        expect(reply.confidence).toBeGreaterThanOrEqual(0);
        expect(reply.confidence).toBeLessThanOrEqual(1);
        for (const c of reply.citations) expect(sentences.get(c.id)).toBe(c.text);
        if (decision.kind !== 'answer') expect(reply.citations).toEqual([]);
        expect(reply.citations.length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 400 },
    );
  });

  it('gives a Discord message within every limit, with no mention parsed and no user text echoed', () => {
    fc.assert(
      fc.property(question, (q) => {
        const { reply } = bot.ask(q);
        const message = toMessage(reply);
        expect(message.allowedMentions).toEqual({ parse: [] });
        expect(message.embeds).toHaveLength(1);
        const [embed] = message.embeds;
        expect(embed!.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
        expect(embed!.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
        expect(embedLength(embed!)).toBeLessThanOrEqual(LIMITS.embedTotal);
        const text = JSON.stringify(embed);
        expect(text).not.toContain('@everyone');
        expect(text).not.toContain('<@');
      }),
      { numRuns: 400 },
    );
  });

  it('gives a --json object that keeps its contract', () => {
    fc.assert(
      fc.property(question, (q) => {
        const obj = JSON.parse(JSON.stringify(toJsonResult(q, bot.ask(q).reply)));
        expect(obj.question).toBe(q);
        expect(typeof obj.answered).toBe('boolean');
        for (const c of obj.citations) expect(obj.reply).toContain(c.text);
      }),
      { numRuns: 200 },
    );
  });
});
