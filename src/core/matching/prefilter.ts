/**
 * A prefilter for the normalizer's replacements: the pieces of text that every match of a pattern contains, so that a
 * replacement whose pieces are all missing from a message is skipped without running its pattern (most of some four
 * hundred are, on most messages).
 */

/** What a part of a pattern can match: every string it can match, when they are few, and pieces one of which each match holds. */
interface Shape {
  readonly exact?: readonly string[];
  readonly pieces?: readonly string[];
}

/** Above this many strings a part's exact strings are not tracked. */
const MAX_EXACT = 64;
/** A pattern needs at most this many pieces to be prefiltered: each costs a search of the message. */
const MAX_PIECES = 16;
/** A piece of one character rules too few messages out to be worth the search. */
const MIN_PIECE_LENGTH = 2;

const ANY_CHAR: Shape = {};
const EMPTY: Shape = { exact: [''] };

/** Escapes that stand for one character of a class ("\s", "\w", "\p{L}") rather than for themselves. */
const CLASS_ESCAPES = new Set(['s', 'S', 'w', 'W', 'd', 'D', 'p', 'P']);
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

class Parser {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  /** The shape of the whole pattern, or undefined when it uses syntax this parser does not know. */
  parse(): Shape | undefined {
    const shape = this.alternation();
    return this.at === this.source.length ? shape : undefined;
  }

  private alternation(): Shape | undefined {
    const branches: Shape[] = [];
    for (;;) {
      const branch = this.sequence();
      if (branch === undefined) return undefined;
      branches.push(branch);
      if (this.source[this.at] !== '|') break;
      this.at++;
    }
    return branches.length === 1 ? branches[0] : either(branches);
  }

  private sequence(): Shape | undefined {
    const items: Shape[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      if (atom === undefined) return undefined;
      const quantified = this.quantified(atom);
      if (quantified === undefined) return undefined;
      items.push(quantified);
    }
    return inSequence(items);
  }

  private quantified(atom: Shape): Shape | undefined {
    const c = this.source[this.at];
    const bounds = c === '{' ? /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.at)) : undefined;
    if (bounds === null) return undefined;
    if (c !== '?' && c !== '*' && c !== '+' && bounds === undefined) return atom;
    this.at += bounds?.[0].length ?? 1;
    // A "?" after the quantifier makes it lazy, which changes no piece.
    if (this.source[this.at] === '?') this.at++;
    const min = bounds !== undefined ? Number(bounds[1]) : c === '+' ? 1 : 0;
    // "{1}": the atom once, as it is.
    if (bounds !== undefined && min === 1 && bounds[2] === undefined) return atom;
    if (c === '?' && atom.exact !== undefined) return { exact: [...atom.exact, ''] };
    const pieces = min === 0 ? undefined : piecesOf(atom);
    return pieces !== undefined ? { pieces } : ANY_CHAR;
  }

  /** Passes over the text up to and including the next `end`; false when there is none. */
  private passTo(end: string): boolean {
    const at = this.source.indexOf(end, this.at);
    if (at < 0) return false;
    this.at = at + 1;
    return true;
  }

  private atom(): Shape | undefined {
    const c = this.source[this.at++];
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY_CHAR;
    if (c === '[') return this.characterClass();
    if (c === '(') return this.group();
    if (c === '\\') return this.escape();
    if (c === undefined || c === ')' || c === '|' || '?*+{'.includes(c)) return undefined;
    return { exact: [c] };
  }

  private characterClass(): Shape | undefined {
    while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    if (this.source[this.at] !== ']') return undefined;
    this.at++;
    return ANY_CHAR;
  }

  private group(): Shape | undefined {
    const rest = this.source.slice(this.at);
    const lookaround = /^\?(?:=|!|<=|<!)/.exec(rest);
    const opening = lookaround?.[0] ?? /^\?:|^\?<[A-Za-z_]\w*>/.exec(rest)?.[0] ?? '';
    if (opening === '' && rest.startsWith('?')) return undefined;
    this.at += opening.length;
    const inner = this.alternation();
    if (inner === undefined || this.source[this.at] !== ')') return undefined;
    this.at++;
    // A lookaround matches no text of its own.
    return lookaround !== null ? EMPTY : inner;
  }

  private escape(): Shape | undefined {
    const c = this.source[this.at++];
    if (c === undefined) return undefined;
    if (c === 'b' || c === 'B') return EMPTY;
    if (CLASS_ESCAPES.has(c)) return (c === 'p' || c === 'P') && this.source[this.at] === '{' && !this.passTo('}') ? undefined : ANY_CHAR;
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) return { exact: [control] };
    if (c === 'u' || c === 'x') {
      const rest = this.source.slice(this.at);
      const m = c === 'x' ? /^([0-9a-fA-F]{2})/.exec(rest) : this.unicode ? /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{4})/.exec(rest) : /^([0-9a-fA-F]{4})/.exec(rest);
      if (m === null) return undefined;
      this.at += m[0].length;
      return { exact: [String.fromCodePoint(parseInt(m[1] ?? m[2] ?? '', 16))] };
    }
    // A back reference ("\1", "\k<name>") repeats text that is not known here.
    if (/[1-9]/.test(c)) return ANY_CHAR;
    if (c === 'k') return this.passTo('>') ? ANY_CHAR : undefined;
    if (/[A-Za-z]/.test(c)) return undefined;
    return { exact: [c] };
  }
}

