/**
 * Questions that ask for the whole article rather than a fact in it — "ok so what happened", "give me the
 * essentials", "why should anyone care about this" — are made only of words that name no topic, so no entry's
 * words match them. They are told apart from chat ("what's up", "tell me a story") by their words alone.
 */

/** Words that ask for the whole article wherever they stand: "give me the essentials", "what's the situation". */
const ASKS_FOR_THE_WHOLE: ReadonlySet<string> = new Set(
  ('article story news headline headlines intro introduction developing highlights facts bits parts upshot speed scene picture version ' +
    'outline state developments plot miss missed scoop idea business report piece post situation thing ' +
    'things everything stuff detail details info information essentials basics overview summary gist ' +
    'lowdown rundown recap tldr brief briefing takeaway takeaways happened happening significance update ' +
    'updates importance matter matters stake fuss meaning vibe vibes primer explainer posts message buzz ' +
    'explanation development thread essence chatter lay part stakes strokes move storyline events buzzing mood atmosphere')
    .split(' '),
);

/** Of those, the words that only ever mean a summary. */
const SUMMARIES: ReadonlySet<string> = new Set('intro introduction summary overview recap rundown lowdown primer explainer briefing gist tldr outline'.split(' '));

/** Words that ask for the whole only when the message points at it: "what's new in this", "what are the two countries up to". */
const ASKS_WHEN_POINTED: ReadonlySet<string> = new Set(
  ('why looking describe describes describing boil word doing new latest going up about say says saying ' +
    'said explain know understand important essential significant point points key main deal big picture ' +
    'interesting mean means care happen tell telling take reading difference remember excited exciting excitement learn changed reported brewing')
    .split(' '),
);

/** What those words point at: the article, the talks or the two parties. */
const POINTS_AT: ReadonlySet<string> = new Set('this it that here all whole talks meeting dialogue both kyodo'.split(' '));

/** The two parties named together are the whole story ("what are japan and china up to"); one alone is a side's part in it. */
const BOTH_PARTIES = /\b(?:japan|tokyo)(?: and)? (?:china|beijing)\b|\b(?:china|beijing)(?: and)? (?:japan|tokyo)\b|\b(?:japanese and chinese|chinese and japanese)(?: (?:governments|sides))?\b|\b(?:the|these|those) two$|\b(?:the|these|those) two (?:(?:east )?asian )?(?:countries|sides|nations|governments|neighbou?rs|powers|giants)\b|\bboth sides\b/g;

/** Words that ask why the talks matter rather than what the article says. */
const WHY_IT_MATTERS: ReadonlySet<string> = new Set(
  ('why significance significant importance important relevance relevant matter matters care stake ' +
    'stakes fuss mean means meaning point attention newsworthy difference count counts')
    .split(' '),
);

/** Everything else a question for the gist is made of: ways of asking and opening, and words that name no topic. */
const WAYS_OF_ASKING: ReadonlySet<string> = new Set(
  ('what whats the a an of in on to for with from at by and or but so ok okay well right alright hey um ' +
    'hmm just really actually actual exactly much ground nutshell briefly basically overall quick quickly real simply simple short shortly ' +
    'plain terms words summed sum summarise summarize how give gimme get got bring set pay am any even ' +
    'wider broader bigger play front between current down general again put trying try talked fill catch caught ' +
    'walk run talk lead top anything something bother bothering bothered me us i we my our anyone someone ' +
    'somebody people everyone should could can would will do does did is are was were be been have has ' +
    'not read yet need want wanna pls please plz there then these those now lately days currently ' +
    'security defense relations ties its im particular fuller make help condensed abridged fast watching paying ' +
    'worth resuming suddenly recently notable remarkable posting talking discussing tweeting chatting ' +
    'away newcomer newcomers beginner beginners newbie newbies single most hit reader readers land per broad ' +
    'sentence sentences line lines one two three few couple being forward ahead stand stands cover covers covering ' +
    'relationship relationships must gives their basic keep might many condense shorten simplify getting diplomacy making into far around out')
    .split(' '),
);

/** Who the talks may matter to, in a question of why they matter ("why does this matter for the region"). */
const MATTERS_TO: ReadonlySet<string> = new Set(
  'region world asia asian east pacific outside japan china tokyo beijing peace stability'.split(' '),
);

