/**
 * A phrase a message quotes from the article ("what does 'inadvertent clashes' mean here"): the sentence that holds
 * it is the one asked about, whatever else the message says.
 */

/** Text between double quotes, curly quotes or backticks, or between single quotes that are not apostrophes. */
const QUOTED = /["“”`]([^"“”`\n]+)["“”`]|(?<![\p{L}\p{N}])'([^'\n]+)'(?![\p{L}\p{N}])/gu;

/** The fewest words a quoted phrase needs to point at one sentence. */
const MIN_QUOTED_WORDS = 2;

/** Lower-cased words and numbers, one space apart, with spaces at both ends. */
function folded(text: string): string {
  return ` ${text.normalize('NFKC').toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** The id of the one sentence that holds a phrase the message quotes, if exactly one does. */
export function quotedSentence(message: string, sentences: ReadonlyMap<string, { readonly text: string }>): string | undefined {
  for (const m of message.matchAll(QUOTED)) {
    const phrase = folded(m[1] ?? m[2] ?? '');
    if (phrase.trim().split(' ').length < MIN_QUOTED_WORDS) continue;
    const holding = [...sentences].filter(([, s]) => folded(s.text).includes(phrase)).map(([id]) => id);
    if (holding.length === 1) return holding[0];
  }
  return undefined;
}