/** The pieces one of which every match of the shape holds, if any can be told that are worth searching for. */
function piecesOf(shape: Shape): readonly string[] | undefined {
  return shape.pieces ?? (shape.exact !== undefined ? worthIt(shape.exact) : undefined);
}

/** The pieces, fewest, when there are few enough and none too short; else undefined. */
function worthIt(pieces: readonly string[]): readonly string[] | undefined {
  if (pieces.includes('')) return undefined;
  const unique = [...new Set(pieces)];
  // A text with "apologies for" has "apologies": the longer piece adds nothing.
  const fewest = unique.filter((p) => !unique.some((q) => q !== p && p.includes(q)));
  return fewest.length <= MAX_PIECES && fewest.every((p) => p.length >= MIN_PIECE_LENGTH) ? fewest : undefined;
}

/** The stronger of two sets of pieces: longer shortest pieces first (up to a point), then fewer pieces. */
function stronger(a: readonly string[] | undefined, b: readonly string[] | undefined): readonly string[] | undefined {
  const strength = (pieces: readonly string[]) => Math.min(6, ...pieces.map((p) => p.length)) * 100 - pieces.length;
  return a === undefined || (b !== undefined && strength(b) > strength(a)) ? b : a;
}

function either(branches: readonly Shape[]): Shape {
  const exact = branches.every((b) => b.exact !== undefined) ? [...new Set(branches.flatMap((b) => b.exact ?? []))] : undefined;
  const each = branches.map(piecesOf);
  const pieces = each.every((p) => p !== undefined) ? worthIt(each.flatMap((p) => p ?? [])) : undefined;
  return { ...(exact !== undefined && exact.length <= MAX_EXACT ? { exact } : {}), ...(pieces !== undefined ? { pieces } : {}) };
}

/** Every string of the first set followed by one of the second, or undefined when they would be too many. */
function joined(a: readonly string[], b: readonly string[]): string[] | undefined {
  return a.length * b.length <= MAX_EXACT ? a.flatMap((x) => b.map((y) => x + y)) : undefined;
}

/**
 * A sequence: a match holds, for any stretch of consecutive parts with exact strings, one string of that stretch's
 * joined strings, and the pieces of each other part; the strongest of these are the sequence's pieces.
 */
