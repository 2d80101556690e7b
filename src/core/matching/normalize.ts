/**
 * Text → the words the matcher compares: case, punctuation, curly quotes, diacritics,
 * misspellings, stop words and word endings are all folded here, the same way for the
 * user's question and for the knowledge files.
 */

import { Replacements } from './prefilter.js';

/** Words the stemmer would fold into a different word: "planes" are not "plans", "here" is not "her". */
const STEM_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['plane', 'plane'],
  ['planes', 'plane'],
  ['crises', 'crisis'],
  ['here', 'here'],
]);

// The stemmer's patterns, written once: a pattern written in a function is a new object on each call.
const NOT_ONLY_LETTERS = /[^a-z]/;
const ES_PLURAL = /(?:ss|sh|ch|x)es$/;
const NO_PLURAL_S = /(?:ss|us|is)$/;
const DOUBLED_CONSONANT = /([b-df-hj-km-np-tv-z])\1$/;
const KEPT_DOUBLE = /(?:ll|ss|zz)$/;

/** Words that name no subject: question words, function words, and everyday words of asking. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the is are was were be been being am do does did doing done to of in on at by for with about from into ' +
    'onto within as and or but if so than then that this these those there here it its they them their theirs he she ' +
    'his her him we our us you your yours i me my mine will would shall should can could may might must gonna ' +
    'wanna gotta gimme lemme has have had having any some all not no yes please pls plz thanks thank thx ty hey hi hello yo ' +
    'ok okay like just really actually exactly also even still yet very much quite lot lots anything something ' +
    'bot article story piece news u r ur im ive id isnt arent wasnt werent dont doesnt didnt wont cant explain ' +
    'explained explains let give show get got again more info information details detail anyone somebody someone both each other ' +
    'such only same too s t d ll m o re ve y ain happen happens happening happened going apparently basically kind sort ' +
    'guess wonder wondering curious heard hear read saw seen seem seems anybody guys folks everyone thing ' +
    'things stuff whether specifically probably maybe perhaps possibly likely supposed help one time think ' +
    'good better best bad new now today tomorrow yesterday gets go goes went come comes came make made take took ' +
    'put see look need use used up down out off far expected expect expecting hmm hmmm hm um uh erm'
  ).split(/\s+/),
);

/**
 * Everyday words that name no subject: when the knowledge does not know one ("what is Sugiyama's
 * job", "full agenda?", "first ever round"), it is passed over instead of counting against the match.
 * Words that do name a subject (population, weather, capital…) are not here: unknown, they still
 * mark a question as being about something the article does not cover.
 */
const FILLER_STEMS: ReadonlySet<string> = new Set(
  (
    'able above across actual actually add added after ahead almost along already although always among anyway anywhere ' +
    'around away back because become becomes behind believe below beside besides beyond bit bring brings ' +
    'bro bruh lah leh lor meh fam bruv blud innit wagwan dude dudes totally gnarly omg whoa nah eh chur ' +
    'concrete tangible substantive ' +
    // Hindi grammar words and forms of address in Hinglish: "bhai talks kab hai", "japan se kaun ja raha hai".
    'bhai yaar hai hain thi hoga honge hogi hongi ho se ko pe mein ye yeh woh ka ke ki ne raha rahi rahe chuke hue hua sab aaj ja ' +
    'thingy thingies thingie whatsit whatsits doohickey doohickeys whatchamacallit whatchamacallits thingamajig thingamabob ' +
    'broader wider ' +
    'measure measures sits thorny tricky contentious ultimately identified identify identifies characterize characterise characterized characterised characterizes ' +
    'characterises portray portrays portrayed element elements category categories single domestic ' +
    'care cares case certain certainly chance check clearly close completely concerning consider considering correct ' +
    'currently definitely describe despite different during easy either else enough entire entirely especially etc ever ' +
    'every everything example except fact fair few figure find finding fine follow following found full fully further ' +
    'general generally given great hand hard hence however idea important include includes including indeed instead ' +
    'interested interesting job keep kinda later latest least less little look looking looks mainly mean means meant ' +
    'mention mentioned mentions mostly nearly necessarily never nothing ones overall overarching part particularly pretty quick ' +
    'quickly rather reading ready regarding related relevant role say says saying seriously several short similar simply ' +
    'situation sometimes somewhere sorry sound sounds suppose sure tbh therefore though through throughout thus together ' +
    'toward towards truly try trying turn understand unless until upon usually various via way ways well whatever ' +
    'whenever wherever while whole within without word words worth yeah yep answer answers question questions whom ' +
    'soon know fit fits biggest largest greatest significant significance angle aspect aspects connect connected connection connections link linked teh da exact overview summary summarize summarise brief briefly broad broadly title list two side sides finally ' +
    'feature features featured notable noteworthy remarkable paragraph paragraphs sentence sentences hold holds held holding line lines kinds sorts types honest honestly frankly genuinely literally legit lowkey ngl imo imho idk btw fwiw expert experts professor teacher friend friends essay class paper assignment research student studying prof ago while long confused wondered keep hearing afterwards afterward after process cite citation citations quote quotes excerpt wording verbatim paste simple simplest simplified exec executive lol lmao lmfao rofl haha hahaha hehe omg smh straight vague unclear stated specific curiosity wait though understood anticipated principal big istg deadass historically roughly approximately approx ballpark greater mate mates reckon arr matey mateys hearty hearties ahoy sensei senpai sempai desu ken wee aye och pal'
  )
    .split(/\s+/)
    .map(stem),
);

/** An everyday word that names no subject (see FILLER_STEMS); give it stemmed. */
export function isFiller(term: string): boolean {
  return FILLER_STEMS.has(term);
}

/** The months, as typed. */
export const MONTHS: ReadonlySet<string> = new Set(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
);

/** The months as one alternation, for the patterns below. */
const MONTH_NAMES = [...MONTHS].join('|');

/**
 * "why are the talks in may", "why have there only been 5 rounds": a why resting on a month or a small number (not a
 * year: "why did the talks stop in 2011" asks a reason) asks after that fact, which the answer sets right.
 */
const WHY_ON_A_FACT = new RegExp(String.raw`^\s*why (?=(?:are|is|was|were|do|does|did|have|has|had|will)\b.*\b(?:${MONTH_NAMES}|\d{1,3})\b)`);

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** "nineteen ninety-three", "twenty eleven", "two thousand (and) eleven": a year said in words. */
const SPOKEN_YEAR = new RegExp(
  String.raw`\b(?:(nineteen|twenty)|two thousand(?: and)?) (?:(${TEENS.join('|')})|(${TENS.join('|')})(?:[- ](${UNITS.join('|')}))?|(${UNITS.join('|')}))\b`,
  'g',
);

/** The year a spoken year names, as digits ("twenty eleven" → "2011"). */
function spokenYear(_: string, century: string | undefined, teen: string | undefined, ten: string | undefined, unit: string | undefined, single: string | undefined): string {
  const hundreds = century === 'nineteen' ? 1900 : 2000;
  // "twenty ten" is 2010, "two thousand ten" too; "nineteen five" is no year anyone says.
  if (single !== undefined && century !== undefined) return _;
  const rest =
    teen !== undefined ? TEENS.indexOf(teen) + 10 : ten !== undefined ? (TENS.indexOf(ten) + 2) * 10 + (unit === undefined ? 0 : UNITS.indexOf(unit) + 1) : UNITS.indexOf(single ?? '') + 1;
  return String(hundreds + rest);
}

/** "before summer", "before april": by a time of year. */
const BEFORE_A_TIME_OF_YEAR = new RegExp(String.raw`\bbefore (?:the )?(?=(?:${MONTH_NAMES}|spring|summer|autumn|fall|winter|the end of the year)\b)`, 'g');

/** A party asked something in the passive: "china is going to be asked", "what will beijing be pressed on". */
const ASKED_IN_THE_PASSIVE =
  /\b(china|beijing|japan|tokyo) ((?:(?:is|was|will|would) )?(?:(?:going|expected|likely|set) to )?)(?:be|being|get|gets|getting|got) (asked|pressed|urged|questioned|quizzed)\b/g;
/** A subject raised by a party, in the passive: "are maritime patrols … expected to be raised by beijing". */
const RAISED_BY = /^\s*(?:is|are|will) (.+?) (?:(?:expected|likely|going|set) to )?be (?:raised|brought up|asked about) by (china|beijing|japan|tokyo)(?=\s*[?!.]*\s*$)/;
const OTHER_PARTY: Readonly<Record<string, string>> = { china: 'japan', beijing: 'tokyo', japan: 'china', tokyo: 'beijing' };
const ACTIVE: Readonly<Record<string, string>> = { asked: 'ask', pressed: 'press', urged: 'urge', questioned: 'question', quizzed: 'quiz' };

/** A flag emoji: two regional indicator letters ("🇯🇵" is J and P). */
const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
/** The countries a flag names in a question about the talks ("what does 🇯🇵 want from 🇨🇳"); any other flag says nothing. */
const FLAG_NAMES: Readonly<Record<string, string>> = {
  jp: 'japan', cn: 'china', us: 'usa', tw: 'taiwan', kr: 'south korea', kp: 'north korea', ru: 'russia', gb: 'britain',
  in: 'india', au: 'australia', ph: 'philippines', vn: 'vietnam', fr: 'france', de: 'germany',
};

/** Emoji that stand for a question word: "🔢 talks so far?", "📍 where's the meeting", "📅 last talks?". */
const EMOJI_WORDS = /(\u{1F522})|(\u{1F4CD})|[\u{1F4C5}\u{1F4C6}\u{1F5D3}]\uFE0F?/gu;

/** The emoji above as Discord's shortcodes. */
const SHORTCODE_WORDS: Readonly<Record<string, string>> = {
  '1234': 'how many', pushpin: 'where', round_pushpin: 'where', calendar: 'when', date: 'when', calendar_spiral: 'when', spiral_calendar_pad: 'when',
};

/**
 * An emoji typed as its shortcode (":flag_jp: wants what from :flag_cn: :thinking:"): a flag is its country, the number, pin
 * and calendar emoji ask as they do, the rest are no words; a time's digits ("10:30:45") stay.
 */
function shortcodeWords(code: string, name: string): string {
  if (name.startsWith('flag_')) return ` ${FLAG_NAMES[name.slice('flag_'.length)] ?? ''} `;
  const said = SHORTCODE_WORDS[name];
  return said !== undefined ? ` ${said} ` : /^\d+$/.test(name) ? code : ' ';
}

/** The two letters a flag emoji spells, lower-cased ("🇯🇵" → "jp"). */
function flagCode(flag: string): string {
  return [...flag].map((c) => String.fromCharCode((c.codePointAt(0) ?? 0) - 0x1f1e6 + 97)).join('');
}

/** News outlets other than Kyodo, by the names readers give them. */
const OUTLETS = String.raw`(?:nhk|reuters|xinhua|bbc|cnn|scmp|south china morning post|bloomberg|asahi(?: shimbun)?|yomiuri(?: shimbun)?|nikkei(?: asia)?|mainichi|sankei|japan times|guardian|diplomat(?: magazine)?|people'?s daily|global times|ap|afp|nyt|new york times|washington post|economist|financial times|al jazeera)`;
/**
 * "nhk says the talks are in april, does kyodo agree", "a reuters piece about china's defense spending…, does this article
 * say…", "xinhua says japan is targeting china, what does japan say": another outlet named where the teller read
 * something, before a question put to this article or about what the outlet says, is not what is asked ("what does
 * xinhua say about the talks" asks the outlet and stays).
 */
const OUTLET_BEFORE_THIS_ARTICLE = new RegExp(
  String.raw`\b(?:according to )?(?:the )?${OUTLETS}\b(?:(?=.*\b(?:(?:(?:this|the) (?:kyodo )?(?:article|piece|story|report|one)|kyodo|per this|is that (?:right|true|correct|what)|(?:does|do) (?:\w+ ){0,3}agree)\b|(?:true|confirm)\s*\?))|(?= (?:says|said|reports|reported|mentions|mentioned|claims|claimed|writes|wrote)\b.*[,;]\s*(?:so )?(?:what|whats|what's|who|whos|when|where|why|how|which|is|are|does|do|did|since)\b))`,
  'g',
);

const ZERO_WIDTH_AND_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Japanese and Chinese are written without spaces, and Korean joins its particles to its words, so their spellings
 * (尖閣 → senkaku, 회담 → talks) are replaced wherever they occur, longest first; other spellings replace whole words.
 */
/** Chinese characters that only join or mark the words of a question. */
const CHINESE_PARTICLES = /[的是在了吗呢吧和与对把被会要有么们这那个将于由]/gu;

/** The spellings written in CJK or hangul, longest first, per spellings map: found once, not on every message that has them. */
const CJK_KEYS = new WeakMap<ReadonlyMap<string, string>, readonly string[]>();

function replaceCjk(text: string, spellings: ReadonlyMap<string, string>): string {
  if (!CJK.test(text)) return text;
  let keys = CJK_KEYS.get(spellings);
  if (keys === undefined) {
    keys = [...spellings.keys()].filter((k) => CJK.test(k)).sort((a, b) => b.length - a.length);
    CJK_KEYS.set(spellings, keys);
  }
  let out = text;
  for (const key of keys) if (out.includes(key)) out = out.split(key).join(` ${spellings.get(key)} `);
  // What is left in hiragana or hangul is grammar (particles, endings), not a topic; so are Chinese particles ("的", "吗").
  return out.replace(/[\p{Script=Hiragana}\p{Script=Hangul}ー]+/gu, ' ').replace(CHINESE_PARTICLES, ' ');
}

/** "…, can the bot settle it": a request to settle what was just asked, not a question of its own. */
const SETTLE_IT = /(?:(?:(?:can|could|will) (?:the bot|this bot|you|u|someone|anyone|somebody|anybody) )?(?:(?:settle|confirm|clear up|sort out|resolve) (?:it|this|that)|clear (?:it|this|that) up|sort (?:it|this|that) out)(?: for (?:us|me))?(?: once and for all)?|(?:can|could|would) (?:the bot|this bot|you|u|someone|anyone|somebody|anybody) (?:please )?confirm)/;

/** "he says tokyo and i say beijing, who's right / which one is it": the teller asks the fact, not an opinion ("japan or china, who is right"). */
const WHO_OF_US_IS_RIGHT = /(?:(?:\bwho(?:'s|s| is)(?<=\b(?:i|one|he|she|the other) (?:say|says|said|think|thinks|thought|reckon|reckons)\b.*\bwho(?:'s|s| is))|\bwhich (?:one )?of us is) (?:right|correct)|\bwhich (?:one )?is (?:it|true|right|correct)(?<=\b(?:i|one|he|she|the other) (?:say|says|said|think|thinks|thought|reckon|reckons)\b.*\bwhich (?:one )?is (?:it|true|right|correct))|\bwho (?:wins|won)(?<=\b(?:i|he|she|the other|we) (?:say|says|said|think|thinks|bet|bets)\b.*\bwho (?:wins|won)))(?:\s+here|\s+(?:according to|per) (?:the article|the report|kyodo))?(?=\s*[?!.]*\s*$)/i;

/** "i told her i'd ask the bot", "i said i'd check": the teller's promise to find out, not the question. */
const PROMISED_TO_ASK = String.raw`i (?:said|told (?:him|her|them|my \w+)|promised(?: (?:him|her|them))?) (?:i'?d|i would|i'?ll|i will) (?:ask|check|look it up|find out)(?: (?:the bot|this bot|you|u|here|in here|on here|around))?`;

/**
 * One pattern of alternatives that each start at a word's edge (with \b, ^ or a character no word has), tried only at
 * such edges: inside a word one test rules the position out, instead of one test for each alternative.
 */
function atWordEdges(alternatives: readonly RegExp[]): RegExp {
  return new RegExp(`(?!(?<=\\w)\\w)(?:${alternatives.map((r) => r.source).join('|')})`, 'g');
}