/** Words that turn the question to something else: the bot, other news, today's. */
const ELSEWHERE: ReadonlySet<string> = new Set('you u ur your yourself bot else other others another today tonight'.split(' '));

/** Openings of questions that ask for a fact, not the whole: "how are things", "is this thing on", "who made this". */
const ASKS_A_FACT: ReadonlySet<string> = new Set(
  'how when where who whos which is are was were do does did will would should has have had'.split(' '),
);

/** Verbs of putting the whole briefly, or of where it stands, after "how": "how would you sum this up", "how do things stand". */
const PUTS_IT: ReadonlySet<string> = new Set('sum summarise summarize describe explain put elaborate stand stands condense shorten simplify'.split(' '));

/** Subjects that open a message telling something rather than asking. */
const TELLERS: ReadonlySet<string> = new Set('i im ive we he she they my our'.split(' '));

/** Words that ask, in a message a teller opens: a question word or a request. */
const ASKING: ReadonlySet<string> = new Set('what whats why how explain tell give gimme sum summarise summarize fill catch walk run bring brief break need want wanna'.split(' '));

/** Words of politeness around a request. */
const POLITE: ReadonlySet<string> = new Set('please pls plz me us for'.split(' '));

/** Words that open a message without asking anything. */
const OPENERS: ReadonlySet<string> = new Set('ok okay so and but well hey um uh hmm alright right'.split(' '));

/**
 * Whether a question asks for the gist of the article ('summary') or for why the talks matter ('why'), given its
 * folded words; undefined when it names anything else.
 */
export function gistAsked(asked: readonly string[]): 'summary' | 'why' | undefined {
  // "what are both sides looking for": what they seek, not what to look at.
  const folded = asked.join(' ').replace(BOTH_PARTIES, 'both').replace(/\blook(?:ing|s)? for\b/g, 'seek').split(' ');
  const first = folded.find((w) => !OPENERS.has(w));
  // "how would you sum this up": how to put it, not a fact; "how important is this": why it matters.
  const how = first === 'how' && (folded.some((w) => PUTS_IT.has(w)) || WHY_IT_MATTERS.has(folded[folded.indexOf(first) + 1] ?? ''));
  if (first === undefined || (ASKS_A_FACT.has(first) && !how)) return undefined;
  if (folded.some((w) => ELSEWHERE.has(w))) return undefined;
  // "i read something about it": the teller tells; "i haven't read it, what's it say" asks.
  if (TELLERS.has(first) && !folded.some((w) => ASKING.has(w))) return undefined;
  // "what are the important bits": the important parts of the whole, not why it is important.
  const why = folded.some((w, i) => WHY_IT_MATTERS.has(w) && !ASKS_FOR_THE_WHOLE.has(folded[i + 1] ?? ''));
  // "why should the region care", "the takeaway for asia": who it may matter to.
  const known = (w: string, i: number) =>
    ASKS_FOR_THE_WHOLE.has(w) ||
    ASKS_WHEN_POINTED.has(w) ||
    POINTS_AT.has(w) ||
    WHY_IT_MATTERS.has(w) ||
    WAYS_OF_ASKING.has(w) ||
    ((why || folded[i - 1] === 'for' || (folded[i - 1] === 'the' && folded[i - 2] === 'for')) && MATTERS_TO.has(w));
  if (!folded.every(known)) return undefined;
  // "tell me a story": a story of any kind, not this one.
  // "give me a primer": a word that only ever means a summary is one of this article, "a" or not.
  const whole = folded.some((w, i) => ASKS_FOR_THE_WHOLE.has(w) && (SUMMARIES.has(w) || (folded[i - 1] !== 'a' && folded[i - 1] !== 'an')));
  // "why should the region care": who it may matter to points at the talks too.
  const pointed = folded.some((w) => ASKS_WHEN_POINTED.has(w)) && folded.some((w) => POINTS_AT.has(w) || (why && MATTERS_TO.has(w)));
  // "ok explain", "summarise pls": a request to put it all briefly, and nothing else.
  const request = folded.every((w) => OPENERS.has(w) || PUTS_IT.has(w) || POLITE.has(w)) && folded.some((w) => PUTS_IT.has(w));
  if (!whole && !pointed && !request) return undefined;
  return why ? 'why' : 'summary';
}
