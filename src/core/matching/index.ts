import Fuse from 'fuse.js';
import type { KnowledgeBase, QaEntry } from '../knowledge/types.js';
import { MONTHS, QUESTION_WORDS, contentOf, isFiller, isQuestionWord, isStopWord, plainLetters, stem, withoutMarkup, words } from './normalize.js';
import { gistAsked } from './gist.js';
import { Respeller } from './respell.js';

/** How much a word counts towards an entry, by the field it comes from. */
export const FIELD_WEIGHT = { keywords: 1, question: 0.85, alternates: 0.85, answer: 0.55 } as const;
/** A typed word matched through an alias counts a little less than the word itself. */
export const EXPANSION_FACTOR = 0.9;
/** Word pairs less similar than this do not match at all. */
export const MIN_WORD_SIMILARITY = 0.6;
/** fuse.js Bitap error bound for one word; words shorter than MIN_FUZZY_LENGTH must match exactly. */
const FUSE_THRESHOLD = 0.34;
const MIN_FUZZY_LENGTH = 5;
/** Words this short or shorter (from SHORTEST_TYPO letters) may only be typos by two swapped letters or a vowel left out ("aks", "strt"). */
const LONGEST_SHORT_TYPO = 4;
const SHORTEST_TYPO = 3;
const VOWELS = 'aeiouy';
/** Confidence added, at most, for word pairs of the question found in that order in the entry. */
export const BIGRAM_BONUS = 0.1;
/** A word found in more than this share of the entries says nothing about which one is meant. */
export const UNINFORMATIVE_SHARE = 0.3;
/** When a question names both parties, confidence taken from an entry whose actor is not the one named first. */
export const ACTOR_PENALTY = 0.1;
/** When a question makes one party its subject, an entry about the other party acting on a third thing keeps this share. */
export const OTHER_PARTY_FACTOR = 0.7;
/** The party a question makes its subject, and whether it asks or tells ("will Japan ask…") rather than does something itself ("is Japan building…"). */
interface Subject {
  readonly party: string;
  readonly asks: boolean;
  /** For a third party asking or thinking what the article never says it does ("what does America think"): the verb, stemmed. */
  readonly unsaid?: string;
}
/** Verbs of asking and telling: what the parties do at the talks, as the article tells it. */
const ASKING: ReadonlySet<string> = new Set(
  'ask raise want seek press push demand bring question query clarify say tell relay explain request hope plan talk discuss mention propose urge call defend justify worry concern care expect argue claim insist think know feel believe view see wonder'
    .split(' ')
    .map(stem),
);
/** Participles that say a party is named in the article, not what it does: "is taiwan mentioned at all". */
const SAID_OF: ReadonlySet<string> = new Set(['mentioned', 'named', 'discussed', 'raised', 'cited', 'referenced', 'listed', 'covered', 'included', 'addressed', 'brought']);
/** Verbs that report a party's view: "who does Taiwan say owns the islands" asks what the view is about. */
const REPORTING_VIEW: ReadonlySet<string> = new Set(['say', 'think', 'believe', 'insist', 'argue', 'consider', 'claim'].map(stem));
/** Words between a subject and its verb that are not the verb: "will Japan also likely ask…". */
const HEDGES: ReadonlySet<string> = new Set(['also', 'likely', 'probably', 'going', 'gonna', 'to', 'be', 'really', 'actually', 'still', 'even', 'just', 'expected', 'supposed', 'not']);
/** Parties other than the two holding the talks, as folded: their doings are not the article's. */
const OTHER_PARTIES: ReadonlySet<string> = new Set(['usa', 'taiwan', 'un']);
/** Words after which a party is the subject of the question: "will Japan…", "does Beijing…". */
const AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'does', 'did', 'do', 'is', 'was', 'are', 'can', 'could', 'should', 'has', 'have', 'might', 'may', 'going']);
/** Auxiliaries before a deed, not a state: "does Taiwan patrol", not "is Taiwan involved". */
const DOING: ReadonlySet<string> = new Set(['will', 'would', 'does', 'did', 'do', 'can', 'could']);
/** "Japan's military budget" asks about Japan's: an entry about another party's (China's spending) keeps this share. */
export const OWNER_MISMATCH_FACTOR = 0.5;
/** Similarity of a word to a longer word it begins (build → buildup), from 5 letters. */
const PREFIX_SIMILARITY = 0.8;

/** What a known word may be given and stay itself: "confirm" → "confirmation", not "leader" → "leaderboard". */
const WORD_ENDING = /^(?:e?s|e?d|ing|e?rs?|ions?|ations?|ments?|al|ly|ity|ive|ness|ist|ism)$/;
/** A word the knowledge does not know weighs as much as the rarest word it knows, times this. */
export const UNKNOWN_WORD_FACTOR = 1;
/** An unknown token of one or two letters ("b", "k", "ya") is chat shorthand, not a subject the article lacks. */
const CHAT_SHORTHAND = /^[a-z]{1,2}$/;
/** All unknown words of a question together weigh at most this many unknown words: a long, rambling question is not off-topic for its filler. */
export const MAX_UNKNOWN_WORDS = 1;
/** "When are the US–Japan talks?": an entry that never mentions a name the question gives keeps this share. */
export const NAME_MISMATCH_FACTOR = 0.5;
/** An everyday word (see isFiller) that no entry lists as a keyword weighs this share of its IDF. */
export const FILLER_WEIGHT = 0.3;
/** A year, as typed: 1000–2099. */
const YEAR = /^(?:1\d|20)\d\d$/;
/** "2+2", "15 times 4": arithmetic for a calculator, not a question about the article. */
const ARITHMETIC = /\d\s*(?:(?!\+\s*\d\s+(?:guidelines|talks|dialogue|meeting|format|framework)\b)[+*x×÷/=^]|\b(?:times|plus|minus|divided by|multiplied by|squared)\b)\s*\d/i;
/**
 * "how many diplomats does japan have": what a side holds is counted nowhere in the article; only the talks,
 * their rounds and the years between them are.
 */
