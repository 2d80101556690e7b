import { STOP_WORDS, isFiller, isStopWord, stem } from './normalize.js';

const VOWELS = /[aeiou]/g;
/** The shortest known word a typed word may have dropped a letter from. */
const MIN_DROPPED_FROM = 6;
/** The shortest word typed with one vowel, and how many of a known word's vowels it must have left out, to be read as it ("rprsnting"). */
const MIN_FEW_VOWELS_LENGTH = 6;
const MIN_VOWELS_LEFT_OUT = 2;
/** The shortest known word a typed word may have doubled a letter of ("japann", "tallks"). */
const MIN_DOUBLED_FROM = 5;
/** The shortest run of words typed without spaces that is split ("whenarethetalks"), and the fewest words it must split into. */
const MIN_RUN_TOGETHER_LENGTH = 10;
const MIN_RUN_TOGETHER_WORDS = 3;
/** The shortest word read by its sound ("forin" → foreign), one letter shorter than the shortest it is read as: shorter ones sound like too many others. */
const MIN_SOUNDED_LENGTH = 5;
/**
 * The shortest word read as a known word it differs from only in vowels or doubled letters ("milatary", "transparancy"):
 * shorter ones are too often other English words ("career" is not "carrier", "police" not "policy").
 */
const MIN_VOWEL_SLIP_LENGTH = 7;
/** English words long enough for that which sound like a word the bot knows: "containing" is not "continuing". */
const SOUNDS_LIKE_ANOTHER: ReadonlySet<string> = new Set(['containing', 'contained', 'oversees', 'personal', 'preceded', 'proceeded', 'hopping']);
/** English words that are a known word with one letter typed twice: "hopping" is not "hoping". */
const DOUBLED_FROM_ANOTHER: ReadonlySet<string> = new Set(['hopping', 'hopped']);
/** English words that are another word with two letters swapped: "three" is not "there", nor "lost" "lots". */
const SWAPPED_FROM_ANOTHER: ReadonlySet<string> = new Set(['three', 'lost', 'quiet', 'form', 'untied', 'scared', 'casual', 'angel', 'trail', 'dairy', 'marital']);
/**
 * The words a key hit beside the right one is read back into ("whrn", "mant"): question words, too short for a fuzzy
 * match to catch, and none a key away from an English word ("does" would take "dies", "this" "thus").
 */
const MISKEYED_WORDS = ['what', 'when', 'where', 'which', 'whose', 'many', 'much'];
/** A hashtag: "#japanchina", "#EastChinaSea" (not a channel's "<#123>" nor "c#"). */
const HASHTAG = /(?<![\w&])#([a-z][a-z0-9]{2,})\b/gi;

