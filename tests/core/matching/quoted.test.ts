import { describe, expect, it } from 'vitest';
import { TalksBot } from '../../../src/core/bot.js';
import { quotedSentence } from '../../../src/core/matching/quoted.js';
import { realKnowledge } from '../../helpers.js';

const kb = realKnowledge();
const bot = new TalksBot(kb);

describe('a phrase quoted from the article', () => {
  it.each([
    ['what does "inadvertent clashes" mean here', 'S13'],
    ["what's meant by 'this round of dialogue'", 'S6'],
    ['what does “overdue for revision” refer to', 'S11'],
    ['`permanent legislation`?', 'S11'],
  ])('%j points at %s', (message, sentence) => {
    expect(quotedSentence(message, kb.sentences)).toBe(sentence);
  });

  it.each([
    // One word, or a phrase two sentences hold, points at no one sentence; an apostrophe opens no quote.
    'what does "trust" mean',
    'what does "collective self-defense" mean',
    "japan's plans and china's questions",
    'what does "kawaii" mean',
  ])('%j points at none', (message) => {
    expect(quotedSentence(message, kb.sentences)).toBeUndefined();
  });

  it('answers with the sentence that holds the phrase, verbatim', () => {
    const { decision, reply } = bot.ask('what does "this round of dialogue" mean');
    expect(decision.kind).toBe('answer');
    expect(reply.citations.map((c) => c.id)).toEqual(['S6']);
    expect(reply.citations[0]?.text).toBe(kb.sentences.get('S6')?.text);
  });

  it('still abstains when the message asks what the article does not give', () => {
    expect(bot.ask('is "the uninhabited islets" claimed by south korea too').decision.kind).toBe('abstain');
  });
});