const HOLDINGS = new RegExp(
  [
    /\bhow (?:many|much) (?!(?:rounds?|talks|times|meetings?|years?|sessions?|dialogues?)\b)\w+(?: \w+)? (?:does|do|did) (?:japan|china|tokyo|beijing|taiwan|usa|they|each side|each country|either side|both sides|the two(?: sides| countries)?) (?:have|own|employ|field|keep|maintain|operate)\b/,
    // "does taiwan have a navy"
    /\b(?:does|do) (?:japan|china|tokyo|beijing|taiwan|usa) (?:even |really |actually )?(?:have|own|possess|field) (?:a|an|any|its own) (?:navy|army|air force|military|nukes|nuclear weapons|carriers?|aircraft carriers?|submarines?|coast guard|marines)\b/,
    // "…more ships than japan, how many does each have"
    /\bhow many (?:does|do) (?:each|either|they|both)(?: side| country| of them)? have\b/,
    // "what ships does the msdf use"
    /\bwhat (?:ships|planes|aircraft|weapons|submarines|vessels|equipment|kit) (?:does|do) (?:the )?(?:msdf|sdf|navy|japan|china|pla|coast guard) (?:use|have|operate|field|own)\b/,
    // "is it true china has 3 aircraft carriers"
    /\b(?:japan|china|tokyo|beijing|taiwan|the msdf|the pla) (?:has|have|had|owns|operates|fields) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of|hundreds of) (?:aircraft )?(?:carriers|ships|submarines|destroyers|jets|planes|fighters|warships|vessels|troops|soldiers|missiles)\b/,
  ]
    .map((r) => r.source)
    .join('|'),
);
/** "!work", "$balance", "?rank", "/rank me": a command for another bot, by its prefix (this bot's own slash commands aside). */
const OTHER_BOT_COMMAND = /^\s*[!$%~.;?](?!ask\b)\p{L}|^\s*\/(?!(?:ask|agenda|history|help|source)\b)\p{L}+(?:\s+\S+){0,2}\s*$/u;
/** A month or season: after "in" or "for" in a question that asks for something else, it narrows the question rather than asks it. */
const TIME_WORDS: ReadonlySet<string> = new Set([...MONTHS, 'spring', 'summer', 'autumn', 'fall', 'winter']);
const ASKS_FOR_A_THING: ReadonlySet<string> = new Set(['what', 'who', 'why', 'which']);
/** Remarks that are chat unless they go on to ask something: "first!", thanks, a word on the bot, a greeting to the channel. */
const CHAT_REMARKS: readonly (readonly [RegExp, string])[] = [
  [/^\s*(?:first|1st|frist)\s*!+\s*$/i, 'a "first!" comment'],
  [/^\s*(?:thank you|thanks|thank u|thx|ty|tysm|cheers|many thanks)\b|^\s*(?:(?:ok|okay|great|perfect|cool|right|ah|oh|yes|yep)[,!.]?\s+)?(?:that|this|it|you)\s+(?:answers|answered|answer|covers|covered)\s+(?:my|the|it|that|everything|all)(?:\s+questions?)?\b/i, 'thanks'],
  [/^\s*(?:this|the|ur|your) bot\b/i, 'a remark about the bot'],
  [/\b(?:hello|hi|hey|hiya|howdy|greetings)\s+(?:all|everyone|everybody|guys|folks|people|there|y'?all)\b/i, 'a greeting'],
  [/\b(?:i'?ll|i will) be (?:right )?back\b|\bback (?:later|soon|in a (?:bit|sec|min))\b/i, 'a "be back" remark'],
];
/** A clause after the first that opens with an auxiliary: "hey folks, new here, is there a date yet" asks something. */
const ASKS_BY_AUXILIARY = /[,;.!]\s*(?:(?:but|so|and) )?(?:is|are|was|were|do|does|did|will|would|has|have) (?:there|it|they|the|this|that|these|those|japan|china)\b/i;
/** A message that is only a command to stop ("stop", "nvm"), not a question. */
const STOP_COMMAND = /^\s*(?:(?:please|pls|plz|ok|okay) )?(?:stop|quit|exit|cancel|enough|nevermind|never mind|nvm|shut up)(?: (?:please|pls|plz|it|that|now))?\s*[.!]*\s*$/i;
/** A tag at the end of a question ("the talks are in Tokyo, right?"), unless it is a right someone has ("the right"). */
const TAGS: ReadonlySet<string> = new Set(['right', 'innit', 'eh', 'huh']);
const BEFORE_A_RIGHT: ReadonlySet<string> = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'our', 'to', 'this', 'that', 'collective', 'go', 'goes', 'going', 'went', 'turn', 'turns', 'turned']);
/** Words for the talks themselves: with one of them, "in Japan" asks where they are held. */
const MEETING: ReadonlySet<string> = new Set(['talk', 'dialogu', 'meet', 'round', 'session', 'held', 'hold', 'host']);
/** The most words a short request ("summarize the harry potter books") has. */
const SHORT_REQUEST_WORDS = 8;
/** Words that ask for the gist ("summary?", "overview pls"): alone, they are about the headline. */
const SUMMARY_REQUEST: ReadonlySet<string> = new Set(['summary', 'overview', 'summariz', 'summaris', 'recap']);
/** Verbs that take "for" ("what is China asking for"): with them "what … for" asks for a thing, not a purpose. */
const VERBS_WITH_FOR: ReadonlySet<string> = new Set(
  'known famous ask asks asked hope hopes hoped push pushes pushed call calls called look looks looked wait waits waited press presses pressed argue argues argued seek seeks aim aims aimed pay pays paid account accounts stand stands vote votes voted prepare prepares prepared plan plans planned go goes went head headed want wants wanted'.split(' '),
);
/** Verbs that put "what … after" in time ("what happens after"), not in wanting ("what is Tokyo after"). */
const COMES_AFTER: ReadonlySet<string> = new Set(['happen', 'happens', 'happened', 'come', 'comes', 'came', 'next', 'follows', 'followed', 'then', 'right']);
/** A word without its ending: "served" and "server" share "serv", "strategic" and "strategy" "strateg". */
const rootOf = (word: string): string => word.replace(/(?:ing|ers|er|ed|es|s|e|ical|ic|y)$/, '');
/** Out-of-scope subjects are recognised misspelt from this length. */
const MIN_MISSPELT_LENGTH = 6;
/** The confidence given to the headline entry for a question about the talks that asks nothing more specific. */
export const HEADLINE_CONFIDENCE = 0.5;
/** The words the normalize rules give a question for the gist or for why the talks matter. */
const GIST_WORDS = { summary: ['summary'], why: ['why', 'talks', 'important'] } as const;

/** Per-word results (fuzzy matches, a possessive's party) are cached; a cache is emptied when it reaches this size. */
const CACHE_LIMIT = 10_000;

/** A letter typed twice in a row: "collective", "aggression". */
const DOUBLE_LETTER = /([a-z])\1/g;

/** Typos tolerated in a word of this length: one from 5 letters, two from 8. */
function allowedErrors(length: number): number {
  return length >= 8 ? 2 : length >= MIN_FUZZY_LENGTH ? 1 : 0;
}

/** Words that address the bot itself ("who made you", "who made this bot"). */
const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself', 'u', 'ur']);
/** What the bot may be asked for as its own ("your sources"): the article's. */
const BOT_SOURCE: ReadonlySet<string> = new Set('source info information data article knowledge answer citation reference quote'.split(' ').map(stem));
/** A question that asks where ("where … from" asks for an origin). */
const ASKS_PLACE = /\bwhere\b(?!.*\bfrom\b)|\b(?:which|what) (?:city|place|venue|location)\b/;
/** "why does this bot only talk about one article": a question about the bot, not the article. */
const WHY_THE_BOT = /\b(?:why|how come) (?:does|do|did|is|was|can|cannot|cant|will|would|wont)(?: not)? (?:this|the|ur|your) bot\b/;
/** "who made this", "who built it": a question about the bot, not the article. */
const MAKING_THIS = /\b(?:made|make|makes|created|built|wrote|coded|programmed|developed|runs|owns) (?:this|it)\b/;
/**
 * Questions that ask for a kind of fact, and how to tell a sentence that gives one: "how many" needs a
 * number, "when" a time. Read on the folded question and on the entry's quoted sentences.
 */
const QUESTION_KINDS = [
  {
    asks: /\bhow (?:many|much|big|large|strong)\b|\b(?:number|size) of\b|\b(?:count|tally)\b/,
    gives: /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b/i,
  },
  {
    asks: /\bwhen\b|\bwhat (?:(?:is|s) )?(?:the )?(?:year|month|date|day|time)\b|\bhow long\b/,
    gives: /\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|years?|months?|since|last|ago)\b/i,
  },
  {
    // A place is named after "in" or "at", with a capital: "in Tokyo", "in the East China Sea".
    asks: ASKS_PLACE,
    gives: /\b(?:in|at) (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]/,
  },
] as const;
/** "When do the talks start?" asks about the planned talks: an entry about what has happened keeps this share. */
export const PAST_FACTOR = 0.8;
/** The auxiliary a question opens its verb with tells its tense: "when do…", "when will…" against "when did…". */
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'was', 'were', 'had', 'has', 'have']);
const TENSE_AUXILIARIES: ReadonlySet<string> = new Set([...AUXILIARIES, ...PAST_AUXILIARIES, 'wil', 'shall', 'gonna']);
/** Words that put a question in the past whatever its auxiliary: "when is the last time…". */
const PAST_MARKERS: ReadonlySet<string> = new Set(['last', 'previous', 'previously', 'prior', 'ago', 'originally', 'earlier', 'first', 'began', 'before', 'history']);
/** An entry whose answer does not give the kind of fact asked for explains this share of its score. */
export const WRONG_KIND_FACTOR = 0.5;
/** Index into QUESTION_KINDS of the kind that asks for a time. */
const TIME_KIND = 1;
/** Past forms that do not end in -ed. */
const PAST_FORMS: ReadonlySet<string> = new Set(['began', 'begun', 'met', 'held', 'was', 'were', 'did', 'had', 'went', 'came', 'took', 'made', 'said', 'got']);
/** Of those, the ones that put a question on earlier talks ("when did it all start"); "held" is not, as in "being held". */
const IN_THE_PAST: ReadonlySet<string> = new Set(['did', 'was', 'were', 'had', 'began', 'begun', 'met']);
/** The auxiliary right after "when" or "where" ("…i was reading the news, when is that happening"): the tense of the question, whatever the story's. */
function askedTense(folded: readonly string[]): string | undefined {
  const at = folded.findIndex((w) => w === 'when' || w === 'where');
  const next = at < 0 ? undefined : folded[at + 1];
  return next !== undefined && TENSE_AUXILIARIES.has(next) ? next : undefined;
}
/** "when do the talks start", "when will they meet": a question in the present or future (by `tense`, the asked one, if any), with nothing that puts it in the past. */
function speaksOfFuture(folded: readonly string[], tense: string | undefined): boolean {
  const aux = tense ?? folded.find((w) => TENSE_AUXILIARIES.has(w));
  if (folded.some((w) => PAST_MARKERS.has(w))) return false;
  // "wen teh talks start": with no auxiliary, a verb in the present speaks of what is planned.
  if (aux === undefined) return !folded.some((w) => w.endsWith('ed') || PAST_FORMS.has(w));
  return !PAST_AUXILIARIES.has(aux);
}
/** The two parties side by side ("japan china", "china and japan"): the name of the talks. */
const PARTY_PAIR = /\bjapan (?:and )?china\b|\bchina (?:and )?japan\b/;
/** The parties of the talks, as folded. */
const TALKS_PARTIES: ReadonlySet<string> = new Set(['japan', 'china']);
/** Words that put the talks asked about before the planned ones: "the last round", "previous talks". */
const EARLIER: ReadonlySet<string> = new Set(['last', 'previous', 'previously', 'prior', 'earlier']);
/** Verbs of the report itself: "was a date given", "has a venue been announced". */
const REPORTING: ReadonlySet<string> = new Set(['given', 'announced', 'set', 'fixed', 'mentioned', 'reported', 'confirmed', 'scheduled', 'named', 'released', 'disclosed']);
/** A question that asks where or when. */
const ASKS_PLACE_OR_TIME = new RegExp(`${ASKS_PLACE.source}|\\b(?:when|dates?)\\b|\\b(?:which|what) (?:year|month)\\b`);
/** Question words whose answer is a person, a time or a place. */
const PERSON_TIME_PLACE: ReadonlySet<string> = new Set(['who', 'when', 'where']);
/** "which senior japanese official": "which" before a person asks who, as "who" does. */
const WHICH_PERSON = /\bwhich (?:(?:senior|top|leading|japanese|chinese|government|foreign|defense|deputy|vice|other) ){0,3}(?:officials?|ministers?|diplomats?|person|people|individuals?|delegates?|representatives?|envoys?)\b/;
/** "how many warships…": the thing counted is the first content word after these words. */
const COUNTING = /\b(?:how many|number of)\b/;

