/**
 * A message that asks for a paragraph or a sentence of the article by its place ("what's the second paragraph
 * about", "paragraph 6?", "what does the article end with") is answered with the sentences in that place.
 */

/** The places a word names: first to fourteenth, and the last (-1). */
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  opening: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  last: -1,
  final: -1,
  closing: -1,
  concluding: -1,
};

const UNIT = String.raw`(paragraph|para|sentence|line)s?`;
/** What a place may belong to and still be the article's: "the last paragraph of the article". */
const THE_ARTICLE = String.raw`(?:the |this |that )?(?:kyodo )?(?:article|report|story|piece|news|it)\b`;
/** "the second paragraph", "the 3rd sentence", "the last line" — unless it is of something else ("the first paragraph of the un charter"). */
const BY_ORDINAL = new RegExp(
  String.raw`\b(${Object.keys(ORDINALS).join('|')}|\d{1,2}(?:st|nd|rd|th)) ${UNIT}\b(?! (?:of|in|from) (?!${THE_ARTICLE}))`,
  'g',
);
/** "paragraph 6", "para #3", "sentence number 2". */
const BY_NUMBER = new RegExp(String.raw`\b${UNIT} (?:no\.? |number |#)?(\d{1,2})\b(?! (?:of|in|from) (?!${THE_ARTICLE}))`, 'g');
/** "what does the article end with", "how does it start". */
const BY_END = new RegExp(String.raw`\b(?:how|what|where) does ${THE_ARTICLE} (end|finish|close|conclude|start|begin|open)\b`, 'g');

/** Words that ask for a place's text: "that's the last line i'll write" asks nothing. */
const ASKS = /\b(?:what|whats|which|how|where|summari[sz]e|sum up|explain|read|quote|show|give|tell|say|says|about)\b|\?/;

/** The paragraphs of the article, in order, with the ids of their sentences. */
export interface Placed {
  readonly sentenceIds: readonly string[];
}

/**
 * The ids of the sentences a message asks for by their place in the article, in order; undefined when it names
 * no place, or a place the article does not have.
 */
export function placeAsked(message: string, paragraphs: readonly Placed[]): string[] | undefined {
  const text = message.toLowerCase().replace(/[’']/g, '');
  if (!ASKS.test(text)) return undefined;
  const sentences = paragraphs.flatMap((p) => p.sentenceIds);
  const asked: (readonly string[] | undefined)[] = [];
  const at = <T>(list: readonly T[], place: number) => list[place < 0 ? list.length + place : place - 1];
  const take = (place: number, unit: string) => {
    if (unit === 'sentence' || unit === 'line') {
      const sentence = at(sentences, place);
      asked.push(sentence === undefined ? undefined : [sentence]);
    } else {
      asked.push(at(paragraphs, place)?.sentenceIds);
    }
  };
  for (const [, word = '', unit = ''] of text.matchAll(BY_ORDINAL)) take(ORDINALS[word] ?? Number.parseInt(word, 10), unit);
  for (const [, unit = '', number = ''] of text.matchAll(BY_NUMBER)) take(Number(number), unit);
  for (const [, verb = ''] of text.matchAll(BY_END)) take(/^(?:start|begin|open)$/.test(verb) ? 1 : -1, 'paragraph');
  if (asked.length === 0 || asked.some((s) => s === undefined)) return undefined;
  return [...new Set(asked.flatMap((s) => s ?? []))];
}
