import { describe, expect, it } from 'vitest';
import { TalksBot } from '../../src/core/bot.js';
import { realKnowledge } from '../helpers.js';

const bot = new TalksBot(realKnowledge());

describe('autocomplete suggestions', () => {
  it('offers the pinned entries first for an empty input, within the limit', () => {
    const pinned = realKnowledge().entries.filter((e) => e.pinned).map((e) => e.id);
    const list = bot.suggest('', 25);
    expect(list.length).toBeLessThanOrEqual(25);
    expect(list.slice(0, pinned.length).map((e) => e.id)).toEqual(pinned);
    expect(bot.suggest('', 2)).toHaveLength(2);
  });

  it('puts questions starting with the input first, then those containing it, then the matcher’s', () => {
    expect(bot.suggest('where', 25)[0]?.question).toBe('Where will the talks take place?');
    expect(bot.suggest('Senkaku', 25)[0]?.question).toBe('What are the Senkaku Islands?');
    expect(bot.suggest('diaoyu', 25)[0]?.id).toBe('claims');
  });

  it('offers nothing for text that matches nothing', () => {
    expect(bot.suggest('zzqx', 25)).toEqual([]);
  });
});

describe('a question two entries answer equally well', () => {
  it('quotes both answers verbatim, the second under its own question, instead of asking "did you mean"', () => {
    const kb = realKnowledge();
    const { decision, reply } = bot.ask('what does tokyo want from these talks');
    expect(decision).toMatchObject({ kind: 'answer', entry: { id: 'japan-asks' }, also: { id: 'hopes' } });
    expect(reply.title).toBe('What will Japan ask China?');
    expect(reply.blocks.map((b) => b.heading)).toEqual([undefined, 'What does Japan hope the talks will achieve?']);
    expect(reply.citations.map((c) => c.id)).toEqual(['S3', 'S10', 'S6']);
    for (const c of reply.citations) expect(c.text).toBe(kb.sentences.get(c.id)?.text);
    expect(reply.entryId).toBe('japan-asks');
  });
});

describe('two questions in one message', () => {
  it('answers each, the second under its own question, when neither is answered as a whole', () => {
    const kb = realKnowledge();
    const whole = bot.ask('why the islands and who claims them');
    // As a whole, "why … claims" reads as "why do they claim them", which the article does not say.
    expect(bot.match('why the islands and who claims them').outOfScope).not.toEqual([]);
    expect(whole.decision).toMatchObject({ kind: 'answer', also: { id: 'claims' } });
    expect(whole.reply.citations.map((c) => c.id)).toContain('S14');
    expect(whole.reply.blocks.at(-1)?.heading).toBe(kb.entries.find((e) => e.id === 'claims')?.question);
  });

  it('abstains when either question is outside the article', () => {
    expect(bot.ask('who is japan’s prime minister and when are the talks').decision.kind).toBe('abstain');
    expect(bot.ask('when are the talks and what is the weather in tokyo').decision.kind).toBe('abstain');
  });
});

describe('source', () => {
  it('finds a citation id whatever its case, and names the range for an unknown one', () => {
    expect(bot.source('s14').citations.map((c) => c.id)).toEqual(['S14']);
    const unknown = bot.source('S99');
    expect(unknown.kind).toBe('notice');
    expect(unknown.blocks[0]?.note).toBe('There is no sentence with that id. Citation ids run from S1 to S15.');
  });
});

describe('two question words alone', () => {
  it('answers each ("when and who")', () => {
    expect(bot.ask('when and who').reply.citations.map((c) => c.id)).toEqual(['S1', 'S8']);
  });
});

describe('a city named alone', () => {
  it('asks where the talks are, and is answered with that sentence alone', () => {
    for (const question of ['tokyo?', 'is it tokyo']) expect(bot.ask(question).reply.citations.map((c) => c.id)).toEqual(['S1']);
  });
});

describe('a message framed by who the asker briefs', () => {
  it('is answered by what it asks, not by the briefing', () => {
    const question = "i've been asked to brief my study group on who is going, does the article name anyone from the japanese side";
    expect(bot.ask(question).reply.citations.map((c) => c.id)).toEqual(['S8']);
  });
});