export interface Match {
  /** Empty when the question has no informative word (only words most entries share, like "what" or "talks"). */
  readonly candidates: readonly Candidate[];
  /** Words of the question that mark it as outside the article (other countries, people, subjects). */
  readonly outOfScope: readonly string[];
  /** The party the question makes its subject or owner ("will Japan ask…", "Japan's budget"), if any. */
  readonly party?: string;
}

export interface Candidate {
  readonly entry: QaEntry;
  /** The share of the question this entry explains, IDF-weighted, in [0, 1]. */
  readonly confidence: number;
}

/** One content word of a question and the alias expansions it brings. */
interface QueryTerm {
  readonly typed: string;
  readonly expansions: readonly (readonly string[])[];
  /** Part of a phrase with small words typed whole ("talk about", "set up"): the phrase means its expansion, whatever the word alone weighs. */
  readonly inPhrase: boolean;
}

interface AliasPattern {
  readonly terms: readonly string[];
  readonly adds: readonly (readonly string[])[];
  /** For a phrase with small words ("set up", "call on"): all of it, stemmed, which the question must hold as typed. */
  readonly phrase?: string;
}

/** What the index knows of one Q&A entry. */
interface EntryTerms {
  entry: QaEntry;
  terms: Map<string, number>;
  bigrams: Set<string>;
  /** Indexes into QUESTION_KINDS of the kinds of fact its quoted sentences give. */
  gives: ReadonlySet<number>;
  /** The content words of its quoted sentences: a number they give is a number of one of these. */
  quotedTerms: ReadonlyMap<string, number>;
  /** The cities its quoted sentences put something in ("talks in Tokyo"), not those that stand for a government ("Tokyo hopes"). */
  quotedPlaces: ReadonlyMap<string, number>;
  actor: string | undefined;
  /** The party whose thing the entry is about: its subject, else its actor. */
  owner: string | undefined;
  /** Index of the entry's answer: entries that quote exactly the same sentences share one. */
  answer: number;
  /** About the planned talks: it quotes the headline's sentence and is not about the past. */
  planned: boolean;
  /** Which of who, when and where its own question asks. */
  asksFor: ReadonlySet<string>;
}

/**
 * The word-level index over the Q&A set: each content word of a question is matched on its
 * own (exactly, else fuzzily with fuse.js against the vocabulary), so a long question is never
 * one fuse.js pattern. An entry's confidence is the IDF-weighted share of the question's words
 * covered by its vocabulary and by the keywords of the entries that quote the same sentences
 * ("when" and "where" both quote S1, so "date + location" is covered whole for either).
 */
export class MatchIndex {
  private readonly entryTerms: EntryTerms[];
  private readonly answers: number;
  /** The entry that gives the article's gist, for a question about the talks that asks nothing more specific. */
  private readonly headline: QaEntry | undefined;
  private readonly actors: ReadonlySet<string>;
  /** Out-of-scope words by themselves and phrases by their first two words, each with its place in the list (matches keep the list's order). */
  private readonly outOfScopeByHead = new Map<string, { readonly text: string; readonly at: number }[]>();
  private readonly outOfScopeWords: ReadonlySet<string>;
  /** One-word out-of-scope subjects from MIN_MISSPELT_LENGTH letters, by first letter. */
  private readonly outOfScopeByLetter = new Map<string, string[]>();
  private readonly outOfScopeTogether: readonly (readonly (readonly string[])[])[];
  /** The "together" rules by the first words of their first group's items: only those a question's words open are checked. */
  private readonly togetherByFirst = new Map<string, number[]>();
  /** Per "together" rule, per group, the first words of its items: the rule can hold only when each group has one in the question. */
  private readonly togetherFirstWords: readonly (readonly (readonly string[])[])[];
  private readonly idf = new Map<string, number>();
  private readonly unknownWeight: number;
  private readonly informativeIdf: number;
  /**
   * One fuse.js index per word length and first letter, so a word is only compared with words it could be a typo of
   * (typos seldom touch the first letter).
   */
  private readonly fuseByShape = new Map<string, Fuse<string>>();
  /** Words of the knowledge as written, when their stem differs ("meeting" → "meet"). */
  private readonly stemOfWritten = new Map<string, string>();
  /** Vocabulary words with a doubled letter, as [the word with its doubles typed single, the word]. */
  private readonly doubled: (readonly [string, string])[] = [];
  /** Alias patterns by their first word. */
  private readonly patterns = new Map<string, AliasPattern[]>();
  private readonly cache = new Map<string, ReadonlyMap<string, number>>();
  /** The party a possessive's owner names ("what's": none), by the owner as typed. */
  private readonly partyOfOwner = new Map<string, string | undefined>();
  /** The out-of-scope subject a word not known is a slip for, by the word. */
  private readonly slips = new Map<string, string | undefined>();
  private readonly spellings: ReadonlyMap<string, string>;
  private readonly respeller: Respeller;
  private readonly names: ReadonlySet<string>;
  private readonly places: ReadonlySet<string>;
  private readonly countries: ReadonlyMap<string, string>;
  /** The years the article gives (1993, 2011), and the latest of them. */
  private readonly years: ReadonlySet<string>;
  /** The months the article gives to something other than the planned talks (January, July, November). */
  private readonly months: ReadonlySet<string>;
  private readonly lastYear: number;
  /** Verbs the article puts in the past ("agreed", "held"): "did they ever agree" asks what it gives. */
  private readonly pastDeeds: ReadonlySet<string>;
  /** Per third party (the US, Taiwan, the UN), the words of the sentences that name it: what the article has it do ("claimed by Taiwan") or own ("the UN Charter"). */
  private readonly thirdPartyWords = new Map<string, ReadonlySet<string>>();
  /** Words some entry lists as a keyword: chosen on purpose, never discounted as everyday words. */
  private readonly keywords: ReadonlySet<string>;