function inSequence(parts: readonly Shape[]): Shape {
  // Letters in a row are one part: "talks" is one string, not five.
  const items: Shape[] = [];
  for (const part of parts) {
    const last = items[items.length - 1];
    if (last?.exact?.length === 1 && part.exact?.length === 1) items[items.length - 1] = { exact: [(last.exact[0] ?? '') + (part.exact[0] ?? '')] };
    else items.push(part);
  }
  let whole: string[] | undefined = [''];
  for (const item of items) whole = whole !== undefined && item.exact !== undefined ? joined(whole, item.exact) : undefined;
  let best: readonly string[] | undefined;
  items.forEach((item, i) => {
    best = stronger(best, piecesOf(item));
    let stretch = item.exact;
    for (let j = i + 1; stretch !== undefined && j < items.length; j++) {
      const next = items[j]?.exact;
      stretch = next !== undefined ? joined(stretch, next) : undefined;
      if (stretch !== undefined) best = stronger(best, worthIt(stretch));
    }
  });
  return { ...(whole !== undefined ? { exact: whole } : {}), ...(best !== undefined ? { pieces: best } : {}) };
}

/**
 * The pieces of text one of which every match of the pattern contains, or undefined when none can be told, there are
 * too many, or the pattern ignores case.
 */
export function requiredPieces(pattern: RegExp): readonly string[] | undefined {
  if (pattern.flags.includes('i')) return undefined;
  const shape = new Parser(pattern.source, pattern.unicode).parse();
  return shape === undefined ? undefined : piecesOf(shape);
}

/** The numbers of a pattern's pieces in the finder, or null when it has none. */
type Known = readonly number[] | null;

/**
 * Finds, in one pass over a text, which of the pieces met so far it holds (an Aho–Corasick automaton: a trie of the
 * pieces whose every state knows where each character leads, and which pieces end there), built again when pieces
 * were met since. The last text's pieces are kept, so a chain of replacements that leaves the text alone searches it once.
 */
class PieceFinder {
  private readonly idOf = new Map<string, number>();
  private readonly all: string[] = [];
  /** How many of the pieces (the first ones numbered) the automaton holds. */
  private built = 0;
  /** Each UTF-16 code unit's class: its own for a character some piece holds, else 0. */
  private classOf = new Uint16Array(0x10000);
  private classes = 1;
  /** Where each state leads on each class: state * classes + class (16 bits while there are few enough states). */
  private next: Uint16Array | Uint32Array = new Uint16Array(1);
  private endsFrom = new Uint32Array(2);
  private ends = new Uint32Array(0);
  private seenIn = new Uint32Array(0);
  private stamp = 0;
  private lastText: string | undefined;

  /** The pieces' numbers, each piece numbered when first met. */
  number(pieces: readonly string[]): number[] {
    return pieces.map((piece) => {
      let id = this.idOf.get(piece);
      if (id === undefined) {
        id = this.all.push(piece) - 1;
        this.idOf.set(piece, id);
      }
      return id;
    });
  }

  /** Whether the text holds one of the pieces numbered. */
  holdsAny(text: string, ids: readonly number[]): boolean {
    if (this.built < this.all.length) this.build();
    if (text !== this.lastText) this.scan(text);
    for (const id of ids) if (this.seenIn[id] === this.stamp) return true;
    return false;
  }

