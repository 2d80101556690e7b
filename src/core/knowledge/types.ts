/** One sentence of the article, quoted verbatim, with its citation id. */
export interface Sentence {
  readonly id: string;
  readonly paragraphId: string;
  readonly text: string;
}

export interface Paragraph {
  readonly id: string;
  readonly sentenceIds: readonly string[];
}

export interface ArticleMeta {
  readonly outlet: string;
  readonly attribution: string;
  /** The line every reply ends with, e.g. "Kyodo, citing diplomatic sources". */
  readonly sourceLine: string;
}

export interface QaEntry {
  readonly id: string;
  readonly topic: string;
  readonly question: string;
  readonly alternates: readonly string[];
  readonly keywords: readonly string[];
  readonly answer: readonly string[];
  readonly pinned: boolean;
  /** Who acts in this entry's question ("japan" asks, "china" asks): a question naming that party first prefers it. */
  readonly actor?: string;
  /** Whose thing the entry is about (China's spending, Japan's patrols), when that differs from the actor. */
  readonly subject?: string;
  /** The entry tells of what has already happened (the last round, the first in 1993), not of the planned talks. */
  readonly past?: boolean;
  /** The id of a broader entry this one is part of (Japan's asks and China's are both on the agenda). */
  readonly broader?: string;
  /** The entry that gives the article's gist: the answer to a question about the talks that asks nothing more specific. */
  readonly headline?: boolean;
}

export interface AliasRule {
  readonly terms: readonly string[];
  readonly adds: readonly string[];
}

export interface Aliases {
  /** Misspellings and slang replaced by the word they stand for. */
  readonly spellings: ReadonlyMap<string, string>;
  /** Expansions: the typed word is kept and these words are added. */
  readonly expansions: readonly AliasRule[];
  /**
   * Names of places, people and bodies in the article (U.S., Taiwan, Kishida…), folded: a question
   * naming one is about entries that mention it ("when are the US–Japan talks?" is not about these).
   */
  readonly names: readonly string[];
  /**
   * Cities in the article (Tokyo, Beijing), folded: "in Tokyo", "Tokyo or Beijing" name the place the
   * article puts something, not the government that the city stands for elsewhere ("what does Beijing want").
   */
  readonly places: readonly string[];
  /** The article's city in a country, folded (japan → tokyo): "in Japan" names the place the article puts there. */
  readonly countries: ReadonlyMap<string, string>;
}

export interface OverviewSection {
  readonly heading: string;
  readonly sentenceIds: readonly string[];
}

export interface Overview {
  readonly title: string;
  readonly sections: readonly OverviewSection[];
}

export type OverviewName = 'agenda' | 'history';

/** Everything the bot knows, loaded and validated. */
export interface KnowledgeBase {
  readonly meta: ArticleMeta;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: ReadonlyMap<string, Sentence>;
  readonly entries: readonly QaEntry[];
  readonly aliases: Aliases;
  readonly overviews: Readonly<Record<OverviewName, Overview>>;
  /** Words (or phrases) that mark a question as outside the article. */
  readonly outOfScope: readonly string[];
  /**
   * Groups of words that together mark a question as outside the article, though each alone does not:
   * "2011" with "agreed" asks what the last round decided, which the article does not say.
   */
  readonly outOfScopeTogether: readonly (readonly (readonly string[])[])[];
}