  constructor(kb: KnowledgeBase) {
    this.spellings = kb.aliases.spellings;
    this.names = new Set(kb.aliases.names);
    this.places = new Set(kb.aliases.places);
    this.countries = kb.aliases.countries;
    // Each sentence and phrasing is folded once, whatever below reads its words.
    const foldedOf = new Map<string, string[]>();
    const fold = (text: string) => foldedOf.get(text) ?? foldedOf.set(text, words(text, this.spellings)).get(text) ?? [];
    const terms = (text: string) => contentOf(fold(text));
    const sentenceWords = [...kb.sentences.values()].map((s) => fold(s.text));
    this.headline = kb.entries.find((e) => e.headline);
    const headlineSentence = this.headline?.answer[0];
    this.years = new Set(sentenceWords.flatMap((w) => w.filter((x) => YEAR.test(x))));
    // The month of the planned talks names them, whatever is asked of them ("what's on the agenda in April").
    const headlineWords = new Set(fold(kb.sentences.get(headlineSentence ?? '')?.text ?? ''));
    this.months = new Set(sentenceWords.flatMap((w) => w.filter((x) => MONTHS.has(x) && !headlineWords.has(x))));
    this.lastYear = Math.max(0, ...[...this.years].map(Number));
    this.pastDeeds = new Set(sentenceWords.flatMap((w) => w.filter((x) => x.endsWith('ed') || PAST_FORMS.has(x))));
    this.keywords = new Set(kb.entries.flatMap((e) => e.keywords.flatMap(terms)));
    // Out-of-scope phrases and spellings are stored folded already: their words are their own.
    const plainWords = (texts: Iterable<string>) => [...texts].flatMap((t) => t.split(' '));
    const ownWords = [
      ...sentenceWords.flat(),
      ...kb.entries.flatMap((e) => [e.question, ...e.alternates, ...e.keywords]).flatMap(fold),
      ...plainWords(kb.aliases.spellings.values()),
    ].filter((w) => !this.names.has(w));
    // The words of alias terms are known too ("taking part"), though no entry holds them: "taking" is not "talking".
    const aliasWords = kb.aliases.expansions.flatMap((rule) => rule.terms.flatMap((t) => t.split(' ')));
    this.respeller = new Respeller(new Set([...ownWords, ...plainWords(kb.outOfScope), ...this.names, ...aliasWords]), ownWords, this.spellings);
    for (const [at, text] of kb.outOfScope.entries()) {
      // A phrase is filed under its first two words, a word under itself: a message's word pairs find the phrases it may hold.
      const head = text.split(' ').slice(0, 2).join(' ');
      this.outOfScopeByHead.set(head, [...(this.outOfScopeByHead.get(head) ?? []), { text, at }]);
    }
    this.outOfScopeWords = new Set(kb.outOfScope);
    for (const w of kb.outOfScope) {
      if (w.includes(' ') || w.length < MIN_MISSPELT_LENGTH || !/^[a-z]+$/.test(w)) continue;
      this.outOfScopeByLetter.set(w[0] ?? '', [...(this.outOfScopeByLetter.get(w[0] ?? '') ?? []), w]);
    }
    this.outOfScopeTogether = kb.outOfScopeTogether;
    this.togetherFirstWords = kb.outOfScopeTogether.map((groups) => groups.map((g) => [...new Set(g.map(firstWord))]));
    for (const [r, [firsts = []]] of this.togetherFirstWords.entries()) {
      for (const w of firsts) this.togetherByFirst.set(w, [...(this.togetherByFirst.get(w) ?? []), r]);
    }
    const answerOf = new Map<string, number>();
    this.entryTerms = kb.entries.map((entry) => {
      const weights = new Map<string, number>();
      const bigrams = new Set<string>();
      const add = (list: readonly string[], weight: number) => {
        for (const [i, t] of list.entries()) {
          weights.set(t, Math.max(weights.get(t) ?? 0, weight));
          if (i > 0) bigrams.add(`${list[i - 1]} ${t}`);
        }
      };
      const quoted = entry.answer.map((sid) => kb.sentences.get(sid)?.text ?? '');
      const quotedLists = quoted.map(terms);
      for (const list of quotedLists) add(list, FIELD_WEIGHT.answer);
      for (const alt of entry.alternates) add(terms(alt), FIELD_WEIGHT.alternates);
      add(terms(entry.question), FIELD_WEIGHT.question);
      for (const k of entry.keywords) add(terms(k), FIELD_WEIGHT.keywords);
      const quotedTerms = new Map(quotedLists.flat().map((t) => [t, 1] as const));
      const quotedPlaces = new Map(
        quoted.flatMap((text) => {
          const w = fold(text);
          return w.flatMap((word, j) => (this.places.has(stem(word)) && (w[j - 1] === 'in' || w[j - 1] === 'at') ? [[stem(word), 1] as const] : []));
        }),
      );
      const gives = new Set(QUESTION_KINDS.flatMap((kind, k) => (quoted.some((text) => kind.gives.test(text)) ? [k] : [])));
      const actor = entry.actor === undefined ? undefined : terms(entry.actor).join(' ');
      const owner = entry.subject === undefined ? actor : terms(entry.subject).join(' ');
      const key = [...entry.answer].sort().join(' ');
      if (!answerOf.has(key)) answerOf.set(key, answerOf.size);
      const planned = !entry.past && entry.answer.includes(headlineSentence ?? '');
      const asksFor = new Set(fold(entry.question).filter((w) => PERSON_TIME_PLACE.has(w)));
      return { entry, terms: weights, bigrams, gives, quotedTerms, quotedPlaces, actor, owner, answer: answerOf.get(key) ?? 0, planned, asksFor };
    });
    this.answers = answerOf.size;
    this.actors = new Set(this.entryTerms.flatMap((e) => (e.actor ? [e.actor] : [])));
    // Document frequency counts the entries that ask about a word (question, alternates, keywords),
    // not those whose quoted sentences merely contain it: "the sources said" ends many sentences.
    const df = new Map<string, number>();
    for (const { terms: t } of this.entryTerms) {
      for (const [term, weight] of t) df.set(term, (df.get(term) ?? 0) + (weight > FIELD_WEIGHT.answer ? 1 : 0));
    }
    const n = this.entryTerms.length;
    for (const [term, count] of df) this.idf.set(term, Math.log(1 + n / Math.max(1, count)));
    this.unknownWeight = UNKNOWN_WORD_FACTOR * Math.log(1 + n);
    this.informativeIdf = Math.log(1 + 1 / UNINFORMATIVE_SHARE);
    // The knowledge's words as written are compared too, so that a typo in an inflected word ("meetng")
    // finds its stem ("meet") through the word it misspells ("meeting").
    const written = new Set([...sentenceWords.flat(), ...kb.entries.flatMap((e) => [e.question, ...e.alternates, ...e.keywords].flatMap((t) => words(t, this.spellings)))]);
    for (const w of written) {
      const s = stem(w);
      if (w !== s && w.length >= MIN_FUZZY_LENGTH && !isStopWord(w) && /^[a-z]+$/.test(w) && df.has(s) && !df.has(w)) this.stemOfWritten.set(w, s);
    }
    const byShape = new Map<string, string[]>();
    for (const term of [...df.keys(), ...this.stemOfWritten.keys()]) {
      const shape = shapeOf(term.length, term[0] ?? '');
      byShape.get(shape)?.push(term) ?? byShape.set(shape, [term]);
      const single = term.replace(DOUBLE_LETTER, '$1');
      if (single !== term) this.doubled.push([single, term]);
    }
    for (const [shape, list] of byShape) {
      this.fuseByShape.set(
        shape,
        new Fuse(list, { includeScore: true, ignoreLocation: true, threshold: FUSE_THRESHOLD, isCaseSensitive: true, shouldSort: false }),
      );
    }
    for (const rule of kb.aliases.expansions) {
      for (const t of rule.terms) {
        const all = words(t, this.spellings);
        const pattern = {
          terms: terms(t),
          adds: rule.adds.map(terms).filter((a) => a.length > 0),
          // Small words are told by the word as written: "goes" is one, though its stem "goe" is not.
          ...(all.some(isStopWord) ? { phrase: all.map(stem).join(' ') } : {}),
        };
        const [first] = pattern.terms;
        if (first !== undefined) this.patterns.set(first, [...(this.patterns.get(first) ?? []), pattern]);
      }
    }
    // A sentence names a third party by its word or by all the words of one of its aliases ("United Nations"); what it
    // says of the party is its words and what their aliases make of them ("islets" → "islands").
    const sentenceStems = sentenceWords.map((w) => w.map(stem));
    for (const party of OTHER_PARTIES) {
      const forms = [[party], ...this.queryTerms([party]).flatMap((t) => t.expansions)];
      const naming = sentenceWords.filter((_, i) => forms.some((form) => form.every((t) => sentenceStems[i]?.includes(t))));
      this.thirdPartyWords.set(party, new Set(naming.flat().flatMap((w) => [stem(w), ...this.queryTerms([w]).flatMap((t) => t.expansions.flat())])));
    }
  }

