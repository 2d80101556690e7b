import { describe, expect, it } from 'vitest';
import { TalksBot } from '../../../src/core/bot.js';
import { Respeller } from '../../../src/core/matching/respell.js';
import { realKnowledge } from '../../helpers.js';

const respeller = new Respeller(new Set(['talks', 'rounds', 'meeting', 'focus', 'chin', 'motegi']), ['talks', 'rounds', 'meeting', 'focus'], new Map([['tlak', 'talk']]));

describe('Respeller', () => {
  it('writes out words typed without their vowels', () => {
    expect(respeller.respell('wen r the tlks')).toBe('wen r the talks');
    expect(respeller.respell('hw mny RNDS')).toBe('hw mny rounds');
  });

  it('puts back a dropped final g', () => {
    expect(respeller.respell('wen is the meetin')).toBe('wen is the meeting');
    expect(respeller.respell('what are they focusin on')).toBe('what are they focusing on');
  });

  it('reads a listed misspelling with an ending as its word with that ending, only where no English word could be meant', () => {
    const listed = new Respeller(new Set(['meeting', 'talks', 'start']), [], new Map([['meating', 'meeting'], ['tawk', 'talk'], ['stat', 'start']]));
    expect(listed.respell('the meatings')).toBe('the meetings');
    expect(listed.respell('tawkin')).toBe('talking');
    expect(listed.respell('stated states')).toBe('stated states');
  });

  it('reads a word spelt as it sounds, unless only its vowels or doubled letters differ or the word it sounds like is short', () => {
    const words = ['cabinet', 'decision', 'foreign', 'carrier', 'since', 'begin'];
    const sounds = new Respeller(new Set(words), words, new Map());
    expect(sounds.respell('kabinet desishun, forin')).toBe('cabinet decision, foreign');
    expect(sounds.respell('career science began')).toBe('career science began');
  });

  it('reads a long word that differs only in its vowels as the word it sounds like, but not an English word that does', () => {
    const words = ['military', 'transparency', 'continuing'];
    const sounds = new Respeller(new Set(words), words, new Map());
    expect(sounds.respell('milatary transparancy')).toBe('military transparency');
    expect(sounds.respell('containing')).toBe('containing');
  });

  it('puts back a dropped final g before reading a word as it sounds', () => {
    const words = ['representing'];
    expect(new Respeller(new Set(words), words, new Map()).respell('reprezentin')).toBe('representing');
  });

  it('reads a long o spelt as it sounds as o before a silent e, and leaves "ai" alone', () => {
    const vowels = new Respeller(new Set(['hopes', 'close', 'boat', 'plane']), [], new Map());
    expect(vowels.respell('tokyos hoaps, cloas')).toBe('tokyos hopes, close');
    expect(vowels.respell('boat boats in plain terms')).toBe('boat boats in plain terms');
  });

  it('puts back a letter left out of a long known word, never the first and never into a word it knows', () => {
    const dropped = new Respeller(new Set(['rounds', 'guidelines', 'planes', 'talking', 'taking']), ['rounds', 'guidelines', 'planes', 'talking'], new Map());
    expect(dropped.respell('ho many rouns, the guidlines')).toBe('ho many rounds, the guidelines');
    expect(dropped.respell('sea lanes, taking part')).toBe('sea lanes, taking part');
  });

  it('reads a final z as s', () => {
    const zs = new Respeller(new Set(['carriers', 'jets', 'jazz']), [], new Map([['tawks', 'talks']]));
    expect(zs.respell('carrierz and jetz, tawkz')).toBe('carriers and jets, talks');
    expect(zs.respell('jazz quiz')).toBe('jazz quiz');
  });

  it('reads a word typed with the silent e kept before -ing as the known word, and leaves one it cannot place', () => {
    const words = ['having', 'taking', 'meeting'];
    const kept = new Respeller(new Set(words), words, new Map());
    expect(kept.respell('who is haveing the meeting, takeing part')).toBe('who is having the meeting, taking part');
    expect(kept.respell('seeing, being, zorbeing')).toBe('seeing, being, zorbeing');
  });

  it('reads a long word typed with one vowel of three or more as the known word with those consonants, and no English word', () => {
    const words = ['representing', 'transparency', 'scripture'];
    const short = new Respeller(new Set(words), words, new Map());
    expect(short.respell('who is rprsnting japan, trnsparncy')).toBe('who is representing japan, transparency');
    expect(short.respell('scripts, strength')).toBe('scripts, strength');
  });

  it('reads a word with one letter typed twice as the known word, and no English word', () => {
    const words = ['japan', 'talks', 'hoping'];
    const doubled = new Respeller(new Set(words), words, new Map());
    expect(doubled.respell('what does japann want from the tallks')).toBe('what does japan want from the talks');
    expect(doubled.respell('island hopping, hopped')).toBe('island hopping, hopped');
  });

  it('splits a long run of three or more known words typed without spaces, and leaves a long unknown word whole', () => {
    const words = ['when', 'talks', 'start', 'japan'];
    const run = new Respeller(new Set(words), words, new Map());
    expect(run.respell('sowhendothetalksstart')).toBe('so when do the talks start');
    expect(run.respell('japantalks, internationally')).toBe('japantalks, internationally');
  });

  it('reads a word typed on a German keyboard, y and z traded, as the known word, and no other word with a z', () => {
    const words = ['tokyo', 'year', 'security'];
    const german = new Respeller(new Set(words), words, new Map());
    expect(german.respell('securitz talks in tokzo, which zear')).toBe('security talks in tokyo, which year');
    expect(german.respell('pizza zone lazy')).toBe('pizza zone lazy');
  });

  it('reads a question word typed with a key beside the right one, and no other word', () => {
    const keyed = new Respeller(new Set(['rounds']), ['rounds'], new Map());
    expect(keyed.respell('whrn, whrre, how mant rounds')).toBe('when, where, how many rounds');
    expect(keyed.respell('life lost love dies thus')).toBe('life lost love dies thus');
  });

  it('reads a word with two letters side by side swapped as the known word, never the first letter and never an English word', () => {
    const words = ['going', 'claims', 'islands', 'there', 'lots'];
    const swapped = new Respeller(new Set(words), words, new Map());
    expect(swapped.respell('who is goign, who calims the islnads')).toBe('who is going, who claims the islands');
    expect(swapped.respell('three lost ogin')).toBe('three lost ogin');
  });

  it('writes whole a word split by a stray space, when one piece is no known word and together they make one', () => {
    const words = ['when', 'talks', 'claims', 'islands', 'cabinet', 'rounds'];
    const split = new Respeller(new Set(words), words, new Map());
    expect(split.respell('whe n are the ta lks, who cla ims the islands')).toBe('when are the talks, who claims the islands');
    expect(split.respell('the cabi net, any one, wea ther')).toBe('the cabinet, any one, wea ther');
  });

  it('reads a hashtag as the known words it runs together, and leaves one it cannot split', () => {
    const tags = new Respeller(new Set(['japan', 'china', 'east', 'sea', 'security', 'talks']), [], new Map());
    expect(tags.respell('#japanchina talks when? #EastChinaSea')).toBe('japan china talks when? east china sea');
    expect(tags.respell('#securitytalks and #qwertyzz, <#123>, c#')).toBe('security talks and #qwertyzz, <#123>, c#');
  });

  it('leaves known words, listed spellings, names and words it cannot place alone', () => {
    expect(respeller.respell('chin tlak mtg xyz brr')).toBe('chin tlak mtg xyz brr');
  });
});

describe('shortened words in questions', () => {
  const bot = new TalksBot(realKnowledge());

  it.each([
    ['who is rprsntng japan', 'S8'],
    ['wat is china lookin 4', 'S11'],
    ['wen r thy mtng', 'S1'],
    ['wat r they focusin on', 'S4'],
    ['#japanchina talks when?', 'S1'],
    ['#diaoyu #eastchinasea who claims them', 'S14'],
  ])('%j is answered with %s', (question, sentence) => {
    const { decision, reply } = bot.ask(question);
    expect(decision.kind).toBe('answer');
    expect(reply.citations.map((c) => c.id)).toContain(sentence);
  });
});
