import { describe, expect, it } from 'vitest';
import { TalksBot } from '../../../src/core/bot.js';
import { placeAsked } from '../../../src/core/matching/position.js';
import { realKnowledge } from '../../helpers.js';

const paragraphs = [{ sentenceIds: ['S1'] }, { sentenceIds: ['S2', 'S3'] }, { sentenceIds: ['S4'] }];

describe('placeAsked', () => {
  it.each([
    ["what's the second paragraph about", ['S2', 'S3']],
    ['what does the first sentence say', ['S1']],
    ['summarise the last paragraph', ['S4']],
    ["what's the 3rd line?", ['S3']],
    ["what's in paragraph 2", ['S2', 'S3']],
    ['what does the article end with', ['S4']],
    ['how does it start', ['S1']],
    ['what does the last paragraph of the article say', ['S4']],
  ])('%j asks for %j', (message, sentences) => {
    expect(placeAsked(message, paragraphs)).toEqual(sentences);
  });

  it.each([
    ["what's the first paragraph of the un charter"],
    ['what does the last line of the song say'],
    ["that's the last line i'll write"],
    ["what's in paragraph 9"],
    ['when are the talks'],
  ])('%j names no place in the article', (message) => {
    expect(placeAsked(message, paragraphs)).toBeUndefined();
  });
});

describe('paragraphs and sentences asked for by place', () => {
  const bot = new TalksBot(realKnowledge());
  const cited = (q: string) => bot.ask(q).reply.citations.map((c) => c.id);

  it('quotes the sentences in that place, each cited', () => {
    expect(cited('what does the first paragraph say')).toEqual(['S1']);
    expect(cited("what's the 5th paragraph about")).toEqual(['S5', 'S6']);
    expect(cited('summarise the last paragraph')).toEqual(['S15']);
    expect(cited("what's in paragraph 6")).toEqual(['S7']);
    expect(cited("what's the opening line")).toEqual(['S1']);
  });

  it('still abstains on a place in another text', () => {
    expect(bot.ask('what does the fifth paragraph of the constitution say').decision.kind).toBe('abstain');
  });
});
