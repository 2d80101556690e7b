import { describe, expect, it } from 'vitest';
import { TalksBot } from '../../src/core/bot.js';
import { notice, type Reply } from '../../src/core/reply.js';
import { LIMITS } from '../../src/discord/limits.js';
import { embedLength, ephemeral, toEmbed, toMessage } from '../../src/discord/render.js';
import { realKnowledge } from '../helpers.js';

const bot = new TalksBot(realKnowledge());

function expectWithinLimits(reply: Reply) {
  const payload = toMessage(reply);
  expect(payload.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  const [embed] = payload.embeds;
  expect(embed?.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect(embed?.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect(embed?.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFooter);
  expect(embedLength(embed!)).toBeLessThanOrEqual(LIMITS.embedTotal);
  expect(payload.allowedMentions).toEqual({ parse: [] });
  return embed!;
}

describe('toMessage', () => {
  it('puts the question answered in the title, each sentence verbatim with its id, and the source in the footer', () => {
    const embed = expectWithinLimits(bot.ask('who claims the islands?').reply);
    expect(embed.title).toBe('Who claims the islands, and what does China call them?');
    expect(embed.description).toBe('> The uninhabited islets are claimed by Taiwan and by China, which calls them Diaoyu. `S14`');
    expect(embed.footer?.text).toBe('Source: Kyodo, citing diplomatic sources');
  });

  it('shows a close call between two entries as the first answer, then the second under its question in bold', () => {
    const embed = expectWithinLimits(bot.ask('what does tokyo want from these talks').reply);
    expect(embed.title).toBe('What will Japan ask China?');
    const parts = embed.description?.split('\n\n') ?? [];
    expect(parts.map((l) => l.match(/`(S\d+)`$/)?.[1] ?? l)).toEqual(['S3', 'S10', '**What does Japan hope the talks will achieve?**', 'S6']);
  });

  it('quotes every sentence of the article verbatim (no markdown escaping needed)', () => {
    for (const s of realKnowledge().sentences.values()) {
      expect(toEmbed(bot.source(s.id)).description).toContain(s.text);
    }
  });

  it('an abstain points to /agenda, /history and /help and quotes nothing', () => {
    const embed = expectWithinLimits(bot.ask('what is the weather in Sapporo?').reply);
    expect(embed.title).toBe("The article doesn't say");
    expect(embed.description).toMatch(/\/agenda, \/history or \/help/);
    expect(embed.footer).toBeUndefined();
  });

  it('stays within every limit for the overviews', () => {
    expectWithinLimits(bot.overview('agenda'));
    expectWithinLimits(bot.overview('history'));
  });

  it('drops whole quotes, never cuts one, when a reply would pass 4096 characters', () => {
    const long = 'x'.repeat(900);
    const reply: Reply = {
      ...bot.overview('agenda'),
      title: 't'.repeat(400),
      blocks: [{ heading: 'Many', quotes: Array.from({ length: 8 }, (_, i) => ({ id: `S${i + 1}`, text: `${i}${long}` })) }],
    };
    const embed = expectWithinLimits(reply);
    expect(embed.title).toHaveLength(LIMITS.embedTitle);
    const kept = embed.description!.split('\n\n').filter((l) => l.startsWith('> '));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(8);
    for (const line of kept) expect(line).toMatch(/^> \dx{900} `S\d`$/);
    expect(embed.description).toMatch(/left out here to stay within Discord’s limits/);
  });

  it('clips an over-long notice and escapes markdown in bot text', () => {
    const embed = expectWithinLimits(notice('notice', 'Note', `**bold** ${'y'.repeat(5000)}`, 0));
    expect(embed.description?.startsWith('\\*\\*bold\\*\\*')).toBe(true);
  });
});

describe('ephemeral', () => {
  it('is flagged ephemeral, clipped to 2000 characters, and parses no mentions', () => {
    const msg = ephemeral('@everyone '.repeat(500));
    expect(msg.flags).toBe(64);
    expect(msg.content.length).toBeLessThanOrEqual(LIMITS.content);
    expect(msg.allowedMentions).toEqual({ parse: [] });
  });
});
