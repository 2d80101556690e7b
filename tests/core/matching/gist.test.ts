import { describe, expect, it } from 'vitest';
import { TalksBot } from '../../../src/core/bot.js';
import { gistAsked } from '../../../src/core/matching/gist.js';
import { words } from '../../../src/core/matching/normalize.js';
import { realKnowledge } from '../../helpers.js';

const kb = realKnowledge();
const bot = new TalksBot(kb);
const gistOf = (question: string) => gistAsked(words(question, kb.aliases.spellings));

describe('questions for the whole article', () => {
  it.each([
    ['ok so what happened', 'summary'],
    ['give me the essentials', 'summary'],
    ["i haven't read it, what's it say", 'summary'],
    ["what's going on here", 'summary'],
    ['what are japan and china up to', 'summary'],
    ['brief me', 'summary'],
    ['tell me the news', 'summary'],
    ['bring me up to speed on this', 'summary'],
    ['why does this matter for asia', 'why'],
    ['what are the important bits', 'summary'],
    ['how would you sum this up', 'summary'],
    ['anything new about japan-china relations', 'summary'],
    ['why are japan and china bothering', 'why'],
    ['set the scene', 'summary'],
    ['why should we pay attention to this', 'why'],
    ['what am i looking at here', 'summary'],
    ['ok explain', 'summary'],
    ['why does any of this matter to me', 'why'],
    ['give me the short and sweet', 'summary'],
    ['brief outline please', 'summary'],
    ['what is the article describing', 'summary'],
    ['why does this even matter', 'why'],
    ["so what's going down", 'summary'],
    ["what's the broader picture", 'summary'],
    ['any developments between japan and china', 'summary'],
    ["what's the takeaway from the kyodo piece", 'summary'],
    ['why is this story newsworthy', 'why'],
    ["what's the current state of play", 'summary'],
    ['whats up w japan n china', 'summary'],
    ['what did i miss here', 'summary'],
    ['whats the plot here', 'summary'],
    ['the article, what does it boil down to', 'summary'],
    ['whats the word on tokyo and beijing', 'summary'],
    ["what's the general idea here", 'summary'],
    ['any scoop on the talks', 'summary'],
    ["what's all this tokyo beijing business", 'summary'],
    ['what are japan and china doing', 'summary'],
    ["what's happening, simply put", 'summary'],
    ['what is the report trying to say', 'summary'],
    ["what's going on lately between the two", 'summary'],
    ['why should anyone care about this', 'why'],
    ['what does it all mean', 'why'],
    ['why is everyone posting about this', 'why'],
    ['explain the situation like i\'m five', 'summary'],
    ['whats the general vibe of this story', 'summary'],
    ['how important is this meeting really', 'why'],
    ['what should i take from this', 'summary'],
    ['give me a quick update on japan and china', 'summary'],
    ['whats going on in this article in simple words', 'summary'],
    ['why should the region care', 'why'],
    ['why would anyone be excited about these talks', 'why'],
    ['hit me with the summary', 'summary'],
    ['give me the lay of the land', 'summary'],
    ["what's all the chatter about japan and china", 'summary'],
    ['why does this meeting count for anything', 'why'],
    ['what would a reader learn from this', 'summary'],
    ['what are the two governments up to', 'summary'],
    ["what's the most newsworthy part", 'summary'],
    ["what's the current state of japan china security relations per this", 'summary'],
    ['what are the stakes in these talks', 'why'],
    ['the story in three sentences?', 'summary'],
    ['give me the broad strokes', 'summary'],
    ['give me a primer on these talks', 'summary'],
    ['what does this mean going forward', 'why'],
    ['how do things stand with the security talks', 'summary'],
    ['what does the report cover', 'summary'],
    ["what's new in the japan china relationship", 'summary'],
    ['what are the must-know points about the talks', 'summary'],
    ['explain the latest japan china move', 'summary'],
    ["what's the overall storyline", 'summary'],
    ["what's the summary of events", 'summary'],
    ['what gives these talks their importance', 'why'],
    ['why might these talks help keep the peace', 'why'],
    ["what's changed between japan and china", 'summary'],
  ] as const)('%j asks for the %s', (question, kind) => {
    expect(gistOf(question)).toBe(kind);
  });

  it.each([
    "what's up",
    'tell me a story',
    'how are things',
    'is this thing on',
    'what else is in the news',
    'what happened to you',
    'what does japan want to know',
    "what's japan going to explain to china",
    "what's the story behind these talks",
    'what happened at pearl harbor',
    'i read something about it',
    'hit me with a joke',
    'what are both sides looking for',
    'explain the latest chess move',
    'tell me a story in three sentences',
  ])('%j is not a question for the whole article', (question) => {
    expect(gistOf(question)).toBeUndefined();
  });

  it('answers with the opening and the focus of the talks, cited', () => {
    const { decision, reply } = bot.ask('give me the essentials');
    expect(decision.kind).toBe('answer');
    expect(reply.citations.map((c) => c.id)).toEqual(['S1', 'S4']);
  });

  it('still abstains when the message also holds something the article does not give', () => {
    expect(bot.ask('ok so what happened in 2010').decision.kind).toBe('abstain');
  });
});
