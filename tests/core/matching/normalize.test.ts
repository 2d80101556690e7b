import { describe, expect, it } from 'vitest';
import { contentTerms, lastClause, plainLetters, stem, withoutMarkup, words } from '../../../src/core/matching/normalize.js';
import { realKnowledge } from '../../helpers.js';

const spellings = realKnowledge().aliases.spellings;

describe('plainLetters', () => {
  it('folds the letters of fancy text generators to plain ones', () => {
    expect(plainLetters('𝘄𝗵𝗲𝗻 𝗮𝗿𝗲 𝘁𝗵𝗲 𝘁𝗮𝗹𝗸𝘀, ｗｈｏ　ｉｓ　ｇｏｉｎｇ, ᴡʜᴀᴛ ᴅᴏᴇs ᴛᴏᴋʏᴏ ʜᴏᴘᴇ ꜰᴏʀ, 𝓌𝒽ℴ 𝒸𝓁𝒶𝒾𝓂𝓈')).toBe(
      'when are the talks, who is going, what does tokyo hope for, who claims',
    );
  });

  it('reads a message typed in leetspeak in letters, and leaves numbers alone', () => {
    expect(plainLetters("wh47'5 j4p4n'5 3xcu53 f0r c0ll3c71v3 53lf d3f3n53, 15 17 1n th3 50uth ch1n4 534")).toBe(
      "what's japan's excuse for collective self defense, is it in the south china sea",
    );
    expect(plainLetters('h0w m4ny r0und5 51nc3 1993, 12 1n 4 y34r5?')).toBe('how many rounds since 1993, 12 in 4 years?');
    expect(plainLetters('the f-35 and j-20, 15 rounds in 2011')).toBe('the f-35 and j-20, 15 rounds in 2011');
  });
});

describe('withoutMarkup', () => {
  it('drops roleplay actions in asterisks, and keeps a word in italics', () => {
    expect(withoutMarkup('*scratches head* when are the talks *sips tea*').trim()).toBe('when are the talks');
    expect(withoutMarkup('what is *japan* asking')).toBe('what is *japan* asking');
  });
});

describe('words of a wager', () => {
  it('drops the bet and "who wins" around the claim to check', () => {
    expect(words('i bet my roommate a pizza that the last talks were in 2011, he says 2012, who wins', spellings).join(' ')).toBe(
      'the last talks were in 2011 he says 2012',
    );
  });
});

describe('lastClause', () => {
  it('finds where a rambling message turns to its question', () => {
    expect(lastClause("i saw the news about the talks, what's japan going to ask china?")).toBe("what's japan going to ask china");
    expect(lastClause('writing an essay and need to know when the last dialogue was held')).toBe('when the last dialogue was held');
    expect(lastClause('not sure this is the place but who claims the islands')).toBe('who claims the islands');
  });

  it("does not end a clause at an abbreviation's dots", () => {
    expect(lastClause('i keep reading about this, what does china want to know about the Japan–U.S. guidelines')).toBe(
      'what does china want to know about the Japan–U.S. guidelines',
    );
    expect(lastClause('what does china want to know about the Japan–U.S. guidelines')).toBeUndefined();
    expect(lastClause("i can't find it in the article. when are the talks")).toBe('when are the talks');
  });

  it("starts the clause that asks after the teller's lapse of memory", () => {
    expect(lastClause("i read about japan and china meeting up and i can't remember where it's supposed to happen")).toBe("where it's supposed to happen");
  });

  it("starts the clause that asks after the teller's not knowing, and not before what to tell someone", () => {
    expect(lastClause('it hit me on the train that i have no clue where the talks are going to happen')).toBe('where the talks are going to happen');
    expect(lastClause("lots of chatter about the constitution and i honestly can't tell what japan will say")).toBe('what japan will say');
    expect(lastClause('she asked me earlier whether i knew when the talks are, i had no clue')).toBe('when the talks are');
    expect(lastClause('my dad keeps asking whether the talks will stop a war, i honestly have no idea what to tell him')).toBe('my dad keeps asking whether the talks will stop a war');
  });

  it("leaves an email's sign-off out of the clauses", () => {
    expect(lastClause('Hi team,\nQuick query: what will the talks focus on?\nCheers,\nPriya')).toBe('what will the talks focus on');
  });

  it('passes over a reason given after the question', () => {
    expect(lastClause('so what does japan want china to clarify, because the headlines are vague')).toBe('so what does japan want china to clarify');
  });

  it('gives nothing for a message of one clause or a one-word tail', () => {
    expect(lastClause('when are the talks')).toBeUndefined();
    expect(lastClause('the talks, april?')).toBeUndefined();
  });
});