describe('a long message', () => {
  it('is answered by its question when the story before it pulls the whole message elsewhere', () => {
    const long =
      'ok so i was reading about this in a short break and i kind of lost the thread, when are japan and china actually supposed to sit down together for these talks and is it in japan?';
    const whole = bot.match(long).candidates[0];
    expect(whole?.entry.id).not.toBe('when');
    expect(bot.ask(long).reply.citations.map((c) => c.id)).toEqual(['S1']);
  });

  it('keeps its answer when its last clause only points back ("is that what they will raise")', () => {
    const long =
      "so from what i gather japan thinks china is hiding how much it spends on the military, is that what they're going to raise at the meeting";
    expect(bot.ask(long).reply.citations.map((c) => c.id)).toEqual(['S3']);
  });

  it('does not answer a last clause whose topic is named before it ("wondering whether it comes up")', () => {
    const long =
      'there is a lot of noise online about the south china sea lately and i was wondering whether it comes up at all in these talks between tokyo and beijing';
    expect(bot.ask(long).reply.citations.map((c) => c.id)).not.toContain('S1');
  });

  it('asks its last clause when its story only names the setting ("in this channel")', () => {
    const long = "i've heard the names kishida and wang yi thrown around a lot in this channel, what did those two actually agree on according to the report";
    expect(bot.ask(long).reply.citations.map((c) => c.id)).toEqual(['S7']);
    expect(bot.ask('i keep seeing this in this channel, what is the weather in tokyo in april').decision.kind).toBe('abstain');
    expect(bot.ask('what is this channel for').decision.kind).toBe('abstain');
  });

  it('asks its last clause when only its story has out-of-scope words ("…go to war…, but when are they")', () => {
    const long =
      "so my dad keeps saying japan and china are about to go to war over some rocks and i told him they're having talks, but now i can't remember when they're supposed to be, anyone know";
    expect(bot.match(long).outOfScope).not.toEqual([]);
    expect(bot.ask(long).reply.citations.map((c) => c.id)).toEqual(['S1']);
    // A last clause that refers back to the story, or asks nothing, is not asked alone.
    expect(bot.ask('i heard japan and south korea are also planning some kind of security dialogue soon, when is that one supposed to happen').decision.kind).toBe('abstain');
    expect(bot.ask("can a moderator please remove the spam messages from the general channel, they've been there since last night").decision.kind).toBe('abstain');
    expect(bot.ask('my friend keeps telling me about the weather in osaka in spring, how many people live in osaka').decision.kind).toBe('abstain');
    expect(bot.ask('my cousin is going to the olympics in los angeles next year, where is it being held').decision.kind).toBe('abstain');
    expect(bot.ask('i watched a documentary about russia last week, what is the navy doing there').decision.kind).toBe('abstain');
    expect(bot.ask('my dad keeps asking me whether the talks will stop a war between china and japan, i honestly have no idea what to tell him').decision.kind).toBe('abstain');
    // An "it" late in the clause has its subject in the clause.
    const grandad =
      "my grandad always talks about ww2 and how japan isn't allowed an army, so how is japan going to explain the collective defence thing to china without it looking like a threat";
    expect(bot.ask(grandad).reply.citations[0]?.id).toBe('S9');
    // "how long has it been": an "it" with no subject to point back to.
    const embassy =
      "i was talking to my neighbour who used to work at the embassy and she mentioned that the two sides haven't had formal security talks for years, so how long has it actually been";
    expect(bot.ask(embassy).reply.citations.map((c) => c.id)).toEqual(['S1', 'S5']);
    // "there" is a place the clause names on its own terms: "…patrols there".
    const there = 'i watched a film about the south china sea last week, does the article say anything about japanese navy patrols there';
    expect(bot.ask(there).reply.citations.map((c) => c.id)).toEqual(['S12']);
  });

  it('asks its last clause of the earlier talks its story names ("…the last time was ages ago, do we know the year and the city")', () => {
    const long = 'a friend who studies japanese politics said the last time they had these talks was ages ago, do we know the year and the city';
    expect(bot.ask(long).reply.citations.map((c) => c.id)).toEqual(['S5']);
    expect(bot.ask('the last time i checked nobody knew, when are the talks').reply.citations.map((c) => c.id)).toEqual(['S1']);
  });

  /** Long messages whose story would pull the answer away from their question: [why, message, citations]. */
  const BY_ITS_QUESTION: [string, string, string[]][] = [
    [
      'it ends by asking the bot to settle it',
      'we had a debate in our group chat about whether the islands have anyone living on them and who actually controls them day to day, can the bot settle it',
      ['S4', 'S14'],
    ],
    [
      'it asks whether the article says what a friend from abroad said ("my mate from hong kong")',
      'my mate from hong kong was saying that china is going to grill japan about its defence guidelines with america, is that actually in the article or is he making it up',
      ['S11'],
    ],
    [
      'it asks for the name of an official it describes ("his name")',
      "i noticed the article mentions a deputy foreign minister, can somebody remind me of his name because i can't find it again",
      ['S8'],
    ],
    [
      'its last clause refers back ("what reasoning will it give")',
      "so japan is apparently going to say its new defense stance isn't aimed at china specifically, what reasoning will it give",
      ['S9'],
    ],
    [
      'its story names the first of the talks ("…the first of these dialogues…, which year")',
      'my history teacher said the first of these japan china security dialogues happened sometime in the nineties, does the article say which year exactly',
      ['S15'],
    ],
    [
      "its story names what the teller's teacher teaches (\"my economics lecturer…\")",
      "my economics lecturer brought up china's defence spending today and said japan has been complaining about it for ages, is japan going to bring that up at these talks",
      ['S3', 'S10'],
    ],
    [
      'its last clause asks "how many of them" after naming the talks',
      'honestly i had no idea japan and china even had security talks, how many of them have there been over the years',
      ['S15'],
    ],
    [
      'its story is about earlier talks and its last clause about the new ones',
      'apparently the last time these talks happened was years ago, so when exactly are the new ones supposed to be held',
      ['S1'],
    ],
    [
      'its story only says where it was talked about ("…at dinner and nobody could remember…")',
      'we were talking about the islands at dinner and nobody could remember if anyone lives there, does the article say',
      ['S14'],
    ],
    [
      '"the one-line version" is all that looks back in its last clause',
      "my boss asked me to brief the team tomorrow on the japan china talks and i only have a minute, what's the one-line version of when and where",
      ['S1'],
    ],
    [
      'it asks for "the japanese guy named in the article"',
      "so everyone in my class is talking about this and i don't want to look dumb, who is the japanese guy named in the article",
      ['S8'],
    ],
    [
      'its story is only the headline the teller saw',
      "just saw a headline about china's military buildup, is japan going to ask for an explanation at the talks",
      ['S3'],
    ],
    [
      'its question asks whether what it told will come up "when they meet"',
      'i saw something about japan possibly sending its navy to the south china sea, will that come up when they meet',
      ['S12'],
    ],
    [
      'what the teller\'s friend studies is not its question',
      "my friend who studies international relations said there's some new mechanism they want to set up to stop ships crashing into each other, what's that about",
      ['S13'],
    ],
    [
      'its last clause asks why the sides cannot "just call each other"',
      "this is probably a dumb question but why do they need a special mechanism for the sea, can't they just call each other",
      ['S13'],
    ],
    [
      'it asks "is that right" of what a classmate said',
      'my classmate keeps saying that china will bring up the american alliance, is that right or is he confusing it with something else',
      ['S11'],
    ],
    [
      'it asks the bot to "clear that up"',
      "there's an argument going on in my group chat about whether the talks have anything to do with the east china sea islands, can you clear that up",
      ['S4', 'S14'],
    ],
    [
      'what people are talking about is its story',
      'so many people are talking about fighter jets and carriers, but what does the article actually say japan wants to know about them',
      ['S3', 'S10'],
    ],
    [
      'the teller\'s brother-in-law is no law',
      'my brother-in-law is a retired diplomat and he said these things usually involve a deputy minister, is there one named for japan this time',
      ['S8'],
    ],
    [
      'it closes by asking someone to confirm',
      "i'm pretty sure i read the last talks were in beijing but i'm not certain of the year, can someone confirm",
      ['S1', 'S5'],
    ],
    [
      'it asks first and then gives its reason',
      "when are the talks, i'm asking because my uncle works at the foreign ministry and he's been really busy lately",
      ['S1'],
    ],
    [
      'it asks first and then tells a story with out-of-scope words',
      'where will the meeting be held, my cousin lives in tokyo and wants to know if there\'ll be road closures',
      ['S1'],
    ],
    [
      'it asks first, with a question mark, and then tells',
      "who's going from japan? my friend is doing a report and she needs a name for the japanese side",
      ['S8'],
    ],
    [
      'it asks what the article is "actually telling me"',
      'ok i\'m new to all this geopolitical stuff and honestly a bit lost, what is this article actually telling me',
      ['S1', 'S4'],
    ],
    [
      'it asks first about the islands "that keep coming up"',
      "what are the islands that keep coming up, i'm not from the region and honestly have no idea",
      ['S4', 'S14'],
    ],
    [
      "the teller's cousin is a journalist",
      'my cousin is a journalist in tokyo and she mentioned a deputy foreign minister, who is that',
      ['S8'],
    ],
    [
      'someone at the bus stop told the story',
      'someone at the bus stop was telling me that kishida made a deal with china last year, what was it',
      ['S7'],
    ],
    [
      'it asks first, briefly, and then tells',
      'who first reported this, my lecturer wants primary sources only',
      ['S1'],
    ],
    [
      'it asks first which city hosted the talks last time',
      "which city hosted the talks last time? my dad thinks tokyo but i'm sure it was somewhere else",
      ['S5'],
    ],
    [
      'how the article is written is not its question',
      'the way the article is written makes it sound like the chinese side has questions too, what are they',
      ['S11', 'S12'],
    ],
    [
      'it asks first, with a question mark, and the rest has out-of-scope words',
      "is sugiyama leading the japanese side? my friend says it's the defence minister himself",
      ['S8'],
    ],
    [
      'it asks about the "first ever" talks',
      "when were the first ever japan china security talks, i'm putting together a quiz",
      ['S15'],
    ],
    [
      'a thread claiming something is the story',
      'i saw a thread claiming that china will raise the us guidelines, what does the report say exactly',
      ['S11'],
    ],
    [
      'it asks first and out-of-scope words follow after a comma',
      'how many times have they held these talks, my textbook seems out of date',
      ['S15'],
    ],
    [
      'it asks first who the article quotes',
      "who does the article quote, i'm checking whether it's reliable enough to cite",
      ['S1'],
    ],
    [
      'the friend follows chinese politics',
      "my friend who follows chinese politics says beijing has a list of worries about japan, what's on it",
      ['S11', 'S12'],
    ],
    [
      "the teller's book does not say",
      "we're studying the 2011 talks in class but our book doesn't say where they were held",
      ['S5'],
    ],
    [
      'the teller read a thread where people argued',
      'i was reading a thread where people argued about whether the talks are in beijing or tokyo this time around, which is it according to the report',
      ['S1'],
    ],
    [
      "it asks first for china's word for the islands",
      "what's the chinese word for the islands, i'm learning mandarin",
      ['S14'],
    ],
    [
      'its question is "does japan want to know", not a wish to know',
      "i've seen people online panicking about china's navy, does japan want to know about china's carriers",
      ['S3', 'S10'],
    ],
    [
      'the teller\'s dad reads a paper every day',
      'my dad reads the japan times every day and said china will ask japan a lot of questions, what about',
      ['S11', 'S12'],
    ],
    [
      'its reason follows "because" without a comma',
      'my brother wants to know where the meeting will be because he lives near the foreign ministry',
      ['S1'],
    ],
    [
      'a short story about earlier talks is followed by "why now"',
      'since the last talks were years ago, why are they happening now',
      ['S4', 'S6'],
    ],
    [
      'the teller was shown a map and closes with "what\'s the answer"',
      "our teacher showed us a map of the east china sea and asked who claims the islands, what's the answer",
      ['S4', 'S14'],
    ],
    [
      'its question follows "i wonder if"',
      'after reading about the fishing boat incidents near the islands, i wonder if the talks will set up some way to avoid clashes',
      ['S13'],
    ],
    [
      'it asks first and the whole reads otherwise',
      'how often have these talks happened, my teacher asked us to find out',
      ['S15'],
    ],
    [
      'its question follows "asking me whether"',
      'my dad was stationed in okinawa years ago and he keeps asking me whether the talks will cover the islands near taiwan',
      ['S14'],
    ],
    [
      'a reason after "because" is followed by the question',
      'my friend says the talks are pointless because they never agree on anything, what are they even hoping for',
      ['S6'],
    ],
    [
      "the teller's girlfriend is chinese and wants to know",
      'my girlfriend is chinese and she wants to know what china will raise at the talks',
      ['S11', 'S12'],
    ],
    [
      'the teller\'s grandmother saw it on tv',
      'my grandmother keeps asking me about the japan china meeting she saw on tv, where and when is it going to be',
      ['S1'],
    ],
    [
      "the teller's professor asked the question",
      "i've been doing a presentation on east asia and my professor asked who from japan's government will be at the talks",
      ['S8'],
    ],
    [
      'a shorter message has an out-of-scope story before a last clause that asks',
      'my classmate says the talks will focus on trade, what is the actual focus',
      ['S4'],
    ],
    [
      'a mod pinned it',
      'mods pinned this, when do the talks actually start',
      ['S1'],
    ],
    [
      'a journalist on tv told the story',
      'a journalist on tv said the talks will be in tokyo but my news app said beijing, which is right',
      ['S1'],
    ],
    [
      'the teller\'s friend is a journalist',
      'a journalist friend says the talks were agreed by the foreign ministers, who were they',
      ['S7'],
    ],
    [
      'it asks how japan will "present" its case (not "prevent")',
      "i've been following the debate over japan's collective self-defence, how will japan present it to china",
      ['S9'],
    ],
    [
      "it asks each side's angle (the first side's is quoted: both would take four sentences)",
      "what's japan's angle and what's china's angle",
      ['S3', 'S10'],
    ],
    [
      "someone in the story won't stop talking (no halt to the talks is asked of)",
      "my brother can't stop talking about the diaoyu islands at dinner, so why do those islands matter in the talks",
      ['S4', 'S6'],
    ],
    [
      'it asks of the round before "this one", the planned one',
      'i know there were talks for years until they were suspended at some point, where was the last round before this one',
      ['S5'],
    ],
    [
      'it asks how Japan will explain a move without seeming threatening (no opinion on whether it is)',
      "i'm curious how tokyo will explain collective self-defense to beijing without seeming threatening",
      ['S9'],
    ],
    ['the choices of a quiz follow its question', 'quiz: where will the talks be held? a) beijing b) tokyo c) seoul', ['S1']],
    ['the choices of a quiz are the question', 'which is it - a) china asks about the msdf in the south china sea b) japan asks china about it', ['S12']],
    ['a multiple-choice stem names a year the article does not give only among the choices', 'multiple choice: the last talks were in a) 2005 b) 2011 c) 2014', ['S5']],
    [
      'a reason follows without a comma',
      'i saw someone say the last time these talks happened was ages ago in beijing, can anyone confirm when exactly that was because i want to get it right',
      ['S5', 'S1'],
    ],
    ['the teller has a class to go to', 'what should i know about these talks before class', ['S1', 'S4']],
    ['it asks what rides on the talks', "what's riding on these talks", ['S4', 'S6']],
    ['it asks for the story of the two this week', "what's the story with japan and china this week", ['S1', 'S4']],
  ];

  it.each(BY_ITS_QUESTION)('is answered by its question when %s', (_, message, citations) => {
    expect(bot.ask(message).reply.citations.map((c) => c.id)).toEqual(citations);
  });

  it('keeps a short message whole: its last clause may only point back ("is that a goal")', () => {
    expect(bot.ask('summits between leaders, is that a goal').reply.citations.map((c) => c.id)).toContain('S6');
  });
});