  /** The entries that share words with the question, best first, and any out-of-scope words it contains. */
  match(message: string): Match {
    const question = this.respeller.respell(withoutMarkup(plainLetters(message)));
    const folded = questionShape(words(question, this.spellings));
    // The folded and the stemmed words, kept apart so that no phrase spans the two.
    const stems = folded.map(stem);
    const text = folded.join(' ');
    const padded = ` ${text} | ${stems.join(' ')} `;
    const present = new Set([...folded, ...stems]);
    const pairs = new Set([folded, stems].flatMap((ws) => ws.slice(1).map((w, i) => `${ws[i]} ${w}`)));
    // A phrase's first two words are looked up before the phrase is searched for: most phrases fail there.
    const has = (w: string) => {
      const space = w.indexOf(' ');
      if (space < 0) return present.has(w);
      const second = w.indexOf(' ', space + 1);
      return second < 0 ? pairs.has(w) : pairs.has(w.slice(0, second)) && padded.includes(` ${w} `);
    };
    const outOfScope = [
      ...[...present, ...pairs]
        .flatMap((w) => this.outOfScopeByHead.get(w) ?? [])
        .filter((o) => has(o.text))
        .sort((a, b) => a.at - b.at)
        .map((o) => o.text),
      ...[...new Set([...present].flatMap((w) => this.togetherByFirst.get(w) ?? []))]
        .sort((a, b) => a - b)
        .flatMap((r) => {
          if (!this.togetherFirstWords[r]?.every((firsts) => firsts.some((w) => present.has(w)))) return [];
          const found = (this.outOfScopeTogether[r] ?? []).map((g) => g.find(has));
          return found.every((w) => w !== undefined) ? [found.join(' + ')] : [];
        }),
      // "what happened in 2010": a year before the article's last that it never gives is a fact it doesn't have.
      // Later years may be the planned talks' own ("talks in spring 2015?"), which the article does not name.
      ...folded.filter((w) => YEAR.test(w) && !this.years.has(w) && Number(w) < this.lastYear),
      ...this.everDone(folded),
      ...(ARITHMETIC.test(question) ? ['arithmetic'] : []),
      ...(HOLDINGS.test(text) ? ['what a side holds'] : []),
      ...(OTHER_BOT_COMMAND.test(question) ? ['a command for another bot'] : []),
      ...(STOP_COMMAND.test(question) ? ['a command to stop'] : []),
      ...(WHY_THE_BOT.test(text) ? ['a question about the bot'] : []),
      // "Thank you for your help earlier.": a remark that asks nothing is chat, whatever words follow it.
      ...(!folded.some((w) => isQuestionWord(w)) && !question.includes('?') && !ASKS_BY_AUXILIARY.test(question) ? CHAT_REMARKS.filter(([r]) => r.test(question)).map(([, kind]) => kind) : []),
      ...this.misspeltOutOfScope(folded),
      // "what's your purpose", "your favourite colour": the bot's own things, unless it is asked for its sources.
      ...folded.flatMap((w, j) => {
        const next = folded[j + 1];
        return (w === 'your' || w === 'ur') && next !== undefined && !isStopWord(next) && !BOT_SOURCE.has(stem(next)) ? [`your ${next}`] : [];
      }),
    ];
    const possessor = this.possessor(question);
    const subject = this.subjectParty(folded);
    if (subject?.unsaid !== undefined) outOfScope.push(`${subject.party} ${subject.unsaid}`);
    const party = subject?.party ?? possessor;
    const gist = outOfScope.length === 0 ? gistAsked(folded) : undefined;
    return { candidates: this.candidates(gist !== undefined ? GIST_WORDS[gist] : folded, possessor, subject), outOfScope, ...(party !== undefined ? { party } : {}) };
  }

  /** "has Japan ever used…", "did China ever apologise": a party's deeds over the years, other than meeting, are history the article does not give. */
  private everDone(folded: readonly string[]): string[] {
    const at = folded.indexOf('ever');
    const verb = folded.slice(at + 1).find((w) => !HEDGES.has(w));
    // "the first ever talks": a superlative, not a deed.
    if (at < 2 || verb === undefined || folded[at - 1] === 'first' || !folded.slice(Math.max(0, at - 4), at - 1).some((w) => PAST_AUXILIARIES.has(w))) return [];
    const aVerb = !isStopWord(verb) || PAST_FORMS.has(verb) || verb.endsWith('ed');
    return !aVerb || verb === 'been' || verb === 'met' || MEETING.has(stem(verb)) || [verb, `${verb}d`, `${verb}ed`].some((v) => this.pastDeeds.has(v)) ? [] : [`ever ${verb}`];
  }

  /**
   * "populaton", "budjet": a word the knowledge does not know, within the allowed typos of a one-word
   * out-of-scope subject (same first letter, from 6 letters), is that subject misspelt.
   */
  private misspeltOutOfScope(folded: readonly string[]): string[] {
    return folded.flatMap((w) => {
      if (w.length < MIN_MISSPELT_LENGTH || this.outOfScopeWords.has(w) || this.patterns.has(stem(w)) || isStopWord(w) || isFiller(stem(w))) return [];
      const near = remembered(this.slips, w, () => this.slipFor(w));
      return near === undefined ? [] : [`${near} (${w})`];
    });
  }

  /** The one-word out-of-scope subject the word is a slip for, if any. */
  private slipFor(w: string): string | undefined {
    // "presdent" is one slip from "president", nearer than the article's "prevent": the nearer word decides.
    const known = Math.max(0, ...this.similar(stem(w)).values());
    if (known === 1) return undefined; // a word of the knowledge is no slip
    const errors = known > 0 ? 1 : allowedErrors(w.length);
    return this.outOfScopeByLetter.get(w[0] ?? '')?.find((o) => {
      if (Math.abs(o.length - w.length) > errors) return false;
      // "served" is no slip for "server", nor "strategic" for "strategy": a verb's or an adjective's form of the same root.
      if (/(?:ed|ing|ic|ical)$/.test(w) && rootOf(w) === rootOf(o)) return false;
      // "stemming" is no slip for "spamming": two forms with one ending differ in their shorter roots, one slip at most.
      const sameEnding = ['ing', 'ed'].some((ending) => w.endsWith(ending) && o.endsWith(ending));
      const allowed = sameEnding ? Math.min(errors, 1) : errors;
      const distance = Math.abs(o.length - w.length) <= allowed ? editDistance(w, o) : Infinity;
      return distance <= allowed && 1 - distance / Math.max(o.length, w.length) > known;
    });
  }

  /** The party a question makes its subject ("what will Japan raise", "does Beijing want…"), if any. */
  private subjectParty(folded: readonly string[]): Subject | undefined {
    // "japan wants clarity on what", and after a question word with the auxiliary left out, "wat japan want 2 know": a
    // party opening the question with a verb of asking is its subject.
    const first = this.queryTerms(folded.slice(0, 1));
    const at = isQuestionWord(folded[0] ?? '') ? 1 : 0;
    const [opening] = (at === 0 ? first : this.queryTerms(folded.slice(1, 2))).flatMap((t) => this.partiesIn(t));
    const openingVerb = folded.slice(at + 1).find((w) => !HEDGES.has(w));
    if (opening !== undefined && openingVerb !== undefined && ASKING.has(stem(openingVerb))) return { party: opening, asks: true };
    // "washington sending anyone?": a third party opening the question with its doing, the "is" left out.
    const [third] = first.flatMap((t) => this.partiesIn(t, OTHER_PARTIES));
    const doing = folded[1];
    if (third !== undefined && doing !== undefined && doing.endsWith('ing') && !isStopWord(doing) && !this.thirdPartyWords.get(third)?.has(stem(doing)) && !this.queryTerms([doing]).some((t) => this.partiesIn(t).length > 0)) {
      return { party: third, asks: ASKING.has(stem(doing)), unsaid: stem(doing) };
    }
    for (const [i, word] of folded.entries()) {
      if (!AUXILIARIES.has(word)) continue;
      const at = folded[i + 1] === 'the' ? i + 2 : i + 1;
      const next = folded[at];
      const named = this.queryTerms(next === undefined ? [] : [next]);
      const [party] = named.flatMap((t) => this.partiesIn(t));
      const after = folded.slice(at + 1).find((w) => !HEDGES.has(w));
      // "what will japan and china discuss": the two together are the subject, neither party alone.
      if (party && after === 'and' && this.queryTerms(folded.slice(at + 2, at + 3)).some((t) => this.partiesIn(t).length > 0)) return undefined;
      if (party) return { party, asks: after === undefined || ASKING.has(stem(after)) };
      const [asked] = named.flatMap((t) => this.partiesIn(t, OTHER_PARTIES));
      // "will the US attend", or said plainly: "the US will attend".
      const [told] = asked === undefined ? this.queryTerms(folded.slice(Math.max(0, i - 1), i)).flatMap((t) => this.partiesIn(t, OTHER_PARTIES)) : [];
      const third = asked ?? told;
      const verb = asked !== undefined ? after : folded.slice(i + 1).find((w) => !HEDGES.has(w));
      if (third === undefined || verb === undefined) continue;
      // "are the US-Japan guidelines late": a pair of countries names a thing, not a subject.
      if (this.queryTerms([verb]).some((t) => this.partiesIn(t).length > 0)) continue;
      // "does Taiwan claim the islets", "what does the UN Charter say": what the article gives the party.
      if (this.thirdPartyWords.get(third)?.has(stem(verb))) continue;
      // "is the US navy patrolling…": a third party doing something is about its own doings, not the talks'.
      // "does Taiwan patrol…": what a third party does, other than what the article gives it, is not said.
      // "what will Taiwan do about the islets": doing anything at all is a deed too.
      if (!ASKING.has(stem(verb))) return { party: third, asks: false, ...(DOING.has(word) && (!isSmallWord(verb) || verb === 'do') && !isFiller(stem(verb)) ? { unsaid: stem(verb) } : {}) };
      // "is taiwan mentioned at all", "was the us asked": after "is", a participle of asking is said of the party, not by it.
      if (['is', 'was', 'are', 'were'].includes(word) && SAID_OF.has(verb)) continue;
      // "who does Taiwan say owns the islands": a view about what the article gives the party (its claim) is given.
      if (REPORTING_VIEW.has(stem(verb)) && this.givesParty(third, folded.slice(folded.indexOf(verb, at) + 1))) continue;
      // "what does America think", "will Washington ask…": the article gives a third party no view or question.
      return { party: third, asks: true, unsaid: stem(verb) };
    }
    return undefined;
  }