describe('words', () => {
  it('reads a Spanish message without its particles, and an accented word as one word', () => {
    // "legislación": the "n" after the accented letter is not the text-speak "n" (and).
    expect(words('qué piensa explicar japan sobre su legislación', spellings).join(' ')).toBe('what plans explain japan legislation');
    expect(words('y r they meeting', spellings).join(' ')).toBe('why r they meeting');
  });

  it('passes over what a question stresses after it', () => {
    expect(lastClause('i need to know which officials will take part, especially from japan')).toBe('which officials will take part');
  });

  it("drops an email's subject line, greeting and sign-off, and reads a g dropped for an apostrophe", () => {
    expect(words('Subject: venue\n\nDear bot,\nWhere will the talks be held?\n\nThanks,\nAnna', spellings).join(' ')).toBe('where will the talks be held');
    expect(words("where're they holdin' it, partner", spellings).join(' ')).toBe(words("where're they holding it", spellings).join(' '));
  });

  it('reads a stretched word as the word: one letter, or two when that makes a word it knows', () => {
    expect(words('sooo goood pleeease', spellings)).toEqual(['so', 'good', 'please']);
    expect(words('talks', spellings)).toEqual(['talks']);
  });

  it('reads "right now" as a time and "what is this article about" as asking for the gist', () => {
    expect(words('who is online right now', spellings)).toEqual(['who', 'is', 'online', 'now']);
    expect(words('hey bot, what is this article about?', spellings)).toEqual(['hey', 'bot', 'summary']);
  });

  it("reads Discord's emoji shortcodes as their emoji, and leaves a time's digits alone", () => {
    expect(words(':flag_jp: wants what from :flag_cn: :thinking:', spellings)).toEqual(['japan', 'wants', 'what', 'from', 'china']);
    expect(words('how many rounds :1234:', spellings)).toEqual(['how', 'many', 'rounds', 'how', 'many']);
    expect(words('meet at 10:30:45', spellings)).toEqual(['meet', 'at', '10', '30', '45']);
  });

  it('reads a flag emoji as the country it names, and drops a flag it does not know', () => {
    expect(words('what does 🇯🇵 want from 🇨🇳 and 🇫🇷 🇧🇷', spellings)).toEqual(['what', 'does', 'japan', 'want', 'from', 'china', 'and', 'france']);
  });

  it('drops who asks last and what the asker will note down', () => {
    expect(words('one last question from me tonight: when are the talks', spellings)).toEqual(['when', 'are', 'the', 'talks']);
    expect(words('dates i should note down', spellings)).toEqual(['dates']);
  });

  it('drops a closing "nothing more" and a telegram\'s "STOP", and keeps a word that only ends in "no"', () => {
    expect(words('when are the talks, nothing more?', spellings)).toEqual(['when', 'are', 'the', 'talks']);
    expect(words('what about the casino more?', spellings)).toEqual(['what', 'about', 'the', 'casino', 'more']);
    expect(words('japan china talks STOP when STOP', spellings)).toEqual(['japan', 'china', 'talks', 'when']);
    expect(words('JAPAN CHINA TALKS STOP WHEN STOP', spellings)).toEqual(['japan', 'china', 'talks', 'when']);
  });

  it('reads "won\'t", "didn\'t" and "hasn\'t" as the auxiliary and "not"', () => {
    expect(words("japan won't, china didn't, it hasn't, they aren't", spellings)).toEqual(['japan', 'will', 'not', 'china', 'did', 'not', 'it', 'has', 'not', 'they', 'are', 'not']);
  });

  it('reads "is this happening" as asking about the talks', () => {
    expect(words('is this happening in japan', spellings)).toEqual(['talks', 'hold', 'in', 'japan']);
  });

  it("drops Discord's mentions and custom emoji, @everyone and links", () => {
    expect(words(withoutMarkup('<@1122334455> <@!42> <@&7> <#99> when? <:thonk:123456> @everyone https://kyodonews.net/news/2015/02 www.x.com'), spellings)).toEqual(['when']);
  });

  it('folds case, punctuation, curly quotes and diacritics', () => {
    expect(words('Diaoyú “Islands”, Japan’s SDF!', spellings)).toEqual(['diaoyu', 'islands', 'japan', 'sdf']);
  });

  it('reads US and U.S. as the United States, but "us" as a pronoun', () => {
    expect(words('Japan-U.S. guidelines', spellings)).toEqual(['japan', 'usa', 'guidelines']);
    expect(words('US alliance', spellings)).toEqual(['usa', 'alliance']);
    expect(words('will the u.s. attend', spellings)).toEqual(['will', 'the', 'usa', 'attend']);
    expect(words('the u.n. charter', spellings)).toEqual(['the', 'un', 'charter']);
    expect(words('tell us about it', spellings)).toEqual(['about', 'it']);
    expect(words('the us and china', spellings)).toEqual(['usa', 'and', 'china']);
    expect(words('us-japan talks', spellings)).toEqual(['usa', 'japan', 'talks']);
    expect(words('us reaction?', spellings)).toEqual(['usa', 'reaction']);
    expect(words('japan us alliance', spellings)).toEqual(['japan', 'usa', 'alliance']);
    expect(words('what will china ask us about', spellings)).toEqual(['what', 'will', 'china', 'ask', 'us', 'about']);
  });

  it('fixes chat spellings and British spellings', () => {
    expect(words('wen r the talks', spellings)).toEqual(['when', 'r', 'the', 'talks']);
    expect(words('collective self-defence', spellings)).toEqual(['collective', 'self', 'defense']);
  });

  it("splits contractions that would otherwise glue a question word to a verb (who'll → who will)", () => {
    expect(words("who'll attend? they're sending who? we've heard", new Map())).toEqual(['who', 'will', 'attend', 'they', 'are', 'sending', 'who', 'we', 'have', 'heard']);
  });

  it('reads a year said in words as its digits, and leaves other numbers in words', () => {
    expect(words('nineteen ninety-three, twenty eleven, two thousand and nine', new Map()).join(' ')).toBe('1993 2011 2009');
    expect(words('twenty five rounds', new Map()).join(' ')).toBe('twenty five rounds');
  });

  it("reads a question as the asker corrected it", () => {
    expect(words('when are the talks, sorry i mean where', new Map()).join(' ')).toBe('where are the talks');
    expect(words("who's going from china, wait no, from japan", new Map()).join(' ')).toBe('who going from japan');
    expect(words('who agreed, actually scratch that, when are the talks', new Map()).join(' ')).toBe('when are the talks');
  });

  it('drops zero-width, bidi and control characters', () => {
    expect(words('sen\u200bkaku\u202e\u0000 talks', spellings)).toEqual(['sen', 'kaku', 'talks']);
  });
});

