import { CUTOFFS, decide, overlaps, type Decision } from './decide.js';
import { MAX_ANSWER_SENTENCES } from './knowledge/load.js';
import type { KnowledgeBase, OverviewName, QaEntry } from './knowledge/types.js';
import { MatchIndex, type Match } from './matching/index.js';
import { firstClause, lastClause, lastTwoClauses, plainLetters, words } from './matching/normalize.js';
import { placeAsked } from './matching/position.js';
import { quotedSentence } from './matching/quoted.js';
import { answerReply, composeReply, helpReply, overviewReply, sourceReply, type Reply } from './reply.js';

/** The longest question the matcher reads; the rest of a longer message is ignored. */
export const MAX_QUESTION_CHARS = 1000;
/** A place asked for ("the first two paragraphs") is quoted when it holds at most this many sentences: an entry and one more. */
const MAX_PLACED_SENTENCES = 2;
/** How much surer the last clause's answer must be to replace the whole message's answer. */
export const CLAUSE_LEAD = 0.2;
/** From this many words a message is long: the story around its question can outweigh the question. */
export const LONG_MESSAGE_WORDS = 15;
/** Talks before these, named in a message's story. */
const EARLIER_TALKS = /\b(?:last|previous|prior|earlier)\s+(?:(?:japan[- ]china|china[- ]japan|sino[- ]japanese|bilateral)\s+)?(?:(?:security|defen[cs]e)\s+)?(?:time|round|talks|meeting|dialogue|one)\b|\b(?:talks|round|meeting|dialogue|they)\s+last\s+(?:happened|met|took place|were held|was held|held)\b/i;
/** The first of the talks, named in a message's story: "the first of these dialogues happened in the nineties". */
const FIRST_TALKS = /\bthe (?:very )?first (?:of (?:these|those|the)|ever)\b/i;
/** "japan will ask china about its military, but what is china going to ask": the question turns to the other party. */
const OTHER_PARTY_AFTER_BUT =
  /\b(japan|china|tokyo|beijing)\b[^?]*?,?\s+but\s+(?:what|whats|what's|which|how|why|when|where|who)\b(?:\s+\S+){0,2}?\s+(japan|china|tokyo|beijing)\b/i;
/** Each party's name and its capital's, as the side they stand for. */
const SIDE: Readonly<Record<string, string>> = { japan: 'japan', tokyo: 'japan', china: 'china', beijing: 'china' };
/** A clause that names the planned talks against earlier ones: "…so when are the new ones". */
const NEW_TALKS = /\b(?:the |these )?(?:new|next|upcoming|planned) (?:ones?|talks|round|meeting|dialogue)\b|\b(?:happening|meeting|talking|held|resuming|restarting) now\b/i;
/** A clause about the planned talks, in the present or future. */
const PLANNED_TALKS = /\b(?:are|is|will|going|gonna|be|next|this time|these|april|planned|upcoming|new)\b/i;
/** Out-of-scope words that name where people talk, not what they ask: in a rambling message's story they leave its last clause to be asked. */
const SETTING: ReadonlySet<string> = new Set(['this channel', 'server', 'servers', 'discord', 'vc', 'voice chat', 'voice channel', 'podcast', 'episode']);

/** "…, is that what they'll raise": a clause that points back at the message before it asks nothing alone. */
const POINTS_BACK = /^(?:(?:and|so|or) )?(?:(?:is|was|are|will|would|does|did) )?(?:that|this|those|these)\b(?! (?:talks?|rounds?|meetings?|dialogue|year|time)\b)/i;
/**
 * "…the south china sea, wondering whether it comes up at all", "…some weapons programmes, which ones are
 * mentioned": the topic is the one named before; the clause alone has none.
 */
const RAISES_IT =
  /^(?:(?:if|whether) )?(?:(?:it|that|this|they|those)(?: (?:will|would|does|did|is|was|are|even|ever|gets?|got|might|could))* (?:comes?|came|coming|brought|bring|mentioned|raised|discussed|covered|addressed|on the (?:agenda|table)|part of)|(?:which|what) (?:ones?|of them|of those)|what are they(?=\s*[?!.]*\s*$))\b/i;

/** "…north korea's missile tests, are they on the agenda": whether the things of the story come up, asked of them alone. */
const ARE_THEY_RAISED =
  /^(?:is|are|was|were|will|would) (?:it|that|this|they|those)(?: (?:be|going to be|gonna be|even|ever|also|actually))* (?:on the (?:agenda|table)|part of (?:it|the talks|the agenda)|mentioned|raised|discussed|covered|coming up|brought up)\b/i;

/** The question words, as typed, the clause rules below look for. */
const QUESTION_WORD = 'what|whats|when|where|who|whos|why|how|which';
/** A clause that asks: a question word in it, or an auxiliary, "if" or "whether" (after "i wonder") to open it. */
const ASKS = new RegExp(`\\b(?:${QUESTION_WORD})\\b|^(?:is|are|was|were|do|does|did|will|would|can|could|has|have|had|if|whether)\\b`, 'i');
/**
 * A clause whose subject is in the sentence before it: "when is that one supposed to happen", "where is it".
 * An "it" after the clause's first words has its subject in the clause ("how will japan explain the
 * collective defence thing without it looking like a threat"). "Before this one" is the planned round, named against the earlier ones;
 * "those islands" names its own thing; a "that" after a verb of saying opens what is said ("how will japan argue that…").
 */
const REFERS_BACK = /\bif so\b|\b(?:(?<!\b(?:argue|argues|arguing|say|says|saying|claim|claims|claiming|insist|insists|show|shows|prove|explain|explains)\s)that|thats|those|the one|(?<!\b(?:before|after|than|since) )this one)\b(?!-| (?:islands?|islets?|talks|rounds?|meetings?|dialogues?|guidelines|ministers|officials|carriers|patrols)\b)|^(?:\S+\s+){0,4}it\b(?! (?:(?:actually|really|even|already) )?(?:say|says|said|mention|mentions|mentioned|been))|\b(?:will|would|is) it (?:going to )?(?:say|mention|include|cover|contain)\b|^who(?:'s|s)? (?:are|were|is|was) (?:they|those)\s*[?!.]*$|\bwhat (?:exactly |precisely )?(?:it|they) (?:covers?|says?|includes?|involves?|means?|entails?)\b|\b(?:of|for) the (?:month|year|date|day|city|place|venue|location|time)s?(?:(?:,| and| or|, and) (?:the )?(?:month|year|date|day|city|place|venue|location|time)s?)*(?=\s*[?!.]*\s*$)/i;

/** "…arguing about pineapple on pizza, who is right": which teller is right about the story, asked of the story. */
const WHO_IS_RIGHT = /^(?:so |then |ok )?(?:who|which (?:one|of us|side))(?:'s|s| is) (?:right|correct)\b/i;

/** "so what's tokyo, like, hoping for": a word of talk set off by commas inside a sentence splits no clause ("…, like, are they…" opens one). */
const INTERJECTION = /,\s*(?:like|um+|uh+|erm+|you know|i mean)\s*,(?!\s*(?:are|is|was|were|do|does|did|will|would|can|could|has|have|what|whats|what's|when|where|who|why|how|which)\b)/gi;
/** "i want to look up his background after", "i'm going to read more later": what the teller means to do next. */
const OWN_PLAN =
  /^(?:(?:and|so|but|then) )?(?:i|we)(?: (?:want|need|plan|intend|hope|have|got) to| wanna| gotta| gonna|(?:'m| am|m) (?:going to|gonna)|'ll| will) (?!(?:know|find|ask|understand|learn|check|confirm|figure|get|hear|see|work|try|look for|read about what|be told)\b)\w+/i;
/** "…, the one on my calendar", "…, i mean the one in april": an apposition that says which thing the clause before meant. */
const NAMES_WHICH = /^\W*(?:i mean )?(?:the|that) one\b/i;
/** "…japanese navy patrols, where would those be": the things named before, not a question of its own. */
const THOSE = /\b(?:those|that one|this one|the one|the ones)\b/i;
/** "…which year they finally happened", "…when exactly did it start": a clause whose events are only "they" or "it". */
const THEY_HAPPENED =
  /\bthey(?:'re| are| were)? (?:(?:finally|actually|eventually|first|last|ever) )?(?:happened|happen|happening|took place|take place|were held|went ahead|go ahead)\b|\b(?:did|does) it (?:(?:first|actually|really) )?(?:start|begin|end|happen|take place)\b/i;
/** "do we know when exactly": a question word and nothing it is asked of. */
const BARE_ASK = /^(?:(?:do|does) (?:we|you|u|anyone|anybody|someone) know |any idea )?(?:when|where|who|what time|which day)(?: exactly| roughly| precisely)?\s*[?!.]*$/i;
/** A story that names the talks, so that a "they" or a bare question word after it may be about them. */
const TALKS_NAMED = /\b(?:talks|dialogue|meetings?|rounds?)\b/i;

/** A shorter message's first or last clause asks on its own from this many words; shorter, it is a fragment of the sentence. */
const MIN_OPENING_WORDS = 3;
/** "and the us election is... when...": a question word alone asks about the sentence before it, which is then no chat. */
const BARE_QUESTION_WORD = new RegExp(`^\\W*(?:${QUESTION_WORD})\\W*$`, 'i');
/** The most words a sentence of chat around a question has ("need more coffee", "omg the game last night"). */
const MAX_CHAT_WORDS = 5;
/** What follows a clause that punctuation ends. */
const ENDS_WITH_PUNCTUATION = /^\s*[,;:.!?]/;

/** "when and who": two question words alone, each a question of its own. */
const TWO_QUESTION_WORDS = /^\s*(?:when|where|who|why)\s+and\s+(?:when|where|who|why)\s*[?!.]*\s*$/i;
/** "…and when", "…and who claims them": a second question joined to the first. */
const SECOND_QUESTION = /\s+and\s+(?=(?:when|where|who|whos|who's|what|whats|what's|why|how|which|is|are|was|were|does|do|did|will|would|can)\b)/i;

/**
 * Whether a part of a message, as its folded words padded with spaces, holds an out-of-scope finding of the whole
 * ("who is right", "2011 + say", "interpol (interval)": the word typed is in the brackets).
 */
function holds(folded: string, finding: string): boolean {
  return finding.split(' + ').every((found) => folded.includes(` ${/\((.+)\)$/.exec(found)?.[1] ?? found} `));
}

export interface Answered {
  readonly decision: Decision;
  readonly reply: Reply;
}

/** Everything derived from one knowledge base, swapped as a whole on reload. */
interface Loaded {
  readonly kb: KnowledgeBase;
  readonly index: MatchIndex;
  readonly byId: ReadonlyMap<string, QaEntry>;
  /** Each entry's canonical question folded as typed text is, for autocomplete. */
  readonly folded: readonly { readonly entry: QaEntry; readonly text: string }[];
}

function load(kb: KnowledgeBase): Loaded {
  return {
    kb,
    index: new MatchIndex(kb),
    byId: new Map(kb.entries.map((e) => [e.id, e])),
    folded: kb.entries.map((entry) => ({ entry, text: words(entry.question, kb.aliases.spellings).join(' ') })),
  };
}

/**
 * The whole question pipeline, shared by the Discord and terminal front ends:
 * question → normalize → match → decide → compose a cited reply.
 */
export class TalksBot {
  private loaded: Loaded;

  constructor(kb: KnowledgeBase) {
    this.loaded = load(kb);
  }

  get knowledge(): KnowledgeBase {
    return this.loaded.kb;
  }

  /** Swaps in new, already validated knowledge; the next question uses it. */
  replaceKnowledge(kb: KnowledgeBase): void {
    this.loaded = load(kb);
  }

  match(question: string): Match {
    return this.loaded.index.match(question.slice(0, MAX_QUESTION_CHARS));
  }

  /**
   * Answers the whole question; when that gives no answer, or a long message only a weak one, a
   * rambling message is answered by the clause that asks: its first, when the rest only tells ("who's
   * going from japan? my friend is doing a report…"), else its last ("I saw the news…, what will Japan
   * ask China?"). Out-of-scope words make the bot abstain, unless they only name the setting ("…in this
   * channel, what did those two agree?") or stand in the story outside the clause that asks ("…about to
   * go to war…, but when are the talks").
   */
  ask(typed: string): Answered {
    const question = plainLetters(typed).replace(INTERJECTION, ' ');
    const match = this.match(question);
    const whole = decide(match, CUTOFFS, this.broaderOf);
    const read = question.slice(0, MAX_QUESTION_CHARS);
    const long = question.split(/\s+/).length >= LONG_MESSAGE_WORDS;
    const outOfScope = match.outOfScope.length > 0 && !match.outOfScope.every((w) => SETTING.has(w));
    const asked = this.askedFirst(read, match, long);
    let decision =
      asked?.kind === 'answer' && (whole.kind !== 'answer' || outOfScope || asked.confidence >= whole.confidence)
        ? asked
        : this.askedLast(question, read, whole, long, outOfScope);
    if (decision.kind !== 'answer' || TWO_QUESTION_WORDS.test(read)) decision = this.twoQuestions(read) ?? decision;
    if (decision.kind !== 'answer') decision = this.eitherOr(read, match) ?? decision;
    if (decision.kind !== 'answer') decision = this.amongChat(read) ?? decision;
    decision = this.byQuote(read, match, decision);
    decision = this.byPlace(read, match, decision);
    return { decision, reply: composeReply(this.loaded.kb, decision) };
  }

  /**
   * The decision on the first clause of a message that asks it first and then only tells. A long message is read so
   * always; a shorter one when punctuation ends the clause ("who first reported this, my lecturer wants primary sources";
   * "is sugiyama leading the japanese side? my friend says…"), not a word ("why is china so aggressive"), the clause is no
   * fragment ("which parties, other than japan, lay claim…"), and no out-of-scope finding of the whole lies in it ("who is
   * right, japan or china").
   */
  private askedFirst(read: string, match: Match, long: boolean): Decision | undefined {
    const first = firstClause(read, ASKS);
    // "what's this meeting for, the one on my calendar at 3": what follows says which meeting is meant.
    if (first === undefined || NAMES_WHICH.test(read.slice(read.indexOf(first) + first.length))) return undefined;
    const apart = () => {
      if (!ENDS_WITH_PUNCTUATION.test(read.trimStart().slice(first.length)) || first.split(/\s+/).length < MIN_OPENING_WORDS) return false;
      const folded = ` ${words(first, this.loaded.kb.aliases.spellings).join(' ')} `;
      return !match.outOfScope.some((o) => holds(folded, o));
    };
    return long || apart() ? this.decideOn(first) : undefined;
  }

  /**
   * The decision on a message read with its last clause: a long one always; a shorter one when the whole gives no answer,
   * has out-of-scope words ("my classmate says the talks will focus on trade, what is the actual focus"), or tells of
   * earlier talks ("since the last talks were years ago, why are they happening now").
   */
  private askedLast(question: string, read: string, whole: Decision, long: boolean, outOfScope: boolean): Decision {
    const clause = long || outOfScope || whole.kind !== 'answer' || EARLIER_TALKS.test(read) ? lastClause(read) : undefined;
    if (clause === undefined) return whole;
    const before = read.slice(0, read.lastIndexOf(clause));
    // "…who is representing japan, i want to look up his background tonight": the teller's own plan asks nothing; the rest asks.
    if (OWN_PLAN.test(clause) && !ASKS.test(clause)) {
      const rest = this.decideOn(before);
      return rest.kind === 'answer' ? rest : whole;
    }
    if (outOfScope) {
      // "…go to war over some rocks…, but i can't remember when they're supposed to be": the story's words are not the question.
      // In a shorter message the clause must ask more than a question word ("…incursions near senkaku, how often").
      const tooShort = !long && clause.split(/\s+/).length < MIN_OPENING_WORDS;
      if (!ASKS.test(clause) || ARE_THEY_RAISED.test(clause) || WHO_IS_RIGHT.test(clause) || tooShort) return whole;
      // "…the olympics in tokyo were delayed, can anyone remind me which year they finally happened": "they" are the story's.
      // "…he mentioned the new supermarket opening, do we know when exactly": a bare question word asks about the story.
      if ((THEY_HAPPENED.test(clause) || BARE_ASK.test(clause)) && !TALKS_NAMED.test(before)) return whole;
      // "…but the article talks about mutual trust, what's that about": what the clause points back to is in the one before.
      if (REFERS_BACK.test(clause)) return this.namedBefore(read) ?? whole;
      const narrowed = this.decideOn(clause);
      return narrowed.kind === 'answer' ? narrowed : whole;
    }
    if (RAISES_IT.test(clause)) return whole;
    // "…china wants to know about japanese navy patrols somewhere, which sea was it": the clause before names what "it" is.
    const named = whole.kind !== 'answer' && REFERS_BACK.test(clause) ? this.namedBefore(read) : undefined;
    if (named !== undefined) return named;
    // "…the last time they had these talks was ages ago, do we know the year and the city": the year and city of those talks;
    // "…the first of these dialogues happened in the nineties, does the article say which year": the first one's year.
    const [, which] = [[EARLIER_TALKS, 'the last talks'] as const, [FIRST_TALKS, 'the first of these talks'] as const].find(
      ([talks]) => talks.test(question) && !talks.test(clause) && !PLANNED_TALKS.test(clause),
    ) ?? [];
    const narrowed = this.decideOn(which === undefined ? clause : `${clause} of ${which}`);
    // An answer to the whole gives way to a far surer one to its question alone, to one about the new talks when the story
    // is about earlier ones ("…the last time was years ago, so when are the new ones"), and to one about the earlier talks
    // the story names when the question names none.
    const parties = OTHER_PARTY_AFTER_BUT.exec(read);
    const turned = parties !== null && SIDE[parties[1]!.toLowerCase()] !== SIDE[parties[2]!.toLowerCase()];
    const contrast = (EARLIER_TALKS.test(question) && NEW_TALKS.test(clause) && !EARLIER_TALKS.test(clause)) || turned;
    const surer = narrowed.confidence >= whole.confidence + CLAUSE_LEAD && !POINTS_BACK.test(clause) && !THOSE.test(clause) && !REFERS_BACK.test(clause);
    return narrowed.kind === 'answer' && (whole.kind !== 'answer' || surer || contrast || which !== undefined) ? narrowed : whole;
  }

  /** The answer to a message's last clause read with the one before it, which names what the last points back to. */
  private namedBefore(read: string): Decision | undefined {
    const pair = lastTwoClauses(read);
    const named = pair === undefined ? undefined : this.decideOn(pair);
    return named?.kind === 'answer' ? named : undefined;
  }

  /**
   * A message that quotes a phrase of one sentence ("what does 'this round of dialogue' mean") is answered with that
   * sentence, by the entry that quotes it alone (the matcher's likeliest of them), unless the answer already cites it or
   * the message asks something the article does not give.
   */
  private byQuote(read: string, match: Match, decision: Decision): Decision {
    const sentence = quotedSentence(read, this.loaded.kb.sentences);
    if (sentence === undefined || match.outOfScope.length > 0) return decision;
    if (decision.kind === 'answer' && [decision.entry, decision.also].some((e) => e?.answer.includes(sentence))) return decision;
    const entry = this.quotingAlone(sentence, match);
    return entry === undefined ? decision : { kind: 'answer', entry, confidence: 1, margin: 1 };
  }

  /**
   * A message that asks for a paragraph or sentence by its place ("what's the second paragraph about") is answered with
   * the sentences there, each by the entry that quotes it alone, unless the answer cites just those already or the
   * message asks something the article does not give.
   */
  private byPlace(read: string, match: Match, decision: Decision): Decision {
    const sentences = placeAsked(read, this.loaded.kb.paragraphs);
    if (sentences === undefined || sentences.length > MAX_PLACED_SENTENCES || match.outOfScope.length > 0) return decision;
    const cited = new Set(decision.kind === 'answer' ? [decision.entry, decision.also].flatMap((e) => e?.answer ?? []) : []);
    if (cited.size === sentences.length && sentences.every((id) => cited.has(id))) return decision;
    const [entry, also] = sentences.map((id) => this.quotingAlone(id, match));
    return entry === undefined ? decision : { kind: 'answer', entry, ...(also !== undefined ? { also } : {}), confidence: 1, margin: 1 };
  }

  /** The entry whose answer is this sentence alone, the matcher's likeliest of them first. */
  private quotingAlone(sentence: string, match: Match): QaEntry | undefined {
    const alone = (e: QaEntry) => e.answer.length === 1 && e.answer[0] === sentence;
    return match.candidates.find((c) => alone(c.entry))?.entry ?? this.loaded.kb.entries.find(alone);
  }

  /** The decision on one part of a message, read on its own. */
  private decideOn(text: string): Decision {
    return decide(this.match(text), CUTOFFS, this.broaderOf);
  }

  /** "what are they going to talk about and when": each question answered, the second under its own heading. */
  private twoQuestions(question: string): Decision | undefined {
    const at = question.search(SECOND_QUESTION);
    if (at < 0) return undefined;
    const [first, second] = [question.slice(0, at), question.slice(at).replace(/^\s*and\s+/i, '')].map((q) => this.decideOn(q));
    if (first?.kind !== 'answer' || second?.kind !== 'answer') return undefined;
    const also = overlaps(first.entry, second.entry) ? undefined : second.entry;
    // Like any answer, the two together quote at most MAX_ANSWER_SENTENCES sentences.
    if (also && first.entry.answer.length + also.answer.length > MAX_ANSWER_SENTENCES) return undefined;
    return { ...first, confidence: Math.min(first.confidence, second.confidence), ...(also && { also }) };
  }

  /**
   * "lol ok anyway, when are the talks? brb", "morning all! when were the last talks? need more coffee": the one sentence
   * that asks, among sentences of a few words that ask nothing and are chat; unless it points back at them.
   */
  private amongChat(question: string): Decision | undefined {
    // Not after an abbreviation's last letter: "will the U.S. attend" is one sentence.
    const sentences = question.split(/(?<=[.!?])(?<!\b\p{L}\.)\s+/u).map((s) => s.trim()).filter((s) => s !== '');
    const asking = sentences.filter((s) => ASKS.test(s) || s.endsWith('?'));
    const [sentence] = asking;
    if (sentence === undefined || asking.length > 1 || sentences.length < 2) return undefined;
    if (BARE_QUESTION_WORD.test(sentence)) return undefined;
    const chat = sentences.filter((s) => s !== sentence).every((s) => s.split(/\s+/).length <= MAX_CHAT_WORDS);
    const clause = sentence.replace(/^.*[,;:]\s*/, '');
    if (!chat || [POINTS_BACK, REFERS_BACK, RAISES_IT, THOSE, ARE_THEY_RAISED].some((r) => r.test(clause))) return undefined;
    const decision = this.decideOn(sentence);
    return decision.kind === 'answer' ? decision : undefined;
  }

  /**
   * "was it kishida or abe who agreed", "are the talks about trade or security": of two alternatives, one the article does
   * not give is the wrong one; the question is answered as asked of the other, when that alone is no out-of-scope question.
   */
  private eitherOr(question: string, match: Match): Decision | undefined {
    // Plain string search: a pattern built for each finding would be compiled anew for each message.
    const text = ` ${question.toLowerCase().replace(/[^\p{L}\p{N}'\s-]+/gu, ' ').replace(/\s+/g, ' ')} `;
    for (const finding of match.outOfScope) {
      if (finding.includes(' + ')) continue;
      for (const alternative of [` or ${finding} `, ` or the ${finding} `, ` ${finding} or `, ` the ${finding} or `]) {
        const at = text.indexOf(alternative);
        if (at < 0) continue;
        const asked = this.match(`${text.slice(0, at)} ${text.slice(at + alternative.length)}`);
        if (asked.outOfScope.length > 0) continue;
        const decision = decide(asked, CUTOFFS, this.broaderOf);
        if (decision.kind === 'answer') return decision;
      }
    }
    return undefined;
  }

  private readonly broaderOf = (entry: QaEntry): QaEntry | undefined =>
    entry.broader === undefined ? undefined : this.loaded.byId.get(entry.broader);

  /** The answer to one entry exactly, as chosen from autocomplete or a "did you mean" list. */
  answerEntry(id: string): Reply | undefined {
    const entry = this.loaded.byId.get(id);
    return entry && answerReply(this.loaded.kb, entry, 1);
  }

  overview(name: OverviewName): Reply {
    return overviewReply(this.loaded.kb, name);
  }

  source(id: string): Reply {
    return sourceReply(this.loaded.kb, id);
  }

  help(): Reply {
    return helpReply();
  }

  /**
   * Questions to offer while the user types, in tiers: pinned entries for an empty input,
   * then canonical questions that start with the input, then those containing it,
   * then the matcher's candidates.
   */
  suggest(input: string, limit: number): QaEntry[] {
    const { kb, folded } = this.loaded;
    const typed = words(input, kb.aliases.spellings).join(' ');
    if (typed === '') {
      return [...kb.entries.filter((e) => e.pinned), ...kb.entries.filter((e) => !e.pinned)].slice(0, limit);
    }
    const out = new Set<QaEntry>();
    for (const f of folded) if (f.text.startsWith(typed)) out.add(f.entry);
    for (const f of folded) if (f.text.includes(typed)) out.add(f.entry);
    for (const c of this.match(input).candidates) out.add(c.entry);
    return [...out].slice(0, limit);
  }
}