  /** Whether any of the words, or what an alias makes of them ("owns" → "claimed"), is one the article says of the third party. */
  private givesParty(party: string, folded: readonly string[]): boolean {
    const said = this.thirdPartyWords.get(party);
    return this.queryTerms(folded).some((t) => [[t.typed], ...t.expansions].some((form) => form.some((w) => w !== party && said?.has(w))));
  }

  /** The party in the first possessive that names one ("Japan's budget", "Beijing's concerns"), if any. */
  private possessor(question: string): string | undefined {
    // The apostrophe first: a pattern that starts with the owner's letters tries every letter of the message.
    for (const m of question.matchAll(/['’](?<=(?<!\p{L})(\p{L}+)['’])s\b/gu)) {
      const owner = m[1] ?? '';
      const party = remembered(this.partyOfOwner, owner, () => this.queryTerms(words(owner, this.spellings)).slice(0, 1).flatMap((t) => this.partiesIn(t))[0]);
      if (party) return party;
    }
    return undefined;
  }

  private candidates(folded: readonly string[], possessor: string | undefined, subject: Subject | undefined): Candidate[] {
    const query = this.queryTerms(folded);
    if (query.length === 0) return [];
    const text = folded.join(' ');
    const asPlaces = this.placesNamed(folded);
    const asks = QUESTION_KINDS.flatMap((kind, k) => (kind.asks.test(text) ? [k] : []));
    const tense = askedTense(folded);
    const aboutPlannedTalks = asks.includes(TIME_KIND) && speaksOfFuture(folded, tense);
    // "the last dialogue was in which city": a place or time asked of the talks before, not the planned ones.
    // "was any date given" asks what the report gave, not about earlier talks.
    const aboutEarlierTalks =
      !aboutPlannedTalks &&
      ASKS_PLACE_OR_TIME.test(text) &&
      (folded.some((w) => EARLIER.has(w)) || (tense !== undefined ? IN_THE_PAST.has(tense) : folded.some((w) => IN_THE_PAST.has(w)))) &&
      !folded.some((w) => REPORTING.has(w));
    // "who made you", "what are you": a question word and "you" alone ask about the bot, not the article.
    const aboutTheBot = folded.some((w) => SECOND_PERSON.has(w)) || MAKING_THIS.test(text);
    const scores = new Float64Array(this.entryTerms.length);
    /** Per entry: its own cover of the question, plus the words that another entry quoting the same sentences lists as keywords. */
    const pooled = new Float64Array(this.entryTerms.length);
    /** For the word at hand: each entry's match, and the best keyword match per answer. */
    const bests = new Float64Array(this.entryTerms.length);
    const keywordOfAnswer = new Float64Array(this.answers);
    /** Entries that never mention a name the question gives. */
    const lacksName = new Uint8Array(this.entryTerms.length);
    let known = 0;
    let unknown = 0;
    let informative = 0;
    // "what's on the agenda for April": the month narrows a question about something else.
    // So does a month before the meeting it names ("the agenda of the April talks").
    const asksAThing = ASKS_FOR_A_THING.has(folded[0] ?? '') || !folded.some((w) => isQuestionWord(w));
    const narrowing =
      asksAThing && !asks.includes(TIME_KIND)
        ? new Set(folded.filter((w, j) => TIME_WORDS.has(w) && (['in', 'for', 'during'].includes(folded[j - 1] ?? '') || MEETING.has(stem(folded[j + 1] ?? '')))))
        : new Set<string>();
    // "the last japan china security talks": the two parties together name the talks, not a party's doings.
    const pairNamesTalks = PARTY_PAIR.test(text);
    // "summarise the background": a request for a summary of something asks for that thing.
    const summaryOf = query.some((t) => SUMMARY_REQUEST.has(t.typed)) && query.some((t) => this.namesATopic(t));
    for (const term of query) {
      const place = asPlaces.get(term.typed);
      const typed = this.similar(place ?? term.typed);
      const expanded = place !== undefined ? [] : term.expansions.map((phrase) => phrase.map((t) => this.similar(t)));
      const typedIdf = this.weightOf(typed);
      const expandedIdf = maxOf(expanded.flat().map((m) => this.weightOf(m)));
      // An everyday word an alternate happens to use ("…are we looking at") says little about the entry,
      // unless it stands for a word that does ("bring up" → raise).
      const fullWeight =
        typedIdf !== undefined && ((isFiller(term.typed) && !this.keywords.has(term.typed)) || (summaryOf && SUMMARY_REQUEST.has(term.typed)))
          ? Math.max(typedIdf * FILLER_WEIGHT, expandedIdf ?? 0)
          : term.inPhrase
            ? maxOf([typedIdf, expandedIdf])
            : (typedIdf ?? expandedIdf);
      const weight =
        fullWeight !== undefined && (narrowing.has(term.typed) || (pairNamesTalks && TALKS_PARTIES.has(term.typed))) ? fullWeight * FILLER_WEIGHT : fullWeight;
      if (weight === undefined) {
        if (!isFiller(term.typed) && !CHAT_SHORTHAND.test(term.typed)) unknown += this.unknownWeight;
        continue;
      }
      known += weight;
      // A narrowing month still makes the question informative: "what talks are in April" asks about the talks then.
      // Asked of the bot, a word only a typo away from the knowledge's ("are you smart" → start) says nothing.
      const guessed = typed.get(place ?? term.typed) !== 1 && expandedIdf === undefined;
      // "which is better", "which one": "which" asks to choose among things named; with no "or" to name them it names nothing.
      const choosesAmongNone = term.typed === 'which' && !folded.includes('or');
      if ((!aboutTheBot || !(QUESTION_WORDS.has(term.typed) || guessed)) && !choosesAmongNone) informative = Math.max(informative, fullWeight ?? weight);
      // A year or month the article gives, typed, is a name too: "Japan's foreign minister in 2011" is not the one of last
      // November, and what Japan decided in July is not what the ministers agreed in November.
      const names = [typed, ...expanded.flat()]
        .flatMap((m) => [...m.keys()])
        .filter((w) => this.names.has(w) || (w === term.typed && (this.years.has(w) || this.months.has(w))));
      keywordOfAnswer.fill(0);
      // Indexed loops over the entries: an iterator's pair for each of them was most of a question's garbage here.
      for (let i = 0; i < this.entryTerms.length; i++) {
        const { terms, quotedPlaces, answer } = this.entryTerms[i] as EntryTerms;
        if (names.length > 0 && !names.some((w) => terms.has(w))) lacksName[i] = 1;
        // A city named as a place matches the sentences that put something there, not the entries about its government.
        // A word in a phrase of small words ("go right") means what the phrase means, not what it means alone.
        let best = place !== undefined ? bestIn(new Map([[place, 1]]), quotedPlaces) : term.inPhrase ? 0 : bestIn(typed, terms);
        for (const phrase of expanded) {
          let sum = 0;
          for (const m of phrase) sum += bestIn(m, terms);
          best = Math.max(best, (EXPANSION_FACTOR * sum) / phrase.length);
        }
        scores[i] = (scores[i] ?? 0) + weight * best;
        bests[i] = best;
        if (best > FIELD_WEIGHT.question) keywordOfAnswer[answer] = Math.max(keywordOfAnswer[answer] ?? 0, best);
      }
      for (let i = 0; i < this.entryTerms.length; i++) {
        const { answer } = this.entryTerms[i] as EntryTerms;
        pooled[i] = (pooled[i] ?? 0) + weight * Math.max(bests[i] ?? 0, keywordOfAnswer[answer] ?? 0);
      }
    }
    // "summarize the harry potter books": a short request for a summary of things the knowledge does not know is a
    // summary of something else (a long message may tell of a summary the teller is writing).
    const asksASummary = query.some((t) => SUMMARY_REQUEST.has(t.typed) || t.expansions.some((p) => p.some((w) => SUMMARY_REQUEST.has(w))));
    if (folded.length <= SHORT_REQUEST_WORDS && asksASummary && unknown > MAX_UNKNOWN_WORDS * this.unknownWeight) return [];
    const total = known + Math.min(unknown, MAX_UNKNOWN_WORDS * this.unknownWeight);
    if (informative < this.informativeIdf) {
      // "are these talks new?", "so are Japan and China finally talking security again?": about the talks,
      // with nothing more specific and nothing the knowledge does not know, is about the headline.
      const aboutTheTalks = unknown === 0 && !aboutTheBot && query.some((t) => MEETING.has(t.typed) || SUMMARY_REQUEST.has(t.typed));
      return aboutTheTalks && this.headline !== undefined ? [{ entry: this.headline, confidence: HEADLINE_CONFIDENCE }] : [];
    }
    const counted = this.counted(text);
    const pairs = query.slice(1).map((t, i) => `${query[i]?.typed} ${t.typed}`);
    // "which Chinese programmes does Japan ask about": of two parties named, the one that asks acts, whichever comes first.
    const named = this.firstActor(query);
    const firstActor = named !== undefined && subject?.asks === true ? subject.party : named;
    // "Japan's budget", "is Japan building carriers": the question is about that party's own thing.
    const doer = possessor ?? (subject?.asks === false ? subject.party : undefined);
    const out: (Candidate & { own: number })[] = [];
    // "who started the process…" asks for a person: an entry that answers only when or where is the wrong kind.
    const wh = folded.find((w) => isQuestionWord(w));
    // "where does this come from" asks for an origin, as "who" does, not a place.
    const asksFor =
      wh === 'which' && WHICH_PERSON.test(folded.join(' '))
        ? 'who'
        : wh !== undefined && PERSON_TIME_PLACE.has(wh) && !(wh === 'where' && folded.includes('from'))
          ? wh
          : undefined;
    for (let i = 0; i < this.entryTerms.length; i++) {
      const { entry, bigrams, gives, quotedTerms, actor, owner, planned, asksFor: entryAsks } = this.entryTerms[i] as EntryTerms;
      const rightKind =
        asks.every((k) => gives.has(k)) &&
        (asksFor === undefined || entryAsks.size === 0 || entryAsks.has(asksFor)) &&
        (counted === undefined || counted.some((phrase) => phrase.every((m) => bestIn(m, quotedTerms) > 0)));
      // "what will China raise about Japan's posture": what the asking party asks may be about the other's things.
      const ownedElsewhere = doer !== undefined && owner !== undefined && owner !== doer && !(subject?.asks === true && actor === subject.party && possessor !== subject.party);
      // "what will Japan bring up?": China's questions are neither asked by Japan nor about Japan.
      const otherParty = subject !== undefined && actor !== undefined && actor !== subject.party && owner !== subject.party;
      const coverage =
        ((pooled[i] ?? 0) / total) *
        (rightKind ? 1 : WRONG_KIND_FACTOR) *
        (ownedElsewhere ? OWNER_MISMATCH_FACTOR : 1) *
        (lacksName[i] ? NAME_MISMATCH_FACTOR : 1) *
        (otherParty ? OTHER_PARTY_FACTOR : 1) *
        (aboutPlannedTalks && entry.past ? PAST_FACTOR : 1) *
        (aboutEarlierTalks && planned ? PAST_FACTOR : 1);
      if (coverage === 0) continue;
      const inOrder = pairs.length === 0 ? 0 : pairs.filter((p) => bigrams.has(p)).length / pairs.length;
      const penalty = firstActor !== undefined && actor !== undefined && actor !== firstActor ? ACTOR_PENALTY : 0;
      const confidence = (coverage + BIGRAM_BONUS * inOrder - penalty) / (1 + BIGRAM_BONUS);
      out.push({ entry, confidence: Math.max(0, confidence), own: scores[i] ?? 0 });
    }
    // Entries of one answer share their pooled confidence; the one that fits the question best goes first.
    return out.sort((a, b) => b.confidence - a.confidence || b.own - a.own).map(({ entry, confidence }) => ({ entry, confidence }));
  }

  /** A word that names something to ask about: informative, and neither a word for the talks, a question word nor a request for a summary. */
  private namesATopic(term: QueryTerm): boolean {
    if (MEETING.has(term.typed) || QUESTION_WORDS.has(term.typed) || SUMMARY_REQUEST.has(term.typed) || isFiller(term.typed)) return false;
    return (this.weightOf(this.similar(term.typed)) ?? 0) >= this.informativeIdf;
  }

  /**
   * Places the question names, each as the article's city: a city after "in" or "at" or paired with
   * another by "or" ("Tokyo or Beijing?"), and a country after "in" ("in Japan" → Tokyo), never
   * "aimed at China". Keyed by the typed word, stemmed.
   */
  private placesNamed(folded: readonly string[]): ReadonlyMap<string, string> {
    const aboutTheMeeting = folded.some((f) => MEETING.has(stem(f)));
    const placeOf = (w: string | undefined, j: number): string | undefined => {
      if (w === undefined) return undefined;
      const s = stem(w);
      if (this.places.has(s)) return s;
      const city = this.countries.get(s);
      // A country is a place after "in", or paired by "or" with a place after "in" ("in Japan or China"),
      // in a question about the meeting ("is the dialogue in Japan", not "what is happening in China").
      const before = folded[j - 1];
      const inIt = before === 'in' || (before === 'or' && folded[j - 3] === 'in');
      return city !== undefined && inIt && aboutTheMeeting ? city : undefined;
    };
    const out = new Map<string, string>();
    for (const [j, w] of folded.entries()) {
      const place = placeOf(w, j);
      if (place === undefined) continue;
      const before = folded[j - 1];
      if (
        before === 'in' ||
        before === 'at' ||
        // "tokyo?", "is it tokyo": the city alone, or said to be where "it" is.
        folded.length === 1 ||
        (before === 'it' && folded[j - 2] === 'is' && j === folded.length - 1) ||
        (before === 'or' && placeOf(folded[j - 2], j - 2) !== undefined) ||
        (folded[j + 1] === 'or' && placeOf(folded[j + 2], j + 2) !== undefined)
      ) {
        out.set(stem(w), place);
      }
    }
    return out;
  }

  /**
   * What a counting question counts ("how many warships…", "the number of rounds"): the word and each
   * of its expansions, as the vocabulary words they match. An entry whose quoted sentences mention none
   * of them does not give that number. Undefined when the question counts nothing.
   */
  private counted(text: string): ReadonlyMap<string, number>[][] | undefined {
    const m = COUNTING.exec(text);
    if (!m) return undefined;
    const after = text.slice(m.index + m[0].length).split(' ').filter((w) => w !== '');
    // "how many Chinese officials": the thing counted is the officials, not the party they belong to.
    const [term] = this.queryTerms(after).filter((t, i, all) => i === all.length - 1 || this.partiesIn(t).length === 0);
    return term && [[term.typed], ...term.expansions].map((phrase) => phrase.map((t) => this.similar(t)));
  }

  /**
   * The party named first (directly or through an alias: Tokyo → Japan) when the question names two
   * ("what does China want from Japan"): it is usually the one acting. Undefined otherwise.
   */
  private firstActor(query: readonly QueryTerm[]): string | undefined {
    const named = [...new Set(query.flatMap((term) => this.partiesIn(term)))];
    return named.length >= 2 ? named[0] : undefined;
  }

  /** The parties one word of a question stands for: itself or its alias expansions (Tokyo → Japan); the talks' own unless told. */
  private partiesIn(term: QueryTerm, among: ReadonlySet<string> = this.actors): string[] {
    return [term.typed, ...term.expansions.flat()].filter((w) => among.has(w));
  }

  private queryTerms(folded: readonly string[]): QueryTerm[] {
    const stems = folded.filter((w) => !isSmallWord(w)).map(stem);
    const asTyped = ` ${folded.map(stem).join(' ')} `;
    const expansions = stems.map(() => [] as (readonly string[])[]);
    /** Per word, what it expands to alone; dropped when a longer phrase holds it ("talking points" is the agenda, not an aim). */
    const alone = stems.map(() => [] as (readonly string[])[]);
    const inPhrase = stems.map(() => false);
    const inLonger = stems.map(() => false);
    for (const [i, first] of stems.entries()) {
      for (const p of this.patterns.get(first) ?? []) {
        if (p.phrase !== undefined && !asTyped.includes(` ${p.phrase} `)) continue;
        if (p.terms.every((t, k) => stems[i + k] === t)) {
          if (p.terms.length === 1) alone[i]?.push(...p.adds);
          for (let k = 0; k < p.terms.length; k++) {
            if (p.terms.length > 1) {
              expansions[i + k]?.push(...p.adds);
              inLonger[i + k] = true;
            }
            if (p.phrase !== undefined) inPhrase[i + k] = true;
          }
        }
      }
    }
    for (const [i, adds] of alone.entries()) if (!inLonger[i]) expansions[i]?.push(...adds);
    const seen = new Set<string>();
    const out: QueryTerm[] = [];
    for (const [i, typed] of stems.entries()) {
      if (seen.has(typed)) continue;
      seen.add(typed);
      out.push({ typed, expansions: expansions[i] ?? [], inPhrase: inPhrase[i] ?? false });
    }
    return out;
  }

  /** Vocabulary words similar to `term`, with their similarity in [MIN_WORD_SIMILARITY, 1]. */
  private similar(term: string): ReadonlyMap<string, number> {
    return remembered(this.cache, term, () => this.nearWords(term));
  }

  private nearWords(term: string): ReadonlyMap<string, number> {
    const found = new Map<string, number>();
    if (this.idf.has(term)) found.set(term, 1);
    else if (term.length >= SHORTEST_TYPO && term.length <= LONGEST_SHORT_TYPO && /^[a-z]+$/.test(term)) {
      // Too short for an edit, but two letters swapped after the first are still a typo ("tlak", "aks"),
      // and so is a vowel left out ("strt").
      for (const swapped of adjacentSwaps(term)) if (this.idf.has(swapped)) found.set(swapped, 1 - 1 / term.length);
      for (let i = 1; i <= term.length && found.size === 0; i++) {
        for (const v of VOWELS) {
          const filled = term.slice(0, i) + v + term.slice(i);
          // "aimd": the vowel of an ending left out ("aimed" → aim).
          const known = this.idf.has(filled) ? filled : stem(filled) === term.slice(0, -1) ? term.slice(0, -1) : undefined;
          if (known !== undefined && this.idf.has(known)) found.set(known, 1 - 1 / filled.length);
        }
      }
    } else if (term.length >= MIN_FUZZY_LENGTH && /^[a-z]+$/.test(term)) {
      // fuse.js proposes vocabulary words of nearby length; the edit distance below decides.
      const errors = allowedErrors(term.length);
      for (let length = term.length - errors; length <= term.length + errors; length++) {
        for (const r of this.fuseByShape.get(shapeOf(length, term[0] ?? ''))?.search(term) ?? []) {
          // fuse.js's Bitap finds the word inside the other and counts fewer errors than there are
          // ("final" in "financ"): the edit distance decides.
          const distance = editDistance(term, r.item);
          if (distance > errors) continue;
          const sim = 1 - distance / Math.max(term.length, r.item.length);
          const vocab = this.stemOfWritten.get(r.item) ?? r.item;
          if (sim >= MIN_WORD_SIMILARITY && sim > (found.get(vocab) ?? 0)) found.set(vocab, sim);
        }
      }
      // fuse.js counts two swapped letters as two errors ("frist"): they are one slip.
      if (found.size === 0) {
        const vocab = adjacentSwaps(term)
          .map((swapped) => (this.idf.has(swapped) ? swapped : this.stemOfWritten.get(swapped)))
          .find((v) => v !== undefined);
        if (vocab !== undefined) found.set(vocab, 1 - 1 / term.length);
      }
      for (const word of this.idf.keys()) {
        const [short, long] = word.length < term.length ? [word, term] : [term, word];
        // A word cut short ("milit") or a known word with an ending added.
        if (short.length >= MIN_FUZZY_LENGTH && long.startsWith(short) && (short === term || WORD_ENDING.test(long.slice(short.length)))) {
          found.set(word, Math.max(found.get(word) ?? 0, PREFIX_SIMILARITY));
        }
      }
      // "coletive": a doubled letter typed single is one slip, whatever else is wrong ("collective").
      if (found.size === 0) {
        for (const [single, word] of this.doubled) {
          if (single[0] !== term[0] || Math.abs(single.length - term.length) > errors) continue;
          const distance = editDistance(term, single);
          const sim = 1 - (distance + 1) / word.length;
          const vocab = this.stemOfWritten.get(word) ?? word;
          if (distance <= errors && sim >= MIN_WORD_SIMILARITY && sim > (found.get(vocab) ?? 0)) found.set(vocab, sim);
        }
      }
    }
    return found;
  }

  /** The IDF of the closest vocabulary word, or undefined when nothing matched. */
  private weightOf(matches: ReadonlyMap<string, number>): number | undefined {
    let bestSim = 0;
    let weight: number | undefined;
    for (const [term, sim] of matches) {
      if (sim > bestSim) {
        bestSim = sim;
        weight = this.idf.get(term);
      }
    }
    return weight;
  }
}