  private scan(text: string): void {
    this.lastText = text;
    this.stamp++;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.next[state * this.classes + (this.classOf[text.charCodeAt(i)] ?? 0)] ?? 0;
      for (let e = this.endsFrom[state] ?? 0; e < (this.endsFrom[state + 1] ?? 0); e++) this.seenIn[this.ends[e] ?? 0] = this.stamp;
    }
  }

  private build(): void {
    this.built = this.all.length;
    this.lastText = undefined;
    this.seenIn = new Uint32Array(this.built);
    this.stamp = 0;
    // Characters no piece holds share class 0, which leads back to the start.
    this.classOf.fill(0);
    let classes = 1;
    for (const piece of this.all) for (let i = 0; i < piece.length; i++) if (this.classOf[piece.charCodeAt(i)] === 0) this.classOf[piece.charCodeAt(i)] = classes++;
    this.classes = classes;
    // The trie: child[state][class], 0 meaning none (the start is never a child).
    const child: number[][] = [[]];
    const endsAt: number[][] = [[]];
    this.all.forEach((piece, id) => {
      let state = 0;
      for (let i = 0; i < piece.length; i++) {
        const c = this.classOf[piece.charCodeAt(i)] ?? 0;
        const row = child[state] ?? [];
        let to = row[c];
        if (to === undefined) {
          to = row[c] = child.push([]) - 1;
          endsAt.push([]);
        }
        state = to;
      }
      endsAt[state]?.push(id);
    });
    // Breadth first: a state's fallback is the longest proper suffix of its text that is a state too; it ends what its
    // fallback ends, and a character it has no child for leads where it leads from the fallback.
    const next = child.length <= 0xffff ? new Uint16Array(child.length * classes) : new Uint32Array(child.length * classes);
    const fallback = new Uint32Array(child.length);
    const ends: number[][] = endsAt.map((e) => [...e]);
    const queue: number[] = [];
    for (let c = 0; c < classes; c++) {
      const to = child[0]?.[c];
      if (to === undefined) continue;
      next[c] = to;
      queue.push(to);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      const back = fallback[state] ?? 0;
      ends[state]?.push(...(ends[back] ?? []));
      for (let c = 0; c < classes; c++) {
        const to = child[state]?.[c];
        const via = next[back * classes + c] ?? 0;
        next[state * classes + c] = to ?? via;
        if (to === undefined) continue;
        fallback[to] = via;
        queue.push(to);
      }
    }
    this.next = next;
    this.endsFrom = new Uint32Array(child.length + 1);
    ends.forEach((e, state) => (this.endsFrom[state + 1] = (this.endsFrom[state] ?? 0) + e.length));
    this.ends = Uint32Array.from(ends.flat());
  }
}

const FINDER = new PieceFinder();

/** The numbers of the pattern's pieces in the finder (a chain of replacements finds them once, when it is recorded). */
function knownPieces(pattern: RegExp): Known {
  const pieces = requiredPieces(pattern);
  return pieces === undefined ? null : FINDER.number(pieces);
}

/** Whether the text holds one of the pieces (always, when none could be told). */
function mayHold(known: Known, text: string): boolean {
  return known === null || FINDER.holdsAny(text, known);
}

/** Whether the text holds a piece that the pattern's every match contains (always, when no pieces can be told). */
export function mayMatch(pattern: RegExp, text: string): boolean {
  return mayHold(knownPieces(pattern), text);
}

type Replacement = string | ((match: string, ...rest: any[]) => string);

/** One replacement of a chain, with its pattern's pieces found once, or a change of the whole text. */
type Step = { readonly pattern: RegExp; readonly replacement: Replacement; readonly known: Known } | ((text: string) => string);

/**
 * A chain of replacements, recorded once and run on many texts; a replacement is skipped when the text holds none of
 * its pattern's pieces.
 */
export class Replacements {
  private readonly steps: Step[] = [];

  replace(pattern: RegExp, replacement: Replacement): this {
    this.steps.push({ pattern, replacement, known: knownPieces(pattern) });
    return this;
  }

  toLowerCase(): this {
    this.steps.push((text) => text.toLowerCase());
    return this;
  }

  normalize(form: 'NFC' | 'NFD' | 'NFKC' | 'NFKD'): this {
    this.steps.push((text) => text.normalize(form));
    return this;
  }

  trim(): this {
    this.steps.push((text) => text.trim());
    return this;
  }

  /** The text after every replacement in turn. */
  run(text: string): string {
    let out = text;
    for (const step of this.steps) {
      if (typeof step === 'function') out = step(out);
      else if (mayHold(step.known, out)) {
        const { pattern, replacement } = step;
        out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
      }
    }
    return out;
  }
}