describe('stem', () => {
  it('folds plurals and endings the same way for question and knowledge', () => {
    expect(stem('talks')).toBe(stem('talk'));
    expect(stem('ministries')).toBe('ministry');
    expect(stem('clashes')).toBe('clash');
    expect(stem('fostering')).toBe('foster');
    expect(stem('claimed')).toBe('claim');
    expect(stem('focus')).toBe('focus');
    expect(stem('2011')).toBe('2011');
  });

  it('keeps apart words that stripping a final e would merge: fighter planes are not plans', () => {
    expect(stem('planes')).toBe(stem('plane'));
    expect(stem('planes')).not.toBe(stem('plans'));
  });
});

describe('contentTerms', () => {
  it('keeps question words and drops filler', () => {
    expect(contentTerms('Could you tell me when are the talks, please?', spellings)).toEqual(['when', 'talk']);
  });

  it('drops a question announcing itself, but keeps "questions" asked about', () => {
    expect(contentTerms('Quick question: when are the talks?', spellings)).toEqual(['when', 'talk']);
    expect(contentTerms('I have a question about the Senkakus', spellings)).toEqual(['senkaku']);
    expect(contentTerms("China's questions for Japan", spellings)).toEqual(['china', 'question', 'japan']);
  });

  it('reads a defence of a decision as its justification, and the defence of a country as defence', () => {
    expect(contentTerms("japan's defence of the decision", spellings)).toEqual(['japan', 'justification', 'decision']);
    expect(contentTerms('the defence of japan', spellings)).toEqual(['defens', 'japan']);
  });

  it('reads "MOD" in capitals as the Ministry of Defense, and a lower-case "mod" as a moderator', () => {
    expect(contentTerms('MOD officials', spellings)).toEqual(['defens', 'ministry', 'official']);
    expect(contentTerms('ping a mod', spellings)).toEqual(['ping', 'mod']);
  });

  it('drops framing: "apologies for…", "in one sentence", "in simple terms"', () => {
    expect(contentTerms('apologies for asking, why the talks in one sentence', spellings)).toEqual(['ask', 'why', 'talk']);
    expect(contentTerms('the agenda in simple terms', spellings)).toEqual(['agenda']);
  });

  it('drops a game show\'s framing: "for the jackpot:", "bonus question:", "lightning round!"', () => {
    expect(contentTerms('For the jackpot: which city hosts the talks?', spellings)).toEqual(['which', 'city', 'host', 'talk']);
    expect(contentTerms('Bonus question: which city hosts the talks?', spellings)).toEqual(['which', 'city', 'host', 'talk']);
    expect(contentTerms('For 200 points! which city hosts the talks?', spellings)).toEqual(['which', 'city', 'host', 'talk']);
  });

  it('drops what the teller needs the answer for: "for my international relations exam"', () => {
    expect(contentTerms('ok so for my international relations exam: who is sugiyama', spellings)).toEqual(['who', 'sugiyama']);
  });

  it('drops a relation\'s war story: "my gran lived through the war"', () => {
    expect(contentTerms('my gran lived through the war, who is sugiyama', spellings)).toEqual(['gran', 'who', 'sugiyama']);
  });

  it('drops a weather forecaster\'s framing, keeping the place a forecast names', () => {
    expect(contentTerms("Good evening, here's your forecast: which city hosts the talks?", spellings)).toEqual(['which', 'city', 'host', 'talk']);
    expect(contentTerms('Forecast for Tokyo: what does it want?', spellings)).toEqual(['what', 'tokyo', 'want']);
  });

  it('drops a tour guide\'s "and on your left", "folks"', () => {
    expect(contentTerms('And on your left, which city hosts the talks, folks?', spellings)).toEqual(['which', 'city', 'host', 'talk']);
  });

  it('reads a 4 after a verb as "for", and "plains" as planes', () => {
    expect(words('what does japan hope 4', spellings).join(' ')).toBe('what does japan hope for');
    expect(contentTerms('what about the ships and plains', spellings)).toEqual(['what', 'ship', 'plane']);
  });

  it('drops a yoga teacher\'s cues: "breathe in…", "gently now —", "namaste."', () => {
    expect(contentTerms('Breathe in... gently now — which city hosts the talks? Namaste.', spellings)).toEqual(['which', 'city', 'host', 'talk']);
  });

  it('reads "cyty" as city', () => {
    expect(words('wat cyty', spellings)).toEqual(['what', 'city']);
  });

  it('drops an auctioneer\'s calls: "going once, going twice", "sold!", "lot 3:", "bidding opens on"', () => {
    expect(contentTerms('Going once, going twice! Lot 3: which city hosts the talks? Sold!', spellings)).toEqual(['which', 'city', 'host', 'talk']);
    expect(contentTerms('Bidding opens on the islands, going, going, gone!', spellings)).toEqual(['island']);
  });
});