/**
 * The question's words with its shape read: a closing tag is dropped ("…in Tokyo right" asks about
 * Tokyo, not the right to self-defense), "what are these talks for" asks why, and "what is Beijing
 * after" asks what it wants.
 */
export function questionShape(folded: readonly string[]): readonly string[] {
  const last = folded.at(-1);
  const before = folded.at(-2);
  if (last !== undefined && TAGS.has(last) && before !== undefined && !BEFORE_A_RIGHT.has(before)) return questionShape(folded.slice(0, -1));
  if (folded[0] === 'what' && last === 'for' && folded.length >= 4 && before !== undefined && !VERBS_WITH_FOR.has(before) && (!before.endsWith('ing') || MEETING.has(stem(before)))) {
    return ['why', ...folded.slice(1, -1)];
  }
  // "what is Beijing after": what it wants, unless something comes or happens after.
  if ((folded[0] === 'what' || folded[0] === 'which') && last === 'after' && folded.length >= 3 && before !== undefined && !COMES_AFTER.has(before)) {
    return [...folded.slice(0, -1), 'want'];
  }
  // "what else is China asking besides the guidelines": what follows "besides" is left out of the question.
  const besides = folded.findIndex((w, j) => w === 'besides' || ((w === 'apart' || w === 'aside') && folded[j + 1] === 'from'));
  const kept = folded.slice(0, besides);
  if (besides >= 2 && kept.includes('else') && kept.some((w) => w !== 'else' && !isQuestionWord(w) && !isSmallWord(w))) return kept;
  return folded;
}