/** The keys beside each letter on a QWERTY keyboard. */
const NEIGHBOUR_KEYS: Readonly<Record<string, string>> = {
  q: 'wa', w: 'qeas', e: 'wrsd', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihj', i: 'uojk', o: 'ipkl', p: 'ol',
  a: 'qwsz', s: 'awedxz', d: 'serfcx', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', j: 'huikmn', k: 'jiolm', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};

/**
 * Endings a misspelt word may carry, as typed and as written, and the shortest listed misspelling each may follow:
 * "tawkin" is "talking" and "meatings" "meetings", but "stated" is not "started" nor "meats" "meets" (a listed
 * misspelling may be an English word, and its inflections English too).
 */
const ENDINGS: readonly (readonly [string, string, number])[] = [
  ['in', 'ing', 3],
  ['ings', 'ings', 5],
  ['s', 's', 5],
];

/**
 * Ways of typing a word that no English word has, read back into the word the bot knows: the vowels left out
 * ("tlks", "rnds", "ppl", "rprsnting"), a final g dropped ("goin", "meetin"), -tion or a long o as it sounds
 * ("delegashun", "hoaps"), a final s as z ("japanz"), a silent e kept before -ing ("haveing"), y and z traded on a
 * German keyboard ("tokzo"), a letter left out of a long word ("rouns") or typed twice ("japann"), and a listed
 * misspelling with an ending ("meatings", "tawkin"); and words run together, in a hashtag or a long run
 * ("#japanchina", "whenarethetalks"). A word the bot knows, or a spelling it has listed, is never respelled.
 */
export class Respeller {
  /** Known words by their letters without vowels (the first letter kept); undefined when two words share them. */
  private readonly byConsonants = new Map<string, string | undefined>();
  private readonly knownStems: ReadonlySet<string>;
  /** Known words of six letters or more by each way of leaving one letter out ("rounds" → "rouns"); undefined when two share one. */
  private readonly byDroppedLetter = new Map<string, string | undefined>();
  /** Known words of six letters or more, stop words aside, by their rough sound (see soundOf); undefined when two share one. */
  private readonly bySound = new Map<string, string | undefined>();
  /** Known words of five letters or more by each way of typing one of their letters twice ("japann", "tallks"); undefined when two share one. */
  private readonly byDoubledLetter = new Map<string, string | undefined>();
  /** Known words and stop words by each way of swapping two letters side by side, the first kept ("teh", "goign", "chian"); undefined when two share one. */
  private readonly bySwappedLetters = new Map<string, string | undefined>();
  /** The question words by each way of hitting a key beside one of their letters ("when" → "whrn"); undefined when two share one. */
  private readonly byNeighbourKey = new Map<string, string | undefined>();

  /**
   * @param known every word the bot knows, none of which is respelled
   * @param targets the words a shortened word may be read as: the article's and the Q&A set's, not the names of
   *   people it does not give ("mtg" is a meeting, not Motegi)
   */
  constructor(
    private readonly known: ReadonlySet<string>,
    targets: Iterable<string>,
    private readonly spellings: ReadonlyMap<string, string>,
  ) {
    this.knownStems = new Set([...known].map(stem));
    for (const word of new Set([...targets, ...STOP_WORDS])) {
      if (word.length < 3) continue;
      const consonants = withoutVowels(word);
      if (consonants === word) continue;
      addUnique(this.byConsonants, consonants, word);
    }
    for (const word of new Set(targets)) {
      if (!/^[a-z]+$/.test(word)) continue;
      // The first letter is never the one left out: "lanes" and "enter" are words, not "planes" and "center".
      if (word.length >= MIN_DROPPED_FROM) {
        for (const typed of new Set([...word].slice(1).map((_, i) => word.slice(0, i + 1) + word.slice(i + 2)))) addUnique(this.byDroppedLetter, typed, word);
      }
      if (word.length >= MIN_DOUBLED_FROM) {
        for (const typed of new Set([...word].map((letter, i) => word.slice(0, i + 1) + letter + word.slice(i + 1)))) addUnique(this.byDoubledLetter, typed, word);
      }
      // Not the stop words, nor words as short as "since": "science" and "sense" sound like it.
      if (word.length > MIN_SOUNDED_LENGTH && !isStopWord(word)) addUnique(this.bySound, soundOf(word), word);
    }
    for (const word of new Set([...targets, ...STOP_WORDS])) {
      if (word.length < 3 || !/^[a-z]+$/.test(word)) continue;
      for (let i = 1; i < word.length - 1; i++) {
        if (word[i] !== word[i + 1]) addUnique(this.bySwappedLetters, word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), word);
      }
    }
    for (const word of MISKEYED_WORDS) {
      // As with a letter left out, the first letter is kept.
      for (let i = 1; i < word.length; i++) {
        for (const key of NEIGHBOUR_KEYS[word[i] ?? ''] ?? '') addUnique(this.byNeighbourKey, word.slice(0, i) + key + word.slice(i + 1), word);
      }
    }
  }

  /**
   * A known word, or one whose stem of four letters or more a known word or an everyday word shares ("expecting", as
   * "expected"; "mentioning").
   */
  private knowsWord(word: string): boolean {
    const root = stem(word);
    return this.known.has(word) || (root.length >= 4 && (this.knownStems.has(root) || isFiller(root)));
  }

  /** "meatings", "tawkin", "tims": a listed misspelling with an ending, read as its word with that ending. */
  private listedInflected(word: string): string | undefined {
    for (const [typed, written, shortest] of ENDINGS) {
      if (!word.endsWith(typed) || word.length - typed.length < shortest) continue;
      const base = this.spellings.get(word.slice(0, -typed.length));
      if (base === undefined || base.includes(' ')) continue;
      const full = base + written;
      if (this.knowsWord(full)) return full;
    }
    return undefined;
  }

  /** The text with each shortened word it holds written out ("hw mny tlks" → "hw many talks"). */
  respell(text: string): string {
    return this.rejoined(text)
      .replace(HASHTAG, (tag, run: string) => this.segmented(run.toLowerCase()) ?? tag)
      .replace(/(?<!['’])\b[a-z]{3,}\b(?!['’])/gi, (typed) => this.written(typed.toLowerCase()) ?? typed);
  }

  /**
   * The text with a word split by a stray space written whole ("whe n", "cla ims", "ja pan"): two pieces side by side,
   * one of them no word the bot knows, that together make a known word or a stop word.
   */
  private rejoined(text: string): string {
    const pieces = text.split(/( )/);
    for (let i = 0; i + 2 < pieces.length; i += 2) {
      const a = pieces[i] ?? '';
      const [, b = '', after = ''] = /^([a-z]+)([^a-z\s]*)$/i.exec(pieces[i + 2] ?? '') ?? [];
      if (!/^[a-z]+$/i.test(a) || b === '') continue;
      const whole = (a + b).toLowerCase();
      if (this.knowsPiece(a.toLowerCase()) && this.knowsPiece(b.toLowerCase())) continue;
      if (whole.length < 4 || !(this.known.has(whole) || isStopWord(whole))) continue;
      pieces.splice(i, 3, whole + after);
      i -= 2;
    }
    return pieces.join('');
  }

  /** Whether a piece of a split word is itself a word the bot knows, lists or passes over. */
  private knowsPiece(piece: string): boolean {
    return this.known.has(piece) || this.spellings.has(piece) || isStopWord(piece);
  }

  /**
   * A hashtag's run of words as the fewest known words and stop words it splits into ("japanchina" → "japan china",
   * "collectiveselfdefense" → "collective self defense"), or undefined when it does not split into them.
   */
  private segmented(run: string): string | undefined {
    const isWord = (piece: string) => piece.length > 1 && (this.known.has(piece) || isStopWord(piece));
    // fewest[i]: the fewest words the first i letters split into.
    const fewest: (readonly string[] | undefined)[] = [[]];
    for (let end = 2; end <= run.length; end++) {
      for (let start = 0; start <= end - 2; start++) {
        const before = fewest[start];
        const piece = run.slice(start, end);
        if (before === undefined || !isWord(piece)) continue;
        const best = fewest[end];
        if (best === undefined || best.length > before.length + 1) fewest[end] = [...before, piece];
      }
    }
    return fewest[run.length]?.join(' ');
  }

  /** The word a typed word stands for, when it is no word the bot knows and one of the ways above reads it. */
  private written(word: string): string | undefined {
    if (this.known.has(word) || this.spellings.has(word) || isStopWord(word)) return undefined;
    // "delegashun", "populashun": -tion (or -ssion) as it sounds.
    const sounded = /^(.{2,})sh[aeiou]n(s?)$/.exec(word);
    if (sounded) {
      const [, stemPart = '', plural = ''] = sounded;
      // "questshun": the t or s typed before the sound belongs to the ending.
      const stems = /[ts]$/.test(stemPart) ? [stemPart, stemPart.slice(0, -1)] : [stemPart];
      const written = stems.flatMap((s) => ['tion', 'ssion', 'sion'].map((ending) => s + ending + plural)).find((w) => this.knowsWord(w));
      if (written !== undefined) return written;
    }
    // "hoaps", "cloas": a long o spelt as it sounds, read as o before a consonant and a silent e ("hopes"). Only "oa":
    // "ai" is in too many English words ("plain" is not "plane").
    const longO = /^([^aeiou]*)oa([^aeiouy]+?)(s?)$/.exec(word);
    if (longO) {
      const [, before = '', consonant = '', plural = ''] = longO;
      const written = `${before}o${consonant}e${plural}`;
      if (this.knowsWord(written)) return written;
    }
    // "japanz", "carrierz": a final s typed as z.
    if (word.endsWith('z') && word.length > 3) {
      const withS = `${word.slice(0, -1)}s`;
      if (this.known.has(withS) || this.spellings.has(withS)) return this.spellings.get(withS) ?? withS;
      const read = this.written(withS);
      if (read !== undefined) return read;
    }
    // "haveing", "comeing": the silent e kept before -ing.
    const keptE = /^(.+[^aeiouy])eing$/.exec(word);
    if (keptE !== null && (this.knowsWord(`${keptE[1]}ing`) || isStopWord(`${keptE[1]}ing`))) return `${keptE[1]}ing`;
    // "tokzo", "zear", "whz": typed on a German keyboard, where y and z trade places.
    if (word.includes('z')) {
      const swapped = word.replace(/[yz]/g, (letter) => (letter === 'z' ? 'y' : 'z'));
      if (this.known.has(swapped) || isStopWord(swapped)) return swapped;
    }
    const inflected = this.listedInflected(word);
    if (inflected !== undefined) return inflected;
    // "meetin", "doin": a final g left out, where what is left still has a vowel before "in" ("chin" is a word).
    if (word.endsWith('in') && /[aeiouy]/.test(word.slice(0, -2))) {
      const full = `${word}g`;
      const listed = this.spellings.get(full);
      if (listed !== undefined) return listed;
      if (this.knowsWord(full)) return full;
      // "reprezentin": the g put back, then spelt as it sounds.
      const alike = this.soundsLike(full);
      if (alike !== undefined) return alike;
    }
    const unvowelled = /[aeiou]/.test(word) ? this.mostVowelsLeftOut(word) : this.byConsonants.get(word);
    if (unvowelled !== undefined || this.knowsWord(word)) return unvowelled;
    // Where no word the bot knows shares the stem: "rouns", "guidlines", a letter left out of a long known word; "japann",
    // one typed twice; "whrn", "mant", a key beside the right one; "kabinet", "desishun", "exactlee", spelt as it sounds;
    // "whenarethetalks", words run together.
    return this.byDroppedLetter.get(word) ?? (DOUBLED_FROM_ANOTHER.has(word) ? undefined : this.byDoubledLetter.get(word)) ?? this.byNeighbourKey.get(word) ?? (SWAPPED_FROM_ANOTHER.has(word) ? undefined : this.bySwappedLetters.get(word)) ?? this.soundsLike(word) ?? this.runTogether(word);
  }

  /**
   * "rprsnting", "trnsparncy": a long word typed with one vowel of a known word's three or more, the rest left out.
   * English words of six letters with one vowel ("strength", "scripts") seldom share all their consonants with a known word.
   */
  private mostVowelsLeftOut(word: string): string | undefined {
    if (word.length < MIN_FEW_VOWELS_LENGTH || (word.match(VOWELS) ?? []).length !== 1) return undefined;
    const known = this.byConsonants.get(withoutVowels(word));
    return known !== undefined && (known.match(VOWELS) ?? []).length >= MIN_VOWELS_LEFT_OUT + 1 ? known : undefined;
  }

  /** "whenarethetalks", "whatisbeijinghopingtofindout": a long run of three or more known words and stop words typed without spaces. */
  private runTogether(word: string): string | undefined {
    if (word.length < MIN_RUN_TOGETHER_LENGTH) return undefined;
    const split = this.segmented(word);
    return split !== undefined && split.split(' ').length >= MIN_RUN_TOGETHER_WORDS ? split : undefined;
  }

  /**
   * The known word a typed word sounds like ("kabinet", "desishun"); a short word that differs only in its vowels or
   * doubled letters is another word ("began" is no spelling of "begin").
   */
  private soundsLike(word: string): string | undefined {
    const alike = word.length >= MIN_SOUNDED_LENGTH ? this.bySound.get(soundOf(word)) : undefined;
    return alike !== undefined && (consonantsOf(alike) !== consonantsOf(word) || (word.length >= MIN_VOWEL_SLIP_LENGTH && !SOUNDS_LIKE_ANOTHER.has(word))) ? alike : undefined;
  }
}

/** Files `word` under `typed`, or marks `typed` as shared (undefined) when another word is already filed under it. */
function addUnique(map: Map<string, string | undefined>, typed: string, word: string): void {
  map.set(typed, map.has(typed) && map.get(typed) !== word ? undefined : word);
}

/**
 * A word's rough sound, for spellings that follow it: c as k or s, ph as f, -tion and -sion as "sh", a final -ign as
 * -in, a final -er as r, doubled letters once, and every run of vowels as one ("cabinet" and "kabinet", "decision" and
 * "desishun", "foreign" and "forin" sound alike).
 */
function soundOf(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/tch/g, 'ch')
    .replace(/ign$/, 'in')
    .replace(/er$/, 'r')
    .replace(/s*[ts]i(?=[aou])/g, 'sh')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/[aeiouy]+/g, 'a');
}

/** "carrier" → "cr", "career" → "cr": the consonants, each once in a row. */
function consonantsOf(word: string): string {
  return word.replace(/[aeiouy]/g, '').replace(/([a-z])\1+/g, '$1');
}

/** "talks" → "tlks": the letters without their vowels, the first letter kept ("icbm" is not "cbm"). */
function withoutVowels(word: string): string {
  return word[0] + word.slice(1).replace(VOWELS, '');
}
