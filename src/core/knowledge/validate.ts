/** A problem found in a knowledge file: which file, which entry, what is wrong. */
export interface Problem {
  readonly file: string;
  readonly entry?: string;
  readonly problem: string;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `The knowledge files are invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}${p.entry ? ` [${p.entry}]` : ''}: ${p.problem}`).join('\n'),
    );
    this.name = 'KnowledgeError';
  }
}

type Json = unknown;

/** Collects problems for one file while reading untrusted JSON. */
export class FileChecker {
  readonly problems: Problem[] = [];
  constructor(readonly file: string) {}

  report(problem: string, entry?: string): void {
    this.problems.push(entry === undefined ? { file: this.file, problem } : { file: this.file, entry, problem });
  }

  object(value: Json, what: string, entry?: string): Record<string, Json> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, Json>;
    this.report(`${what} must be an object`, entry);
    return undefined;
  }

  text(value: Json, what: string, entry?: string): string | undefined {
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.report(`${what} is empty or not a string`, entry);
    return undefined;
  }

  array(value: Json, what: string, entry?: string): Json[] | undefined {
    if (Array.isArray(value)) return value;
    this.report(`${what} must be a list`, entry);
    return undefined;
  }

  /** A list of non-empty strings, with duplicates reported. */
  texts(value: Json, what: string, entry?: string): string[] {
    const list = this.array(value, what, entry) ?? [];
    const out: string[] = [];
    for (const [i, item] of list.entries()) {
      const t = this.text(item, `${what}[${i}]`, entry);
      if (t === undefined) continue;
      if (out.includes(t)) this.report(`${what} lists "${t}" twice`, entry);
      out.push(t);
    }
    return out;
  }
}

/** Parses JSON text, reporting a syntax error against the file. */
export function parseJson(check: FileChecker, text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch (err) {
    check.report(`not valid JSON: ${(err as Error).message}`);
    return undefined;
  }
}