/** A stop word, or one with an ending ("getting", "explained"), unless its stem is an everyday word ("looking"). */
function isSmallWord(word: string): boolean {
  return isStopWord(word) || (/(?:ing|ed)$/.test(word) && isStopWord(stem(word)) && !isFiller(stem(word)));
}

/** The first word of an out-of-scope word or phrase: a question can hold the phrase only if it holds this word. */
function firstWord(text: string): string {
  return text.split(' ')[0] ?? text;
}

/** The word with two neighbouring letters swapped, for each pair after the first letter ("tlak" → "talk", "tlka"). */
/** The cached value for the key, computed and cached when missing; a full cache is emptied first. */
function remembered<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  if (cache.has(key)) return cache.get(key) as V;
  const value = compute();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** The key of a word's fuse.js index: its length and first letter ("night" is no typo of "right"). */
function shapeOf(length: number, first: string): string {
  return `${length}${first}`;
}

function adjacentSwaps(word: string): string[] {
  return Array.from({ length: Math.max(0, word.length - 2) }, (_, k) => word.slice(0, k + 1) + (word[k + 2] ?? '') + (word[k + 1] ?? '') + word.slice(k + 3));
}

/** Edits (insert, delete, substitute, swap two neighbours) that turn one word into the other. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const up = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}

function bestIn(matches: ReadonlyMap<string, number>, terms: ReadonlyMap<string, number>): number {
  let best = 0;
  for (const [term, sim] of matches) {
    const w = terms.get(term);
    if (w !== undefined) best = Math.max(best, sim * w);
  }
  return best;
}

function maxOf(values: readonly (number | undefined)[]): number | undefined {
  let best: number | undefined;
  for (const v of values) if (v !== undefined && (best === undefined || v > best)) best = v;
  return best;
}