/** "apologies for…", "walk me through", "is that right": framing the question, not its subject. */
const FRAMING = atWordEdges([
  /\b(?:my )?apologies (?:for|if|in advance)\b/,
  /\bof all (?:times?|moments?|days)\b/,
  // "stop stalling and explain…", "…story i keep seeing": the asker's impatience or habit, not the question.
  /\b(?:stop|quit|no more) (?:stalling|dodging|dithering|waffling|beating around the bush)(?: and)?\b|\benough (?:dodging|stalling)\b|\b(?:that |which )?i keep (?:seeing|hearing(?: about)?|reading(?: about)?)(?=\s*[?!.]*\s*$)/,
  // "i bet my roommate a pizza that…", "my dad bet me that…", "we have a bet going": the wager, not the question.
  /\b(?:i|we|he|she) (?:bet|bets) (?:my \w+|me|a (?:friend|mate)|him|her|them)(?: (?:a|an|one) \w+| \w+ (?:bucks|dollars|quid|pounds|euros))?(?: that)?\b|\b(?:my|our) \w+ bet (?:me|us)(?: (?:a|an|one) \w+| \w+ (?:bucks|dollars|quid|pounds|euros))?(?: that)?\b|\b(?:(?:we|i) )?(?:have|made|had) a bet(?: going)?(?: (?:on|about))?\b/,
  /\b(?<!\bhow big (?:of )?)(?:such )?a big deal\b/,
  /\b(?:the )?(?:big|bigger|overall) picture\b/,
  /\b(?:run|walk|take|talk)(?: me| us)? through\b/,
  /\bis it true(?: that)?\b/,
  /\b(?:is|isnt|isn't) (?:that|this|it) (?:right|correct|true)(?=\s*[?!.,]|\s+and\b|\s*$)/,
  /\b(?:am|was|were) i (?:right|correct|wrong)(?=\s*[?!.]*\s*$)|\b(?:is|was) (?:he|she) (?:right|correct|wrong)(?=\s*[?!.]*\s*$)/,
  // Hedges around a guess: "i might be wrong, but…", "correct me if i'm wrong", "…? not totally sure".
  /\b(?:i(?:'m| am|m)? )?(?:might|may|could|probably) (?:be |have )?(?:wrong|mistaken|off|misremembering|misread|this backwards)(?: (?:here|about this|on this))?\b|\bcorrect me if i(?:'m| am|m) wrong\b|\b(?:maybe|perhaps) i misread\b|\bi don'?t want to assume\b|\b(?:i(?:'m| am|m) )?not (?:totally |entirely |completely |100% |quite |really |fully |too |super |that )?(?:sure|certain|positive)(?=\s*[?!.,]*\s*(?:but\b|$))/,
  WHO_OF_US_IS_RIGHT,
  new RegExp(`\\b${SETTLE_IT.source}(?=\\s*[?!.]*\\s*$)`),
  // "…or not", "is this a big step or a small one": the other side of the question left open.
  /\bor (?:what|not(?: really)?|something|smth|sth|nah|no|whatever|(?:a |just a )?(?:small|minor|little|tiny) (?:one|step|thing|deal)|(?:just |merely )?(?:routine|business as usual|a formality|more of the same|for show))(?=\s*[?!.]*\s*$)/,
  /\bi (?:bet|reckon|guess|assume|suppose|presume)\b/,
  // "…when the last talks took place, was it before or after 2010": the teller's guess at the answer.
  /\b(?:was|is|were) (?:it|they|that) (?:before|after) or (?:before|after) (?:\d{4}|that|then)(?=\s*[?!.]*\s*$)/,
  // "my study group is split on whether…", "there's a debate going on in our discord about whether…": who disagrees is not the question.
  /\b(?:my|our) (?:\w+ )?(?:group|class|friends|family|team|chat|server|flatmates|roommates|housemates|office) (?:is|are|was|were) (?:split|divided|torn)(?: (?:on|over|about))?\b/,
  /\bthere(?:'s| is| was) (?:a|an|some) (?:debate|argument|discussion|disagreement)(?: going on)? (?:in|on) (?:our|the|my|this) (?:discord|server|channel|group chat|chat|class|office|group)(?: (?:about|over|on))?\b/,
  // "we were talking about the islands at dinner and…": where the teller talked is not the question.
  /\b(?:(?:my|our) \w+ and )?(?:we|i) (?:were|was) (?:talking|chatting|arguing|debating)(?: (?:last night|yesterday|earlier|today))?(?: about)?\b|\bi(?:'ve| have) been (?:arguing|debating|going back and forth) with (?:my|a|an|some|this) \w+(?: (?:about|over))?\b|\bat (?:dinner|lunch|breakfast|work|school|the pub|uni)\b/,
  /\b(?:i|we|nobody|no one|none of us) (?:can'?t|cannot|couldn'?t|could not|could|can|don'?t|do not|no longer) (?:remember|recall)\b|\bi (?:forgot|forget)\b/,
  /\bfor (?:a|an|my|our|the) (?:(?:school|class|uni|university|college|homework|history|politics|group|ir|poli sci) )?(?:project|assignment|essay|presentation|report|paper|quiz|test|exam|exams|midterm|midterms|final|finals|homework|debate)(?: (?:tonight|today|tomorrow|this (?:week|afternoon|evening)|next week))?\b/,
  /\b(?:just )?out of curiosity\b|\bremind (?:me|us)(?: (?:roughly|briefly|quickly|precisely))?(?= (?:where|who|what|why|how|which|whether)\b)|\b(?:(?:can|could) (?:someone|somebody|anyone|anybody|you|u) )?remind (?:me|us) (?:(?:again|exactly)(?= (?:when|where|who|what|why|how|which|whether)\b)|of\b)|\b(?:can|could) (?:someone|somebody|anyone|anybody|you|u) remind (?:me|us)(?: (?:again|exactly|roughly|briefly|quickly|precisely))?(?= (?:when)\b)/,
  // "not sure if the bot handles this but…": the asker's doubt about the bot is not the question.
  /\b(?:i'?m |im )?not sure if (?:the bot|this bot|you|u|it) (?:handles?|can (?:handle|answer|do)|knows?|covers?|does) (?:this|that|these|it)(?: (?:one|kind of (?:question|thing)|sort of (?:question|thing)))?(?:,? but)?\b/,
  // "what should i know before reading about these talks": when the asker reads is not the question.
  /\bbefore (?:i )?(?:reading|read|diving|dive|digging|dig|jumping|jump|going) (?:in(?:to)?|up on|about|through)\b(?: (?:it|this|the article|the story|the piece))?/,
  /\bi (?:just|only just|recently) joined\b|\bi'?m new (?:here|to (?:this|the) (?:server|channel))\b/,
  /\bwhen it comes to\b/,
  /^\s*(?:(?:adding|add) (?:this )?to|for) (?:the |our )?(?:server(?:'s)? )?(?:wiki(?: page)?|glossary|faq|resources? doc)\b/,
  /\bbefore (?:my |the |our )?(?:class|exam|seminar|lecture|test|tutorial|school|work|shift)(?: (?:tonight|today|tomorrow|this (?:week|afternoon|evening)|next week))?\b|\bbefore i (?:write|finish|submit|hand in|start) (?:my|the|our) \w+\b/,
  /\bmy understanding is(?: that)?\b/,
  // "i'm doing a podcast episode on this and…": what the teller is making is not the question.
  // "i'm writing a summary for our discord newsletter and want to get the tokyo side right —": what the teller writes.
  /\bi(?:'m| am|m) (?:writing|putting together|drafting|doing) (?:a|an|the|our|my) (?:\w+ ){0,2}?(?:summary|piece|post|recap|writeup|write-up|thread|explainer|digest)(?: for (?:our|my|the|a) (?:\w+ ){0,2}?(?:newsletter|server|blog|podcast|channel|group|club|class|community|discord))?(?: and (?:i )?(?:want|need|would like) to get (?:the \w+ side|it|this|the facts|things|the details|this bit) right)?/,
  // "i've got a presentation tomorrow on this and…": what the teller has to do.
  /\bi(?:'ve| have)? got (?:a|an|my) (?:\w+ )?(?:presentation|exam|test|essay|paper|quiz|seminar) (?:tomorrow|today|tonight|later|this week|next week|soon)(?: on (?:this|it|the talks|these talks))?\b/,
  // "i'm a journalism student and my editor wants a quick line on…": who the teller is and what for.
  /\bi(?:'m| am|m) an? (?:\w+ )?(?:student|reporter|journalist|researcher|analyst|teacher)(?: and)?(?= my\b)|\bmy (?:editor|boss|professor|tutor|teacher) wants (?:a|an) (?:quick |short )?(?:line|quote|paragraph|sentence|answer) on\b/,
  /\b(?:doing|making|recording|writing|filming|editing) (?:a|an|my|our) (?:podcast|video|vlog|blog|newsletter|youtube|tiktok|stream)(?: episode| post| video| piece)? (?:on|about) (?:this|it|the talks|these talks|(?:japan|china)(?:[- ]| and )(?:china|japan)(?: relations| ties| security)?|(?:east )?asian security|east asia)(?: and)?\b/,
  // "the first thing she'll ask is when…": who will ask, not a first time.
  /\bthe first thing (?:she|he|they|i|we|you|people|everyone)(?:'ll| will| would|'d)? (?:asks?|wants? to know|needs? to know|needs?) is\b/,
  /\bgood luck(?: with (?:that|this|it))?\b/,
  new RegExp(`\\b${PROMISED_TO_ASK}\\b`),
  /\bif (?:the article|the report|it|kyodo) (?:gives|mentions|says|has) (?:it|that|one|them)(?=\s*[?!.]*\s*$)/,
  /\bi(?: would|'d|d) (?:really )?appreciate (?:knowing|it if (?:you|someone) (?:told me|could tell me)|learning)\b/,
  /\bi(?:'ve| have)? been asked to (?:brief|update|tell|explain to) (?:my|our|the) (?:\w+ ){0,2}?(?:on|about)\b/,
  /\bi(?:'m| am|m) (?:doing|writing|working on|putting together) (?:a|an|my|our) (?:quick |short |school |class |little )?(?:report|project|presentation|essay|summary|piece|thread)(?: (?:on|about) (?:this|it|the talks|these talks))?(?: and)?\b/,
  // "what does tokyo hope for in the end" (but "did the talks happen in the end" asks what came of them).
  /\bin the end(?<=\b(?:hope|hopes|hoping|want|wants|wanting|achieve|gain|get)\b.*\bin the end)(?=\s*[?!.]*\s*$)|\bat the end of the day\b/,
  /\b(?:(?:a )?quick (?:one|q|question) )?before i (?:log off|logoff|go to (?:bed|sleep)|head (?:out|off)|sign off|leave)\b|\bi (?:was|am|'m) under the impression(?: that)?\b|\bin terms of\b/,
  /\b(?:one|a|the|another|the next|the first|the last) question (?:on (?:it|the \w+) )?(?:asks|is asking|wants to know)\b/,
  /,?\s*\b(?:(?:and|but) )?(?:nothing|no) (?:more|else)(?: than that)?(?=\s*[?!.]*\s*$)|\b(?:in return|in turn)\b/,
  /\b(?:(?:one|my) )?last question(?: from me| for me)?(?: (?:tonight|today|for (?:tonight|today|now)))?\b|\bfrom me (?:tonight|today)\b/,
  /\b(?:that )?(?:i|we) should (?:note|write|jot) down\b|\bto (?:note|write|jot) down\b|\bto (?:note|remember|keep in mind)(?=\s*[?!.]*\s*$)/,
  /^\s*(?:wait,? )?(?:hang|hold) on(?: a (?:sec|second|minute|moment))?\b/,
  /\b(?:lmk|let me know)\b/,
  /\bdoes anyone know\b|(?<!\bhow )\b(?:do we|does anybody|anyone|anybody|any1) know\b/,
  /\b(?:people|everyone|everybody|folks|someone|somebody|(?:a|some|this|one) (?:guy|person|user|member|poster|dude|girl|woman|man)) (?:in|on|here in|under) (?:this|the|another|a different|some other|my other|my|our) (?:server|channel|chat|discord|comments?|comment section|replies|thread) (?:keeps? saying|kept saying|are saying|says?|said|told me|mentioned|claims?|claimed|insists?|insisted|argues|argued|posted|wrote)(?: that)?\b/,
  // Where the teller was reading: "on my lunch break", "on the train this morning".
  /\b(?:on|during) (?:my|our|a|the) (?:lunch|coffee|tea|smoke|work) break\b/,
  /\b(?:on|in) (?:the|my) (?:train|bus|subway|metro|tube|commute)(?: (?:this|last) (?:morning|evening|night)| (?:today|earlier))?\b/,
  // "my dad asked me over dinner what…" (but "what did they discuss over dinner" asks about the dinner).
  /(?<=\b(?:me|us|talking|chatting|arguing|debating)) over (?:dinner|lunch|breakfast|brunch|coffee|tea|drinks|a drink|a beer|a pint)\b/,
  /\bi (?:just |really |only )?(?:want|need|wanna|would like|'d like)\b(?! to\b)/,
  /\bmany thanks\b/,
  /\b(?:sorry )?if (?:this|it|that)(?: question)? (?:was|has been|had been|is|got) (?:already )?asked(?: already| before)?\b/,
  /\b(?:is there )?(?:any )?signs? (?:of|that)\b/,
  /\baccording to (?=(?:japan|tokyo|china|beijing)\b)/,
  // "in what respect are the guidelines with washington said to be overdue": reportedly, not what Washington said.
  /\b(?:said|reported|reputed|believed) to be\b/,
]);

/**
 * Who an answer is for — "a quick summary for the people who just woke up", "explain it to a first-timer", "the gist
 * for someone who doesn't follow asia", "for someone busy", "a briefing for my boss" — is not the question.
 */
const FOR_WHOM = atWordEdges([
  /\bfor (?:the |all the )?(?:people|those|folks|anyone|everyone|newcomers|latecomers)(?: who| that)? (?:just )?(?:woke up|joined|arrived|came in|missed (?:it|this)|are (?:late|new)|weren'?t here)\b/,
  /\bfor (?:the )?late (?:crowd|ones|arrivals|comers)\b/,
  /\b(?:for|to) (?:someone|somebody|a person|people|those|anyone) (?:who|that) (?:doesn'?t|does not|don'?t|do not|never) (?:follow|know|read|understand) (?:\w+ )?\w+(?=\s*[?!.]*\s*$)/,
  /\b(?:to|for) (?:a|an) (?:(?:total|complete|absolute|real) )?(?:first[- ]?timer|beginner|newbie|newcomer|outsider|layman|layperson)\b/,
  /\bfor (?:a|the) (?:busy|lazy|casual) (?:person|people|reader|readers)\b/,
  /\bfor (?:someone|somebody|people|a person) (?:busy|in a hurry|on the go)\b/,
  // Who asks, too: "as someone who doesn't follow this much".
  /\b(?:as|for) (?:someone|somebody|a person|one) who (?:doesn'?t|does not|don'?t|never) (?:follow|read|keep up with) (?:this|it|the news|politics|asia|these things)(?: (?:much|closely|very closely|at all|often))?\b/,
  /\bfor (?:my|our) (?:boss|manager|editor|supervisor|team|readers|listeners|viewers)\b/,
  /\bfor (?:someone|somebody|a person|people|those|anyone) (?:who|that) (?:skipped|missed|hasn'?t read|haven'?t read|didn'?t read)(?: (?:it|this|the article|the news|the story))?\b/,
]);

/** A link: "https://…", "www.…", or a bare address ("kyodonews.net/news"), without the punctuation after it. */
const LINK = String.raw`\b(?:https?:\/\/|www\.)\S*[^\s.,;:!?)>]|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|jp|cn|uk|io|tv|ly|gov|edu|info|news)\b(?:\/\S*[^\s.,;:!?)>])?`;
const LINKS = new RegExp(LINK, 'gi');
const DISCORD_MARKUP = new RegExp(String.raw`<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|@(?:everyone|here)\b|${LINK}`, 'gi');

/** A Discord block quote: from "> " to the end of the line, or from ">>> " to the end of the message. */
const QUOTE_LINE = /^\s*>\s.*$/gm;
const QUOTE_BLOCK = /^\s*>>>\s[\s\S]*$/m;

/** A roleplay action in asterisks ("*scratches head*", "*sips tea*"): what the teller does, not what is asked. */
const ROLEPLAY_ACTION =
  /\*(?:scratches|looks|raises|squints|takes|sips|flips|counts|nods|leans|adjusts|frowns|scrolls|dances|yawns|waves|sighs|laughs|shrugs|grins|coughs|clears|rubs|taps|stares|blinks|gasps|facepalms|smiles|ponders|strokes|tilts|crosses|grabs|opens|scribbles|whispers|mumbles|mutters|stretches|peeks|points|glances|sweats|cries|panics)\b[^*\n]{0,40}\*/gi;

/**
 * The message without what Discord and the web add to text: mentions ("<@123>", "@here"), custom emoji
 * and links; roleplay actions in asterisks; and, when the message asks something outside them, its block
 * quotes ("> Japan and China plan…" then "who from japan is going?").
 */
export function withoutMarkup(text: string): string {
  const unquoted = text.replace(QUOTE_BLOCK, ' ').replace(QUOTE_LINE, ' ');
  return (/\p{L}/u.test(unquoted) ? unquoted : text).replace(DISCORD_MARKUP, ' ').replace(ROLEPLAY_ACTION, ' ');
}

/** The two parties named together: "japan and china", "tokyo and beijing", "the two neighbours". */
const THE_TWO = '(?:japan and china|china and japan|tokyo and beijing|beijing and tokyo|the two (?:neighbou?rs|countries|nations|sides|governments|powers)|these two|the two)';

/** The teller's people, as a long message names them: "my friend", "our teacher", "my girlfriend". */
const RELATION =
  '(?:friend|mate|buddy|pal|cousin|colleague|coworker|flatmate|roommate|uncle|aunt|dad|mum|mom|brother|sister|neighbou?r|classmate|relative|teacher|professor|' +
  'lecturer|tutor|boss|son|daughter|kid|grandma|grandpa|grandmother|grandfather|grandad|granddad|granny|gran|nan|partner|wife|husband|girlfriend|boyfriend|fiancee?)s?';
/** "my girlfriend is chinese (and she…)": who the teller's relation is is not the question. */
const TELLERS_NATIONALITY = new RegExp(String.raw`\b(?:my|our) (?:\w+ )?${RELATION} (?:is|was|are) (?:chinese|japanese|taiwanese|korean|american|british|from \w+)(?= and (?:she|he|they|her|his|their)\b)`, 'g');
/** "a journalist on tv said…", "…the meeting she saw on tv": who said it where, or where the teller saw it, is not the question. */
const ON_THE_MEDIA =
  /\b(?:(?:a|the|some|this|that) (?:journalist|reporter|presenter|anchor|guy|woman|man|expert|pundit|commentator) |(?:saw|seen|heard|watched|read) (?:it |about it |this )?)on (?:tv|the tv|the news|the radio|youtube|twitter|tiktok|instagram|facebook|reddit)\b/g;
/**
 * "my professor asked who from japan's government will be at the talks", "…and he asked me when…", "someone asked what…",
 * "the teacher told us to find out who…": who asked is not the question.
 */
const ASKED_BY_A_TELLER = new RegExp(
  String.raw`(?:\b(?:(?:my|our|the|her|his|their) ${RELATION}|someone|somebody|one of (?:them|us)) (?:asked|asks|was asking|keeps asking|wondered)(?: (?:me|us))?|\band (?:(?:he|she|they) )?(?:asked|asks|was asking|keeps asking) (?:me|us)|\b(?:my|our|the) ${RELATION} (?:told|tells|wants|wanted|got) (?:me|us)(?= to))(?: to (?:find out|figure out|check|look up|work out))?(?= (?:who|what|when|where|why|how|which|if|whether)\b)`,
  'g',
);
/** "my brother wants to know where…", "and she wants to know": who wants to know is not the question. */
const WANTS_TO_KNOW = new RegExp(String.raw`\b(?:(?:my|our|a) (?:\w+ )?${RELATION}|(?:and )?(?:she|he|they)) (?:wants|want|wanted|would like|is asking|was asking|asked me|asks) to know\b`, 'g');
/** "my friend thinks japan wants to know about…": what a relation thinks the parties do is the question to check. */
const RELATION_THINKS = new RegExp(
  String.raw`\b(?:my|our) (?:\w+ )?${RELATION} (?:thinks|reckons|believes|claims|insists)(?: that)?(?= (?:japan|china|tokyo|beijing|the talks|they)\b)`,
  'g',
);

/** "my cousin follows defence news and says…": what a teller's relation reads and says is the story. */
const RELATION_SAYS = new RegExp(
  String.raw`\b(?:my|our|a) (?:\w+ )?${RELATION} (?:follows|reads|watches|studies|works in) (?:\w+ ){0,3}?(?:and )?(?:says|said|thinks|reckons|claims)(?: that)?\b`,
  'g',
);

/** "my cousin is a journalist in tokyo": what the teller's relation does is not the question. */
const TELLERS_JOB = new RegExp(
  String.raw`\b((?:my|our) ${RELATION}) (?:is|was|works as) (?:a|an) (?:journalist|reporter|teacher|professor|lecturer|student|diplomat|soldier|lawyer|doctor|nurse|engineer|banker|civil servant)\b`,
  'g',
);
/** "my friend who studies international relations said…": what the teller's relation studies or is is not the question. */
const TELLERS_FIELD = new RegExp(
  String.raw`\b((?:my|a|our) ${RELATION}) who(?:'s|s)? (?:into|studies|studied|is studying|works in|worked in|used to work (?:in|at|for)|works at|worked at|works for|worked for|works on|majors in|majored in|teaches|is into|does|follows|followed|covers|writes about|is half|is) (?:\w+ ){1,4}?(?=(?:said|says|told|tells|reckons|thinks|was saying|mentioned|claims|claimed|wants|wanted|asked|asks|keeps|wonders)\b)`,
  'g',
);
/** "my mate from hong kong was saying…", "i am student from vietnam": where the teller is from is not the question. */
const TELLERS_ORIGIN = new RegExp(
  String.raw`\b((?:my|a|our) ${RELATION}|i(?:'m| am) (?:a |an )?(?:exchange )?(?:student|reader|journalist|teacher|person|guy|girl)) (?:who(?:s|'s| is| lives) )?(?:from|in|based in|living in) \w+(?: (?:kong|korea|york|zealand|africa|america|city))?\b`,
  'g',
);

/** "…, sorry i mean…", "…, wait no, …", "…, or rather …": the asker correcting what they typed before it. */
const CORRECTION = /^(.*?)[\s,;.!?-]*\b(?:(?:sorry|oops),? )?(?:i mean|i meant|wait,? no|no,? wait|(?:actually,? )?scratch that|or rather|no,? sorry)\b[\s,:;-]*(\S.*)$/i;

/**
 * The question as the asker corrected it: a whole new question in place of the first ("what does japan want, i mean
 * china, what does china want"), or a word or two in place of their like ("who's going from china, wait no, from
 * japan" → "who's going from japan"; "when are the talks, sorry i mean where" → "where are the talks").
 */
function corrected(text: string): string {
  const m = CORRECTION.exec(text);
  if (m === null) return text;
  const [, before = '', after = ''] = m;
  const fix = after.trim();
  const fixWords = fix.split(/\s+/);
  if (fixWords.length >= 3 || before.trim() === '') return fix;
  const first = (fixWords[0] ?? '').toLowerCase();
  const lower = ` ${before.toLowerCase()} `;
  if (isQuestionWord(first)) {
    const asked = /^\s*\S+/.exec(before)?.[0] ?? '';
    return isQuestionWord(asked.trim().toLowerCase()) ? `${first}${before.slice(asked.length)}` : `${fix} ${before}`;
  }
  const at = lower.lastIndexOf(` ${first} `);
  return at < 0 ? `${before} ${fix}` : `${before.slice(0, at)} ${fix}`;
}

/**
 * A signature under the question: a closing word and a name ("\n\ncheers,\nmark", "\nty - sam"), or a line opened by a
 * dash and the line after it ("\n— sent from my iphone", "\n--\nposted via app", "\n~ t"), or an edit note ("\nedit: typo").
 */
const SIGNATURE =
  /\n\s*(?:(?:cheers|thanks|thank you|thx|ty|regards|kind regards|best regards|best|xoxo|love|sincerely|yours)[,!.]*(?:\s*(?:\n|[-—–~,])\s*[-—–~]?\s*\p{L}+\.?)?|[-—–~]+[^\n]{0,40}(?:\n[^\n]{0,40})?|sent from (?:my )?\w+|edit\s*[:-]?\s*(?:typos?|spelling|grammar|formatting|format|fixed(?: (?:a |the )?typos?)?|autocorrect|wording)[.!]*)\s*$/iu;

/**
 * Question words of other languages in a message otherwise English, or with English words in it: "oye, cuándo son the
 * talks", "c'est quoi the crisis mechanism", "wann sind die talks", "talks kab hai", "kailan ba ang talks".
 */
const FOREIGN_QUESTION_WORD: Readonly<Record<string, string>> = {
  // Spanish.
  cuándo: 'when', cuando: 'when', dónde: 'where', donde: 'where', quién: 'who', quien: 'who', quiénes: 'who', qué: 'what',
  'por qué': 'why', cuántos: 'how many', cuántas: 'how many', cuantos: 'how many', cuantas: 'how many', quiere: 'want', quieren: 'want',
  // French.
  combien: 'how many', 'combien de': 'how many', quand: 'when', quoi: 'what', "c'est quoi": 'what is', où: 'where', qui: 'who',
  'comment le': 'how', 'comment la': 'how', 'comment les': 'how', quel: 'which', quelle: 'which', quels: 'which', quelles: 'which',
  "qu'est-ce que": 'what', "qu'est-ce qu'": 'what', pourquoi: 'why',
  // Hindi, as typed in Latin letters in Hinglish: "bhai talks kab hai", "japan se kaun ja raha hai".
  kab: 'when', kahan: 'where', kahaan: 'where', kaun: 'who', kaunsa: 'which', kaunse: 'which', kisne: 'who', kiska: 'whose',
  kiske: 'whose', kiski: 'whose', kya: 'what', kyun: 'why', kyon: 'why', kitne: 'how many', kitni: 'how many', kitna: 'how much',
  kaise: 'how',
  // German, in Denglish: "wann sind die talks" ("was" alone is English, and "wer" a slip for "where").
  wann: 'when', wo: 'where', warum: 'why', 'wie viele': 'how many', wie: 'how', welche: 'which', welcher: 'which', welches: 'which',
  'wer ist': 'who is', 'wer sind': 'who are', 'wer geht': 'who goes', 'wer hat': 'who has', 'wer beansprucht': 'who claims',
  'wer wird': 'who will', 'wer kommt': 'who comes', 'wer vertritt': 'who represents', 'was ist': 'what is', 'was sind': 'what are',
  'was haben': 'what have', 'was hat': 'what has', 'was hofft': 'what hopes', 'was hoffen': 'what hope', 'was macht': 'what does',
  // Portuguese: "quando vão ser as talks", "quem vai representar o japão", "o que a china quer saber".
  quando: 'when', onde: 'where', quem: 'who', 'o que': 'what', 'por que': 'why', porque: 'why', quantos: 'how many',
  quantas: 'how many', qual: 'which', quais: 'which', como: 'how',
  // Italian: "chi rappresenta il giappone" (its "dove" and "come", English words too, are read with its particles).
  chi: 'who', cosa: 'what', "cos'è": 'what is', quanti: 'how many', quante: 'how many', perché: 'why',
  // Malay, in Manglish: "bila talks tu", "talks tu kat mana", "siapa wakil japan".
  bila: 'when', 'kat mana': 'where', 'di mana': 'where', siapa: 'who', apa: 'what', kenapa: 'why', mengapa: 'why',
  'berapa kali': 'how many times', berapa: 'how many', 'macam mana': 'how', bagaimana: 'how',
  // Tagalog, in Taglish: "kailan ba ang talks", "sino ang pupunta para sa japan" ("sino-" alone is China's).
  kailan: 'when', saan: 'where', 'sino ang': 'who', 'sino ba': 'who', 'sino yung': 'who', ano: 'what', bakit: 'why', ilan: 'how many',
  paano: 'how', alin: 'which',
};

/**
 * A question word that shows a message is in German, Portuguese, French, Italian or Spanish (Italian's names for Japan
 * and China count), and the articles and particles of that language, which stand between the words they join ("wer
 * beansprucht die inseln", "quando vão ser as talks", "qui revendique les îles", "chi rivendica le isole", "quiénes
 * acordaron restart los talks"). Only such a message loses them: "die", "as", "a" are English too.
 */
const GERMAN_QUESTION = /\b(?:wann|wo|wer|warum|wie|welche[rsn]?|was (?:ist|sind|will|wollen|haben|hat|hofft|hoffen|macht))\b/;
const GERMAN_PARTICLES = /\b(?:der|die|das|den|dem|des|ein|eine|einen|und|zu|zum|zur|es|schon|statt|gab|sind|ist|euch|allen|mit|von|zwischen)\b/g;
const PORTUGUESE_QUESTION = /(?<!\p{L})(?:quando|onde|quem|o que|por que|quantos|quantas|qual|quais|como)(?!\p{L})/u;
const PORTUGUESE_PARTICLES = /(?<!\p{L})(?:o|a|os|as|da|do|das|dos|de|e|em|no|na|nos|nas|é|ser|vão|vai|foi|foram|já|esse|essa|isso|com|para|sobre|entre|teve|tem)(?!\p{L})/gu;
const FRENCH_QUESTION = /(?<!\p{L})(?:quand|où|qui|combien|pourquoi|qu'est-ce|c'est quoi|comment (?:le|la|les)|quel(?:le)?s?)(?!\p{L})/u;
// Never "un" (the UN), nor "est" and "ce" inside "qu'est-ce que".
const FRENCH_PARTICLES = /(?<![\p{L}'-])(?:le|la|les|l'|une|des|du|de|d'|à|au|aux|et|en|est|il|y|a|eu|ont|se|ce|ça|va|pour|entre|sont|été)(?![\p{L}-])/gu;
// Spanish by its accented question words only: "cuando", "donde" are Portuguese's or English words' too.
const SPANISH_QUESTION = /(?<!\p{L})(?:cuándo|dónde|quién|quiénes|qué|cuántos|cuántas|cuál|cuáles|por qué)(?!\p{L})/u;
// Never "a" alone, nor "un" (the UN) and "no".
const SPANISH_PARTICLES = /(?<![\p{L}'-])(?:el|la|los|las|una|de|del|y|en|al|que|es|son|fue|fueron|ser|su|sus|con|para|sobre|entre|eso|esto|le|lo|se)(?![\p{L}'-])/gu;
const ITALIAN_QUESTION = /(?<!\p{L})(?:chi|cosa|cos'è|quando|quanti|quante|perché|dove (?:si|sono)|come (?:il|lo|la|i|gli|le)|giappone|cina)(?!\p{L})/u;
const ITALIAN_PARTICLES = /(?<![\p{L}'-])(?:il|lo|la|i|gli|le|una|di|da|del|della|dei|degli|alla|al|ai|agli|alle|nel|nella|e|si|ci|sono|stati|è|ha|hanno|questo|questa|tra)(?![\p{L}'-])/gu;
/** Italian's "dove" (where) and "come" (how), English words elsewhere. */
const ITALIAN_WHERE_HOW = /(?<!\p{L})(?:dove|come)(?!\p{L})/gu;
/** A message with a question word of any of the four, found in one pass (most messages have none). */
const ANY_OF_THEIR_QUESTIONS = new RegExp(
  `^.*(?:${[GERMAN_QUESTION, PORTUGUESE_QUESTION, FRENCH_QUESTION, ITALIAN_QUESTION, SPANISH_QUESTION].map((r) => r.source).join('|')}).*$`,
  'su',
);

/** The message without the articles and particles of each of the four languages it shows a question word of. */
function withoutForeignParticles(message: string): string {
  let out = message;
  if (GERMAN_QUESTION.test(out)) out = out.replace(GERMAN_PARTICLES, ' ');
  if (PORTUGUESE_QUESTION.test(out)) out = out.replace(PORTUGUESE_PARTICLES, ' ');
  if (FRENCH_QUESTION.test(out)) out = out.replace(FRENCH_PARTICLES, ' ');
  if (SPANISH_QUESTION.test(out)) out = out.replace(SPANISH_PARTICLES, ' ');
  if (ITALIAN_QUESTION.test(out)) out = out.replace(ITALIAN_WHERE_HOW, (word) => (word === 'come' ? 'how ' : 'where ')).replace(ITALIAN_PARTICLES, ' ');
  return out;
}

/** The words above, longest first, standing alone (JavaScript's \b knows no accented letters). */
const FOREIGN_QUESTION_WORDS = new RegExp(
  `(?<![\\p{L}'])(?:${Object.keys(FOREIGN_QUESTION_WORD)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}])`,
  'gu',
);

/**
 * "i get that japan will ask china stuff, but what's china going to ask japan": what the asker knows already is not
 * asked, unless the question after it leans on it ("i know the last round was in 2011, but where?", "…, but what else").
 */
const KNOWN_BEFORE_BUT =
  /^\s*(?:(?:ok|so|right|yeah|yes)[,!.]?\s+)?i (?:know|get|understand|realise|realize|gather)(?: that)?\b[^?]*?,?\s+but\s+((?:what|whats|what's|when|where|who|whos|who's|why|how|which|is|are|does|do|did|will|can|could)\b.*)$/;
/** A question that needs what came before it: a word pointing back, "else", or a question word with at most one word more. */
const LEANS_ON_THE_PREMISE = /\b(?:else|they|them|it|its|it's|that|those|this|these)\b|^\S+(?:\s+\S+)?\s*[?!.]*\s*$/;

/** "hey japan, what are you going to ask china", "mr kishida, what did you agree with wang yi": a message put to a party or official. */
const ADDRESSED_TO_A_PARTY =
  /^\s*(?:(?:hey|yo|oi|dear|ok|so|well|and)\s+)?(?:(?:mr|mrs|ms|minister|deputy minister)\.?\s+)?(japan and china|china and japan|japan|china|tokyo|beijing|sugiyama|kishida|wang yi|wang)\s*[,:]\s+(?=.*\byou)(.+)$/;

/** The message put to a party with "you" as that party: "china, what do you want" → "what do china want". */
function addressedParty(_: string, party: string, rest: string): string {
  return rest
    .replace(/\byou two\b|\byou both\b|\bboth of you\b/g, party)
    .replace(/\byour\b/g, `${party}'s`)
    .replace(/\byou(?:rself|rselves)?\b/g, party);
}

/** Small capitals of the "fancy text" generators, which Unicode does not fold to letters ("ᴡʜᴇɴ"), and their letters (none for x). */
const SMALL_CAPITAL_FORMS = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ';
const SMALL_CAPITAL_LETTERS: Readonly<Record<string, string>> = Object.fromEntries([...SMALL_CAPITAL_FORMS].map((c, i) => [c, 'abcdefghijklmnopqrstuvwyz'[i] ?? c]));
const SMALL_CAPITALS = new RegExp(`[${SMALL_CAPITAL_FORMS}]`, 'g');

/** Digits of leetspeak and the letters they stand for ("t4lk5", "wh3n", "15" for "is"). */
const LEET_LETTERS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
/** A digit of leetspeak between two letters: the mark of a message typed in it, which no year, count or "f-35" has. */
const LEET_INSIDE_A_WORD = /[a-z][013457]+[a-z]/i;
/** A word of leetspeak digits, alone or among letters; a lone digit ("in 4 years") and a digit not of leetspeak ("12", "1993") stay numbers. */
const LEET_WORD = /(?<![\w'])(?:(?=[\w']*[a-z])(?=[\w']*[013457])[a-z013457']+|[013457]{2,})(?![\w'])/gi;

/**
 * The text in plain letters: full-width, bold, italic and script letters folded by Unicode (NFKC), small capitals by hand,
 * and a message typed in leetspeak ("wh3n 4r3 th3 t4lk5") read in letters.
 */
export function plainLetters(text: string): string {
  const plain = text.normalize('NFKC').replace(SMALL_CAPITALS, (c) => SMALL_CAPITAL_LETTERS[c] ?? c);
  return LEET_INSIDE_A_WORD.test(plain) ? plain.replace(LEET_WORD, (word) => word.replace(/[013457]/g, (d) => LEET_LETTERS[d] ?? d)) : plain;
}

/** Below this many capitals a message is not read as shouted. */
const MIN_SHOUTED_CAPITALS = 8;

/**
 * A message typed in capitals ("CAN YOU TELL US WHEN THE TALKS ARE"), or with Caps Lock on by mistake ("cAN YOU TELL US…"),
 * in lower case: its capitals tell no abbreviation from a word ("US" is "us" there). A telegram's "STOP" stays.
 */
function unshouted(text: string): string {
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  const small = text.match(/\p{Ll}/gu)?.length ?? 0;
  return capitals >= MIN_SHOUTED_CAPITALS && capitals >= 3 * small ? text.replace(/\p{Lu}+/gu, (run) => (run === 'STOP' ? run : run.toLowerCase())) : text;
}

/**
 * The normalizer's replacements before a message's misspelt words are read as their spellings, and after; recorded once,
 * as a pattern written in words() would be a new object on each of its calls. Each chain is cut into stages: as one
 * expression of some four hundred calls it overflows the type checker's stack.
 */
const BEFORE_SPELLINGS = new Replacements()
  .replace(SIGNATURE, '')
  // An email's subject line and greeting ("Subject: history\n\nDear bot,\n…") come before the question.
  .replace(/^\s*(?:subject|subj|re)\s*:[^\n]*\n(?=\s*\S)/i, ' ')
  .replace(/^\s*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))(?: (?:bot|team|all|everyone|there|sir|madam|folks|friends))?\s*[,!:]\s*\n/i, ' ')
  .replace(FLAG, (flag) => ` ${FLAG_NAMES[flagCode(flag)] ?? ''} `)
  .replace(EMOJI_WORDS, (_, count?: string, pin?: string) => (count !== undefined ? ' how many ' : pin !== undefined ? ' where ' : ' when '))
  .replace(/(?<!\w):([a-z0-9_+-]+):(?!\w)/g, shortcodeWords)
  // "when when are the the talks", "how many how many": a word (or "how many") typed twice is one.
  .replace(/\b(how many|\w+)\s+(?=\1\b)/gi, '')
  .replace(ZERO_WIDTH_AND_CONTROL, ' ')
  // "ʕ•ᴥ•ʔ": the phonetic letters of kaomoji are no words.
  .replace(/[\u0250-\u02af\u1d00-\u1dbf]/g, ' ')
  .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
  .replace(/\bU\.S\.A\.?|\bU\.S\.(?=\W|$)|\bU\.S\b|\bUSA\b|\bUS\b/g, ' usa ')
  .replace(/\bU\.N\.?|\bUN\b/g, ' un ')
  // "the u.s.", "u.n." typed in lower case: the dots still make them the abbreviations.
  .replace(/\bu\.s\.(?:a\.?)?(?=\W|$)/gi, ' usa ')
  .replace(/\bu\.n\.(?=\W|$)/gi, ' un ')
  // "MOD" in capitals is the Ministry of Defense; in lower case a "mod" is a server's moderator. A telegram's "STOP"
  // after words ends a sentence ("japan china talks STOP when STOP"); the words before it are looked for only at a "STOP".
  .replace(/\bMoD\b|\bMOD\b|\s+STOP\b(?<=\w.*\s+STOP)/g, (abbreviation) => (abbreviation.endsWith('STOP') ? '. ' : ' defense ministry '))
  .replace(/\bunited states(?: of america)?\b/gi, ' usa ')
  .toLowerCase()
  // Dictated: "when are the talks question mark", "who leads japan comma is it sugiyama" ("period" and "full stop" are
  // words too: "what's the time period").
  .replace(/\s+(?:question mark|comma|exclamation (?:mark|point))\b/g, (said) => (said.includes('question') ? '?' : said.includes('comma') ? ',' : '!'))
  // "where're they holdin' it", "who's ridin' in": a g dropped for an apostrophe is still there.
  .replace(/\b([a-z]{2,})in'(?![a-z'])/g, '$1ing')
  // "what does japan hope 4 from this": a 4 after a verb is "for", not the number.
  .replace(/\b(hope|hop|hopes|hoping|wait|waiting|looking|ready|asking|ask|asks|thanks|thx)\s+4\b/g, '$1 for')
  // Scouse "me mam", "me da" (before "da" is read as "the"): my mum, my dad.
  .replace(/\bme (?:mam|ma|da)(?= (?:wants|wanted|says|said|asked|asks|reckons|thinks|keeps|told|tells|is|was|has|had)\b)/g, (relation) => (relation.endsWith('da') ? 'my dad' : 'my mum'))
  // "what'll be on the table when they meet": "will" apart, for the rules that read it; "who's confirmed to attend": who
  // is; "how long ago was the last round": when.
  .replace(/'ll\b|(?<=\bwho)'s(?= (?:confirmed|expected|scheduled|due|slated|set) to\b| (?:actually |really |even )?(?:named|mentioned|listed|identified|quoted|cited)\b)|\bhow long ago\b/g, (m) => (m === "'ll" ? ' will' : m === "'s" ? ' is' : 'when'))
  // A message in German, Portuguese, French or Italian without the articles and particles of its language.
  .replace(ANY_OF_THEIR_QUESTIONS, withoutForeignParticles)
  // "was will japan von china wissen": what Japan wants (German puts the verb before its subject).
  .replace(/\bwas (?:will|wollen) (\w+)\b/g, 'what $1 wants')
  .replace(FOREIGN_QUESTION_WORDS, (word) => FOREIGN_QUESTION_WORD[word.replace(/\s+/g, ' ')] ?? word)
  // Tagalog's particles in Taglish ("ilan na ang rounds ng talks", "ano daw yung crisis mechanism") and Malay's in Manglish
  // ("bila talks yang last", "apa tu crisis mechanism") stand between the words they join.
  .replace(/\b(?:ba|po|ang|ng|sa|yung|naman|daw|nina|mga|na|nag|dito|tu|yang|dah|belum)\b/g, ' ')
  .replace(SPOKEN_YEAR, spokenYear)
  // "tl;dr who's representing japan", "eli5 the un charter thing": a short answer asked for the question that follows
  // ("tl;dr of the article", "tl;dr japan china" ask for the gist).
  .replace(/^\s*(?:tl;?\s?dr|eli5)\b\s*[:,-]?\s+(?!(?:of|on|for|about|please|pls|plz|this|it|the article|the story|the news|version)\b|(?:japan|china|tokyo|beijing)(?: and| &)? (?:japan|china|tokyo|beijing)\s*[?!.]*\s*$)(?=\w)/, ' ');
const AFTER_SPELLINGS = new Replacements()
  // A question filed as a ticket ("Bug report: … Expected: a date. Actual: nothing.", "Ticket #42 - …", "Severity: medium.",
  // "Status: open", "Pls fix"): the question without the form around it.
  .replace(/\b(?:severity|priority|status)\s*:\s*(?:low|medium|high|critical|urgent|blocker|minor|major|normal|open|closed|new|pending|p[0-4])\b[.,;]?/g, ' ')
  .replace(/^\s*(?:(?:bug(?: report)?|issue(?: title)?|ticket|feature request|enhancement|support request|question)\s*(?:#\s*\d+\s*)?(?::|\s[-–])\s*)+/, ' ')
  .replace(/(?<=\S)\s*\b(?:expected|actual)(?: (?:result|behaviou?r))?\s*:.*$/s, ' ')
  .replace(/[.,;!]?\s*\b(?:please|pls|plz|kindly) (?:advise|fix|help|assist|resolve)[.!]*\s*$/, ' ')
  // "japan's side will include: (a) kishida (b) sugiyama (c) abe": the question, not its lettered options.
  .replace(/(?<=[?:])\s*\(?a[).]\s.*?\s\(?b[).]\s.*$/, '?')
  // "…focus on: 1) trade 2) maritime trust": numbered options that ask nothing (a numbered list of questions stays).
  .replace(/(?<=:)\s*1[).]\s(?:(?!\b(?:who|what|when|where|why|how|which)\b).)*?\s2[).]\s(?:(?!\b(?:who|what|when|where|why|how|which)\b)[^:?])*\?*\s*$/, '?')
  // "japan's side will include": who will attend for Japan.
  .replace(/\b(japan|china)(?:'s|s)? (?:side|delegation|team) (?:will )?(?:include|includes|be made up of|consist of|be led by)\b/g, 'who will attend for $1')
  .replace(ADDRESSED_TO_A_PARTY, addressedParty)
  .replace(KNOWN_BEFORE_BUT, (premise, rest: string) => (LEANS_ON_THE_PREMISE.test(rest) ? premise : rest))
  .replace(WHY_ON_A_FACT, ' ')
  .replace(OUTLET_BEFORE_THIS_ARTICLE, ' ')
  // Typed in lower case, "us" is the country next to another country or after "the" ("the us", "us-japan").
  // "us reaction?", "us navy": before a noun that only a country has, "us" is the country too.
  .replace(/(?:\bthe us\b|\bus(?=[\s-]+(?:japan|china|and)\b)|(?<=\b(?:japan|china)[\s-]+)us\b)|(?:\bus(?=\s+(?:reaction|response|position|stance|view|role|navy|military|troops|forces|government|officials|president|ambassador|embassy|bases?|army|angle|involvement|alliance|guidelines)\b))/g, ' usa ')
  // "…, because i thought china already publishes a budget": a reason given after the question is not asked.
  .replace(/,\s*(?:because|cause|cuz|coz)\b[^?]*$|\s(?:because|cause|cuz|coz) (?:he|she|they|i|we|my|our|his|her|im|i'm)\b[^?,]*$|\sbecause (?!of\b)[^?,]*$/, ' ')
  // "from China's point of view, what…": China's.
  .replace(/\bfrom (\w+)'s (?:point of view|perspective|standpoint|viewpoint|pov)\b/g, '$1')
  // "quiz: where will the talks be held? a) beijing b) tokyo": the question, without the choices offered.
  // "which is it - a) china asks… b) japan asks…": where the choices are the question, only their letters go.
  .replace(/[\s:?]*(?:\(a\)|\ba\))\s.*?\s(?:\(b\)|\bb\))\s.*$/, (choices, at: number, text: string) =>
    text.slice(0, at).split(/\s+/).length > 4 ? ' ' : choices.replace(/\(?\b[a-d]\)/g, ' '),
  )
  // "multiple choice: …", "pop quiz, …": how the question is set, not what it asks.
  // A game show's "for the jackpot: …", "bonus question: …", "lightning round! …" likewise.
  .replace(/^\s*(?:multiple[- ]choice(?: question)?|true or false|true\/false|t or f|(?:pop |quick )?quiz(?: question)?|trivia(?: question)?|flash ?card|exam prep|revision question|question (?:\d+|[a-z]))\s*[:,-]/, ' ')
  .replace(/^\s*(?:(?:and )?for (?:the )?(?:jackpot|grand prize|top prize|big prize|bonus|win|double points|\d+ points?)|bonus (?:question|round)|lightning round|final round|tie-?breaker|sudden death|double points)\s*[:,!.-]+/, ' ')
  // "the chinese defense ministry head": its defense minister.
  .replace(/\b(defen[cs]e|foreign) ministry(?:'s)? (?:head|chief|boss)\b/g, '$1 minister')
  // "japan's number two diplomat": its deputy foreign minister.
  .replace(/\b(?:number (?:two|2)|second[- ]ranking) (?:diplomat|official)\b/g, 'deputy foreign minister')
  // An infomercial's "call now", "operators are standing by", "but wait, there's more", "have you ever wondered".
  .replace(
    /\b(?:operators|lines) are (?:standing by|open)\b|\bcall (?:now|today|in the next [\w ]{1,20}?(?:minutes|hours))(?: and (?:find out|learn|discover|see))?\b|\b(?:act|order) (?:now|today)\b|\bbut wait,? there'?s more\b|\bbut that'?s not all\b|\bdon'?t delay\b|\bfor a limited time(?: only)?\b|\bsatisfaction guaranteed\b|\bmoney[- ]back guarantee\b|\b(?:three|two|four) easy payments of\b|^\s*(?:have you ever wondered|ever wondered|are you tired of not knowing)\b/g,
    ' ',
  )
  // A weather forecaster's "here's your forecast:", "cloudy with a chance of diplomacy —", "storm warning over … —",
  // "tonight's outlook:"; "forecast for tokyo: what does it hope…" keeps the place it names.
  .replace(
    /^\s*(?:good (?:evening|morning|afternoon)[,!.]?\s*)?(?:here'?s|here is) (?:your|the|tonight'?s|today'?s) (?:forecast|outlook|weather)\s*[:,—–-]|\b(?:cloudy|sunny|rainy|overcast|partly cloudy) with a (?:chance|slight chance|risk) of \w+\s*[—–:-]?|^\s*(?:storm|flood|gale|fog|heat|weather) warning(?: (?:over|for|in|across) [^—–:]{1,40})?\s*[—–:]|^\s*(?:tonight'?s|today'?s|tomorrow'?s|five-day|the weekend|weekend) (?:outlook|forecast)\s*:/g,
    ' ',
  )
  .replace(/^\s*(?:forecast|outlook) for (\w+)\s*:\s*(?:([^?]*?)\b(?:it|they)\b)?/, nameForIt)
  // "when will the talks roll in": happen.
  .replace(/\b(talks|meeting|dialogue|round|they|it) (?:roll|rolls) (?:in|around|round|up)\b/g, '$1 happen')
  // A yoga teacher's "breathe in…", "gently now —", "namaste.", "hold this pose while i ask:".
  .replace(/(?:^|(?<=[.!?]\s*))\s*(?:gently now|breathe (?:in|out)|find your cent(?:er|re)|namaste|stay present|let go of your thoughts|roll out your mat|downward dog,? everyone|savasana|feel the stretch|hold this pose(?: while i ask)?|let your shoulders relax|inhale [\w ]{1,20}?,? exhale [\w ]{1,20}?)(?=\s*[.!:,—–-]|\s*$)[.!:,—–-]*/g, ' ')
  // A sommelier's "decant this for me:", "pair this with something:"; a round of talks is a "vintage", "laid down in the
  // cellar" when it was held, and "opened again" when resumed.
  .replace(/^\s*(?:decant this for me|pair this with something|a (?:full|medium|light)[- ]bodied question)\s*(?:[:,—–-]+\s*(?:but )?|$)/, ' ')
  .replace(/\bvintages?(?= of (?:these|the|this) (?:talks|dialogue|meeting)s?\b)/g, (v) => (v.endsWith('s') ? 'rounds' : 'round'))
  .replace(/\b(?:have|has) been laid down in the cellar\b/g, 'have been held')
  .replace(/\bopen this bottle again\b/g, 'resume the talks')
  // An estate agent's "location, location, location —", "this one's move-in ready:", "let's talk curb appeal:", "any skeletons in
  // the closet?", "price reduced!", "great bones on this one:", "open house:", "what's the neighbourhood like —".
  .replace(/^\s*(?:location,? location,? location|this one'?s move-in ready|let'?s talk curb appeal|any skeletons in the closet\?|price reduced!|great bones(?: on this one)?|open house|what'?s the neighbou?rhood like)\s*[:,—–!?-]*\s*(?=\w)/, ' ')
  // A nature documentary's "observe the senior diplomat in his natural habitat —"; "it began with a handshake between two
  // ministers. who were they?" asks who agreed to resume.
  .replace(/^\s*(?:observe|behold|here we see) (?:the|a|an) [\w ]{1,40}? in (?:his|her|its|their) natural habitat\s*[—–:,.!-]*\s*/, ' ')
  .replace(/\b(?:it (?:all )?(?:began|started) with )?a handshake between (?:the )?two (?:foreign )?ministers\b/g, 'the agreement between the two ministers to resume')
  // A poker player's "i'm all in on this one:", "what cards is china holding —", "reading the tells here:"; the talks are the
  // "game" someone hosts or gets going again, a round a "hand", and "when does the dealer shuffle up and deal" when they start.
  .replace(/^\s*(?:i'?m all in(?: on this one)?|reading the tells(?: here)?)\s*[:,—–-]+\s*/, ' ')
  .replace(/^\s*what cards (?:is|are) (japan|china|tokyo|beijing) holding\s*[:,—–-]+\s*(?:([^?]*?)\b(?:it|they)\b)?/, nameForIt)
  .replace(/\b(host|get|got|gets|getting) (?:this|the) game(?= going again\b|\s*[?!.]*\s*$)/g, '$1 the talks')
  .replace(/\bwhen does the dealer shuffle up and deal\b/g, 'when do the talks start')
  .replace(/\bwhich table was the last hand played at\b/g, 'where was the last round held')
  .replace(/\bhow many (?:hands|fixtures|matches|games) (have|has) (these two(?: sides)?|they|japan and china|both sides) played\b/g, 'how many rounds $1 $2 held')
  .replace(/\bwho dealt (?:these two|them|both sides) back in\b/g, 'who restarted the talks')
  // A waiter's "good evening, i'll be your server tonight —", "can i take your order —", "chef recommends:", "for starters,", "shall
  // i bring the bill?"; "the talks' signature dish" is their main topic.
  .replace(/^\s*(?:good (?:evening|afternoon)[,!.]?\s*)?(?:i(?:'?ll| will) be your (?:server|waiter|waitress) (?:tonight|today)|can i take your order|chef recommends|(?:and )?for (?:starters|the main course|dessert)|any allergies i should know about|would you like to see the dessert menu|is everything tasting all right\?|shall i bring the bill\?|can i get you anything else|compliments to the chef|table for two|our special of the day)\s*[:,—–!?-]*\s*(?=\w)/, ' ')
  .replace(/\b(the )?(talks|dialogue|meeting)(?:'s?|s')? signature dish\b/g, '$1$2 main topic')
  // An astrologer's "the stars are aligning for a meeting —", "mercury is in retrograde, so", "the planets suggest tension —",
  // "written in the stars:", "venus is rising:", "…, according to the stars"; "the moon is full over the east china sea — why is
  // there tension there" keeps the sea it names.
  .replace(/^\s*(?:the stars are aligning(?: for [\w ]{1,30}?)?|mercury is in retrograde,? so|the planets suggest [\w ]{1,30}?|written in the stars|venus is rising|(?:my )?tarot reading mentioned [\w ]{1,30}?)\s*[:,—–!-]*\s*(?=\w)/, ' ')
  .replace(/,?\s+according to the (?:stars|cosmos|planets)(?=\s*[?!.]*\s*$)/, ' ')
  .replace(/^\s*the moon is full over (the [\w ]{1,30}?)\s*[—–:-]+\s*(.*?)\bthere(?=\s*[?!.]*\s*$)/, '$2in $1')
  // A football referee's "play on!", "the ref checks his watch:", "yellow card incoming:", "checking var:", "penalty!"; talks
  // "kicking off" start.
  .replace(/^\s*(?:play on|the ref checks his watch|yellow card incoming|checking var|penalty)\s*[:,—–!-]*\s*(?=\w)/, ' ')
  .replace(/\b(talks|meeting|dialogue|round) kicking off\b/g, '$1 starting')
  // A tour guide's "and on your left, …", "if you look to your right you'll see …", "okay folks, stay with the group".
  .replace(/\b(?:and )?(?:if you look )?(?:on|to) (?:your|our|the) (?:left|right)(?: you'?ll see| is| are)?,?|\b(?:okay |ok )?folks,? (?:stay with the group|keep up|gather round)[!.]*|,?\s*\bfolks(?=\s*[?!.]*\s*$)/g, ' ')
  // An auctioneer's "going once, going twice", "sold!", "next lot:", "bidding opens on …".
  .replace(/\bgoing,? going(?:,? gone)?[!.]*|\bgoing (?:once|twice)(?:,? (?:going )?(?:once|twice))*[!.]*|\bsold(?: to (?:the )?[\w ]{1,30}?)?!|\bgone!/g, ' ')
  .replace(/^\s*(?:(?:(?:next|final|last|first|fresh) lot(?: on the block)?|lot (?:number |no\.? )?\w+)\s*:|bidding (?:opens|starts|begins) on\b|bidding (?:on|for)\b)/, ' ')
  // "how many years since the talks began": since when they have been held.
  .replace(/\bhow (?:many years|long)(?: has it been| is it| has it)? since (?:the |these |they |japan and china )?(?:(?:security )?(?:talks|dialogue|dialogues) )?(?:first )?(?:began|started|begun|were first held|first met)\b/g, 'when did talks begin')
  // "which specific things is japan going to ask china": what japan is going to ask, not a thing named "things".
  .replace(/\bwhich (?:specific |particular |exact |other |main )?(?:things|stuff|topics|issues|points|matters|items|questions|subjects)\b(?= (?:(?:is|are|will|would|does|do|did) )?(?:japan|china|tokyo|beijing)\b)/g, 'what')
  // "why do people think these talks are a big deal": why they are; "how big a deal is this", "how much does this
  // meeting matter": how important; "where's this all heading", "best case, where does this lead": what it will lead to.
  .replace(
    /\bwhy (?:do|does) (?:people|everyone|everybody|folks|experts|analysts|commentators|the media|some people|many people) (?:think|say|believe|reckon|consider)(?: that)?\b|\bhow big (?:of )?a deal\b|\bhow much (?:does|do|will|would) (?:this|it|that|any of this|(?:this|the) (?:meeting|round|dialogue)|(?:these|the) talks) (?:actually |really )?matter\b|(?:^\s*best case,?\s+)?\bwhere(?:(?:'s|s| is) (?:(?:this|it|things) (?:all )?(?:heading|leading)|(?:all this|this all|it all|things all|this|it|things) (?:all )?going(?<=all(?: this| it| things)? going))| (?:does|do|could|might|will|would|can) (?:this|it|that|all this|this all|(?:these|the) talks|things) (?:(?:all|actually|really|eventually) )?(?:lead|go|end up))(?: to)?(?=\s*[?!.]*\s*$)/g,
    (said) => (said.startsWith('why') ? 'why' : said.startsWith('how much') ? 'how important is it' : said.startsWith('how') ? 'how important' : 'what will it lead to'),
  )
  // "what's on the menu when they meet": at the talks, not when they are.
  .replace(/ when (?:they|the two sides|both sides|japan and china|the two countries) (?:meet|sit down|get together|talk)(?=\s*[?!.]*\s*$)(?<=\b(?:what|whats|what's|which)\b.*)/, ' at the talks')
  // "the participants in the planned dialogue": the talks, not their planning; "the forthcoming dialogue": the upcoming one.
  .replace(/\b(?:planned|proposed) (?=(?:(?:bilateral|security|japan[- ]china) )*(?:talks|dialogue|meeting|round|session)s?\b)/g, '')
  .replace(/\b(?:forthcoming|impending) (?=(?:(?:bilateral|security|japan[- ]china) )*(?:talks|dialogue|meeting|round|session)s?\b)/g, 'upcoming ')
  // "what set all this in motion", "what got the ball rolling", "how did these two end up talking again", and the whole questions
  // "what's changed to make this happen", "what's brought them to the table", "what's the catalyst", "the first domino": how the
  // talks came about.
  .replace(
    new RegExp(
      String.raw`\bwhat (?:set|put) (?:all )?(?:this|it|these talks|the talks|things|the process) in motion\b|\bwhat got (?:the ball|things|this|it|the talks|the process) rolling\b|\bhow did (?:they|${THE_TWO}) (?:end up|come to be|get back to|wind up) (?:talking|meeting|at the table|sitting down)(?: again)?\b|^\s*(?:so )?(?:what(?:'s|s| has) (?:changed to make (?:this|it|the talks|these talks) (?:happen|possible)|brought (?:them|both sides|the two(?: sides)?|japan and china) (?:back )?(?:to the table|together))|what(?:'s|s| is| was) the (?:catalyst|trigger|spark|first domino)(?: here| for (?:this|it|the talks|these talks))?)(?=\s*[?!.]*\s*$)`,
      'g',
    ),
    'how did the talks come about',
  )
  // "how serious is this": how important it is; "what's driving the agenda", "what's behind the push for talks": why the talks
  // are happening.
  .replace(/\bhow (?:serious|significant|major) (?:is|are) (this|it|that|these talks|the talks|this meeting)(?=\s*[?!.]*\s*$)/g, 'how important is $1')
  .replace(
    /\bwhat(?:'s|s| is) (?:driving|motivating|fuell?ing) (?:the|this) (?:agenda|talks|meeting|dialogue)\b|\bwhat(?:'s|s| is) behind (?:the )?(?:push|drive|move|decision|plan|rush) (?:for|to hold|toward|towards) (?:the |these |new )?(?:talks|dialogue|meeting)\b/g,
    'why are the talks happening',
  )
  // "what's each side's priority": what each of them wants.
  .replace(/\bwhat(?:'s|s| is| are) each (?:side|country|party|government|of them)(?:'s|s)? (?:priority|priorities|main concern|top concern|concerns|focus|goal|goals)\b/g, 'what does each of them want')
  // "i'm making flashcards for my international relations exam and…": what the teller needs it for is not asked.
  .replace(/\b(?:for|before) (?:my|our) (?:\w+ ){0,3}?(?:exams?|test|midterms?|finals|class|course|seminar|essay|paper|presentation|homework|assignment|quiz|project|dissertation|thesis)\b/g, ' ')
  // "what prior agreement at ministerial level underpins the resumption": between the ministers, leading to it.
  .replace(/\b(agreement|understanding|deal|accord|consensus) at (?:the )?ministerial level\b/g, '$1 between the ministers')
  // "what maritime objective underpins the talks": what they are aimed at; "does the report anticipate any broader dividend from
  // the talks": what they could lead to.
  .replace(/\b(?:does|do) (?:the report|the article|kyodo|the sources|it) (?:anticipate|expect|foresee|predict|see) (?:any )?(?:(?:broader|wider|bigger|diplomatic|longer[- ]term)\s+)*(?:dividends?|payoffs?|pay-offs?|benefits?|gains?|upside) (?:from|of) ((?:the |these |this )?(?:talks|dialogue|round|meeting))\b/g, 'what could $1 lead to')
  .replace(/\bwhat (?:\w+ )?(?:objective|aim|goal|purpose) (?:underpins?|underlies|drives|motivates) (?=(?:the |these )?(?:forthcoming |upcoming |planned )?(?:talks|dialogue|consultations|meeting)\b)/g, 'what is the aim of ')
  // "what precipitated the decision to reconvene after a hiatus of several years": what led to it.
  .replace(/\s+after (?:a|the) (?:hiatus|gap|break|pause|lull) of (?:several|four|many|a few|some) years\b/g, '')
  .replace(/\b(?:underpins?|underpinned)\b/g, 'led to')
  // "how does the report characterise the state of maritime tensions": what it says about the tensions.
  .replace(/\bhow (?:does|do|did) (?:the )?(?:report|article|story|piece|kyodo) (?:characteri[sz]e|describe|portray|depict|present|frame)(?: the (?:state|level|extent|degree) of)?\b/g, 'what does the article say about')
  // "what could be won or lost here": what is at stake.
  .replace(/\bwhat (?:could|can|might|would) be (?:won|gained) or lost(?: here| in (?:this|the talks))?(?=\s*[?!.]*\s*$)/g, "what's at stake")
  // "what hurdles do they face", and the whole questions "the stumbling block", "the fault lines", "the red lines", "the
  // deal-breaker": the sticking points.
  .replace(
    new RegExp(
      String.raw`\bwhat (?:hurdles|obstacles|challenges|roadblocks|stumbling blocks|difficulties) (?:do|does|will|might|could) (?:they|both sides|the talks|${THE_TWO}) face\b|^\s*(?:so )?what(?:'s|s| is| are) the (?:stumbling blocks?|fault ?lines?|(?:red lines?|deal[- ]?breakers?)(?: here| for (?:them|both sides|each side))?)(?=\s*[?!.]*\s*$)`,
      'g',
    ),
    'what are the sticking points',
  )
  // "what's new compared to before": what's new here.
  .replace(/\s+compared (?:to|with) (?:before|last time|previously|the past)(?=\s*[?!.]*\s*$)/, ' here')
  // "what matters most in this story", "what do i need to keep an eye on": the most important thing.
  .replace(/\bwhat matters (?:the )?most(?: (?:in|about) (?:this|the) (?:story|article|report|news))?(?=\s*[?!.]*\s*$)|\bwhat (?:do|should) (?:i|we) (?:need to )?keep an eye on(?=\s*[?!.]*\s*$)/g, 'what is the most important thing here')
  // "on what grounds will japan assert that its reforms are not directed at china": how it will justify them.
  .replace(/\bon what (?:grounds|basis) (?:will|would|does|do|can|could) (japan|tokyo|china|beijing) (?:assert|argue|claim|maintain|contend|insist|say)(?: that)?\b/g, 'how will $1 justify that')
  // "what sets this round apart": what's new here.
  .replace(/\bwhat (?:sets|makes) (?:this|these|the) (?:round|talks|meeting|dialogue) (?:apart|different|special|unique)\b/g, "what's new here")
  // "what assurances regarding defence expenditure will tokyo seek": what it will seek; "which aspect of chinese defence policy
  // does tokyo regard as insufficiently transparent": what it wants made transparent.
  .replace(/\bwhich (?:aspects?|elements?|parts?|areas?) of (?:chinese|china'?s|beijing'?s) (?:defen[cs]e|military|security) (?:policy|policies|posture|affairs|programmes?|programs?)(?= (?:does|do|will|would) (?:japan|tokyo)\b)/g, 'what')
  .replace(/\bwhat (?:assurances|guarantees|commitments)(?= (?:regarding|about|on|concerning|over) .+\b(?:seek|want|ask|demand|request)\b)/g, 'what')
  // "what concerns regarding chinese military opacity will japan articulate": what japan will ask about it.
  .replace(/\bwhat (?:concerns|worries|questions|issues|points) (?:regarding|about|over|on|concerning) (.+?) will (japan|tokyo|china|beijing) (?:articulate|voice|raise|express|air|put forward|bring up|convey)\b/g, 'what will $2 ask about $1')
  // "which areas beyond traditional military hardware": space and cyberspace.
  .replace(/\bbeyond (?:traditional |conventional )?(?:military )?(?:hardware|weapons|equipment|arms)\b/g, 'space and cyberspace')
  // "which maritime aim is the dialogue primarily concerned with": what the talks will focus on.
  .replace(/\b(?:is|are) (?:the )?(?:talks|dialogue|meeting|consultations) (?:primarily|mainly|chiefly|principally|mostly) concerned with\b/g, 'will the talks focus on')
  // "are they making headway", "any movement on this": where things stand; "is it rare for them to meet like this": how long since they last met.
  .replace(new RegExp(String.raw`^\s*(?:so )?(?:(?:are|is) (?:they|the talks|things|both sides|${THE_TWO}) making (?:any )?(?:headway|progress)|any (?:movement|progress|headway)(?: on (?:this|it|that|the talks|these talks))?)(?=\s*[?!.]*\s*$)`), 'where do things stand')
  .replace(new RegExp(String.raw`\bis (?:it|this) (?:rare|unusual|uncommon|common|normal|usual) for (?:them|both sides|${THE_TWO}) to (?:meet|talk|hold talks|sit down)(?: like this)?\b`, 'g'), 'how long since they last met')
  // "what has tokyo got riding on this", "what's the bottom line for tokyo", "what would make tokyo happy": what it hopes for.
  .replace(
    /\bwhat (?:has|have|does|do) (japan|tokyo|china|beijing) (?:got |have )?riding on (?:this|it|the talks|these talks)\b|\bwhat(?:'s|s| is) the bottom line for (japan|tokyo)\b|\bwhat (?:would|will|could|might) make (japan|tokyo|china|beijing) (?:happy|satisfied|pleased|content)\b/g,
    (_, riding: string | undefined, bottom: string | undefined, happy: string | undefined) => `what does ${riding ?? bottom ?? happy ?? ''} hope for`,
  )
  // "which naval activities concern china": what china will ask about (what china will ask of the usa is another question).
  .replace(/(?<!\busa\b.*)\b(?:(?:will|would|might|could|may) )?(?:concerns?|worry|worries|troubles?|bothers?) (china|beijing|japan|tokyo)(?=\s*[?!.]*\s*$)/g, 'will $1 ask about')
  // "which provisions concerning the dispatch of sdf personnel concern beijing": which parts of it (provisions of a law are
  // otherwise not given).
  .replace(/\bwhich provisions(?= (?:concerning|regarding|on|about|of) .+\bwill (?:china|beijing|japan|tokyo) ask about\s*[?!.]*\s*$)/g, 'which aspects')
  // "which two ministers breathed new life into the talks": revived them.
  .replace(/\bbreathed? (?:new )?life (?:back )?into\b/g, 'revived')
  // Idioms of the whole question, by what they ask. Spelled out first: "the lay of the diplomatic landscape" is the lie of the
  // land; "…in broad strokes", "…in thirty seconds", "the state of play heading into april", "the tensions cited in the report"
  // ask nothing more; "the broad brush picture" is the big picture, "the story arc" the story, "in one breath" in a nutshell,
  // "on the menu for the delegates" on the menu; "dominate the conversation" dominate; "have staked a claim on" claim, and
  // "which players besides japan" which countries; "the senkakus' administrative status" who controls them; "force
  // modernisation" military expansion; "since when has this consultative framework been in operation" since when the talks have
  // existed; "which ministerial meeting preceded the agreement to resume" which led to it; "bin" after a have is been ("have you
  // bin to tokyo" may be a bin).
  .replace(/\blie of the land\b|\blay of the (?:\w+ )?landscape\b/g, 'lay of the land')
  .replace(/\s+in (?:broad|general|rough) (?:strokes|terms|outline)(?=\s*[?!.]*\s*$)|\s+in (?:thirty|30|sixty|60|ten|10|five|5|fifteen|15) seconds(?: or less)?(?=\s*[?!.]*\s*$)/, '')
  .replace(/(?<=\b(?:state of play|situation|picture|mood|outlook|lay of the land))\s+(?:heading|going) into (?:april|the talks|these talks|the meeting|the round|it|this)(?=\s*[?!.]*\s*$)|(?<=\b(?:tensions?|dispute|issues?|concerns?))\s+(?:cited|mentioned|described|referred to) (?:in the (?:report|article|story|piece)|here)(?=\s*[?!.]*\s*$)/g, '')
  .replace(/\bbroad[- ]brush (?:picture|version|view|overview)\b/g, 'big picture')
  .replace(/\bthe story arc\b/g, 'the story')
  .replace(/\bin (?:one|a single) breath\b/g, 'in a nutshell')
  .replace(/\bon the (?:menu|table|agenda) for (?:the )?(?:delegates|delegations|negotiators|officials|diplomats)(?=\s*[?!.]*\s*$)/g, 'on the menu')
  .replace(/\bdominate (?:the )?(?:conversation|discussions?)\b/g, 'dominate')
  .replace(/\b(?:have|has) staked (?:a|their|its) claim (?:on|to)\b/g, 'claim')
  .replace(/\bwhich players(?= (?:besides|other than|apart from|except) (?:japan|china)\b)/g, 'which countries')
  .replace(/\b(?:what(?:'s|s| is) |describe )?the (senkaku(?: islands|s)?|islands|islets)(?:'s?|s')? administrative status\b/g, 'who controls the $1')
  .replace(/\b(?:armed )?forces? moderni[sz]ation\b/g, 'military expansion')
  .replace(/\bsince when (?:has|have) (?:this|the|these) (?:\w+ )?(?:framework|dialogue|mechanism|talks|forum|process|consultations) been (?:in operation|running|around|in place|in existence)\b/g, 'since when have the talks existed')
  .replace(/\b(?:(?:bilateral )?ministerial )?(meeting|talks|agreement) preceded the agreement to resume\b/g, '$1 led to the agreement to resume')
  .replace(/(?<=\b(?:have|has|had|hav)\b(?: \w+){0,2}) bin\b(?= (?:\w+ing|goin|around|held)\b)/g, ' been')
  // What is happening: "what's really at play", "what's in the pipeline", "what's the pulse of things", "what's the hook here", "so
  // what's brewing", "what ties all of this together", "what are the moving parts".
  .replace(/^\s*(?:so )?(?:what(?:'s|s| is) (?:(?:really |actually )?(?:at play|in play|in the pipeline|in the offing)|the (?:pulse of things|hook here)|brewing)|what ties (?:all )?(?:of )?(?:this|it) together|what are the (?:main |key )?moving parts(?: here| in (?:this|it|the talks|these talks|the story))?)(?=\s*[?!.]*\s*$)/, 'what is happening')
  // Who is involved: "who's at the center of this", "who has skin in the game"; the gist: "the general drift of this", "the 101 on
  // this", "the beating heart of this story", "the main event here".
  .replace(/\bwho(?:'s|s| is) at the (?:cent(?:er|re)|heart) of (?:this|it|the talks)\b|\bwho(?:'s|s| has| have)? (?:got )?skin in the game\b/g, 'who is involved')
  .replace(/\bthe (?:general )?drift(?= of (?:this|it|things|the story)\b)|\bthe 101(?= on (?:this|it|the talks|these talks)\b)|\b(?:the )?(?:beating )?heart of (?:this|the) (?:story|matter|article|report|piece)\b|\bthe main event\b(?= here\b|\s*[?!.]*\s*$)/g, 'the gist')
  // The tensions: "what's got everyone on edge", "what's the subtext here", "what's simmering under the surface", "what's everyone
  // bracing for".
  .replace(/^\s*(?:so )?(?:what(?:'s|s| has) got (?:everyone|everybody|people|them|both sides) (?:on edge|worried|nervous|rattled)|what(?:'s|s| is) the subtext(?: here)?|what(?:'s|s| is) (?:simmering|bubbling|brewing) (?:under|beneath) the surface|what(?:'s|s| is| are) (?:everyone|everybody|people|they|both sides|the two sides) bracing (?:for|themselves for))(?=\s*[?!.]*\s*$)/, 'what are the tensions')
  // Whether ties improve: "what's the prognosis", "is the ice melting", "is there a thaw on the horizon", "where do things go from
  // here", "is there light at the end of the tunnel", and anywhere "what's the trajectory here".
  .replace(/\bwhat(?:'s|s| is) the (?:trajectory|direction of travel)(?: here| for (?:ties|relations|the relationship))?(?=\s*[?!.]*\s*$)|^\s*(?:so )?(?:what(?:'s|s| is) the prognosis(?: here| for (?:ties|relations|the relationship|them))?|is the ice (?:melting|thawing|breaking)(?: between (?:them|the two|japan and china))?|is there (?:a|any) thaw (?:on the horizon|coming|in sight|ahead)|where do (?:things|we|they|relations|ties) go from here|is there (?:any )?light at the end of the tunnel(?: for (?:them|ties|relations|the relationship|japan and china|the two))?)(?=\s*[?!.]*\s*$)/g, 'will ties improve')
  // What the talks could lead to: "what's the best-case scenario here" (not bare: "…for my exam" is the teller's).
  .replace(/^\s*(?:so )?what(?:'s|s| is) the best[- ]case(?: scenario| outcome)? (?:here|for (?:tokyo|japan|them|the talks|these talks))(?=\s*[?!.]*\s*$)/, 'what could the talks lead to')
  // The rest: "at what level will the consultations be conducted" (who attends),
  // "why's this blowing up my feed" (why it matters), "any clues on the date" (when), "why the sudden thaw" (why now).
  .replace(/^\s*at what level (?:will|are|is) (?:the |these )?(?:forthcoming |upcoming |planned )?(?:consultations|talks|dialogue|meeting) (?:be )?(?:conducted|held)\b/, 'who will attend the talks')
  .replace(/^\s*(?:so )?why(?:'s|s| is) (?:this|it) (?:blowing up|all over|trending on|everywhere on) (?:my|the) (?:feed|timeline|tl)(?=\s*[?!.]*\s*$)/, 'why is this important')
  .replace(/^\s*(?:so )?any (?:clues?|hints?|word) (?:on|about|as to) the date(?=\s*[?!.]*\s*$)/, 'when')
  .replace(/^\s*(?:so )?why the (?:sudden |recent )?(?:thaw|warming|rapprochement|d[eé]tente|change of heart)(?=\s*[?!.]*\s*$)/, 'why now')
  // "what will end up on the table": what will be discussed.
  .replace(/\bwhat (?:will|might|could|is going to) (?:end up|wind up|land|be put) on the table\b/g, 'what will be discussed')
  // "how do the two see each other right now": the tensions between them.
  .replace(
    new RegExp(String.raw`\bhow do (?:they|both sides|${THE_TWO}) (?:see|view|regard|feel about) (?:each other|one another)(?:\s+(?:right\s+)?now|\s+these days|\s+at the moment|\s+lately)?(?=\s*[?!.]*\s*$)`, 'g'),
    'are the tensions continuing',
  )
  // "chinese investments in weapons platforms": what china spends on them (investment alone is another subject).
  .replace(/\binvest(?:ments?|ing)? in (?=(?:new )?(?:weapons?|arms|military|defen[cs]e|carriers?|fighters?|warships?|missiles?|naval|the military|its military|hardware)\b)/g, 'spending on ')
  // "what's the endgame for beijing", "what's china's long-term goal": what the party hopes for (the article gives Tokyo's
  // hopes only).
  .replace(
    /\bwhat(?:'s|s| is| are)? (?:the )?(?:(china|beijing|japan|tokyo)(?:'s|s)? )?(?:real |ultimate )?(?:endgame|end game|long[- ]term (?:play|plans?|goals?|aims?))(?: (?:for|of) (china|beijing|japan|tokyo))?(?: here| in (?:this|all this|the talks))?(?=\s*[?!.]*\s*$)/g,
    (said, owner: string | undefined, after: string | undefined) => (owner ?? after) === undefined ? said : `what does ${owner ?? after} hope for`,
  )
  // "the principal objectives of the forthcoming bilateral security dialogue": the main objectives of the talks (the words
  // naming them say nothing of when or where).
  .replace(
    /\b((?:principal|main|key|primary|chief|central) )?(objectives?|aims?|goals?|purposes?) of (?:the|this|these) (?:(?:upcoming|forthcoming|planned|bilateral|security|japan[- ]china|new) )*(?:talks|dialogues?|meetings?|consultations|round|session)\b/g,
    (_, main: string | undefined, aims: string) => `${main !== undefined ? 'main ' : ''}${aims} of the talks`,
  )
  // "what rationale will tokyo advance for its legislation": how it will justify it (not an advance or progress).
  .replace(/\bwhat (?:rationale|justification|argument|case|reasoning|explanation|grounds) (?:will|would|does|do|is|might|could) (japan|tokyo|china|beijing)(?: going to)? (?:advance|put forward|offer|present|give|make|provide)(?: for)?\b/g, 'how will $1 justify')
  // "what is china's position on the senkakus": china's claim to them.
  // "describe the chinese position on the territorial status of the islets": likewise.
  .replace(/\bwhat(?:'s|s| is)? (china|beijing|taiwan)(?:'s|s)? (?:position|stance|view|line) on (?:the )?(?:senkakus?|diaoyus?|islands?|islets?)(?: islands?)?\b/g, 'does $1 claim the islands')
  .replace(/\b(?:describe|explain|outline|summari[sz]e) (?:the )?(china|chinese|beijing|taiwan|taiwanese)(?:'s|s)? (?:position|stance|view|line) on (?:the )?(?:(?:territorial )?status|ownership|sovereignty) of (?:the )?(?:senkakus?|diaoyus?|islands?|islets?)(?: islands?)?\b/g, (_, party: string) => `does ${party.replace(/ese$/, '').replace(/^chin$/, 'china')} claim the islands`)
  // "what is china's side of it", "what's china's move gonna be", "japan's game plan": what the party wants.
  .replace(/\bwhat(?:'s|s| is)? (china|beijing|japan|tokyo)(?:'s|s)? (?:side(?: of (?:it|this|things|the story))?|(?:next )?(?:move|play|game plan))(?: (?:gonna|going to) be)?(?: (?:here|at the talks|in (?:this|all this|the talks)))?(?=\s*[?!.]*\s*$)/g, 'what does $1 want')
  // "what about who's going from japan", "and what about when": the question that follows.
  .replace(/^\s*(?:(?:and|also|so),? )?what about (?=(?:who|whos|who's|when|whens|when's|where|wheres|where's|what|whats|what's|why|how|which)\b)/, ' ')
  // "wear in japan r the tawks": where, typed as it sounds.
  .replace(/^\s*wear(?= (?:in|r|ar|are|is|was|were|will|did|do|does)\b)/, 'where')
  // "what's the backdrop here": the background ("the dispute that forms the backdrop" is the dispute).
  .replace(/\bwhat(?:'s|s| is) the backdrop(?=(?: here| to (?:this|it|all this|these talks|the talks))?\s*[?!.]*\s*$)/g, "what's the background")
  // "why now, after a four-year gap": why the talks come now, not why there was a gap.
  .replace(/\bafter (?:a |the |this )?(?:four|4|several|few|long)[- ]years?(?:'s)? (?:gap|break|pause|hiatus|absence)\b(?<=\bwhy now\b.*)/g, 'after years')
  // "what does the report say overall": the gist.
  .replace(/^\s*what (?:does|did) (?:the|this) (?:report|article|piece|story) (?:say|tell us) (?:overall|in general|basically|in short|in brief|in a nutshell)(?=\s*[?!.]*\s*$)/, ' summary ')
  // "could you please say who is going": who is going, not who said it.
  .replace(/\b(?:(?:could|can|would|will) (?:you|u) (?:please |kindly )?|please |kindly )(?:say|state)(?= (?:who|what|when|where|why|how|which)\b)/g, ' ')
  // "what does japan hope will happen afterwards", "what does tokyo want to happen after the talks": what it hopes for,
  // not what happens after the talks.
  .replace(/\b(hopes?|hoping|wants?(?= to happen)) (?:will |to )?happen(?:s)?(?: afterwards| after (?:that|the talks)| next)?\b/g, (_, verb: string) => (verb.startsWith('want') ? 'hope' : verb))
  // "what does japan expect china to explain": what it wants china to explain.
  .replace(/\bexpect(?:s|ing)? (?=(?:china|beijing|japan|tokyo) to\b)/g, 'want ')
  // "how are things between japan and china": the gist.
  .replace(/^\s*how(?:'s| is| are)? things (?:going )?(?:between|with) (?:japan and china|china and japan|tokyo and beijing|beijing and tokyo|the two(?: countries| sides)?)(?: (?:now|lately|these days|right now))?(?=\s*[?!.]*\s*$)/, ' summary ')
  // "what might this mean for relations between them": the relations, not something between the two sides.
  .replace(/\b(relations|ties) between (?:them|the two(?: sides| countries)?|both sides|both)\b/g, '$1')
  // "what measure is under discussion": what is discussed.
  .replace(/\b(?:is|are) (?:under discussion|on the table)\b/g, 'discussed')
  // "what date range is given": the dates.
  .replace(/\bdate range\b/g, 'dates')
  // "what is said about the guidelines", "what do the sources say about the last round", "what's known about the talks":
  // what the article says of it, not what was said there.
  .replace(/\bwhat(?:(?: is|'s|s)? (?:said|written|reported|mentioned|known)| (?:do|did|does) (?:the |these |those |its )?(?:diplomatic )?sources (?:say|tell|report)) (?:about|on|regarding)\b/g, 'what about')
  // "what do i need to know before the talks": ahead of them, not about earlier talks.
  .replace(/\bknow (?:before|ahead of) (?:the|these) (?:talks|meeting|dialogue)\b/g, 'know ')
  // "what does kyodo say china will ask": what china will ask, as the article says.
  .replace(/\bwhat (?:does|did) kyodo (?:say|report|write)(?= (?:that )?(?:japan|china|tokyo|beijing|they|the two|both)\b)/g, 'what')
  // "what does each side want to get out of the other", "…hope to extract from the other": what it wants from the other,
  // not what it hopes the talks bring.
  .replace(/\b(?:hopes? to |to )?(?:get out of|extract from|get from|wring from|squeeze out of) (?=(?:the other|each other|one another)\b)/g, (w) => (w.startsWith('hope') ? 'want from ' : 'from '))
  // "any key dates", "the key names": the important ones, not the talks' key focus.
  .replace(/\bkey (?=(?:dates?|numbers?|figures?|names?)\b)/g, 'important ')
  // "what should china explain according to japan": what japan wants china to explain ("explain" alone asks the bot).
  .replace(
    /\bwhat (?:should|must|(?:has|have|needs?|ought) to|(?:is|are) (?:supposed|expected|required) to) (china|beijing|japan|tokyo)(?: (?:have|need|got) to)? explain\b/g,
    (_, party: string) => `what does ${OTHER_PARTY[party] ?? party} want ${party} to explain`,
  )
  // "what is china going to be asked to explain": what japan is going to ask china.
  .replace(ASKED_IN_THE_PASSIVE, (_, party: string, aux: string, verb: string) => `${OTHER_PARTY[party] ?? party} ${aux}${ACTIVE[verb] ?? verb} ${party}`)
  .replace(RAISED_BY, 'will $2 raise $1')
  // "will the talks happen before summer": by a time of year, not before something in the past.
  .replace(BEFORE_A_TIME_OF_YEAR, 'by ')
  // "what will come up in general": broadly, not a general.
  // "the islets in question": the ones the question is about, not a question.
  // "what's the exact sentence about who's going", "copy the part that says what china will ask": the article's words on it.
  .replace(/(?:\bin general\b)|(?:(?<=\w) in question\b)|(?:\b(?:(?:copy|paste|quote|cite|show|give|find|highlight)(?: me| us)? |what(?:'s| is|s) )?(?:the|a) (?:exact |precise |actual )?(?:sentence|line|wording|quote|part|bit|passage)s? (?:about|on|that says|saying|where it says|which says|that mentions|mentioning)\b)/g, ' ')
  // "wtf is this about", "who the hell is sugiyama", "when tf are the talks", "damn, how many rounds": the oath adds nothing.
  .replace(/\bwtf\b/g, 'what')
  .replace(/\b(what|who|where|when|why|how) (?:the )?(?:hell|heck|fuck|frick|frig|tf)\b/g, '$1')
  .replace(/^\s*(?:damn|dang|jeez|geez|bloody hell|crap|ffs)\b,?/, ' ')
  // "what could these talks change", "will the talks change anything": what they could achieve; "change japan's constitution" is a change.
  .replace(/\b((?:the|these|those) talks (?:could|would|will|might|can)|(?:could|would|will|might|can) (?:the|these|those) talks) change(?=\s*(?:[?!.,]|$)|\s+(?:anything|much|things|for|between|in)\b)/g, '$1 achieve')
  // "japan has a lot of questions about china's budget": what it asks about.
  .replace(/\b(japan|china|tokyo|beijing) (?:has|had|have) (?:a lot of |lots of |many |some |several |a few |a bunch of )?questions (?=about|on|regarding|for)/g, '$1 asks ')
  // "the long and short of it": the gist.
  .replace(/\bthe long and (?:the )?short of\b/g, 'the gist of')
  // "what lies at the core of the talks": what is at their heart (no one lies).
  .replace(/\b(?:lies|lie|lay|sits|sit) at the (?:core|heart|centre|center)\b/g, 'is at the heart')
  // "explain it like i'm five": simply.
  .replace(/\blike (?<!\bexplain(?: it| this| the talks)?(?: to me)? like )(?:i'?m|i am) (?:five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|a (?:child|kid|toddler|newcomer|beginner|newbie|layman)|an (?:outsider|idiot)|new(?: here| to (?:this|it|all this|the topic))?)\b|\blike i (?:just )?(?:woke up|know nothing|have no idea)\b/g, ' simply ')
  // "what was the interval since the preceding round", "how much time has passed since the previous one": how long since the last talks.
  .replace(/\b(?:how long|how much time|how many years|(?:what(?:s|'s| is| was)? (?:the )?|the )(?:gap|interval|hiatus|break|lapse|time))(?: (?:has it been|had it been|was it|is it|has passed|had passed|passed|elapsed|has elapsed|went by|was there|is there))? since (?:the )?(?:previous|preceding|prior|last|earlier) (?:round|talk|meeting|dialogue|session|one|iteration|consultation|edition|instal?lment)s?\b/g, 'how long since the last talks')
  // "which capabilities does japan wish to see explained": want; "to what extent is X on the agenda": whether it is.
  .replace(/\b(?:wish|wishes|wished|would like|hopes?|wants?) to see\b|\bwish(?:es)?(?= (?:(?:china|beijing|japan|tokyo) )?to\b)/g, (w) => (w.endsWith('see') ? ' want ' : ' want'))
  .replace(/\bto what extent (is|are|was|were|will|does|do|did|has|have)\b/g, '$1')
  // "what's the security side of this about", "what is the maritime dimension", "the diplomatic angle": that part of the
  // talks — what they discuss, the maritime security they focus on, the ties Tokyo hopes to mend, the law Japan explains.
  .replace(
    /\bwhat(?:'?s| is| are) the (security|defen[cs]e|military|diplomatic|diplomacy|political|maritime|naval|legal) (?:side|sides|angle|aspect|aspects|dimension|element|part|bit|wrinkle)(?: here| (?:of|to|in) (?:this|it|things|the story|the talks|these talks|all this))?(?: about)?(?=\s*[?!.]*\s*$)/g,
    (_, part: string) =>
      /^(?:maritime|naval)$/.test(part) ? 'maritime security' : /^(?:diplomatic|diplomacy|political)$/.test(part) ? 'what does tokyo hope for relations' : part === 'legal' ? 'what is the legal side' : 'what security issues will they discuss',
  )
  // "will japan explain it to its counterpart": to the other side, not the foreign ministers named as counterparts.
  // "what diplomatic benefits": the article's only "diplomatic" is its sources'.
  .replace(/(?:\b(?:to|with|for) (?:its|their) (?:(?:chinese|japanese) )?counterparts?\b)|(?:\bdiplomatic(?! sources?\b| understanding\b))/g, ' ')
  .replace(FOR_WHOM, ' ')
  // "give me the rundown on the tokyo talks": the talks, wherever they are held.
  .replace(/\b(?:the )?tokyo (talks|meeting|dialogue|round)\b/g, 'the $1')
  // "which government agencies will participate": the ministries.
  .replace(/\b(which|what) (?:government |state )?(?:agencies|departments|bodies|organs|institutions)\b/g, '$1 ministries')
  // "which programmes are of particular interest to tokyo": which interest it.
  .replace(/\b(?:are|is) of (?:particular |special |great |most |greatest |real |keen )?interest to (japan|tokyo|china|beijing)\b/g, 'interest $1')
  // "the foreign ministers shook hands on this": agreed to it.
  .replace(/\b(?:shook|shake|shaken) hands on\b/g, 'agreed on')
  // "name everyone mentioned in the article": who the people named are.
  .replace(/^\s*(?:name|list) (?:everyone|everybody|all the people|the people|all the names|the names|all the officials|the officials)\b/, 'who are the people')
  // "bullet points of japan's demands", "list the islands involved": the things, not a list or who is involved.
  .replace(/\b(?:in )?bullet points?(?: of| on)?\b/g, ' ')
  .replace(/\b(islands|islets|weapons|seas|topics|issues) involved\b/g, '$1')
  // "why does japan seek greater transparency": what Japan wants (China "seeks clarity" in the article's words).
  .replace(/\b(does|do|will|would|did) (japan|tokyo) seek\b/g, '$1 $2 want')
  .replace(/\b(japan|tokyo) seeks\b/g, '$1 wants')
  .replace(/\bgreater (transparency|openness|clarity)\b/g, 'more $1')
  // "where did all this start": the history of the talks ("where did this story come from" asks its source).
  .replace(/^\s*(?:where|when|how) did (?:all )?(?:this|it|it all|this all|the whole thing) (?:start|begin|kick off)(?=\s*[?!.]*\s*$)/, 'what is the background of the talks')
  // "what is the legislative programme": the legislation.
  .replace(/\blegislative (?:programmes?|programs?|agenda|plans?|package|initiatives?)\b/g, 'legislation')
  // "air craft carriers": aircraft.
  .replace(/\bair craft\b/g, 'aircraft')
  // "what's the talk of the town": the news.
  .replace(/\b(?:the )?talk of the (?:town|server|channel)\b/g, 'the news')
  // "i just want to double check the year…", "i wanted to ask who…": the checking or asking is not the question.
  .replace(/\b(?:i )?(?:just )?(?:want|wanted|need|needed|wanna|would like) to (?:double[- ]?check|check|confirm|verify|make sure of)\b|\b(?:i|we) (?:just )?(?:want|wanted|need|needed|wanna|would like|'d like) to ask(?: (?:you|u|everyone|y'?all))?(?= (?:who|what|when|where|which|why|how|whether|if)\b)/g, ' ')
  // "wassup with these talks": what's up.
  .replace(/\bwa[sz]+up\b/g, "what's up")
  // "what's new in the world of japan china relations": in them.
  .replace(/\bin the world of\b/g, ' in ')
  // "just tell me what i need to know": the gist.
  .replace(/^\s*(?:(?:just|pls|please|so) )?(?:tell me|tell us|say) what (?:i|we) (?:need|have|ought|should) to know(?: about (?:this|it|all this|these talks|the talks))?(?=\s*[?!.]*\s*$)/, ' summary ')
  // "how many have there been": rounds, the only thing the article counts so.
  .replace(/\bhow many (?=(?:have there been|were there|are there|have they (?:had|held|done))\b)/g, 'how many rounds ')
  // "i work on a fishing boat and…": where the teller works is not the question.
  // "explain it like a news anchor would": the manner, not the question.
  .replace(/(?:\bi (?:work|worked|am working) (?:on|in|at|for) (?:a|an|the|my) (?:\w+ )?\w+\b(?= (?:and|so|but)\b|,))|(?:\blike (?:a|an) (?:\w+ )?\w+ (?:would|does|might)(?: (?:do|say|put) it)?(?=\s*[?!.]*\s*$))/g, ' ')
  // "send ships to the south china see": the sea.
  .replace(/\b(south|east) china see\b/g, '$1 china sea')
  // "are the talks happening on japanese soil": in Japan; "the first session of the resumed dialogue": the new talks, not
  // the first round in 1993; "any chance this leads somewhere": to the summits Tokyo hopes for, not who leads a delegation.
  .replace(/\b((?:talks|they|it|meeting|dialogue) (?:are |is |will be )?(?:happening|being held|held|taking place|meeting)) on (japanese|chinese) (?:soil|territory)\b/g, (_, held: string, side: string) => `${held} in ${side === 'japanese' ? 'japan' : 'china'}`)
  .replace(/\bthe first (?:session|round|meeting) of (?:the|these) (?:resumed|new|restarted|revived|renewed) (?:dialogue|talks)\b/g, 'the new talks')
  .replace(/\blead(?:s|ing)? (?:somewhere|anywhere|to something|to anything)\b/g, 'lead to summits')
  // "a hotline at see", "clashes at see": at sea.
  .replace(/\b(at|by|on) see\b(?! (?:it|that|this|them|him|her|you|what|who|how|why|if|whether)\b)/g, '$1 sea')
  // "which legislation does china wish to understand": what it wants to know.
  .replace(/\b(japan|china|tokyo|beijing) (?:want|wants|wish|wishes|hope|hopes) to understand\b/g, '$1 want to know')
  // "run it by me": explain it.
  .replace(/\brun (?:it|this|that|it all) (?:by|past) (?:me|us)\b/g, 'explain it')
  // "when people say the talks are the first in four years, does that mean…": what people say is the story.
  .replace(/\bwhen (?:people|they|folks|everyone|the article|the report|the story|it) (?:say|says|said|mention|mentions)\b/g, ' ')
  // "is there a population on those islets": whether anyone lives there.
  .replace(/\b(?:is there|are there) (?:a|any) population on (?:the |those |these )?(islets|islands|senkakus|senkaku islands)\b/g, 'does anyone live on the $1')
  // "someone told me the talks will be in beijing": who told the teller is not the question.
  // "will the talks be in beijing again like last time": the planned talks, held up against the last.
  .replace(/(?:\b(?:someone|somebody|a friend|a guy|this guy|people|a classmate|my \w+) (?:told|tells|has told|have told) (?:me|us)(?: that)?\b)|(?:\b(?:like|as) (?:it was |they were |the )?last time\b)/g, ' ')
  // "there have only been a couple of these talks": a count of the rounds, to be checked.
  .replace(/\b(?:a couple|a few|a handful|only (?:one|two|three|a couple|a few))(?: of)? (?:these |the |those )?(?:talks|rounds|meetings|dialogues)\b/g, 'how many rounds')
  // "!ask diaoyu?", "/ask when are the talks" typed as a message: the bot's own command, then the question.
  .replace(/^\s*[/!?.]ask\b:?/, ' ')
  // "what's the top line": the headline.
  .replace(/\btop ?line\b/g, 'headline')
  // "japans rep at the talks": its representative ("+rep @someone" alone is another bot's).
  .replace(/\b(japan|china|tokyo|beijing)(?:'?s)? reps?\b/g, "$1's representative")
  // "chinas q's for japan": questions.
  .replace(/\bq'?s\b/g, 'questions')
  // "military investment": spending.
  .replace(/\bmilitary investments?\b/g, 'military spending')
  // "msdf stands for what", "what does msdf stand for": what the body the article names is.
  .replace(/^\s*(msdf|sdf|jsdf|jmsdf|gsdf|asdf|prc|roc|un|mofa)\b stands? for what\b|^\s*what (?:does|do) (?:the )?(msdf|sdf|jsdf|jmsdf|gsdf|asdf|prc|roc|un|mofa) stand for\b/, (_, a: string | undefined, b: string | undefined) => `what is the ${a ?? b ?? ''}`)
  // "what the us government said": the United States itself.
  .replace(/\b(?:usa|american)\s+(?:government|administration|state department|pentagon|white house|congress)\b/g, 'usa');
AFTER_SPELLINGS
  // "what's your take on why japan mentions the un charter": the question, not the bot's view.
  .replace(/\bwhat(?:'?s| is) your (?:take|view|opinion|thoughts?) on (?=(?:why|what|how|who|when|where|which)\b)/g, ' ')
  // "these talks go back how far": how far back they go.
  .replace(/\bgo(?:es)? back how far\b/g, 'how far back do they go')
  // "what's going on in the japan china world": in it.
  .replace(/\bin the ([\w-]+(?: [\w-]+)?) world\b/g, 'in $1')
  // "whos japans guy": its official.
  .replace(/\b(japan|china|tokyo|beijing)'?s (?:guy|man|person|bloke|dude)\b/g, "$1's official")
  // "b4": before.
  .replace(/\bb4\b/g, 'before')
  // "which government uses the name diaoyu": which calls them so.
  .replace(/\b(?:uses|use|used|using) the name\b/g, 'calls them')
  // "the 30 second version", "a one-minute briefing": a quick one.
  .replace(/\b(?:\d+|one|two|five|ten|thirty)[- ](?:seconds?|secs?|minutes?|mins?)\b/g, ' quick ')
  // "sea ya": see you.
  .replace(/^\s*(?:sea|c) (?:ya|you|u)\b/, 'see you')
  // "any update on japan china security stuff": what's new with them (news since the article is another question).
  .replace(/\bany (?:updates?|news) (?:on|about|re|regarding) (?=(?:(?:the )?(?:japan|china|tokyo|beijing)|the talks|these talks|this|the security)\b)/g, "what's new with ")
  // "there's a meme going round about…", "is that actually a thing": where the teller heard it is the story.
  .replace(/\bthere(?:'?s| is) (?:a|this) (?:meme|rumou?r|joke|video|post|thread|tweet|clip)(?: (?:going (?:a)?round|circulating|online|out there))? (?:about|that|saying)\b/g, ' ')
  .replace(/\b(?:is|was) (?:that|this|it) (?:actually |really |even )?a (?:real )?thing\b/g, ' is that ')
  // "what does it say about taiwan": what the article says of it, not what Taiwan says; "what does the article say
  // about who is going", "confirm what the article says about who claims them": who is going, who claims them.
  .replace(/\bwhat (?:(?:does|did) (the article|the report|the story|it|this) say|(?:the|this) (?:article|report|story) (?:says|said)) about\b(?=( (?:who|when|where|what|why|how|which)\b)?)/g, (said, subject: string | undefined, asks: string | undefined) =>
    asks !== undefined ? ' ' : subject === 'it' || subject === 'this' ? 'what about' : said,
  )
  // "can anyone confirm what japan will ask": a plea to the reader, not whether a date is confirmed; "what the article says
  // japan will ask": what Japan will ask.
  .replace(/\b(?:can|could|would) (?:the bot|this bot|you|u|someone|anyone|somebody|anybody) (?:please )?(?:confirm|verify|double[- ]check)(?= what\b)/g, ' ')
  .replace(/\bwhat (?:the|this) (?:article|report|story|piece) (?:says|said) (?=(?:japan|china|tokyo|beijing|they|each side|both sides) (?:will|would|is|are|plans?|wants?)\b)/g, 'what ')
  // "sarah, do you know who's going": asking another member is asking.
  .replace(/^\s*(?:(?:hey|yo|ok|okay) )?\w+,? (?:do|did) (?:you|u) know (?=(?:who|what|when|where|which|why|how)\b)/, ' ')
  // "what do they want from china": the other side wants it (the parties by pronoun).
  .replace(/\b(what|which \w+) (?:do|does|did|would|will) (?:they|the other side) (want|need|expect|seek) from (china|beijing|japan|tokyo)\b/g, (_, wh: string, verb: string, from: string) =>
    `${wh} does ${from === 'china' || from === 'beijing' ? 'japan' : 'china'} ${verb} from ${from}`,
  )
  // "what is tokyo after in these talks": what it wants.
  .replace(/\bwhat (?:exactly )?(?:is|are|'s) (japan|tokyo|china|beijing) (?:really |exactly )?after\b/g, 'what does $1 want')
  // "which people does the article name", "which officials are mentioned": who.
  // "which two officials agreed…": who.
  .replace(/(?:\b(?:which|what) (?:people|persons|officials|individuals|names)(?= (?:does|did|do|are|is|were|get)\b))|(?:\bwhich two (?:officials|people|men|politicians|diplomats)\b)/g, 'who')
  // "what's in this story": the gist (before "in this story" points here).
  .replace(/^\s*what(?:'?s| is) in (?:this|the) (?:story|article|report|piece)(?=\s*[?!.]*\s*$)/, ' summary ')
  // "what's japan's side and china's side": what each side wants.
  .replace(/\b(?:japan'?s side and china'?s side|china'?s side and japan'?s side|(?:japan|tokyo)'?s and (?:china|beijing)'?s (?:sides?|positions?|stances?|demands?)|(?:china|beijing)'?s and (?:japan|tokyo)'?s (?:sides?|positions?|stances?|demands?))\b/g, 'what each side wants')
  // "which issues are the delegations putting on the table": the two sides, not who is in them.
  .replace(/\b((?:are|will|would|do|did|were|should) )(?:the|both(?: the)?) (?:two )?delegations(?= (?:be )?(?:putting|put|raise|raising|bring|bringing|discuss|discussing|talk|talking|cover|covering|tackle|tackling|ask|asking)\b)/g, '$1both sides')
  // "japan's call for transparency": what it asks for, not what anything is called.
  .replace(/\bcall(?:s|ed|ing)? for\b/g, 'ask for')
  // "what does each side have to explain": what each side will be asked.
  .replace(/\bwhat (?:does|do|will) (?:each side|both sides|each of them|the two sides|each country|both countries) (?:have|need|got) to (?:explain|answer|clarify|justify|account for)\b/g, 'what will each side ask')
  // "what are the two sides' goals": what each side wants.
  .replace(/\b(?:the two sides'?|both sides'?|each side'?s|the two countries'?|both countries'?|each country'?s) (?:goals|aims|objectives|agendas?|priorities|lists?|wish ?lists?)\b/g, 'what each side wants')
  // "how did the talks end up getting arranged": how they got arranged, not how they ended.
  // "i'm trying to find out when…": the teller's trying is not the question.
  // "please teach me the holding place of the talks": tell me the venue.
  .replace(/(?:\bend(?:ed)? up (?:getting|being) )|(?:\b(?:i'?m|i am|we'?re|we are) (?:trying|attempting|hoping) to (?:find out|figure out|work out|understand|learn)\b)|(?:\b(?:please )?teach (?:me|us)(?= (?:the|about|what|when|where|who|how|which|why)\b))/g, ' ')
  .replace(/\bholding (place|venue|city|location|date|time|day)\b/g, '$1')
  // "so whats all this": the gist.
  .replace(/^\s*(?:(?:so|ok|okay|well),? )?what(?:'?s| is) all (?:this|that)(?:,? then)?(?=\s*[?!.]*\s*$)/, ' summary ')
  // "how long has this been in the works": how long they have been trying to arrange it.
  .replace(/\b(?:has|have) (?:this|it|these talks|the talks) been in the works\b/g, 'have they been trying to arrange it')
  // "a summary would be nice": a request for one.
  .replace(/^\s*(?:a |the )?((?:quick |short |brief )?(?:summary|recap|rundown|overview|tl;?dr)) would be (?:nice|great|good|helpful|appreciated|awesome|lovely)\b/, ' $1 please ')
  // "what japan wana no": know.
  .replace(/\b(wanna|wana|want to|wants to|wan to) no\b/g, '$1 know')
  // "from what year": since when.
  .replace(/\bfrom (?:what|which) year\b/g, 'since what year')
  // "where are the talks [genuine question]", "(asking for a friend) who claims…": an aside in brackets at either end.
  .replace(/^\s*[[(][^\])]{1,60}[\])]\s*|\s*[[(][^\])]{1,60}[\])]\s*[?!.]*\s*$/g, ' ')
  // "how long has the dialogue been running": since when it has been held; "how long has this been a thing", "how long
  // have they been doing these": since when the talks have existed.
  .replace(/\bhow long (?:has|have) (?!(?:you|u|the bot|this bot)\b)(.{1,40}?) been (running|going on|going|around|held|a thing|doing (?:this|these|them|that|so))\b/g, (_, what: string, been: string) =>
    been === 'a thing' || been.startsWith('doing') ? 'since when have the talks existed' : `since when have ${what} been held`,
  )
  // "the leaders of the two foreign ministries": the foreign ministers.
  .replace(/\b(?:the )?(?:leaders|heads|chiefs) of the (?:two )?(foreign|defen[cs]e) ministries\b/g, 'the $1 ministers')
  // "real question:", "not trolling:": how the asker vouches for the question.
  .replace(/^\s*(?:(?:ok|okay|so),? )?(?:(?:real|serious|genuine|honest|legit|actual) (?:question|q|talk)|no joke|not trolling|legit asking)\b[:,]?/, ' ')
  // "give me a couple of lines on this": the gist of it.
  .replace(/\b(?:a couple of|a few|two|2|three|3) (?:lines|sentences) (?:on|about)\b/g, ' the gist of ')
  // "when are they sittin down to talk": meeting.
  .replace(/\bsitt?in[g']? down(?: (?:2|to) talk)?\b|\bsit down (?:2|to) talk\b/g, 'meeting')
  // "i'm a journalist covering east asia and…": who the teller is.
  .replace(/^\s*(?:i'?m|i am) (?:a|an) (?:journalist|reporter|student|teacher|researcher|analyst|writer)(?: (?:covering|studying|working on|writing about|researching) [\w ]+?)?(?= and\b|,)/, ' ')
  // "what do the talks hope to achieve": their aim, not Tokyo's hopes.
  .replace(/\b(?:do|does|will) the talks hope to (?:achieve|accomplish|do)\b/g, 'are the talks aimed at')
  // "why is taiwan even mentioned in this article": what the article says of it.
  .replace(/\bwhy (?:(?:is|was) (\w+)|(\w+) (?:is|was)) (?:even |ever |actually )?(?:mentioned|named|brought up)\b/g, 'what about $1$2')
  // "collective self-defense, tl;dr": the subject, briefly.
  .replace(/(\S)\s*,\s*(?:tl;?\s?dr|tldr)\s*[?!.]*\s*$/, '$1')
  // "how did these talks come to happen": how they came about.
  .replace(/\bcome to (?:happen|be|pass)\b/g, 'come about')
  // "which points will be on the agenda": what will be.
  .replace(/\bwhich (?:points|items|topics|issues|subjects|matters) will be (?=on the agenda|discussed|covered|raised|on the table)/g, 'what will be ')
  // "what do both sides hope to learn": what they want to know.
  .replace(/\b(?:hopes?|hoping) to (?:learn|find out|know)\b/g, 'want to know')
  // "my friend and i can't agree on whether…": the teller's dispute is not the question.
  // "no, i meant when are the talks", "wrong answer bot, i asked where…": a correction restates the question.
  .replace(/(?:\b(?:can'?t|cannot|couldn'?t|don'?t|do not) agree (?:on|about|over)(?= whether\b))|(?:\b(?:i|we) (?:(?:just|only|actually|originally) )?(?:asked|was asking|were asking|meant|mean)(?= (?:who|what|whats|when|where|why|how|which|if|whether)\b))/g, ' ')
  // "asking for a classmate - who's going", "can someone help me understand why…", "…in this context": framing.
  .replace(/^\s*(?:i'?m )?asking (?:for|on behalf of) (?:a|my|our) (?:\w+ )?\w+\s*[-:,–—]/, ' ')
  .replace(/\b(?:can|could) (?:someone|somebody|anyone|anybody|you|u) help (?:me|us) (?:to )?(?:understand|figure out|work out|see)\b|\bin (?:this|that|the) context\b/g, ' ')
  // "what's the msdf got 2 do with it", "agree 2 b4": to.
  .replace(/\b2 (?=(?:do|be|b|know|ask|go|meet|talk|restart|resume|start|say|tell|before|discuss|raise|get|see|explain|clarify|hold|attend|improve|avoid|happen)\b)|(?<=\b(?:go|goes|going|goin|went|come|comes|coming|sent|send|sending|travel|travelling|traveling|heading|head|fly|flies|flying|flew) )2 (?=(?:the|tokyo|beijing|japan|china)\b)/g, 'to ')
  // "how come this is happening": why.
  .replace(/\bhow come\b/g, 'why')
  // "the middle kingdom", "the land of the rising sun", "the two top diplomats": China, Japan, the foreign ministers.
  .replace(/\b(?:the )?middle kingdom\b/g, 'china')
  .replace(/\b(?:the )?land of the rising sun\b/g, 'japan')
  .replace(/\b(?:the )?(?:two )?top diplomats\b/g, 'the foreign ministers')
  .replace(/\b(japan|china|tokyo|beijing)'?s top diplomat\b(?! (?:at|in|for|going|attending)\b)/g, "$1's foreign minister")
  // "what's riding on these talks", "what hangs on this meeting": what is at stake in them.
  .replace(/\bwhat(?:s|'s| is) riding on\b|\bwhat (?:hangs|rides) on\b/g, "what's at stake in")
  // "who from japan is confirmed to be going": who is going (not who confirmed the report).
  .replace(/\b(is|are|was|were) (?:confirmed|expected|scheduled|set|due|slated) to be (going|attending|heading|travell?ing|coming|taking part|participating)\b/g, '$1 $2')
  // "…asking me over beers last night": where a story was told, not what it asks.
  // (What the ministers discussed over dinner is asked of the dinner.)
  .replace(
    /(?<=\b(?:ask(?:ed|ing)?|told|telling|talk(?:ed|ing)|chat(?:ted|ting)|argu(?:ed|ing)|debat(?:ed|ing)|said|saying|wonder(?:ed|ing))(?: \w+){0,3} )over (?:(?:a |some )?(?:few |couple of )?)(?:beers?|drinks?|pints?|coffees?|dinner|lunch|breakfast|brunch)\b/g,
    ' ',
  )
  // "i'm stuck between the budget and the expansion, which one": the budget or the expansion.
  .replace(/\b(?:i'?m|i am) (?:stuck|torn|undecided|choosing|deciding) between ([^,?]+?) and ([^,?]+?)(?=\s*[,?]|\s*$)/g, '$1 or $2')
  // "who's going to the meeting from japan": who will attend the talks.
  .replace(/\bwho(?:'s|s| is| are)? (?:going|heading|travell?ing|coming) to (?:the|these|this) (?:meeting|dialogue)\b/g, 'who will attend the talks')
  // "what does tokyo want out of it": what it wants to achieve.
  .replace(/\b(want|wants|wanted|expect|expects|hope|hopes|hoping)(?: to (?:get|gain))? out of (?:it|this|them|the talks|these talks|the meeting|this round|all this)\b/g, '$1 to achieve')
  // "held on japanese or chinese territory": in Japan or in China.
  .replace(/\bon (?:japanese or chinese|chinese or japanese) (?:soil|territory)\b/g, 'in japan or china')
  // "please indicate the expected month of the consultations": what it is.
  .replace(/^\s*(?:please |kindly )(?:indicate|specify|state)\b/, 'what is')
  // "paint me a picture of where relations are at": how relations are.
  .replace(/\bpaint (?:me|us) a picture of\b/g, ' ')
  .replace(/\bwhere (?:relations|ties|things) (?:are|stand)(?: at)?(?=\s*[?!.]*\s*$)/g, 'how are relations')
  // "is this a good or bad sign": whether ties will improve.
  .replace(/^\s*(?:so )?(?:is|are) (?:this|it|that|these talks|the talks|this meeting) (?:a )?(?:good|positive|hopeful|encouraging)(?: or (?:a )?(?:bad|negative|worrying))? signs?(?=\s*[?!.]*\s*$)/, 'will ties improve')
  // "what do the two sides need to sort out": what issues they need to resolve.
  .replace(/\bwhat do (?:the two sides|both sides|they|the two|japan and china|the two countries) (?:need|have|want) to (?:sort out|resolve|fix|settle|work out|iron out)\b/g, 'what issues do they need to resolve')
  // "what's the real purpose of the talks": their purpose.
  .replace(/\bthe (?:real|true|actual|underlying) (purpose|point|aim|goal|reason)\b/g, 'the $1')
  // "what counts as a win here": what success would look like.
  .replace(/\bwhat (?:counts|would count|will count) as (?:a win|success|a good outcome|a result)\b/g, 'what would success look like')
  // "what are the two countries going to argue about": what they will discuss (Japan arguing its case is read below).
  .replace(/\b(?:the two countries|the two sides|both sides|both countries|they) (?:are )?(?:going to|gonna|will) (?:argue|fight|clash|spar) (?:about|over)\b/g, 'they will discuss')
  // "where do things currently stand overall", "where does the process stand", "where do the two stand on security", "any
  // progress between the two", "what's the current state of affairs", "how do things look at this stage": where things stand.
  .replace(
    /\bwhere (?:do|does) (?:things|the process|the talks|the dialogue|the preparations|matters) (?:currently |now )?stand(?: overall| right now| at the moment)?(?=\s*[?!.]*\s*$)|\bwhere do (?:the two|they|both sides|japan and china|tokyo and beijing) stand(?: on (?:security|this|things|each other))?(?=\s*[?!.]*\s*$)|^\s*(?:so )?(?:is there )?any progress(?: between (?:the two|them|japan and china|tokyo and beijing)| on the\s+(?:security\s+)?front)?(?=\s*[?!.]*\s*$)|\bwhat(?:'s|s| is) the (?:current )?state of affairs(?=\s*[?!.]*\s*$)|^\s*how do(?:es)? (?:things|it|everything|matters) look(?: now| right now| at (?:this|the) (?:stage|point|moment))?(?=\s*[?!.]*\s*$)/g,
    'where do things stand',
  )
  // Geordie: "whe's gannin", "whe agreed": who.
  .replace(/\bwhe(?='s\b| (?:agreed|claims|is|are|was|were|will|did|does|started|leads|represents|gans)\b)/g, 'who')
  // Caveman: "talk where? me want know", "tribe japan and tribe china", "money spend on fight", "big rule book", "two chiefs".
  .replace(/(?<=^|[,.?!;]\s*)me (?=want|need|wanna)\b/g, 'i ')
  .replace(/\btribe (?=japan|china)\b/g, '')
  .replace(/\bwho (?=two\b)/g, 'which ')
  .replace(/\bspend(?:s|ing)? on (?:fight|fighting)\b/g, 'military spending')
  .replace(/\b(?:big )?rule ?book\b/g, 'constitution')
  // "agreed to talk again": to resume.
  .replace(/\bagreed? (?:to )?(?:talk|meet|sit down|get together|speak) again\b/g, 'agreed to resume')
  // "the current temperature between tokyo and beijing": the mood; "what's the next step for the two": what's next.
  .replace(/\b(?:current )?temperature (?=between\b)/g, 'mood ')
  // "what's the mood between the governments": between the two countries.
  .replace(new RegExp(String.raw`\b(mood|atmosphere|climate|vibe) between (?:them|both sides|the governments|${THE_TWO})\b`, 'g'), '$1 between japan and china')
  // "what does this signal": what it means; "the bigger context": the context.
  .replace(/\bwhat (?:does|do|did|could|might|would|will) (this|it|that|the talks|these talks|this meeting) (?:signal|signify|indicate|suggest|portend|herald)(?=\s*[?!.]*\s*$)/g, 'what does $1 mean')
  .replace(/\b(?:bigger|broader|larger) (?=context\b|background\b)/g, '')
  .replace(/\bwhat(?:'s|s| is) the next steps?\b/g, "what's next")
  // A cross-examination: "Counsel asks the witness:", "Let the record show the question:", "Objection noted.", "I put it to
  // you that…", "Isn't it true that…", "Would you agree that…", "please tell the court", "…. Correct?".
  .replace(/^\s*(?:(?:counsel|the court) asks(?: the witness)?\s*:|let the record show(?: the question)?\s*:|objection (?:noted|sustained|overruled)\s*[.,;]|no further questions,? (?:except|but) (?:this|one)\s*:|witness\s*,)\s*/, ' ')
  .replace(/^\s*(?:isn'?t it true|is it not true|is it not the case|isn'?t it the case|is it your testimony|i put it to you|would you agree|do you agree|wouldn'?t you agree) that\b/, 'is it true that')
  .replace(/\b(?:please )?(?:tell|inform) the court\b|\b(?:please )?state for the record\b/g, 'tell me')
  .replace(/(?<=[.!])\s*(?:correct|right|true|yes or no)\s*\?+\s*$/, ' ')
  // "whose claim to the islets is reported": who claims them.
  .replace(/\bwhose claims? (?:to|on|over) (?:the |those |these )?(islands|islets|senkakus|senkaku islands|diaoyus?)\b(?: (?:is|are) (?:reported|mentioned|recognised|recognized))?/g, 'who claims the $1')
  // "what's in the pipeline for japan and china": what's next.
  .replace(/\bwhat(?:'s|s| is) in the (?:pipeline|works) (?:for|between)\b/g, "what's next for")
  // "what problems could this meeting fix": what it is meant to achieve.
  .replace(/\bwhat (?:problems|issues) (?:could|can|might|will|would) (this|these|the) (meeting|talks|round|dialogue) (?:fix|solve|resolve|sort out|settle)\b/g, 'what is $1 $2 supposed to achieve')
  // "how do things stand with the islands": what about them; "what's everyone so worked up about", "what's the friction
  // between the two about": what the tensions are about.
  .replace(/\bhow do things stand (?:with|on|over) (?:the )?(islands|islets|senkakus|senkaku islands|diaoyus?)\b/g, 'what about the $1')
  .replace(
    /\bwhat(?:'s|s| is| are) (?:everyone|everybody|people|they) so (?:worked up|upset|excited|angry|wound up|riled up|tense) (?:about|over)\b|\bwhat(?:'s|s| is) the (?:friction|tension|tensions|beef|bad blood)(?: between (?:the two|them|japan and china|tokyo and beijing))? about\b/g,
    'what are the tensions about',
  )
  // A starship's captain: "Captain's log(, supplemental):", "Computer,", "Number One,", "Red alert:", "Starfleet wants to know",
  // "Engage.", "Make it so.".
  .replace(/^\s*(?:captain'?s log(?:,? supplemental)?(?:,? stardate [\d.]+)?\s*[:,.]|computer\s*,|number one\s*,|red alert\s*[:!,.]|engage\s*[.!]|starfleet (?:wants|needs) to know)\s*/, ' ')
  .replace(/[.,;!]?\s*\b(?:make it so|engage)[.!]*\s*$/, ' ')
  // "identify all claimants to the senkaku islets": who claims them; "tally the rounds held since 1993": how many.
  .replace(/\b(?:identify|list|name) (?:all |the )?(?:the )?claimants (?:to|of|for) (?:the )?/g, 'who claims the ')
  .replace(/^\s*(?:tally|count|total) (?:up )?the (rounds|sessions|meetings|talks)\b/, 'how many $1')
  // "the japanese envoy to these talks": its representative there (an envoy's name is otherwise not given).
  .replace(/\benvoys? (?:to|at|for) (?:these|the|this) (?:talks|meeting|dialogue|round)\b/g, 'representative at the talks')
  // "what's this really about underneath": what it is about.
  .replace(/\s(?:underneath|beneath the surface|under the surface|at heart|deep down)(?=\s*[?!.]*\s*$)/, ' ')
  // "which problems will the meeting take on": what will be discussed.
  .replace(/\bwhich (?:problems|issues|topics|questions|matters) will (?:the meeting|the talks|they|the two sides|both sides) (?:take on|tackle|address|deal with|cover|take up)\b/g, 'what will be discussed at the talks')
  // "what's the reason behind the meeting": why the talks are happening (not the reasons behind china's expansion).
  .replace(/\bwhat(?:'s|s| is| are) the reasons? behind (?:the |this |these )?(?:meeting|talks|dialogue|round)\b/g, 'why are the talks happening')
  // "which way are things heading": whether ties improve.
  .replace(/\b(?:which way|where) (?:are|is) (?:things|relations|ties|everything) (?:heading|going|headed)\b/g, 'where are ties heading')
  // "which topics are the touchiest", "which issues loom largest", "what are they at odds over", "where could things blow up
  // between them", "where does the rub lie between them": the sticking points.
  .replace(
    /\bwhich (?:topics|issues|subjects|questions|matters) (?:are (?:the )?(?:touchiest|thorniest|trickiest|most (?:sensitive|contentious|divisive|delicate|difficult))|looms? (?:largest|large|biggest))\b|\b(?:where|what) are the (?:main |biggest |key |major )?(?:friction|flash|pressure|pain) ?points\b|\bwhat(?:'s|s| is)? (?:left |still )?unresolved\b|\bwhat(?:'s|s| is) the elephant in the room(?=\s*[?!.]*\s*$)|\bwhat(?:'s|s| is| are) the (?:touchiest|thorniest|trickiest|most (?:sensitive|contentious|divisive|delicate|difficult)) (?:issues?|topics?|subjects?|questions?|matters?|points?)\b|\bwhat (?:issues )?remains? unresolved\b|\bwhat(?:'s|s| is) on (?:everyone|everybody|people|their|both sides|the two sides)(?:'s|s|')? minds?(?: going into (?:this|it|the talks|these talks|the meeting))?|\bwhat are (?:they|the two(?: sides| countries)?|both sides|japan and china|tokyo and beijing) (?:at odds|squabbling|bickering|quarrel+ing|feuding|sparring) (?:over|about|on)\b|\bwhat are (?:they|the two(?: sides| countries)?|both sides|japan and china|tokyo and beijing) (?:likely|going|expected|set) to (?:clash|argue|fight|disagree|spar|quarrel) (?:over|about|on)\b|\bwhere (?:could|might|would|will|is) (?:things|it|this|everything) (?:blow up|boil over|go wrong|flare up|kick off|most likely to (?:blow up|flare up|go wrong))\b|\bwhere (?:does|do) the (?:rub|friction|trouble) lie\b/g,
    'what are the sticking points',
  )
  // "what are the sticking points at the talks": the talks are the ones asked about already.
  .replace(/\bwhat are the sticking points (?:at|in|during|of) (?:the|these|this) (?:talks|meeting|dialogue|round)\b/g, 'what are the sticking points')
  // Robot speak: "QUERY: VENUE OF TALKS. AWAITING RESPONSE.", "BEEP BOOP", "OUTPUT NAME", "DEFINE: …".
  .replace(/^\s*(?:(?:beep\s*boop|beep|boop)[.!]*\s*)?(?:query|input|request|error)\s*:\s*/, ' ')
  .replace(/^\s*define\s*:\s*/, 'what is ')
  .replace(/\b(?:beep\s*boop|beep|boop|processing(?:\.{2,}|…)?|awaiting (?:response|input|reply)|execute|output (?:name|integer|number|date|year|text|result))\b[.!]*/g, ' ')
  // "how will the talks play out": what they will focus on.
  .replace(/\bhow (?:will|would|might|are) (?:the |these )?talks (?:going to |gonna )?play out\b/g, 'what will the talks focus on')
  // "what's cooking in the east china sea": the tensions there.
  .replace(/\bwhat(?:'s|s| is) (?:cooking|brewing|up|happening|going on) (?:in|on|over) the east china sea\b/g, 'what are the tensions in the east china sea')
  // "since when have they bin talking": been.
  .replace(/\b(have|has|had|they|i've|ive) bin\b/g, '$1 been')
  // "the rationale for china's interest in msdf activity": why china asks about it.
  .replace(/\b(?:what is )?the (?:rationale|reason|motive) (?:for|behind) (china|japan|beijing|tokyo)(?:'s)? interest in\b/g, 'why does $1 ask about')
  // "how long have japan and china been holding these security talks": since when.
  .replace(/\bhow long have (?:japan and china|china and japan|tokyo and beijing|they|the two(?: countries| sides)?) been (?:holding|having|doing|running) (?:these |the |such )?(?:(?:security|bilateral) )*(?:talks|dialogues?|meetings)\b/g, 'since when have they held these talks')
  // "who's actually named in the article": who is named.
  .replace(/\bwho (is|are) (?:actually|really|even) (?=(?:named|mentioned|listed|identified|quoted|cited)\b)/g, 'who $1 ')
  // "what does each side stand to gain or lose": what each side wants.
  .replace(/\bwhat (?:does|do) (each (?:side|of them|country)|both sides|the two sides|they) stand to (?:gain|win|get)(?: or lose)?\b/g, (_, who: string) => (who.startsWith('each') ? 'what does each side want' : 'what do they want'))
  // "how are japan and china gearing up for this": how the talks are being arranged.
  .replace(/\bhow are (?:japan and china|china and japan|tokyo and beijing|the two(?: sides| countries)?|they|both sides) (?:gearing up|preparing|getting ready) for (?:this|it|the talks|these talks|the meeting)\b/g, 'have they been trying to arrange the talks')
  // "why are they talking again after so long": why they resume.
  .replace(/\bwhy are (?:they|the two(?: sides| countries)?|japan and china|tokyo and beijing) (?:talking|meeting|sitting down) again(?: after (?:so long|all this time|all these years|years))?\b/g, 'why are they resuming talks')
  // "where's the common ground": what the talks will focus on; "sketch out the talks for me": a summary.
  .replace(/\bwhere(?:'s|s| is) the common ground(?: between (?:them|the two|japan and china|tokyo and beijing))?(?=\s*[?!.]*\s*$)/g, 'what will the talks focus on')
  .replace(/^\s*(?:(?:can|could) (?:you|u) )?sketch (?:out )?(?:the talks|this|it|the situation|the story)(?: for (?:me|us))?(?=\s*[?!.]*\s*$)/, 'summary')
  // "how does tokyo propose to address concerns about its defence posture": how it justifies its decision.
  .replace(/\bhow (?:does|will|would) (?:tokyo|japan) (?:propose|plan|intend|hope) to (?:address|allay|ease|answer|counter) (?:the )?(?:concerns|worries|fears|criticism)(?: (?:about|over|regarding))? (?:its|the) (?:defen[cs]e|security) (?:posture|policy|stance|shift)\b/g, 'how will japan justify its decision on collective self-defense')
  // "whose agreement paved the way for the current arrangements": who agreed to resume the talks.
  .replace(/\bwho(?:se)? (?:agreement|decision|deal|understanding) (?:paved the way|cleared the way|opened the door|led) (?:for|to) (?:the )?(?:current |present )?(?:arrangements|talks|resumption|dialogue|meeting)\b/g, 'who agreed to resume the talks')
  // "the report's account of the islands' habitation and claimants": who claims them and whether anyone lives there.
  .replace(/\b(?:the )?(?:report|article|story)(?:'s)? account of\b/g, 'what about')
  .replace(/\b(?:habitation|inhabitants) and claimants\b|\bclaimants and (?:habitation|inhabitants)\b/g, 'who claims them and are they inhabited')
  // "what does japan consider insufficiently transparent": what it wants made more transparent.
  .replace(/\bdoes (japan|tokyo) (?:consider|find|see as|regard as|deem) (?:insufficiently|not (?:sufficiently|very|fully|properly)|less than) transparent\b/g, 'does $1 want china to make more transparent')
  // "which body of water is the focus of china's questions regarding msdf patrols": which china asks about.
  .replace(/\bis the (?:focus|subject|topic) of (china|japan|beijing|tokyo)(?:'s)? (?:questions|queries|inquiries|enquiries) (?:regarding|about|on|concerning)\b/g, 'does $1 ask about regarding')
  // Twitch chat: "chat wen r the talks KEKW", "PogChamp", "monkaS", "W or L": the stream's words, not the question's.
  .replace(/\b(?:kekw|pogchamp|poggers|pog|monkas|monkahmm|lulw|omegalul|kappa|pausechamp|5head|pepehands|sadge|copium|lul)\b|\bw or l\b/g, ' ')
  .replace(/^\s*chat\b,?\s*(?=(?:is|are|was|were|what|whats|what's|when|wen|where|who|whos|who's|how|which|why|does|do|did|will|can)\b)|,\s*chat(?=\s*[?!.]*\s*$)/g, ' ')
  // "give me the skinny on this meeting": its gist; "run through the main points": a summary.
  .replace(/\bthe skinny on\b/g, 'the gist of')
  .replace(/^\s*(?:run|take|walk|talk) (?:me |us )?through the (?:main|key) points(?=\s*[?!.]*\s*$)/, 'summary')
  // "how would you describe where things are between tokyo and beijing": how relations are.
  .replace(/^\s*how would (?:you|u) (?:describe|characteri[sz]e|sum up)(?= (?:where|how|what)\b)/, ' ')
  .replace(/\bwhere (?:relations|ties|things) (?:are|stand)(?: at)? between (?:tokyo and beijing|beijing and tokyo|japan and china|china and japan|the two|them)(?=\s*[?!.]*\s*$)/g, 'how are relations')
  // "what's at the top of the agenda": the focus; "what's in store at the talks": what will be discussed there.
  .replace(/\b(?:at )?the top of (?:the|their) (?:agenda|list)\b/g, 'the focus')
  .replace(/\bwhat(?:'s|s| is) in store (?:at|for) (?:the|these|this) (talks|meeting|dialogue)\b/g, 'what will be discussed at the $1')
  // "is this meeting a step forward", "is this a fresh start", "is this thing going anywhere": whether ties improve.
  .replace(/^\s*(?:so )?(?:is|are|would|will|could) (?:this|it|that|these talks|the talks|this meeting|this thing) (?:be )?(?:a (?:step|move) (?:forward|in the right direction)|progress|going (?:anywhere|somewhere)|a reset|a (?:fresh|new|clean) (?:start|beginning|chapter|page))(?=\s*[?!.]*\s*$)/, 'will ties improve')
  // "which weapons are on japan's list of questions": which japan will ask about.
  .replace(/\b(?:are|r|is) on (japan|tokyo|china|beijing)(?:'s|s)? list(?: of (?:questions|topics|asks|demands))?/g, 'will $1 ask about')
  // "is japan aggressive to china with its self defense": whether it is aimed at china.
  .replace(/\b(?:aggressive|hostile|threatening) (?:to|towards?|against) (china|beijing)\b/g, 'aimed at $1')
  // "which official's participation has been confirmed": who is confirmed to attend; "what milestone in november": what was agreed then.
  .replace(/\b(?:which|whose) (?:officials?'?s? )?participation (?:has|have|is|was) (?:been )?confirmed(?: by (?:the )?(?:sources|report|article|officials))?/g, 'who is confirmed to attend')
  .replace(/\bwhat\s+(?:\w+\s+)?(?:milestone|event|development|step|breakthrough) (?:in|last) november(?: (?:preceded|led to|came before|set up|started) (?:the |these )?(?:arrangements|talks|preparations))?/g, 'what was agreed in november')
  // "half of us think the talks are happening in beijing and the others say tokyo": are they in the one or the other.
  .replace(
    /\b(?:he|she|they|one|some of us|half of us|my \w+)(?: who)? (?:says?|said|thinks?|thought|reckons?|swears?|swore|insists?|insisted|claims?|claimed|(?:is|was) (?:convinced|sure|adamant)) (?:that )?the talks (?:are|will be) (?:happening |held |taking place )?in (\w+)(?: this time| now| next)?,? (?:and|but|while|whereas) (?:i|one|the other|the others|others|the rest|he|she|we) (?:say|says|said|think|thinks|thought|reckon|reckons)(?: (?:i|we) (?:read|saw|heard))?(?: (?:it'?s|they'?re|they are))?(?: in)? (\w+)\b/g,
    'are the talks in $1 or $2',
  )
  // "what does tokyo even want from this": what it hopes to achieve ("from the talks" stays a close call with what it asks).
  .replace(/\bwhat (?:does|do) (japan|tokyo) (?:even |really |actually )?want from (?:this|it)\b/g, 'what does $1 hope to achieve')
  // "is there a bigger story here": the big picture; "what's going to come up at the meeting": what will be discussed.
  .replace(/^\s*(?:is there )?a (?:bigger|broader|wider) (?:story|picture)(?: here| to (?:this|it))?(?=\s*[?!.]*\s*$)/, "what's the big picture")
  .replace(/\bwhat(?:'s|s| is)? (?:going to|gonna|likely to|expected to|set to|bound to) come up\b|\bwhat (?:will|would|might) come up\b/g, 'what will be discussed')
  // "which domains beyond conventional forces are referenced": which domains.
  .replace(/^\s*(which (?:\w+ ){1,5}?)(?:are|is) (?:referenced|cited|mentioned|listed)(?: in (?:the|this) (?:article|report|piece|story))?(?=\s*[?!.]*\s*$)/, '$1')
  // "what is the relationship between the talks and the senkaku situation": why the talks focus on it.
  .replace(/\bwhat(?:'s|s| is) the (?:relationship|connection|link|relation) between (?:the |these )?talks and (?:the )?(senkakus?|senkaku islands|islands|islets|diaoyus?|senkaku)(?: (?:situation|issue|dispute|row|tensions?))?/g, 'why do the talks focus on the $1')
  // "what's the atmosphere heading into this", "what are the expectations going in", "the big issues in play".
  .replace(/\s(?:(?:heading|going|walking) into (?:this|it|these talks|the talks|this meeting|the meeting)|going in|in play)(?=\s*[?!.]*\s*$)/g, ' ')
  .replace(/^\s*what are the expectations\b/, 'what are the hopes')
  // "anything important i should know about…": anything to know.
  .replace(/\banything (?:important|notable|significant|major|crucial|key) (?=(?:i|we) (?:should|need to|ought to) know\b)/g, 'anything ')
  // "which agreement is of concern to beijing": concerns it; "at whose initiative were the talks revived": who revived them.
  .replace(/\b(?:is|are) of (?:concern|interest) to (china|beijing|japan|tokyo)\b/g, 'concerns $1')
  // "which bilateral agreement…": "bilateral" names the talks only ("bilateral security talks").
  .replace(/\bbilateral (?=(?:agreement|accord|deal|pact|treaty|alliance|arrangement|guidelines?|cooperation)s?\b)/g, '')
  .replace(/\bat who(?:se)? (?:initiative|request|behest|suggestion|instigation|urging)\b/g, 'who')
  // "what's japan's ultimate aim here": its aim.
  .replace(/\b(?:ultimate|broader|wider|bigger|long-term|longer-term|end) (aims?|goals?|objectives?|purposes?)\b/g, '$1')
  // "which officials does the report identify by name": who it names; "maintains a claim to the islands": claims them.
  .replace(/\bidentif(?:y|ies) by name\b/g, 'name')
  .replace(/\b(?:maintains?|holds?|lays?|stakes?|asserts?|has|have) (?:a )?claims? (?:to|on|over)\b/g, 'claims')
  // "what objectives does tokyo attach to the talks": has for them.
  .replace(/\b(does|do) (japan|tokyo|china|beijing|they) attach to\b/g, '$1 $2 have for')
  // Medieval: "hark, prithee, pray tell", "on matters of defence", "swore to renew the parley", "the southern
  // sea", "upon the waves", "how many councils", "learn of", "nippon's pact with america".
  .replace(/\b(?:prithee|pray tell|hark)\b(?: (?:good|noble|kind|wise) \w+\b)?/g, ' ')
  .replace(/\bon matters of (?=defen[cs]e|security)/g, 'on ')
  .replace(/\bupon the (?:waves|seas?|water)\b|\bon the high seas\b/g, 'at sea')
  .replace(/\b(?:swore|sworn|vowed|pledged) to (?:renew|resume|restart)\b/g, 'agreed to resume')
  .replace(/\bthe southern sea\b/g, 'the south china sea')
  .replace(/\bhow many councils\b/g, 'how many rounds')
  .replace(/\blearn of\b/g, 'learn about')
  .replace(/\bpact with (?=america|the usa|usa|washington)/g, 'defense cooperation with ')
  // "what pact shall keep their vessels from clashing": what mechanism will.
  .replace(/\bwhat (?:pact|agreement|arrangement|deal|accord) (?:shall|will|would|could|might) (?=keep|stop|prevent)/g, 'what mechanism will ')
  // "the lst talks wer in beijng": "wer" was "were" there, not "where".
  .replace(/\b(talks|rounds|meetings|sessions) where (?=(?:held|in|at)\b)/g, '$1 were ')
  // "what's the goal of the whole exercise": of the talks (not the exercise of a right).
  .replace(/\b(?:the|this) (?:whole )?exercise\b(?! of\b)/g, 'the talks')
  // "the format and level of the delegations": who attends.
  .replace(/\b(?:format|level|make-?up|composition|seniority)(?: and (?:level|format|composition|seniority|make-?up))? of (?:the |each )?(?:delegations?|teams?|sides?)\b/g, 'who attends')
  // "which programmes fall within the scope of japan's inquiries": which japan will ask about.
  .replace(/\b(?:fall|falls|come|comes) (?:within|under) the (?:scope|remit|ambit) of (japan|china|tokyo|beijing)(?:'s)? (?:inquiries|enquiries|questions|requests)\b/g, 'will $1 ask about')
  // Scouse: "me mam wants to know", "…, boss", "…, la": the teller's people, and a closing word to the reader.
  .replace(new RegExp(String.raw`\bme (?=${RELATION}\b)`, 'g'), 'my ')
  .replace(/,\s*(?:la|lad|boss|our kid|kidda)(?=\s*[?!.]*\s*$)/g, ' ')
  // "is china gonna be mitherin japan about…", "will japan grill china on…": asking it.
  .replace(/\b(?:mither|pester|hassle|badger|nag|grill|quiz)(?:s|es|ed|zed|ged|ing|in'?|zing|ging|gin'?)?(?= (?:japan|china|tokyo|beijing|them|each other) (?:about|over|on)\b)/g, 'asking')
  // "where do the two sides butt heads": where they disagree.
  .replace(/\b(?:butt|butting|butted|lock|locking|locked) heads\b/g, 'disagree')
  // "how's the relationship looking": how relations are.
  .replace(/\bhow(?:'s|s| is| are)? (?:the )?(?:relationship|relations|ties)(?: between (?:them|the two|japan and china|china and japan))? (?:looking|doing|going|holding up)\b/g, 'how are relations')
  // "who else wants the senkaku islands": who claims them.
  .replace(/\bwho (?:else )?(?:wants|want) (?:the|those|these) (islands|islets|senkakus|senkaku islands)\b/g, 'who claims the $1')
  // "which individuals are reported as participants": which are.
  .replace(/\b(is|are|was|were) (?:reported|named|listed|identified|described) as\b/g, '$1')
  // Crypto traders' greetings and cheers ("gm, wen talks ser", "lfg"); "tokyo's bull case": what it hopes for.
  .replace(/\b(?:gm|ser|wagmi|ngmi|lfg)\b/g, ' ')
  .replace(/\b(?:the )?bull case\b/g, 'hope')
  // "is this meeting a turning point": whether it is a big deal.
  .replace(/\ba (?:turning point|watershed|milestone|game changer|game-changer)\b/g, 'a big deal')
  // "what's this meeting supposed to fix": what it is meant to achieve.
  .replace(/\bwhat(?:'s|s| is| are)? (this|the|these) (meeting|talks|dialogue|round) (supposed|meant) to (?:fix|solve|sort out|resolve|accomplish)\b/g, 'what is $1 $2 $3 to achieve')
  // "how are japan and china getting along": how their relations are (how two officials get along is not in the article).
  .replace(
    new RegExp(String.raw`\bhow (?:(?:are|were|have) ${THE_TWO} (?:been )?getting along(?: with each other)?|do ${THE_TWO} get on(?: with each other)?(?: these days| nowadays| lately)?)\b`, 'g'),
    'how are japan china relations',
  )
  // "when were these two last at the table": when they last met (not what is on the table).
  .replace(/\b(last|first) at the (?:negotiating )?table\b/g, '$1 met')
  // "howdy partner", "where in tarnation", "this here powwow": an Old West voice, not words of the question.
  .replace(/^\s*howdy(?:,? (?:partner|pardner|folks|y'?all))?\b|,?\s*\b(?:partner|pardner)(?=\s*[?!.,]*\s*$)|\bin tarnation\b/g, ' ')
  .replace(/\bthis here\b/g, 'this')
  // "china's war chest": what it spends on its forces (a war is another question).
  .replace(/\bwar chests?\b/g, 'military budget')
  // "so what's the big picture", "ok so what happened": words that only open the message.
  .replace(/^\s*(?:(?:so|ok|okay|well|um+|uh+|hmm+|alright|oh)\b[,.!]*\s+)+(?=(?:what|whats|what's|why|how|when|where|who|whos|who's|which|is|are|was|were|do|does|did|can|could|will|would|tell|give|explain)\b)/, '')
  // "what does this tell us": what the article says, before "tell us" goes as framing.
  .replace(/^\s*what (?:does|do) (?:this|it|the article|the report|the story) (?:tell|teach|show) (?:us|me)(?=\s*[?!.]*\s*$)/, ' summary ')
  // "would you mind telling me where…": the request around the question.
  .replace(/\b(?:would|do) (?:you|u) mind (?:telling|letting) (?:me|us)(?: know)?\b/g, ' ')
  // "what's the deal with all this": the gist (before "what's the deal with" goes as framing).
  .replace(/^\s*what(?:s|'s| is) the (?:deal|story) with (?:all )?(?:this|it|that)(?=\s*[?!.]*\s*$)/, ' summary ')
  // "hoo says the ilands r theirs": who claims them.
  .replace(/\bwho (?:says|thinks|reckons) (?:the )?(islands|islets|senkakus|senkaku islands|diaoyu) (?:are|r|belong to) (?:theirs|its|them|it)\b/g, 'who claims the $1')
  // "so what's going down": what's going on.
  .replace(/\bwhat(?:s|'s| is) going down(?=\s*[?!.]*\s*$)/, "what's going on")
  // "what is this whole thing about anyway": a closing "anyway" asks nothing.
  .replace(/,?\s+anyways?(?=\s*[?!.]*\s*$)/, ' ')
  // "…where the talks will be held and i had no idea": what the teller did not know is not the question.
  .replace(/,?\s+and i (?:had|have|got) no (?:idea|clue)\b.*$/, ' ')
  // "why is this round happening at this point", "at the moment": now.
  .replace(/\bat (?:this|the) (?:(?:particular|very|exact|current|present) )?(?:point(?: in time)?|time|moment|stage|juncture)\b(?! (?:of|when|that)\b)|\bat present\b/g, 'now')
  // "is this a big deal or not": the question, with its other side left open.
  .replace(/,?\s+or not(?=\s*[?!.]*\s*$)/, ' ')
  // "what's this all about then": a closing "then" asks nothing.
  .replace(/(?=,?\s+then)(?<!\b(?:since|by|until|till|back|from|and|even|only|just|before|after)),?\s+then(?=\s*[?!.]*\s*$)/, ' ')
  // "what's it about in one line", "the one-line version of…": what it is about, before the questions below read it.
  .replace(/\bin (?:one|1|a|a single) go\b|\bin (?:one|1|a|a single|two|2|a few|few|a couple of|a couple|couple of|simple|plain) (?:sentences?|lines?|words|terms|english|message|post|reply)(?: or two)?\b|\b(?:the )?one[- ]line version (?:of|on|about|for)\b/g, ' ')
  // "what's the one-line version": the short version of the whole.
  .replace(/\b(?:the )?one[- ]line version\b/g, 'the short version')
  // "would you call this a breakthrough": whether it is one, not what anything is called.
  .replace(/\b(?:would|do|should|could) (?:you|u|we|one|people) (?:call|describe|consider) (?:this|it|that|these talks|the talks)(?: as)?(?= (?:a|an)\b)/g, 'is this')
  // "wen wer the frist tlks": after a question word, "wer" (read "where") is "were".
  .replace(/\b(when|what|where|who|how|why) (?:wer|where)\b/g, '$1 were')
  // "hu is shinsuke sugiyma", "hu frm japan": who, not Hu Jintao.
  .replace(/^\s*hu\b(?!\s+jintao)/, 'who')
  // "wen wuz the last won": the last one, not who won.
  .replace(/\b(the|last|first|next|previous) won\b/g, '$1 one')
  // "wat is the mecanism 4", "who is goin 4 japan": for; "clashes @ sea": at.
  .replace(/\b4(?=\s*[?!.]*\s*$|\s+(?:japan|china|tokyo|beijing|the|this|that|it|them|us|me)\b)|(?<= )@(?= )/g, (d) => (d === '4' ? 'for' : 'at'))
  // "is taiwan mentioned": whether the article names it, not what Taiwan says.
  .replace(/^\s*(?:is|are|was|were)\s+((?:the\s+)?\w+)\s+(?:(?:even|ever|actually)\s+)?(?:mentioned|named|cited|referenced)(?:\s+in\s+(?:the|this)\s+(?:article|report|story|piece))?(?=\s*[?!.]*\s*$)/, ' what about $1 ')
  // "the islands that keep coming up": the ones named often, not an agenda.
  .replace(/\b(?:that|which) (?:keeps?|kept) (?:coming up|being mentioned|popping up|appearing)\b/g, ' ')
  // "where does this leave japan and china": what the talks mean for them.
  .replace(/^\s*where does (?:this|that|it) leave (?:japan and china|china and japan|relations|ties|them|things)(?=\s*[?!.]*\s*$)/, ' why talks important ')
  // "where do they disagree": what about, not a place.
  .replace(/^\s*where do (they|the two(?: sides| countries)?|japan and china|the sides) (disagree|differ|clash)(?: (?:the )?most| mostly)?(?=\s*[?!.]*\s*$)/, 'what do $1 $2 about')
  // "which city hosted the talks last time": where they were held (in the past; "which city hosts" is the planned talks).
  .replace(/\b(?:which|what) (?:city|place|venue|capital|location) (?:hosted|held|was host to|played host to)\b/g, 'where were held')
  // "how meny x hav they met": how many times.
  .replace(/\bhow many x\b/g, 'how many times')
  // "right now" is a time, not the right to self-defense; "what is this article about" asks for the gist.
  .replace(/\bright (?:now|away)\b/g, ' now ')
  // "in relation to these talks": about them, not Japan-China relations.
  .replace(/\bin relation to\b|\b(?:with|in) (?:regard|regards|respect) to\b/g, ' about ')
  // "…the us-japan defence guidelines, what is that about": about what was just named, not the gist.
  .replace(/,\s*what(?:s| is|'s)? (?:that|it|this) (?:all )?about(?=\s*[?!.]*\s*$)/g, ' ')
  .replace(/(?:\bwhat(?:s| is|'s)? (?:this|the|it) (?:(?:kyodo )?(?:article|story|report|piece|news)(?: story)? |whole (?:thing|story|business) )?(?:all )?(?:(?:mainly|basically|actually|really) )?(?:about|saying|telling (?:me|us))(?: overall| exactly)?(?=\s*[?!.]*\s*$)|\bwhat(?:s| is|'s)? that (?:(?:article|story|report|piece|news)(?: story)? )(?:all )?(?:about|saying)(?=\s*[?!.]*\s*$))|(?:\bwhat (?:does|do|did) (?:the|this|that) (?:article|story|report|piece|news) say(?=\s*[?!.]*\s*$))|(?:\bwhat(?:s| is|'s)? the (?:overall |whole |full |general |basic |big )?(?:story|news(?: hook)?|gist|situation|deal)(?: so far| here| in short| in brief| exactly| as (?:it|things) stands?| at the moment| for now| right now)?(?=\s*[?!.]*\s*$))/g, ' summary ')
  // "what's on china's list": what it wants.
  .replace(/\bwhat(?:s|'s| is) on (japan|china|tokyo|beijing)(?:'s|s)? (?:list|wish ?list|mind|radar)\b/g, 'what does $1 want')
  // "what does the report identify as the starting year": what is.
  .replace(/\b(what|which|who|where|when) (?:does|do|did) (?:the|this) (?:report|article|story|piece|kyodo) (?:identify|give|name|cite|list|describe|present|report|mention) as\b/g, '$1 is')
  // "the report's assessment of japan's intent": what the report says of it; "mentioned by name": named.
  .replace(/\b(?:the )?(?:report|article|story|piece|kyodo)(?:'?s)? (?:assessment|reading|characteri[sz]ation) of\b/g, ' ')
  .replace(/\b(?:mentioned|referred to|identified|cited) by name\b/g, 'named')
  // "is anyone from japan named": mentioned, not what anything is called.
  .replace(/\b(person|persons|people|officials?|diplomats?|ministers?)((?: from (?:japan|china|tokyo|beijing)| of (?:japan|china))(?: (?:is|are|was|were))?) named\b(?! (?:after|for)\b)/g, '$1$2 mentioned')
  // "how many took place between 1993 and 2011": since the first round.
  .replace(/\b(?:between|from) (?:19)?93 (?:and|to|until|till) (?:20)?11\b/g, 'since 1993')
  // "what is kyodo telling us here": what the article says.
  .replace(/\bwhat(?:'s| is) (?:kyodo|the article|the report|this report|the story) (?:telling|trying to tell) (?:us|me)\b/g, 'what is the article telling us')
  // "what would japan like to see happen": what it hopes for.
  .replace(/\bwould (japan|tokyo|china|beijing) like to see(?: happen| come (?:of|out of) (?:it|this|the talks))?\b/g, 'does $1 hope for')
  // "when were the talks supposed to be": when they are planned, not when earlier ones were.
  .replace(/\b(?:were|was) (the talks|the meeting|the dialogue|they|it) (?:supposed|meant|planned|scheduled|due) to\b/g, 'are $1 going to')
  // "i asked a silly question yesterday": the teller's own question, not the talks'.
  .replace(/\bi (?:asked|posted|had) (?:a|an|my|the) (?:\w+ )?question\b/g, ' ')
  // "mind giving me an overview", "would you mind explaining…": a request.
  .replace(/^\s*(?:(?:would|do|could) (?:you|u) )?mind (giving|telling|explaining|sharing|summari[sz]ing|walking)\b/, (_, verb: string) => ({ giving: 'give', telling: 'tell', explaining: 'explain', sharing: 'share', walking: 'walk' })[verb] ?? 'summarise')
  // "which chinese official agreed with kishida": who agreed, not who attends.
  .replace(/\b(?:which|what) (?:chinese|japanese) (?:official|minister|diplomat) (?=(?:agreed|decided|signed off)\b)/g, 'who ')
  // "i was explaining the news to my parents at dinner and…": what the teller was doing is not asked.
  .replace(/^\s*(?:(?:ok )?so )?i was (?:explaining|telling|describing|reading|talking about)(?: (?:my|a|our) \w+ about)? (?:the news|this news|the story|this story|the article|this|it|the (?:japan[- ]china |china[- ]japan )?(?:security )?talks)(?: to (?:my|our|a) \w+)?(?: (?:at|over) (?:dinner|lunch|breakfast|work|school))?(?= and\b|,)/, ' ')
  // "…who from japan is going, and i realized i had no idea": the teller's ignorance is not asked.
  .replace(/,?\s*(?:and|but) i (?:realized|realised|noticed|found|discovered) (?:that )?i (?:had|have|didn'?t have|don'?t have) (?:no|any) (?:idea|clue)\s*[?!.]*\s*$/, ' ')
  // "how will japan respond to that idea": how it will defend itself, not a reaction of China's.
  .replace(/\bhow (?:(?:will|would|does|is|can) (?:japan|tokyo)(?: going to| intend to| plan to| plans to| want to)?|(?:japan|tokyo) (?:will|would|is going to|plans to|can)) (?:respond|reply)(?: to)?\b|\bwhat (?:does|will|would) (?:japan|tokyo) say in (?:response|reply)(?: to)?\b/g, 'how will japan defend against')
  // "is it like a summit, who is going from japan": a comparison before a question that does not point back to it.
  .replace(/^\s*(?:(?:is|was) (?:it|this|that) )?(?:like|kind of like|sort of like|similar to|just like) [^,?]{1,40},\s*(?=(?:who|what|whats|what's|when|where|which|why|how)\b)(?![^?]*\b(?:it|its|it's|that|this|they|them|those)\b)/, ' ')
  // "is the defence ministry part of the talks": involved in them.
  .replace(/\b(is|are) ((?:the |japan'?s |china'?s )?(?:\w+ )?(?:ministry|ministries|officials?|military|navy|diplomats?|sugiyama|kishida|wang yi)) (?:a )?part of (?=(?:the|these) (?:talks|dialogue|meeting|delegations?)\b)/g, '$1 $2 involved in ')
  // "…so it doesn't look aggressive": so that it is not seen as aimed at China.
  .replace(/\bso (?:that )?(?:it|they|japan|tokyo) (?:doesn'?t|does not|won'?t|will not|wouldn'?t|would not|don'?t|do not) (?:look|seem|appear|come across as|sound) (?:aggressive|hostile|threatening|like a threat)\b/g, ' not aimed at china ')
  // "sugiyama-san", "japan-sama": a name with an honorific is the name.
  .replace(/\b([a-z]+)-(?:san|sama|kun|chan|sensei|senpai|sempai|dono|shi)\b/g, '$1')
  // "wang yi's side wants to know", "kishida's team": the minister's country's side, not the minister's own history.
  .replace(/\b(wang yi|wang|kishida|sugiyama)(?:'?s| sensei'?s) (side|team|delegation|people|government)\b/g, (_, name: string, group: string) =>
    `${name.startsWith('wang') ? 'china' : 'japan'}'s ${group}`,
  )
  // "the end goal": the goal; "belong 2 them": to.
  .replace(/\bend goals?\b/g, 'goal')
  .replace(/\b(belongs?|belonged) 2\b/g, '$1 to')
  // "does china already have carriers": whether it has them.
  .replace(/\b(does|do|did) (china|beijing|japan|tokyo) already (have|has|own|operate)\b/g, '$1 $2 $3')
  // "which agreement led to the talks": what agreement, not which people or places.
  .replace(/\bwhich (agreement|deal|decision|accord|understanding|pact)\b/g, 'what $1');
AFTER_SPELLINGS
  // "what are they going to talk about in tokyo": what they will talk about (the city is known); "meet before this": last.
  .replace(/\b(talk about|discuss|cover|raise|bring up)(?: at the talks)? in (?:tokyo|beijing)(?=\s*[?!.]*\s*$)/g, '$1')
  .replace(/\bmeet before (?:this|now|these talks|this round)\b/g, 'last meet')
  // "bring me up to date on japan and china": catch me up on them (not a date).
  .replace(/\b(?:bring|get|keep) (me|us) up to date (?:on|about|with)\b/g, 'catch $1 up on')
  // "fill me in on the history", "catch me up on the agenda", "break down the agenda for me": the thing named is asked, not
  // a recap of all ("fill me in on the talks", "catch me up on everything" still ask for one).
  .replace(
    /\b(?:(?:fill|catch) (?:me|us) (?:in|up)|bring (?:me|us) up to speed) (?:on|about|with) (?=(?:the |these |this |its |their )?(?!(?:talks|story|news|article|report|situation|everything|all|it|this|that|things|what|whats|what's|latest|gist|basics|japan|china|tokyo|beijing|both)\b)\w)|^\s*(?:(?:can|could) (?:you|u) )?(?:please )?break (?:it )?down(?= (?:the|what|who|how|why|each|both)\b)/g,
    ' ',
  )
  // "…, it started with an s i think, who is it": the teller's half-memory of the name is not asked.
  .replace(/,?\s*(?:it|his name|her name|the name) (?:started|starts|begins|began) with (?:an? )?[a-z]\b(?: i think)?/g, ' ')
  // "who said the talks should resume": who agreed they should, not who reported it.
  .replace(/\bwho said (?:that )?(?=(?:the talks|they|the dialogue|it) should\b)/g, 'who agreed ')
  // "the last japan china security talks": the last talks; "security-wise": as to security.
  .replace(/\b(last|previous|prior|earlier) (?:japan[- ]china |china[- ]japan |sino[- ]japanese )(?:security |defen[cs]e )?(talks|round|meeting|dialogue)\b/g, '$1 $2')
  .replace(/\b(\w+)[- ]wise\b/g, '$1')
  // "please tell the venue of the talks": what the venue is; "from japan side itself": from Japan.
  .replace(/^\s*(?:please|pls|kindly) tell(?: me| us)? (?=the\b)/, 'what is ')
  .replace(/\bfrom (?:the )?(japan|china|tokyo|beijing)(?:'?s)? side(?: itself)?\b/g, 'from $1')
  // "who signed off on restarting the talks": who agreed to it, not who signed a text.
  .replace(/\bsign(?:ed|s)? off on\b/g, 'agreed to')
  // "who from japan is named in the article": who is mentioned, not what anything is called.
  .replace(/\bwho( from (?:japan|china|tokyo|beijing))? (is|are|was|were) named\b/g, 'who$1 $2 mentioned')
  // "where are they fixin' to meet": going to. "which procurement does japan intend to query": what it will ask ("intend"
  // alone reads as a plan, an aim or a hope).
  .replace(/\bfix(?:in'?|ing) to\b/g, 'going to')
  .replace(
    /\b(?:(?:do|does|did) (\w+) intend|intends?|intending|intended) to (?=(?:ask|query|raise|question|bring up|press|seek|request|tell|say|explain|relay|defend|justify|discuss|cover|push|demand|probe|inquire|enquire|quiz|grill)\b)/g,
    (_, party: string | undefined) => (party !== undefined ? `will ${party} ` : 'will '),
  )
  // "so what's been announced": the news of the talks.
  .replace(/^\s*(?:so |ok so )?what(?:'s| has|s) been announced(?: so far)?(?=\s*[?!.]*\s*$)/, ' summary ')
  // "how did japan and china end up back at the table": how the talks resumed, not how anything ended.
  .replace(/\bend(?:ed)? up(?= back\b)/g, 'get')
  // "how did the two end up agreeing to meet": how they agreed, not how anything ended.
  .replace(/\b(?:end|ended|ending) up (?=(?:agreeing|deciding|meeting|talking|holding|resuming|restarting)\b)/g, ' ')
  // "the cabinet decided what?": an echo question, the question word last.
  .replace(/^\s*((?=[^?,]*\b(?:is|are|was|were|will|would|did|does|do|has|have|had|can|could|should|\w+ed)\b)(?:the|this|these|japan|china|tokyo|beijing|they|it)\b[^?,]{2,50}?) (what|who|where|when|why|how many|which)\s*[?!.]*\s*$/, '$2 $1')
  // "where will the first talks in four years be": the planned talks, not the first round in 1993.
  .replace(/\bthe first (security )?(talks|round|meeting|dialogue) in (?:four|4) years\b/g, 'the $1$2 first in four years')
  // "…and i blanked, can someone remind me": the teller's lapse and the plea are not asked.
  .replace(/\s(?:and )?i (?:blanked|froze|drew a blank)\b|,?\s*(?:can|could) (?:someone|anyone|somebody|anybody|you|u) remind (?:me|us)(?: again)?(?=\s*[?!.]*\s*$)/g, ' ')
  // "…and what name china uses for them, could someone clarify from the article": a plea to the reader, not China's clarity.
  .replace(/,?\s*(?:(?:(?:can|could|would|will) (?:someone|anyone|somebody|anybody|you|u)|please|pls|plz|someone|anyone) (?:please |pls )?)clarify(?: (?:this|that|it))?(?: for (?:me|us))?(?: (?:from|using|with|based on) (?:the|this) (?:article|report|story|piece)| here)?(?: (?:please|pls|plz))?(?=\s*[?!.]*\s*$)/g, ' ')
  // "where was round 12": the last round, the twelfth of twelve.
  .replace(/\b(where|when)( and (?:where|when|in (?:which|what) (?:month|year)))? (was|were|did) (?:the )?(?:round (?:12|twelve)|(?:12th|twelfth) round)\b/g, '$1$2 $3 the last round')
  // "reckon you could tell me when…": a request to say when.
  .replace(/\b(?:(?:do you |d'you )?(?:reckon|think|suppose|guess) )?(?:you|u) (?:could|can|might) (?:tell|show|let) (?:me|us)(?: know)?(?= (?:who|what|when|where|which|why|how|whether|if)\b)/g, ' ')
  // "what's the 411 on the talks": the information on them; "the history between them on these talks": their history.
  .replace(/\bthe 411 (?=on|about)/g, 'the info ')
  .replace(/\bthe history between (?:them|the two(?: sides| countries)?|japan and china|china and japan)(?: on (?:these|the) talks)?/g, 'the history of the talks')
  // "how did this dialogue start and get revived", "where does the dialogue come from": its history.
  .replace(/\bhow did (?:this|the|these) (?:dialogue|talks) (?:start|begin|get started)(?: out)? and (?:get |got |were |was )?(?:revived|restarted|resumed|brought back)\b|\bwhere (?:does|did) (?:the |this |these )?(?:dialogue|talks|it|they) (?:come|originate|stem) from\b/g, 'what is the history of the talks')
  // "is the cyber issue on the agenda": cyber, not the issues in general.
  .replace(/\b(is|are) the (\w+(?: \w+)?) (?:issue|question|matter|topic)(?= (?:on the (?:agenda|table)|up for discussion|being (?:discussed|raised)|going to (?:come up|be (?:discussed|raised))))/g, '$1 $2')
  // "what aspect of japan's sdf legislation concerns china": what china asks about it.
  .replace(/\b(?:concerns|worries|bothers|troubles) (china|beijing)(?=\s*[?!.]*\s*$)/g, 'does $1 ask about')
  // "did the foreign ministers agree to something before this": before the talks, not who held a post before.
  .replace(/\b(agreed?(?: to| on)? (?:something|anything)) before (?:this|these talks|the talks|that)\b/g, '$1')
  // "how many talks where there before": were.
  .replace(/\bhow many (\w+) where there\b/g, 'how many $1 were there')
  // "the japanese and chinese governments": japan and china.
  .replace(/\b(?:the )?(?:japanese and chinese|chinese and japanese) (?:governments|sides|authorities)\b/g, 'japan and china')
  // "who among the officials is named": which of them.
  .replace(/\bwho (?:among|of) (?:the|those|these|all the) (officials|people|diplomats|ministers|delegates|participants|attendees)\b/g, 'which $1')
  // "the japanese guy named in the article": the Japanese official.
  .replace(/\b(japanese|chinese) (?:guy|man|bloke|dude|fella|fellow)\b(?: (?:named|mentioned) (?:in|by) (?:the|this) (?:article|report|story|piece))?/g, '$1 official')
  // "just saw a headline about…": what the teller read is not the question.
  .replace(/\b(?:i )?(?:just )?(?:saw|read|seen) (?:a|the|this) (?:headline|post|tweet|clip|video) (?:about|on|saying)\b/g, ' ')
  // "what's china curious about": what it wants to know.
  .replace(/\bwhat(?:s|'s| is| are) (japan|china|tokyo|beijing|the chinese|the japanese|they) (?:most |so |really )?curious about\b/g, 'what does $1 want to know')
  // "what's the story with japan and china": the two parties alone are the whole story.
  .replace(/(?:\bwhat(?:s|'s| is) (?:the (?:deal|story|situation|score|latest(?: news)?|news)|up|going on|happening|cooking)(?: today| lately| these days)? (?:with|between|on|about) (?:japan(?: and |-| )china|china(?: and |-| )japan|tokyo(?: and |-| )beijing|beijing(?: and |-| )tokyo|(?:the|these|those) two(?: countries| sides| (?:asian |east asian )?(?:powers|giants|neighbours|neighbors|nations))?)(?: (?:security |defen[cs]e |military |diplomatic )?(?:ties|relations))?(?:\s+(?:these days|lately|right now|now|this week|this month|today|this time))?(?:,?\s+(?:according to|per) (?:kyodo|the article|this article|the report|the story)|\s+here)?(?=\s*[?!.]*\s*$))|(?:\bwhat (?:does|do) (?:the|this|that) (?:article|story|report|piece) (?:open|start|begin|lead) with\b)|(?:\b(?:the )?(?:long and (?:the )?)?short of it\b)|(?:\bwhat(?:s|'s| is)? (?:actually |really )?(?:happening|going on)(?: with\b| between\b|(?=(?: exactly| here| now| right now)?\s*[?!.]*\s*$)))|(?:\b(?:tell me|give me|explain|walk me through|run me through|talk me through|lay out|spell out|unpack|break down) (?:everything|it all|all of it|all this|the whole thing|it|this|the situation|the (?:japan[- ]china|china[- ]japan) (?:thing|situation|story|stuff|news)|the (?:important|key|main|basic) (?:stuff|bits|things|parts|points|facts)|the (?:basic )?facts|this (?:report|article|story|piece))(?: about (?:it|this|the talks))?(?: (?:simply|briefly|quickly|in short|to me|for me))?(?=\s*[?!.]*\s*$))/g, ' summary ')
  // "how much does this meeting matter": why it matters.
  .replace(/\bhow much (?=(?:does|do|will|would) (?:this|it|that|the talks|these talks|the meeting|this meeting|the dialogue|this dialogue|this round) (?:really |even )?matter\b)/g, 'why ')
  // "does tokyo think the talks could lead to anything bigger", "what does tokyo think could come of it": its hopes.
  .replace(/\b(japan|tokyo)(?:'s government)? (?:thinks?|believes?|expects?|reckons?)(?= (?:(?:the|these) talks|this|it|that|they) (?:could|might|will|would|can) (?:actually |really |ever )?(?:lead|bring|result|achieve|help|come)\b)/g, '$1 hopes')
  .replace(/\bwhat (does|do) (japan|tokyo) (?:think|believe|expect|reckon) (?=(?:could|might|will|would) come of\b)/g, 'what $1 $2 hope ')
  // "when was the meeting before this one": the last round.
  .replace(/\b(?<!\bhow many )(?:the )?(?:meeting|round|talks|session|one)s? (?:before|prior to) (?:this|these|the (?:new|next|upcoming|planned)) (?:ones?|1|rounds?|talks|meetings?)\b/g, 'the last round')
  // "when did japan last hold talks with china": when the last talks were, not what Japan did.
  .replace(/\b(when|where) did (?:japan|china|tokyo|beijing) last (?:hold|have|had|meet|sit down for)(?: (?:security |bilateral )?(?:talks|a round|a dialogue|a meeting|these talks))?(?: with (?:china|japan|beijing|tokyo))?\b/g, '$1 were the last talks')
  // "why do you care how much china spends": its military spending, not a figure.
  .replace(/\b(care|worry|worried|bothered|concerned)(?: about)? how much (china|beijing|japan|tokyo|they|it) spends?\b/g, "$1 about $2's military spending")
  // "for how many years have these dialogues existed": how long the talks have been going.
  .replace(/\b(?:for )?how many years (?=(?:have|has) (?:these|the|those|such) (?:(?:security |bilateral )?(?:talks|dialogues?|meetings?|rounds?)) (?:existed|been (?:going(?: on)?|around|running|held|happening))\b)/g, 'how long ')
  // "the key issues for each side": what each side will raise.
  .replace(/\b(?:the )?(?:key |main |big |major )?(?:issues|concerns|priorities|demands|topics) (?:for|of) (?:each|both) (?:side|sides|country|countries)\b/g, 'each side raise')
  // "how many damn rounds", "who the hell is going": oaths and intensifiers add nothing.
  .replace(/\b(?:damn|damned|bloody|freaking|frigging|fricking|flipping|effing|fucking|goddamn|goddamned)\s+/g, '')
  .replace(/\b(what|whats|what's|when|where|who|whos|who's|why|how)(?: the (?:hell|heck|fuck|devil)| tf)\b/g, '$1')
  // "which officials are confirmed to attend": who will attend, not whether the report is confirmed.
  .replace(/\b(?:is|are|has been|have been|was|were) (?:officially )?confirmed to (attend|go|take part|participate|be there|join|lead|represent)\b/g, 'will $1')
  // "who from the foreign ministry will be at these talks": who will attend them (not which building they are held at).
  .replace(/\bbe at (?=(?:these|the|this|those) (?:talks|meetings?|dialogue|session|round)\b)/g, 'attend ')
  // "what does tokyo wish for", "…wish will come of it": its hopes (a wish list of questions is what it asks).
  .replace(/\bwish(?:es|ing)? (?=for\b|(?:will|would) (?:come|happen|result)\b)/g, 'hope ')
  // "what got these talks back on the calendar": what restarted them.
  .replace(/\bwhat (?:got|put|brought) (?:the|these) (?:talks|dialogues?|meetings?) (?:going again|back on (?:track|the (?:calendar|table|agenda|rails))|back|restarted|moving again)\b/g, 'what restarted the talks')
  // "why is this dialogue being held": why the talks are happening, not when they were last held.
  .replace(/\bwhy (?:is|are) (?:this|the|these) (?:dialogue|talks|meeting|round) (?:being held|taking place|held)(?!\s+(?:now|at this point|at this time|in|at|on)\b)/g, 'why are the talks happening')
  // "why are the talks being held now": why now.
  .replace(/\bwhy (?:are|is) (?:the|these) (?:talks|dialogue|meetings?) (?:being held|happening|taking place|going ahead|held) (?:now|at this point|at this time)\b/g, 'why now')
  // "which countries claim them besides japan": who claims them ("which country hosts" still asks where).
  .replace(/\bwhich (?:other )?(?:countries|nations|governments|states|parties)(?= (?:actually |also |else |still |really )?(?:claim|claims|lay claim|dispute|contest)\b)/g, 'who')
  // "what's the road that led to these talks": what led up to them.
  .replace(/\bwhat(?:'s|s| is| was) the (?:road|path|route|journey) (?:that )?(?:led|lead) (?:up )?to\b/g, 'what led up to')
  // "what set the stage for these talks", "what paved the way for them": what led to them.
  .replace(/\bwhat (?:set|sets|has set|paved|has paved) (?:the stage|the scene|the way) for\b/g, 'what led to')
  // "how did things end up here between the two": what led up to all this.
  .replace(/\bhow did (?:things|it|we|they|relations|ties) (?:end up|get) (?:here|like this|this way|to this point)(?: (?:between|with) (?:the two|them|those two|these two|japan and china|china and japan))?(?=\s*[?!.]*\s*$)/g, 'what led up to all this')
  // "what led up to all this": the history of the talks ("what led to these talks" asks why).
  .replace(/^\s*what (?:led|lead|has led) up to (?:all )?(?:this|these talks|the talks)(?=\s*[?!.]*\s*$)/, ' history of the talks ')
  // "give me the overview, no fluff": how it is put is no part of the question.
  .replace(/,?\s*(?:and )?no (?:fluff|waffle|filler|bs|nonsense|padding)(?=\s*[?!.]*\s*$)/, ' ')
  // "gimme the overview real quick": how fast is no part of the question.
  .replace(/\b(?:real|really|super|very) quick(?:ly)?(?=\s*[?!.]*\s*$)/, ' ')
  // "who is going from tokyo": from Japan (its side), not from the city that hosts the talks.
  .replace(/\b(going|coming|attending|sent|travell?ing|representing|delegates?|officials?|people|anyone|someone|who) from tokyo\b/g, '$1 from japan')
  .replace(/\b(going|coming|attending|sent|travell?ing|representing|delegates?|officials?|people|anyone|someone|who) from beijing\b/g, '$1 from china')
  // "wats the self defense thing": collective self-defense.
  // "japanese side's leader": who leads the delegation.
  .replace(/\b(?:side(?:'s|s)?|delegation(?:'s|s)?) (?:leader|head|chief)\b/g, ' who leads the delegation ')
  .replace(/\bthe self[- ]?defen[cs]e thing\b/g, 'collective self defense')
  // "what's behind all this", "…the push for these talks", "…the sudden thaw": why the talks, not the reasons behind an expansion.
  .replace(/^\s*what(?:s|'s| is) behind (?:(?:all )?(?:this|it|these talks|the talks)|(?:the|this|these) (?:(?:renewed|latest|new|recent|sudden|diplomatic) )?(?:push|effort|efforts|move|thaw|outreach|rapprochement)(?: (?:for|towards?) (?:these|the) (?:talks|dialogue|meeting))?)(?=\s*[?!.]*\s*$)/, ' why talks ')
  // "what's new in this article", "what do i tell my friends about this": the gist.
  .replace(/^\s*what(?:s|'s| is) new in (?:this|the) (?:article|report|story|news)(?=\s*[?!.]*\s*$)|^\s*what (?:do|should|can) i (?:need to |have to )?tell (?:my \w+|people|others|him|her|them) about (?:this|it|the talks)(?=\s*[?!.]*\s*$)/, ' summary ')
  .replace(ON_THE_MEDIA, ' ')
  // "what should i take from this article": the gist.
  .replace(/^\s*what should (?:i|we) take (?:away )?from (?:this|the) (?:article|report|story|news)(?=\s*[?!.]*\s*$)/, ' summary ')
  // "a journalist friend says…": the friend's job is not the question.
  .replace(/\b(?:journalist|reporter|diplomat|lawyer|professor|teacher|soldier) (friend|mate|colleague|cousin|neighbou?r)\b/g, '$1')
  // "my friend told me there was news about talks with china, …": what the teller heard is not the question.
  .replace(/\b(?:told|tells|telling) (?:me|us)(?: that)? there (?:was|is|were|has been) (?:some |a lot of )?(?:news|something|a story|an article|a report|talk) (?:about|on)\b/g, ' about ')
  // "what position does sugiyama have": who he is.
  .replace(/\bwhat (?:position|post|job|title|role|rank) (?:does|did) (\w+) (?:have|hold|occupy)\b/g, 'who is $1')
  // "who are the main people mentioned in the article", "who is named", "who's the main character": the officials it
  // names, not a name for the islands.
  .replace(/\bwho (?:is|are) (?:the )?(?:(?:main|key|important) )?(?:people |persons |figures |players |names )?(?:named|mentioned)\b|\bwho(?:s|'s| is| are) the (?:main )?(?:characters?|protagonists?|key players)\b/g, 'who are the officials')
  // "name the official mentioned in the article": who the official is.
  .replace(/^\s*name (?:the|all the|every|each|any)\b/, 'who is the')
  // "what's the story behind the islands": what the article says of them ("…behind these talks" asks their history).
  .replace(/\bwhat(?:'s|s| is) the (?:story|history|background) behind(?= (?:the |these |those )?(?:islands|islets|senkakus|senkaku|diaoyu|dispute)\b)/g, 'what about')
  // "the senkakus in chinese parlance": what China calls them.
  .replace(/\bin chinese (?:parlance|terms|usage)\b/g, ' called by china ')
  // "start from the basics": the basics.
  .replace(/\bstart (?:from|with) the basics\b/g, 'the basics')
  // "i'm lost, explain": the gist.
  .replace(/^\s*(?:i'?m|i am) (?:lost|confused)[,.]?\s+explain(?: (?:please|pls|plz))?(?=\s*[?!.]*\s*$)/, ' summary ')
  // "what dose japan wont frm china": want (not "won't").
  .replace(/\b(does|dose|dus|do|did) (\w+) wont\b/g, '$1 $2 want')
  // "under what circumstances were the talks last convened": the last talks; "since what year has this dialogue existed":
  // when it began.
  .replace(/\b(?:(?:under )?what circumstances|(when|where)) (?:were|was) (?:the |these )?(?:(?:security|bilateral) )*(?:talks|dialogue|meetings?|rounds?|sessions?|consultations) last (?:held|convened)\b/g, (_, wh: string | undefined) => `${wh ?? 'when'} were the last talks`)
  .replace(/\bsince (?:what|which) year (?:has|have) (?:this|the|these) (?:(?:bilateral|security) )*(?:talks|dialogue|mechanism|format|forum|meetings?|series) (?:existed|been (?:held|running|going|around|taking place))\b/g, 'when did talks begin')
  // "what's fuelling the tension", "what's at the root of all this": what causes it.
  .replace(
    /\bwhat(?:'s|s| is) (?:fuel+ing|stoking|feeding|driving) (?:(?:the |these |all the |all this )?tensions?|(?:the )?friction)\b|\bwhat(?:'s|s| is) at the (?:root|heart|bottom) of (?:all )?(?:this|it|the (?:tensions?|friction|dispute|problem))(?=\s*[?!.]*\s*$)/g,
    'what is causing the tension',
  )
  // "are things looking up between them", "are the two getting friendlier", "how might this play out for ties": whether ties improve.
  .replace(
    new RegExp(
      String.raw`\b(?:are|is) (?:things|relations|ties|the relationship|they|both sides|${THE_TWO}) (?:finally )?(?:looking up|getting (?:friendlier|closer|warmer|along better|on better)|warming(?: up)?)\b|\bhow (?:might|will|could|would) (?:this|it|the talks) play out for (?:ties|relations|the relationship)\b`,
      'g',
    ),
    'will ties improve',
  )
  // "how frosty is the relationship right now": the tensions the article speaks of.
  .replace(
    new RegExp(String.raw`\bhow (?:tense|frosty|cold|icy|chilly|frigid|strained|rocky|fraught|hostile) (?:are|is) (?:relations|ties|the relationship|things|the situation)(?: between (?:them|${THE_TWO}))?(?:\s+(?:right\s+)?now|\s+these days|\s+at the moment|\s+lately)?(?=\s*[?!.]*\s*$)`, 'g'),
    'are the tensions continuing',
  )
  // "what are the two governments trying to sort out", "what might they agree on": what the talks are aimed at.
  .replace(
    new RegExp(
      String.raw`\bwhat (?:(?:are|were|is) (?:they|both sides|${THE_TWO}) (?:trying|hoping|looking|aiming|seeking) to (?:fix|solve|resolve|sort out|settle|iron out|smooth over|patch up)|(?:might|could|will|would|can) (?:they|both sides|${THE_TWO}) agree (?:on|to))(?=\s*[?!.]*\s*$)`,
      'g',
    ),
    'what are the talks aimed at',
  )
  // "how much weight should i give this meeting": how important it is.
  .replace(/\bhow much (?:weight|importance|stock) (?:should|do|would|can) (?:i|we|one|people|you) (?:give|put on|attach to|place on|put in) (this|these|the) (meeting|talks|round|dialogue|news)\b/g, 'how important is $1 $2')
  // "when did the japan china talks last happen": when the last talks were, not when anything was last agreed.
  .replace(/\b(when|where) did (?:the |these |those )?(?:(?:japan|china|japanese|chinese)(?: and)? (?:japan|china|japanese|chinese) )?(?:(?:security|bilateral) )*(?:talks|dialogue|meetings?|rounds?|sessions?) last (?:take place|happen|occur|meet|convene)\b/g, '$1 were the last talks')
  // "when did the dialogue first take place": when it began.
  .replace(/\bwhen did (?:the |these )?(?:talks|dialogue|meetings?|rounds?|series) first (?:take place|happen|occur|start|begin|meet)\b/g, ' when did talks begin ')
  // "what's this talks business": the gist.
  .replace(/^\s*what(?:s|'s| is) (?:this|the|all this) (?:talks? )?business(?=\s*[?!.]*\s*$)/, ' summary ')
  // "wher did u get this": the source.
  .replace(/\bwhere (?:did|do) (?:you|u) (?:get|find|read) (?:this|that|it|the info|the news|the story)(?: from)?\b/g, ' source ')
  // "short n sweet version", "give me the short and sweet": the short version.
  .replace(/\bshort (?:n|and|&) sweet\b(?: version)?/g, 'short version')
  // "where do things stand": the gist.
  .replace(
    /^\s*where do (?:things|matters|we|(?:(?:japan[- ]china|china[- ]japan|sino[- ]japanese|bilateral|(?:japan and china|china and japan|the two countries)(?:'s|s)?) )?(?:(?:security|defen[cs]e) )?(?:relations|ties)|japan and china|china and japan|the two(?: sides| countries)?) stand(?: now| today| at the moment| right now)?(?: (?:with|on) (?:the|these) talks)?(?=\s*[?!.]*\s*$)/,
    ' summary ',
  )
  // "what's the story in short": the question, briefly.
  .replace(/\bin (?:short|brief)(?=\s*[?!.]*\s*$)/, ' ')
  // "why are people talking about this", "what should i make of this": why the talks matter.
  .replace(/^\s*why (?:are|is) (?:people|everyone|everybody|the media|the news) (?:talking about|discussing|interested in|covering) (?:this|it|these talks|the talks)(?=\s*[?!.]*\s*$)|^\s*what (?:should|do|shall) (?:i|we) make of (?:this|it|these talks|the talks)(?=\s*[?!.]*\s*$)/, ' why talks important ')
  // "our teacher showed us a map of the east china sea and asked…": what the teller was shown is not the question.
  .replace(/\b(?:showed|shown|showing) (?:us|me) (?:a|the) (?:map|picture|photo|video|chart|slide) of\b/g, ' ')
  // "what's important about this meeting", "what's it all mean": why the talks matter.
  .replace(/^\s*what(?:s|'s| is) (?:important|significant|special|notable) about (?:this|these|the) (?:meeting|talks|round|article|news)(?=\s*[?!.]*\s*$)|^\s*what(?:s|'s| does| is) (?:it|this|that) all mean(?=\s*[?!.]*\s*$)|^\s*what (?:does|do) all (?:this|that|of this) mean(?=\s*[?!.]*\s*$)/, ' why talks important ')
  // "what should people know": the gist.
  .replace(/^\s*what should (?:people|i|we|everyone|you|u) (?:know|understand)(?: about (?:this|it|the talks))?(?=\s*[?!.]*\s*$)/, ' summary ')
  // "what's the chinese word for the islands": China's name for them.
  .replace(/\b(chinese|china|beijing)(?:s|'s)? word for(?= (?:the|these|those) (?:islands|islets|senkakus|senkaku islands)\b)/g, '$1 name for')
  // "the gist plus the date": and.
  .replace(/\s\+\s|\bplus\b(?= the\b)/g, ' and ')
  // "so what's all this about", "what's going to happen": the gist.
  .replace(/^\s*(?:so )?what(?:s|'s| is) all (?:this|that) about(?=\s*[?!.]*\s*$)|^\s*(?:so )?what(?:s|'s| is) going to happen(?: next)?(?=\s*[?!.]*\s*$)/, ' summary ')
  // "our book doesn't say where…": what the teller's book lacks is not the question.
  .replace(/\b(?:our|my|the) (?:book|textbook|notes|teacher|lecturer|professor|slides) (?:doesnt|doesn't|does not|didnt|didn't|did not) (?:say|mention|tell us|explain)\b/g, ' ')
  // "how did it come to this (meeting)", "how did we get here": the history of the talks.
  .replace(/^\s*how did (?:it|we|things|they) (?:come to (?:this|these)(?: (?:talks|dialogue|round|meeting|point))?|get here|get to this point|get to here|get to (?:these|the|this) (?:talks|dialogue|round|meeting)s?)(?=\s*[?!.]*\s*$)/, ' history of the talks ')
  // "the way the article is written makes it sound like…": how it reads is not the question.
  .replace(/\bthe way (?:the|this) (?:article|report|story|piece) (?:is|was) (?:written|worded|phrased)(?: makes it (?:sound|seem|look) (?:like|as if))?/g, ' ')
  // "anything interesting in the article": whatever it says, the gist.
  .replace(/^\s*(?:(?:is there )?(?:anything|something|what(?:s|'s| is)) (?:interesting|important|notable|noteworthy|worth knowing)|any (?:important|key|interesting|notable|main) (?:details|facts|points|bits))(?: (?:in it|in there|here|in this|in (?:the|this) (?:article|report|story|piece)))?(?=\s*[?!.]*\s*$)/, ' summary ')
  // "wat dus china wana no": know.
  .replace(/\b(wanna|wana|want to|wants to|need to|needs to) no\b(?! (?:longer|more|one|way)\b)/g, '$1 know')
  .replace(/(?:\b(?:the )?(?:whole thing|article|story|news|it all) (?:summari[sz]ed|summed up)\b)|(?:\b(?:explain|summari[sz]e|sum up|break down)(?: (?:me|for me|to me|us))? (?:the (?:main|key) points(?: of)? )?(?:(?:this|the) (?:article|story|piece|report)|the (?:main|key) points)(?=(?: (?:simply|simple|briefly|please|pls|plz))?\s*[?!.]*\s*$))/g, ' summary ')
  // "what do we know so far", "what do i need to know": the gist (before "i need to know" goes as framing).
  .replace(/^\s*(?:what do (?:we|i) (?:(?:need|have|ought) to |should )?|what (?:should|must) (?:we|i) |anything (?:i|we) (?:should|need to|ought to) )(?:know|have)(?: so far| at this point| yet| here| about (?:this|it|all this))?(?: before (?:i )?(?:reading|diving in|digging in|going in))?(?=\s*[?!.]*\s*$)/, ' summary ')
  // "…, is that actually in the article or is he making it up": whether the article says what was just told.
  .replace(/\b(?:is|was) (?:that|this|it) (?:actually |really |even )?(?:in|from) (?:the|this) (?:article|report|story|piece)\b|\bor (?:is|are|was|were|did|do|does) (?:he|she|they|someone|somebody|it|people) (?:just )?(?:making|make|made|inventing|invent|invented) (?:it|that|this|things|stuff) up\b|\bor (?:is|was) (?:it|that|this) (?:just )?made up\b/g, ' ')
  // "what's going on in this article": here, where the question points ("who is named in the report" asks who).
  .replace(/\b(?:in|from|according to) (?:the|this) (?:report|article|piece|story)\b|\b(?:according to|per) (?:(?:the|this) kyodo (?:report|article|piece|story|one)|kyodo(?:'s (?:report|article|piece|story))?)(?=\s*[?!.]*\s*$)/g, ' here ')
  // "my gran lived through the war and…": the teller's family story, not the question.
  .replace(/\b(?:lived|lives|grew up|survived|fought|served) (?:through|in) (?:the|a) (?:\w+ )?war\b/g, ' ')
  // "what is japan going to say when china asks about collective self-defense": how japan will justify it.
  .replace(/\bwhat (?:exactly )?(?:is|will|would) (japan|tokyo) (?:going to |gonna )?(?:say|answer|reply|respond) when (?:china|beijing) (?:asks|raises|brings up|questions|presses)(?: (?:it|them|japan|tokyo))?(?: about| on)?\b/g, 'how will $1 justify')
  // "where does the article say they'll be": where they will be (not where in the article something is said).
  .replace(/\bwhere (?:does|did) (?:the )?(?:article|report|piece|story|it) say (?=(?:they|the talks|the meeting|it) (?:will|would|are going to) (?:be|happen|take place|meet)\b)/g, 'where ')
  .replace(/\b(?:can|could|would) (?:you|u|ya)\b|\b(?:tell|inform) (?:me|us)\b|\bwhat(?:s| is|'s)? the (?:deal|story|situation|score) (?:with|on)\b|\b(?:does|did) (?:the|this) (?:report|article|piece|story) (?:say|mention|name|list|give|cite|reference|describe|discuss)(?: anything)?(?: about)?\b|^\s*(?:so |and |but )?(?:does|did) (?:it|kyodo) (?:even )?(?:say|mention|talk about|cover)(?: anything)?(?: about)?\b|\bin the first place\b|\b(?:show me )?where (?:does )?(?:it|the article|the piece|the report|the story) (?:talks?|says?|mentions?|speaks?|covers?)(?: about)?\b|\bi (?:want|wanna|would like|need|needed) to know\b/g, ' ')
  // "how will japan justify its decision when china asks": a time only given as the occasion of the question.
  .replace(/(\b(?:how|what|why|who|which|where)\b(?:\s+\S+){3,}?)\s+(?:(?:when|if|once|whenever) (?:china|beijing|japan|tokyo|they|the (?:chinese|japanese)(?: side)?|asked|pressed)(?:\s+\S+){0,2}|(?:when|whenever) it (?:talks|speaks|writes) about(?:\s+\S+){1,3})(?=\s*[?!.]*\s*$)/g, '$1')
  // "will that come up when they meet", "is japan going to walk china through those plans when they meet": the meeting
  // is the occasion, not a question of when (unless it is what someone knows or said: "do we know when they meet").
  .replace(/(\b(?:is|are|will|would|does|do|did|can|could|should)\b(?:\s+\S+){2,}?)(?<!\b(?:know|knows|known|say|says|said|tell|told|decided|announced|sure|clear|wonder|asked|confirmed|set))\s+(?:when|once|whenever) (?:they|the two(?: sides| countries)?|japan and china|both sides|the officials) (?:meet|talk|sit down|get together)\b/g, '$1')
  // "were there talks before 2011": how many rounds came before.
  .replace(/\b(?:were there|was there|have there been|had there been) (?:any )?(?:other |earlier |previous )?(?:security )?(?:talks|rounds|meetings|dialogues?) (?:before|prior to|earlier than) (?:2011|the (?:last|previous) (?:round|talks|one|meeting))\b/g, ' how many rounds held before ')
  // "the two governments", "both countries": both sides (Japan and China together, so that "represent the two governments" is not China's delegate alone).
  .replace(/\bthe two (?:governments|nations|neighbou?rs|capitals)\b|\bboth (?:countries|nations|governments|capitals)\b/g, 'both sides')
  // "will they discuss the scs": whether that topic comes up (not the whole agenda).
  .replace(/^\s*(?:will|are|do|does|would|is) (?:they|the talks|japan and china|china and japan|the two sides|both sides|the officials) (?:going to |gonna )?(?:discuss|cover|address|touch on|get into)\s+(?!(?:anything|what|which|everything|something|much|other)\b)(?=\S)/, ' ')
  // "…, is that right or is he confusing it": asks whether what was told is so, nothing of its own.
  .replace(/\b(?:is (?:that|this|it) (?:right|correct|true)|am i right)(?=\s*(?:[?!.,]|$|or\b))/g, ' ')
  // "explain like i'm new to this": the gist.
  .replace(/\bexplain(?: (?:it|this|the talks))?(?: to me)? like i(?:m|'m| am) (?:new(?: to (?:this|it|all this))?|a (?:beginner|newbie|child|kid)|five|ten|\d{1,2}(?: years old)?)\b/g, ' summary ')
  // "who do the sources say will attend": who will attend (what the sources say alone asks for them).
  .replace(/\b(who|when|where|which)(?: do| does| did) (?:the |these |those |diplomatic )?sources? (?:say|said|think|reckon|expect)(?= \w)/g, '$1')
  // "do the sources even say who's going", "…if the sources mentioned when": the question is who, or when.
  // "what's the latest on when the talks are": when they are.
  .replace(/(?:\b(?:(?:do|does|did)|if|whether) (?:the |your |these |those )?sources? (?:even |actually |really )?(?:say|said|mention|mentioned|tell us|told us|reveal|revealed|name|named|give|gave)(?= (?:who|what|when|where|why|how|which|whether|if)\b))|(?:\bwhat(?:s|'s| is) the latest (?:on|about|with)(?= (?:when|where|who|what|why|how|which|whether)\b))/g, ' ')
  // "big picture pls", "what makes it a big deal": before the framing goes, a question made only of it.
  .replace(/^\s*(?:(?:give me|whats|what's|what is) )?(?:the )?(?:big|bigger|overall) picture(?: here| so far| (?:with|on|of|behind) (?:this|it|all this|the talks|these talks))?(?=(?: (?:pls|please|plz))?\s*[?!.]*\s*$)/, ' summary ')
  // "is this a big deal", "is this important", "how big a deal is this": why the talks matter.
  .replace(/^\s*(?:so )?(?:is|was|are) (?:this|it|these talks|the talks|(?:this|the) (?:meeting|round|dialogue)) (?:(?:really|actually|even) )?(?:(?:a )?(?:big|bigger|huge|major) deal|important|significant|newsworthy)(?: than (?:it|they) (?:looks?|seems?|sounds?))?(?: or (?:not(?: really)?|nah|naw|nope|no|(?:just |merely )?(?:routine|business as usual|a formality|more of the same|for show)))?(?=\s*[?!.]*\s*$)|^\s*how (?:big|huge|major|important|significant) (?:a (?:deal|moment|step|development) )?(?:is|are) (?:this|it|these talks|the talks)(?: for (?:the two (?:countries|sides|nations)|them|both(?: sides| countries)?|each other))?(?=\s*[?!.]*\s*$)/, ' why talks important ')
  // "what's at stake", "what's the most important part": why the talks matter, the gist.
  .replace(/^\s*what(?:s|'s| is) at stake(?: (?:here|in (?:these|the|this) (?:talks|round(?: of talks)?|meeting|dialogue)|for (?:japan|china|tokyo|beijing|them|both(?: sides)?|each side)))?(?=\s*[?!.]*\s*$)|^\s*what(?:s|'s| is) (?:all )?the fuss(?: about)?(?=\s*[?!.]*\s*$)/, ' why talks important ')
  .replace(/^\s*what(?:s|'s| is) the (?:most important|key|main|biggest) (?:part|bit|thing|takeaway)(?: here| in (?:the|this) article| of (?:the|this) (?:story|article|report|piece))?(?=\s*[?!.]*\s*$)/, ' summary ')
  // "what's kishida's first name": his name, not a first round.
  .replace(/\b(?:first|given|full|last|family) name\b/g, 'name')
  // "who is reported to be leading…": who is leading.
  .replace(/\b(is|are|was|were) (?:reported|said|rumou?red|believed|understood) to (?:be )?/g, '$1 ')
  // "…a deputy foreign minister, can somebody remind me of his name": who he is.
  .replace(/\b(?:remind (?:me|us) of |what(?:s|'s| is|'s) )?(?:his|her) (?:full )?name\b/g, ' who ')
  // "…and nobody knows exactly how much": a statement that it is not transparent, not a question of how much.
  .replace(/\b(?:nobody|no one|no-one|noone) (?:really |actually )?knows (?:exactly |for sure |precisely |really )?how (?:much|many)\b/g, 'it is not transparent')
  // "how is japan going to explain collective self-defense as legal": how it will justify it.
  .replace(/\b(?:explain|present|frame|sell|pitch|portray|spin) ([\w -]{3,40}?) as (?:legal|lawful|legitimate|justified|constitutional|a right|defensive|peaceful)\b/g, 'justify $1')
  // "what's japan going to explain to china": what Japan will tell China ("explain" alone asks the bot to explain).
  .replace(/\b(japan|tokyo)((?: (?:is|will|would|also|likely|going|gonna|to|expected|wants?|plans?))*) explain\b/g, '$1$2 tell');
AFTER_SPELLINGS
  // "why japan say self defense is ok": fine, as the argument that it is allowed.
  .replace(/\bis (?:ok|okay)\b/g, 'is fine')
  // "what will japan argue (about self defence)": how it will justify itself (people "arguing about" something quarrel).
  .replace(/\b(japan|tokyo)((?: (?:is|will|would|also|likely|going|gonna|to|expected|plan|plans|planning))*) argue\b(?! with\b)/g, '$1$2 justify')
  // "what will japan say (to china)": what it will tell China, not what the sources said.
  .replace(/\bwhat(?:'s|s| is| will| would)? (japan|tokyo)((?: (?:is|will|would|also|likely|going|gonna|to|expected|plan|plans|planning))*) say(?= to (?:china|beijing)\b|\s*[?!.]*\s*$)/g, 'what $1$2 tell')
  // "which side is right": who is in the right, an opinion ("which one is right" asks which fact is).
  .replace(/\b(?:which|what) (?:side|country|party|government)(?: is| was|s|'s) (?:right|correct)(?=\s*[?!.]*\s*$)/g, 'which side is in the right')
  // "is taiwan involved and how": the question before it.
  .replace(/\s+and how(?=\s*[?!.]*\s*$)/, ' ')
  // "my economics lecturer said…": what the teller's teacher teaches is not the question.
  .replace(/\b(my|our|a|the) (?:economics|econ|maths?|english|science|physics|chemistry|biology|geography|music|art|law|business|french|german|spanish|chinese|japanese|korean|language) (lecturer|teacher|professor|prof|tutor|instructor)\b/g, '$1 $2')
  // "were is it happening", "were r they meating", "wear are the talks": where (misspellings such as "iz" are already
  // read as their words).
  .replace(/^\s*(?:were|wear|ware) (?=(?:is|are|r|will|do|does|did|was)\b)/, 'where ')
  // "what's the whether in tokyo": the weather ("whether" never follows "the").
  .replace(/\bthe whether\b/g, 'the weather')
  // "do we even know who's attending": who is attending.
  .replace(/\b(?:do|does) (?:we|anyone|anybody|you|u) (?:even |actually |really )?know (?=(?:who|whos|what|whats|when|where|why|how|which|whether|if)\b)/g, ' ')
  // "what's been going on with these talks over the years": their history; "how many have there been over the years": how many.
  .replace(/\b((?:going on|gone on|happened|happening)\b.{0,40}?)\b(?:over the years|historically|through the years)\b/g, '$1 in their history')
  .replace(/\bthe story of (?:these|the|this) (?:talks|dialogue|meetings|security talks) (?:over time|over the years|through the years)\b/g, 'the history of the talks')
  // "i was reading a thread where people argued about…": where the teller read it is not the question.
  // "i saw a thread claiming that china will…": what the thread says is the story, not a territorial claim.
  .replace(/(?:\bover the years\b)|(?:\b(?:i was|i've been|ive been|i have been|i am|im|i'm|i) (?:reading|read|saw|seeing|watching|watched) (?:a|an|this|that|the|some) (?:thread|post|forum|comment section|discussion|video|tweet|article)(?: online)? (?:where|in which|that said|saying)\b)|(?:\b(?:a|this|that|the|one) (?:thread|post|tweet|video|comment|blog|op-ed|clip|reel|tiktok) (?:claiming|saying|suggesting|arguing)(?: that)?\b)/g, ' ')
  // "a guy on a forum claims japan wants…": a teller's claim is what they say, not a territorial claim.
  .replace(/\b(guy|man|woman|girl|friend|mate|he|she|someone|somebody|people|poster|user|commenter|teacher|professor|lecturer|dad|mum|mom|uncle|aunt|brother|sister|cousin)((?: on (?:a|the|this|that) \w+)?) claim(?:s|ed)?(?= (?:that|japan|china|tokyo|beijing|the|they|it|there)\b)/g, '$1$2 says')
  // "my brother-in-law is a retired diplomat": a relative, not a law.
  .replace(/\b(?:brother|sister|father|mother|son|daughter)s?-in-laws?\b|\bin-laws\b/g, 'relative')
  // "so many people are talking about fighter jets": what people talk about is the story, not the agenda.
  .replace(/\b(?:so many|lots of|a lot of|loads of|many|all these|everyone|everybody|people)(?: people)? (?:(?:are|were|is|was|keep|kept|have been|has been|had been|been) (?:talking|going on|posting|arguing|debating)|argued|debated|talked|posted) about\b/g, ' ')
  // "my roommate won't stop talking about the senkaku stuff": how much someone talks of it is the story, not a halt.
  .replace(/\b(?:won'?t|will not|can'?t|cannot|can not|doesn'?t|does not|never) stop (?:talking|going on|banging on|posting|ranting|yapping|tweeting) about\b/g, ' talks about ')
  // "how will japan explain it without looking aggressive": that the move is not aimed at China, not whether Japan is aggressive.
  .replace(/\bwithout (?:it |that |this |japan |tokyo |them )?(?:looking|seeming|appearing|sounding|coming across as|being seen as) (?:aggressive|threatening|hostile|like a threat|like a provocation|provocative)\b/g, ' not aimed at china ')
  .replace(TELLERS_NATIONALITY, ' ')
  // "my dad reads the japan times every day and said": where the teller reads the news is not the question.
  // "someone at the bus stop was telling me that kishida made a deal": who told it is not the question.
  .replace(/(?:\b(?:reads|read|watches|watched|listens to|listened to) (?:the )?(?:\w+ ){1,3}?(?:every (?:day|morning|evening|afternoon|night|week)|daily)(?: and (?:(?:he|she|they) )?(?:said|says|told (?:me|us)|tells (?:me|us)))?\b)|(?:\b(?:someone|somebody|a (?:guy|man|woman|girl|friend|colleague)|people|my \w+)(?: (?:at|on|in) (?:the|a|my) \w+(?: \w+)?)? (?:was|were|is|are|kept|keeps|has been|have been) (?:telling (?:me|us)|saying)(?: that)?\b)/g, ' ')
  .replace(RELATION_SAYS, ' ')
  .replace(RELATION_THINKS, ' ')
  .replace(TELLERS_JOB, '$1')
  .replace(TELLERS_FIELD, '$1 ')
  .replace(TELLERS_ORIGIN, '$1')
  // After the teller's relation is shortened to "my uncle": "my uncle who used to work… asked me who…".
  .replace(ASKED_BY_A_TELLER, ' ')
  .replace(WANTS_TO_KNOW, ' ')
  // "what's new about this round", "what makes this round different": that it is the first in four years.
  .replace(/\b(?:what(?:s|'s| is) (?:so )?|(?:is there )?anything )(?:new|different|special|unusual|unique|notable|remarkable) about (?:this|these|the new|the planned|the upcoming) (?:round|talks|meeting|dialogue)\b|\bwhat makes (?:this|these|the new|the planned|the upcoming) (?:round|talks|meeting|dialogue)(?: (?:so|any))? (?:different|new|special|unusual|unique)\b/g, ' is this the first in years ')
  .replace(/\bwhat makes (?:it|this|these talks|the talks|this round)(?: (?:such|so))? (?:a big deal|important|significant|special|newsworthy|notable)\b/g, ' why talks important ')
  .replace(FRAMING, ' ')
  // "where are japan-china ties heading": whether they will improve, not a place.
  .replace(/\bwhere (?:are|is) (?:(?:japan[- ]china|china[- ]japan|sino[- ]japanese|bilateral|the two countries'?|their) )?(?:ties|relations|relationship|things) (?:heading|headed|going)\b|\bwhere(?:'s|s| is| are)? (?:this|the|these) (?:dialogue|talks|process|relationship) (?:heading|headed)\b/g, 'will ties improve')
  // "the mood music around this meeting": its mood.
  .replace(/\bmood music\b/g, 'mood')
  // "what's the mood music from tokyo": what Tokyo hopes for.
  .replace(/\bwhat(?:'s|s| is) the (?:mood|vibe|feeling|sentiment|tone) (?:from|in|out of|coming out of) (tokyo|japan)\b/g, 'what does $1 hope')
  // "copy, does china raise msdf patrols, over": radio procedure words around the question ask nothing.
  .replace(/^\s*(?:copy(?: that)?|roger(?: that)?|say again|wilco)\s*,\s*|(?:,\s*over|\bover and out)(?=\s*[?!.]*\s*$)/g, ' ')
  // "what is the point of holding these": the point of the talks, not of holding anything.
  .replace(/\bpoint of (?:holding|having|doing|staging|convening|resuming|restarting) (?=(?:these|them|this|those|it|the talks|these talks|this dialogue|the dialogue)\b)/g, 'point of ')
  // "the whole thing is just for show": what the point of it is.
  .replace(/\b(?:just |only |all |purely |mostly )?(?:for show|(?:a )?photo op(?:portunity)?s?|for the cameras|(?:a |just |all )?theat(?:re|er)|a talk ?shop|(?:all|just) talk|window dressing|(?:an? )?empty gestures?|going through the motions)\b|^\s*what(?:s|'s| is) the catch(?=\s*[?!.]*\s*$)/g, ' what is the point ')
  // "aren't these talks pointless": what their point is.
  .replace(/^\s*(?:are not|arent|aren't|are|is not|isnt|isn't|is) (?:these|the|this|they|it)(?: talks| round| meeting)? (?:(?:just|all|totally|completely|kind of|kinda) )?(?:pointless|meaningless|a waste of time|useless|futile)(?=\s*[?!.]*\s*$)/, ' what is the point of the talks ')
  // "will anything actually come of this": what they hope comes of it.
  .replace(/^\s*(?:will|would|could|can|does|is) (?:anything|something|much|any good) (?:good )?(?:(?:actually|really|even|ever) )?(?:come|result) (?:of|from|out of) (?:this|it|these talks|the talks|them)(?=\s*[?!.]*\s*$)/, ' what does japan hope to achieve ')
  // "which person from japan will go", "japan's lead person": an official, not personnel.
  .replace(/\bpersons?\b(?=\s+(?:from|for|representing|leading|heading|in charge)\b)|(?<=\b(?:which|what|lead|top|main|key|senior) )persons?\b/g, 'official')
  // "how to deal with it": to cope with it, not an agreement ("what's the deal with" is left to the gist).
  .replace(/(?<!\b(?:the|a|big|real) )\bdeal(?:s|ing|t)? with\b/g, 'cope with')
  // "who are the names to know", "key names": the people involved, not what the islands are called.
  .replace(/\bnames (?:to know|worth knowing|to remember|(?:i|we) should know)\b|\b(?:key|main|big|important) names\b/g, 'people involved')
  // "china's word for the islands": what China calls them, not a word in a language.
  .replace(/\b(china|beijing|taiwan|taipei|japan|tokyo)'s (?:word|term) for (?=(?:the |those |these )?(?:islands?|islets?|senkakus?|rocks)\b)/g, '$1 name for ')
  // "why does japan bring up the UN": how Japan justifies its decision with the Charter.
  .replace(/\bwhy (?:does|do|would|is|will) (japan|tokyo) (?:bring(?:ing)? up|mention(?:ing)?|cit(?:e|ing)|invok(?:e|ing)|point(?:ing)? to|refer(?:ring)? to|talk(?:ing)? (?:about|of))(?=\s+(?:the\s+)?un\b)/g, 'how does $1 justify with')
  // "washington's take on the talks": its view.
  .replace(/\b(\w+)'s take (?:on|about)\b/g, '$1 view on')
  // "what's each country gonna ask the other": each of them.
  .replace(/\beach (?:country|side|party|nation|government|capital)\b/g, 'each of them')
  // "which operations are expected to attract chinese scrutiny": what china will ask about.
  .replace(/\b(?:(?:are|is) (?:expected|likely|set|going) to |(?:will|would|could|might|may) )?(?:attract|draw|invite|get|receive|come under) (?:the )?(china|chinese|beijing|japan|japanese|tokyo)(?:'s|s)? (?:scrutiny|questions|queries|attention|concern|interest)\b/g, (_, party: string) => `will ${/^(?:chin|beij)/.test(party) ? 'china' : 'japan'} ask about`)
  // "the name of the japanese official", "the full name and title of the japanese delegate cited": who the official is, not
  // what something is called (nor a city).
  .replace(
    /\b(?:the )?(?:full )?names?(?: and (?:titles?|positions?|roles?|jobs?|ranks?|posts?))? of (?:the|a|any|that|this) ((?:\w+ )?(?:officials?|ministers?|delegates?|diplomats?|persons?|people|negotiators?))(?: (?:cited|quoted|named|mentioned|listed))?\b/g,
    'who is the $1',
  )
  // "will the talks be held in osaka": where they are held, whatever place the question guesses.
  .replace(/^\s*(?:will|are|is|were|arent|aren't|isnt|isn't|wont|won't) (?:the |these )?(?:security )?(?:talks|meeting|dialogue) (?:going to )?(?:be )?(?:being )?(?:held |taking place |happening |hosted )?in (?!(?:april|spring|tokyo|japan|english|japanese|chinese|mandarin|person|public|private|secret|progress|earnest|vain|force)\b)\w+(?=\s*[?!.]*\s*$)/, 'where are the talks held')
  // "how japan plans to respond if china brings up collective self defence": how it will defend the decision.
  .replace(/\b(japan|tokyo)((?: \w+){0,3}?) (?:respond|react|reply|answer)\b(?=.*\b(?:self defen[cs]e|collective|constitution)\b)/g, '$1$2 defend')
  // "what's china asking and why": what it asks; the why comes with the answer.
  .replace(/(\bwhat\b.+?)\s+and why(?=\s*[?!.]*\s*$)/g, '$1')
  // "who wants what from whom", "what are both sides bringing to the table": what each side raises.
  .replace(/\bwho wants what(?: from whom| from who)?\b/g, 'what does each side want')
  .replace(/\b(?:bring|brings|bringing|put|puts|putting) to the table\b/g, ' raise ')
  // "what will japan raise on self-defence": what it will say about it (what japan raises without a subject is its agenda).
  .replace(/\b(japan|tokyo)(\s+(?:will|is going to|plans to|intends to))?\s+raise\s+(?:on|about|regarding|concerning) (?=(?:collective )?self[- ]?defen[cs]e\b|(?:its |the )?(?:constitution|reinterpretation|security (?:laws|legislation))\b)/g, '$1$2 say about ')
  // "what problem are they trying to solve": what the talks are aimed at.
  .replace(/\b(?:what|which) (?:problems?|issues?) (?:are|is|do|does|will) (?:they|the talks|these talks|it|this|japan and china)(?: (?:trying|meant|supposed|hoping|aiming|going))? to (?:solve|fix|address|tackle|resolve)\b/g, 'what are the talks aimed at')
  // "since when have the two countries held such talks": when they began.
  // "over what period have the two states conducted these consultations": since when.
  .replace(/\bover what (?:period|span|length of time|timeframe|time frame)(?: of time)?\b/g, 'since when')
  // "when did these two countries start holding security talks (in the first place)": when the talks began.
  .replace(/\bwhen (?:did )?(?:these two countries|the two countries|these two|the two|they|japan and china|china and japan) (?:first )?(?:start|started|begin|began) (?:holding|having) (?:these |the )?(?:bilateral )?(?:security )?(?:talks|dialogues?)(?: in the first place)?\b/g, 'when did talks begin')
  .replace(/\bsince when (?:have|has) (?:they|the two(?: countries| sides| states| nations| governments)?|japan and china|both countries|both sides) (?:held|had|conducted|been holding|been having|been conducting)\b/g, 'when did talks begin')
  // "how long have these talks been going on": since they began.
  .replace(/\bhow long (?:have|has) (?:these|the|this|such) (?:security )?(?:talks|dialogues?|meetings?|rounds?|series)(?: of talks)? been (?:going on|running|around|happening|held|taking place)\b/g, 'since when have the talks existed')
  // "how long have they been planning this": since when they have been trying to arrange it.
  .replace(/\bhow long (?:have|has) (?:they|japan and china|china and japan|japan|china|tokyo|beijing|the two(?: sides| countries)?|both sides) been (?:planning|arranging|preparing|organi[sz]ing|working on)\b/g, 'since when trying to arrange')
  // "is this a big step": why the talks matter.
  .replace(/\b(?:is|was|are) (?:this|it|these talks|the talks) (?:a )?(?:(?:big|major|huge|important|significant) (?:step|moment|development)(?: forward)?|milestone|breakthrough)\b/g, ' why talks important ')
  // "what day do the talks kick off": when ("what day is it" asks the date today).
  .replace(/\b(?:on )?(?:what|which|wut|wat|wht) day\b(?! (?:is it|is today|today))/g, 'when')
  // "how many time they meet": times.
  .replace(/\bhow many time\b/g, 'how many times')
  // "what got the ball rolling": how the talks were arranged.
  // "who set this up": who arranged it.
  .replace(/(?:\b(?:got|get|gets|set|sets|started|start|starts) the ball rolling\b)|(?:\bset (?:this|it|these talks|the talks|them|all this) up\b|\bset up (?=(?:this|these|the) (?:talks|dialogue|meeting|round)\b|\s*[?!.]*\s*$))/g, ' arranged ')
  // "how did we end up with talks in april": how they came about.
  .replace(/\bhow did (?:we|they|japan and china|the two(?: sides| countries)?) (?:end|ended) up (?:with|having)\b/g, ' how were arranged ')
  // "apart from spending, which other things…": what is set aside before the question is not asked.
  .replace(/^\s*(?:so |and |ok |okay )?(?:besides|apart from|aside from|other than) [^,?]+,\s*(?=.*\b(?:other|else|also)\b)/, ' ')
  // "what will japan get out of it": what it hopes to achieve.
  .replace(/\b(?:get|gets|getting|got|come|comes|came) out of\b/g, ' achieve from ')
  // "what do the talks hope to set up": what they aim at (the talks hope nothing; Tokyo does).
  .replace(/\b(?:hop(?:e|es|ing)|try|tries|trying) (?:to|2) (set up|establish|create|build|introduce|put in place)\b/g, 'aim to $1')
  // "What, according to the sources, would…": who says it is not the question.
  .replace(/\baccording to (?:the |these |those |its |their |(?:the )?diplomatic )sources\b/g, ' ')
  // "what is japan trying to get": what it hopes to achieve.
  .replace(/\b(japan|tokyo|they) (?:is |are )?(?:trying|hoping|looking|aiming|seeking|wanting) to (?:get|gain|win|obtain)\b/g, '$1 hope to achieve')
  // "what's in it for Tokyo": what it hopes to achieve; "what does China spend": how much.
  .replace(/\bwhat(?:s|'s| is) in (?:it|this|that|these talks|the talks) for (japan|tokyo|china|beijing|each (?:country|side)|each of them|both (?:countries|sides))\b/g, (_, party: string) =>
    /^(?:each|both)/.test(party) ? 'what does each side want' : `what does ${party} hope to achieve`,
  )
  .replace(/\bwhat (does|do|did) (china|beijing|japan|tokyo) (?:actually |really )?spend\b/g, 'how much $1 $2 spend')
  // "china is hiding how much it spends", "nobody knows how much they spend": the secrecy, not the figure.
  .replace(/\b(hid(?:e|es|ing|den)?|conceal(?:s|ing|ed)?|reveal(?:s|ing|ed)?|disclos(?:e|es|ing|ed)|show(?:s|ing|n)?|(?:open|honest|transparent|secretive|upfront) about) how much\b/g, '$1 the')
  .replace(/\b(?:nobody|no one|no-one|noone)(?: really| actually)? knows how much\b/g, 'opaque the')
  // "taiwan wants them as well": claims them.
  .replace(/\b(taiwan|taipei|china|beijing|japan|tokyo|prc|roc) (also |too |really )?wants? (them|those islands|the islands|the islets|those islets|the senkakus|the diaoyus?)\b/g, '$1 $2claims $3')
  // "Japan's defence of the decision": how it justifies it, not the right to self-defense.
  .replace(/\bdefen[cs]e of (?=(?:(?:the|its|this|that|their|japan's|tokyo's) )?(?:decision|move|change|policy|reinterpretation|self|collective|plans?|stance|cabinet)\b)/g, ' justification of ')
  // "i read it last night": when the reader read, not the last round.
  .replace(/\blast (?:night|evening|weekend)\b/g, ' yesterday ')
  // "the last one was ages ago": long ago.
  .replace(/\bages ago\b/g, ' long ago ')
  .replace(/\b(?:in|for) ages\b/g, ' in years ')
  // "what led to the talks" asks why; "how did we get here" asks for the history.
  .replace(/\bwhat (?:led|lead|leads) (?:up )?to\b/g, ' why ')
  .replace(/\bhow did (?:we|they|it|things) (?:get|got) (?:here|to this|to this point)\b/g, ' history ')
  // "why do the senkakus matter here": why they figure in the talks, not why they matter in themselves.
  .replace(/\bmatters? (?:here|to (?:the|these) talks|for (?:the|these) talks|in (?:the|these) talks|to this|for this)\b/g, ' figure in the talks ')
  // "why does japan think it has the right…": how Japan justifies it.
  .replace(/\bwhy (?:does|do|would) (japan|tokyo) (?:think|say|believe|argue|claim|insist)\b/g, 'how does $1 justify')
  // "why does this matter" asks why; "what good could come of it" asks for the upside.
  .replace(/\b(why (?:does|do|would|should|did) (?:this|it|that|they|these talks|the talks|this round)) matter\b/g, '$1')
  .replace(/\bwhat good (?:could|can|would|will|might) (?:come|result) (?:of|from|out of)\b/g, ' upside ')
  // "where could these talks lead": what they could lead to.
  .replace(/\bwhere (could|will|might|can|would) (.+?) lead(?: to)?(?=\s*[?!.]*\s*$)/g, 'what $1 $2 lead to')
  // "why they make this talks": hold them, in a learner's English.
  .replace(/\bmak(?:e|es|ing) (?:this|these) (?:talks?|meetings?|dialogues?)\b/g, 'hold these talks')
  // "what's Tokyo expecting from this round", "what are they expecting out of it": what it hopes for.
  .replace(/\b(japan|tokyo|they|both sides|both countries|the two (?:sides|countries)) (?:is |are )?expect(?:s|ing)?(?: to (?:get|gain|achieve))? (?:from|out of)\b/g, '$1 hope from')
  // "is this happening in Japan": "this" and "it" are the talks the bot is about.
  .replace(/\b(?:is|was|will) (?:this|it|that)(?: all)? (?:be )?(?:happening|happen|taking place|take place)\b/g, ' talks hold ')
  // "what is the article's word for the system they want": the system, in the article's words (not a word in a language).
  .replace(/\b(?:the )?(?:article|report|piece|story|kyodo)(?:'s|s)? (?:own )?(?:word|term|name|phrase) for\b/g, ' ')
  // "where does Kishida fit in": his part in the story.
  .replace(/\bwhere (?:does|do|did) (.+?) (?:fit|come) in(?:to (?:this|it|the talks))?\b/g, 'what is $1 role')
  // "the first such talks since what year": how long since the last ones, not when they began.
  .replace(/\bfirst (?:(?:such|security|bilateral|of these) )*(?:talks|round|meeting|dialogue|ones?) since (?:what|which) year\b/g, 'first talks in how many years')
  // "planes carriers space cyber - which of these": the list is the question.
  .replace(/(?:^|\s)[-,:]?\s*which (?:of )?(?:these|those|them)(?=\s*[?!.]*\s*$)/g, ' ')
  // "since when have they been doing this": when the talks began.
  .replace(/\bsince when (?:have|has) (?:they|the talks|these talks|the two|japan and china) been\b|\bsince (?:which|what) year\b/g, 'when did talks begin')
  // "how did the talks come about": how they were arranged.
  .replace(/\b(?:come|came|comes) (?:about|to be)\b/g, ' arranged ')
  // "which countries say the islands are theirs": who claims them.
  .replace(/\b(?:are|is|r) (?:theirs|its own|their own|theres|thiers)\b/g, ' claimed ')
  // "who's the story from": the article's source.
  .replace(/\bwho(?: is| are|s)? (?:telling|reporting|saying) (?:us |me )?(?:this|that|it|the news|this news)\b/g, ' source ')
  // "who does the article quote", "who's being quoted here" (not the officials it names), "what's the sauce" (chat slang):
  // its sources.
  .replace(/(?:\bwho (?:told|tells|tipped off|briefed|leaked (?:it |this |that )?to) (?:the )?(?:press|media|reporters|journalists|kyodo)\b)|(?:\bwho (?:does|did) (?:the|this) (?:article|report|story|piece) (?:quote|cite|rely on)\b|\bwho(?:s|'s| is| are|'re)? (?:being )?(?:quoted|cited)\b|\b(?:who|what)(?:'s|s| is) (?:the|ur|your) sauce\b)/g, ' who is the source ')
  // "why should a regular person care", "why would ordinary people care": why anyone should.
  .replace(/\b(?:why (?:should|would|do|does|will) )(?:an? |the )?(?:regular|ordinary|average|normal|everyday|common) (?:person|people|joe|citizens?|readers?|folks?|guy|japanese|chinese)\b/g, 'why should anyone')
  // "why should i believe anything the sources say": whether the sources are reliable.
  .replace(/\b(?:believe|trust)(?: anything| what)? (?:the|these|those|this|your|its) (?:sources?|report|article|story)(?: (?:says?|said))?\b/g, ' reliable source ')
  .replace(/\b(?:where(?: is| does| did|s|'s)? (?:(?:this|the|that|all this) )?)?(?:story|article|report|piece|news|info|information)(?: is| comes?| came| coming)? from\b/g, ' source ')
  .replace(/\bwho (?:gave|give|gives|provided|provides|provide|passed on|supplied) (?:us |me )?(?:this|the|that|these) (?:info|information|informations|news|details|story|report)\b/g, ' who is the source ')
  .replace(/\b(?:(?:story|article|report|reporting|piece|news)(?: is)? based on|(?:reporting )?basis (?:for|of) (?:this|the) (?:story|article|report|piece|news))\b/g, ' source ')
  // "random thought while making dinner, …": where the thought came, not the question.
  .replace(/^\s*(?:a |one )?(?:random|quick|stray|idle|late-night|shower) thoughts?(?: (?:while|as|during|from|over) [^,.?!:;]*)?(?=\s*[,.:;!-])/, ' ')
  // "how is it going to convince china that…": how Japan will justify it to China.
  .replace(/\bhow (?:is|will) (?:it|japan|tokyo) (?:going to |gonna )?(?:convince|persuade|reassure) (?:china|beijing)\b/g, 'how will japan justify to china')
  // "quick question:", "I have a question about…": a question announcing itself, not asking about questions.
  .replace(/\b(?:i (?:have|got) (?:a|one|some|another)|(?:a |one |another )?(?:quick|simple|dumb|random|small|short)|another|^\s*(?:a|one)) questions?\b(?:\s*(?:about|on|regarding|re))?|^\s*questions?\s*:/g, ' ')
  .normalize('NFD')
  .replace(/\p{M}+/gu, '')
  // "it's allowed": "it is", where only a possessive's "'s" is dropped.
  .replace(/\b(it|that|there|here|he|she)'s\b/g, '$1 is')
  .replace(/'s\b/g, '')
  // "won't", "didn't": the auxiliary and "not", so that "japan won't bring up…" has its auxiliary.
  .replace(/\bwon'?t\b/g, 'will not')
  .replace(/\bcan't\b/g, 'can not')
  .replace(/\b(is|are|was|were|do|does|did|has|have|had|would|could|should)n'?t\b/g, '$1 not')
  .replace(/\b(how|what|where|when|who|why)'d\b/g, '$1 did')
  .replace(/'re\b/g, ' are')
  .replace(/'ve\b/g, ' have')
  .replace(/'/g, '')
  .replace(/[^\p{L}\p{N}]+/gu, ' ')
  .trim();

/** A word typed without an apostrophe on either side. */
const PLAIN_WORD = /(?<![\p{L}\p{N}_'’])[a-z]+(?![\p{L}\p{N}_'’])/gu;

/** Lower-cased, diacritic-free words; abbreviations that depend on case (US, U.N.) resolved first. */
export function words(text: string, spellings: ReadonlyMap<string, string>): string[] {
  const folded = AFTER_SPELLINGS.run(
    BEFORE_SPELLINGS.run(unshouted(replaceCjk(corrected(plainLetters(text)), spellings)))
      // "wher did this storie come frum": misspelt words are read as their spelling by the rules below too; a
      // contraction typed without its apostrophe ("whats") stays, for the rules read "what's" and "whats" alike.
      .replace(PLAIN_WORD, (w) => {
        const spelling = spellings.get(w);
        return spelling === undefined || `${spelling}s` === w ? w : spelling;
      }),
  );
  if (folded === '') return [];
  return folded.split(' ').flatMap((w) => {
    const word = unstretched(w, spellings);
    return (spellings.get(word) ?? word).split(' ');
  });
}

/**
 * "sooo", "pleeease", "goood": a letter typed three or more times is one letter, or two when that
 * makes a word the matcher knows by heart (a stop word or a spelling).
 */
function unstretched(word: string, spellings: ReadonlyMap<string, string>): string {
  if (!/(\p{L})\1\1/u.test(word)) return word;
  const two = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  return STOP_WORDS.has(two) || spellings.has(two) ? two : word.replace(/(\p{L})\1{2,}/gu, '$1');
}

/** "…, or if that's just media spin", "or is it all hype": the asker doubting what they heard. */
const DOUBT_OPENING = String.raw`or (?:if |whether )?(?:(?:is|was) )?(?:that|this|it)(?:'?s| is| was)? (?:just|only|simply|all|merely)\b`;

/** A heading that names a party or place ("forecast for tokyo: what does it hope"): the name in place of the "it" that follows. */
function nameForIt(_: string, name: string, before: string | undefined): string {
  return before !== undefined ? `${before}${name}` : `${name}: `;
}

/** Punctuation that ends a clause (brackets aside), or a slash between lines of verse; not an abbreviation's dot. */
const PUNCTUATION_BREAK = String.raw`[,;:!?\n]|\s\/\s|(?<!\b[a-z])\.`;
/** The same, in a message read only by its punctuation. */
const PUNCTUATION_BREAKS = new RegExp(`(?:${PUNCTUATION_BREAK})+`, 'i');

/**
 * Where a rambling message turns to its question: punctuation, "but", "so", "anyway", and lead-ins
 * such as "need to know" or "wondering".
 */
const CLAUSE_BREAK = new RegExp(
  String.raw`(?:[()]|${PUNCTUATION_BREAK})+|\s(?=${DOUBT_OPENING})|\b(?:trying|try|want|need|wanted) to (?:figure|work) out(?= (?:who|what|when|where|which|why|how)\b)|\b(?:wants?|wanted|asked|told|needs?) me to (?:cover|explain|find out|look up|research|present|check)(?= (?:who|what|when|where|which|why|how)\b)|\b(?:asked|asks) (?:me|us)(?: (?:earlier|today|yesterday|last night|this morning))? (?:whether|if) (?:i|we) (?:knew|know)(?= (?:who|what|when|where|which|why|how)\b)|\s(?=because (?!of\b)|(?:cause|cuz|coz) (?:i|im|i'm|we|my|our)\b)|(?<!\bif)\s(?:but|so(?! (?:much|many|far|long|often|that)\b| (?:it|they|japan|tokyo) (?:doesn'?t|does not|won'?t|will not|wouldn'?t|don'?t|do not) (?:look|seem|appear|come across|sound)\b)|anyway|anyways|also|btw)\s|\s(?:and |but )?(?:i|we) (?:(?:honestly|really|still|just) )?(?:(?:can'?t|cannot|couldn'?t|don'?t|do not|no longer) (?:remember|recall)|(?:can'?t|cannot|couldn'?t) tell|forgot|forget|lost track of|(?:want|need) to make sure i know|(?:still )?(?:don'?t|do not|can'?t) understand|(?:have|had|got) no (?:clue|idea))(?= (?:who|what|when|where|which|why|how)\b(?! to\b))|\band (?:i )?(?:need|want)\b(?! to\b)|\band (?:i )?(?:want|wanted|need|needed|would like|'d like) to (?:mention|include|note|add|cover|say|explain|write about)\b|\b(?:asks?|asking|asked|wondered) (?:me|us|him|her)\b(?= (?:whether|if)\b)|(?<!\b(?:japan|china|tokyo|beijing|they|does|do|did|will|would)\s)\b(?:(?:need|needs|want|wanted|like|trying|try|love) to know|wants to know(?! (?:if|whether)\b)|wondering|(?<=\bi )wondered|wonder|curious)\b(?:\s+about)?`,
  'gi',
);

/**
 * The last clause of a message that has several, when it has at least two words:
 * "i saw the news about the talks, what's japan going to ask china?" → "what's japan going to ask china".
 * Undefined for a message of one clause.
 */
export function lastClause(text: string): string | undefined {
  const clauses = clausesOf(text);
  const asking = withoutClosings(clauses);
  const last = asking.at(-1);
  return clauses.length >= 2 && last !== undefined && last.split(/\s+/).length >= 2 ? last : undefined;
}

/**
 * The last clause with the one before it, which names what the last one points back to ("…but the article talks
 * about mutual trust, what's that about"). Undefined for a message of fewer than three clauses between punctuation.
 */
export function lastTwoClauses(text: string): string | undefined {
  // Only punctuation (or a slash between lines of verse) ends these clauses: "…south korea are also planning a dialogue,
  // when is that one" is one story.
  const clauses = text.replace(SIGNATURE, '').split(PUNCTUATION_BREAKS).map((c) => c.trim()).filter((c) => c !== '');
  const asking = withoutClosings(clauses);
  return clauses.length >= 3 && asking.length >= 2 ? asking.slice(-2).join(', ') : undefined;
}

/** The clauses without those that close a message asking nothing of their own. */
function withoutClosings(clauses: readonly string[]): string[] {
  const asking = [...clauses];
  // "…what does japan want, because the headlines are vague": a reason given after the question is not it.
  while (
    asking.length >= 2 &&
    ([REASON, SIGN_OFF, GUESS, ASIDE, DOUBT, STRESS, SINCE_WHEN].some((r) => r.test(asking.at(-1) ?? '')) ||
      // "…been arguing with my brother about this, he says beijing and i say tokyo, who's right": the two sides stay when
      // no clause before them asks.
      (SIDES.test(asking.at(-1) ?? '') && asking.slice(0, -1).some((c) => QUESTION_WORD_IN.test(c))) ||
      WHO_OF_US_IS_RIGHT.exec(asking.join(', '))?.[0] === asking.at(-1))
  )
    asking.pop();
  return asking;
}

/**
 * The first clause of a message that asks it first and then only tells ("when are the talks, i'm asking
 * because my uncle works at the ministry"), after a few words that only lead in: none of its other clauses asks.
 * Undefined otherwise.
 */
/** Words a clause may have and only lead in to the question that follows ("honestly i just", "ok so um"). */
const MAX_LEAD_IN_WORDS = 3;

export function firstClause(text: string, asks: RegExp): string | undefined {
  const clauses = clausesOf(text);
  // "honestly i just want to know which weapons…, someone said carriers but…": a few words before the clause that asks only lead in.
  const at = clauses.findIndex((c) => asks.test(c) || c.split(/\s+/).length > MAX_LEAD_IN_WORDS);
  const [first, ...rest] = at < 0 ? [] : clauses.slice(at);
  return first !== undefined && rest.length > 0 && asks.test(first) && !rest.some((c) => asks.test(c.replace(RELATIVE_WHO, ' '))) ? first : undefined;
}

/** "asking for a friend who's a journalist": a "who" or "which" after a noun tells who is meant; it asks nothing. */
const RELATIVE_WHO = /\b(?:a|an|my|our|the|some|this|that) \w+ (?:who|whos|who's|which)\b/gi;

function clausesOf(text: string): string[] {
  // "tl;dr" is one word, not two clauses; a link's dots and colon end none.
  // An email's sign-off ("…?\nCheers,\nPriya") is no clause of the question.
  return text.replace(SIGNATURE, '').replace(/\btl;\s?dr\b/gi, 'tldr').replace(LINKS, ' ').split(CLAUSE_BREAK).map((c) => c?.trim() ?? '').filter((c) => c !== '');
}

/** "…, anyone know", "…, thanks in advance": a closing that asks nothing of its own. */
const SIGN_OFF = new RegExp(
  `^(?:(?:does |do )?(?:any ?one|any ?body|some ?one|some ?body|you|u|ya) (?:know|knows|got (?:a |any )?(?:clue|idea)|have (?:a |any )?(?:clue|idea))(?: (?:why|how|what|when|where|who)| anything(?: (?:about|on) (?:it|this|that|them))?)?|any ?(?:one|body)|any (?:ideas?|clue)|any help (?:is |would be )?(?:much |greatly |really )?appreciated|(?:thanks|thank you|ty|thx)(?: in advance| a lot)?|cheers|pls|please|lol|haha|(?:am|was|were) i (?:right|correct|wrong)|according to (?:the|this) (?:article|report|story)|(?:what|where) (?:does|did) (?:the article|the report|the piece|the story|it|kyodo) say|is (?:that|this|it) (?:actually |really )?what (?:the article|the report|the piece|the story|it|kyodo) says|(?:can|could) (?:someone|anyone|somebody|anybody|you|u) fill (?:me|us) in|(?:can|could) (?:someone|anyone|somebody|anybody|you|u) (?:summari[sz]e|sum up)(?: (?:it|this|that))?(?: for (?:me|us))?|what (?:should|do|can|shall) i (?:tell|say to|answer) (?:him|her|them|my \\w+)|any chance (?:the article|the report|it|kyodo) (?:names|mentions|gives|says) (?:the person|the name|them|him|her|it|that|who)|(?:is there|are there|does (?:it|the article|the report) (?:give|have)) (?:a |any )?names?(?: (?:in (?:the|this) (?:article|report|piece)|given|mentioned))?|does (?:it|the article|the report) (?:name|mention|identify) (?:anyone|anybody|them|names|the person|the people|the officials?)|(?:is|are) (?:anyone|anybody|someone|somebody|any of them|they) (?:named|mentioned)(?: by name)?|do (?:we|you|u) (?:know|have) (?:any )?names?|(?:can|could) (?:anyone|anybody|someone|somebody|you) (?:help(?: me| us| him| her| them)?(?: out)?|clarify|explain|tell (?:me|us))|(?:is|was) (?:he|she) (?:exaggerating|lying|joking|kidding|making (?:it|that) up)|(?:is|was) (?:that|this|it|he|she) (?:right|correct|true|wrong)|(?:are|were) they (?:right|correct|wrong)|who (?:does|did) (?:the article|the report|it|kyodo) (?:mention|name)|what (?:does|do) (?:tokyo|japan|beijing|china) think|(?:i'?d like to|i want to|i wanna|i need to|just want to|want to) (?:have|get) (?:the |my |all the )?(?:details|facts|dates?|it|this|that)(?: all)? (?:right|straight|correct)|(?:does|did|will|is|would) it|(?:do|did|will|are|would) they|(?:does|did) (?:the article|the report|it) (?:actually |really |even )?(?:say|mention it|say so|say that|(?:say|mention) (?:anything|something)(?: (?:about|on) (?:that|this|it))?)|what(?:'s| is|s) the (?:actual |real )?(?:answer|ask)|(?:so )?${PROMISED_TO_ASK}|${SETTLE_IT.source}|(?:(?:and|but|so) )?(?:i )?(?:honestly |really |just )?(?:have no idea|had no idea|don'?t know|do not know|didn'?t know|did not know|dunno|(?:am|'m|m|was) not sure|wasn'?t sure|(?:am|'m|m|was) unsure) (?:what|how) to (?:tell|say to|answer|explain (?:it )?to) (?:him|her|them|my \\w+))$`,
  'i',
);

/** A question word anywhere in a clause. */
const QUESTION_WORD_IN = /\b(?:what|when|where|who|why|how|which)\b/i;

/** No question word from here on: what follows asks nothing. */
const ASKS_NOTHING = String.raw`(?!.*${QUESTION_WORD_IN.source})`;

/** "…what japan hopes the talks will lead to, like further meetings", "…, the guidelines or something": an example or a guess, not the question. */
const GUESS = new RegExp(String.raw`^(?:like|such as|e\.?g\.?|for example|for instance)\b${ASKS_NOTHING}|^${ASKS_NOTHING}.*\bor (?:something|smth|sth|whatever|so)(?: like that)?$`, 'i');

/** "…, i'm late", "…, and i only have the article open", "…, i thought japan wasn't involved there": the teller's aside, asking nothing. */
const ASIDE = new RegExp(String.raw`^(?:and |but )?(?:i'?m|i am|im|i (?:only |just |still )?(?:have|had|got|don'?t have)|i (?:thought|assumed|figured|believed))\b ${ASKS_NOTHING}`, 'i');

/** "…how much it spends on the military or if that's just media spin": the doubt asks nothing of its own. */
const DOUBT = new RegExp(`^${DOUBT_OPENING}${ASKS_NOTHING}`, 'i');

/** "…, he says tokyo and i say beijing, who's right", "one says tokyo and one says beijing": the two sides of the teller's argument, asking nothing. */
const SIDES = new RegExp(
  String.raw`^(?:and |but )?(?:(?:ok |okay )?(?:so )?)?(?:he|she|they|one|my \w+|(?:half|some|most|a few) of us) (?:says?|said|thinks?|thought|reckons?|claims?) .*\b(?:and|but|while|whereas) (?:i|one|the other|he|she|(?:the )?others|the rest|the other half) (?:says?|said|thinks?|thought|reckons?)\b${ASKS_NOTHING}`,
  'i',
);

/** "…which officials will take part, especially from japan": what the question stresses, asking nothing of its own. */
const STRESS = new RegExp(String.raw`^(?:and )?(?:especially|particularly|in particular|mainly|mostly|above all)\b${ASKS_NOTHING}`, 'i');

/** "how many rounds took place before, and starting when": when the count starts, asked with the question before it. */
const SINCE_WHEN = /^(?:and )?(?:starting|beginning|since) (?:from )?when$/i;

/** A clause that gives a reason rather than asks. */
const REASON = /^(?:because|cause|cuz|coz|since|as)\b/i;

/** Question words: they help rank entries, but with "you" alone ("who are you?") they ask about the bot. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'when', 'where', 'who', 'why', 'how', 'which'].map(stem));

/** A question word as typed ("where"), looked up by its stem. */
export function isQuestionWord(word: string): boolean {
  return QUESTION_WORDS.has(stem(word));
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** A light, deterministic stemmer: enough to fold plurals, -ing, -ed, -ly and a final e. */
export function stem(word: string): string {
  const exception = STEM_EXCEPTIONS.get(word);
  if (exception !== undefined) return exception;
  if (word.length <= 3 || NOT_ONLY_LETTERS.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.length === 4 ? w.slice(0, -1) : `${w.slice(0, -3)}y`;
  else if (ES_PLURAL.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !NO_PLURAL_S.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  // "clarified", "studied": the -y of "clarify", as "clarifies" has it.
  else if (w.length > 5 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return DOUBLED_CONSONANT.test(w) && !KEPT_DOUBLE.test(w) ? w.slice(0, -1) : w;
}

/** The content words of a text, stemmed, in order (duplicates kept). */
export function contentTerms(text: string, spellings: ReadonlyMap<string, string>): string[] {
  return contentOf(words(text, spellings));
}

/** The content words among a text's folded words (see `words`), stemmed, in order. */
export function contentOf(folded: readonly string[]): string[] {
  return folded.filter((w) => !isStopWord(w)).map(stem);
}
