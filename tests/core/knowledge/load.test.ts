import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge, parseKnowledge, type KnowledgeSources } from '../../../src/core/knowledge/load.js';
import { KnowledgeError, type Problem } from '../../../src/core/knowledge/validate.js';
import { KNOWLEDGE_DIR, ROOT, knowledgeSources, realKnowledge, withJson } from '../../helpers.js';

function problemsOf(sources: KnowledgeSources): Problem[] {
  try {
    parseKnowledge(sources);
  } catch (err) {
    if (err instanceof KnowledgeError) return [...err.problems];
    throw err;
  }
  throw new Error('expected the knowledge to be rejected');
}

describe('the knowledge files', () => {
  it('load and validate', () => {
    const kb = loadKnowledge(KNOWLEDGE_DIR);
    expect(kb.meta).toEqual({ outlet: 'Kyodo', attribution: 'diplomatic sources', sourceLine: 'Kyodo, citing diplomatic sources' });
    expect(kb.sentences.size).toBe(15);
    expect(kb.paragraphs).toHaveLength(14);
    expect(kb.entries.length).toBeGreaterThanOrEqual(20);
  });

  it('keep the article verbatim: its typos, curly apostrophes, and "Japan-U.S." inside its sentence', () => {
    const kb = realKnowledge();
    expect(kb.sentences.get('S1')?.text).toMatch(/^Japan and China plan to hold in bilateral security talks/);
    expect(kb.sentences.get('S2')?.text).toContain('last July’s Cabinet decision');
    expect(kb.sentences.get('S11')?.text).toContain('guidelines for Japan-U.S. defense cooperation, which are overdue for revision');
    expect(kb.sentences.get('S11')?.text).toContain('legislation to allowing the Japanese government');
  });

  it('leave out the byline and the subscription appeal', () => {
    const all = [...realKnowledge().sentences.values()].map((s) => s.text).join(' ');
    expect(all).not.toContain('Kyodo');
    expect(all).not.toContain('subscribing');
    expect(all).not.toContain('quality journalism');
  });

  it('hold the article exactly as received, where the shared seed is at hand', () => {
    const seed = join(ROOT, '..', 'shared', 'seed', '000_51e4f94f0a5e39be.txt');
    if (!existsSync(seed)) return;
    expect(readFileSync(join(KNOWLEDGE_DIR, 'article.txt'), 'utf8')).toBe(readFileSync(seed, 'utf8'));
  });

  it('give every entry 5+ alternates, keywords and 1–3 cited sentences, and cite every sentence', () => {
    const kb = realKnowledge();
    for (const e of kb.entries) {
      expect(e.alternates.length, e.id).toBeGreaterThanOrEqual(5);
      expect(e.keywords.length, e.id).toBeGreaterThan(0);
      expect(e.answer.length, e.id).toBeGreaterThanOrEqual(1);
      expect(e.answer.length, e.id).toBeLessThanOrEqual(3);
    }
    const cited = new Set(kb.entries.flatMap((e) => e.answer));
    expect([...kb.sentences.keys()].filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe('knowledge validation rejects, naming file, entry and problem', () => {
  it('an unknown sentence id', () => {
    const problems = problemsOf(withJson('qa', (j) => (j.entries[0].answer = ['S99'])));
    expect(problems).toContainEqual({ file: 'qa.json', entry: 'when', problem: 'unknown sentence id "S99"' });
  });

  it('a duplicate entry id', () => {
    const problems = problemsOf(withJson('qa', (j) => (j.entries[1].id = j.entries[0].id)));
    expect(problems).toContainEqual({ file: 'qa.json', entry: 'when', problem: 'duplicate entry id' });
  });

  it('a duplicate sentence id', () => {
    const problems = problemsOf(withJson('article', (j) => (j.paragraphs[1].sentences[0].id = 'S1')));
    expect(problems).toContainEqual({ file: 'article.json', entry: 'S1', problem: 'duplicate sentence id' });
  });

  it('an empty question', () => {
    const problems = problemsOf(withJson('qa', (j) => (j.entries[2].question = '  ')));
    expect(problems).toContainEqual({ file: 'qa.json', entry: 'first-in-years', problem: 'question is empty or not a string' });
  });

  it('a quote not in the article', () => {
    const problems = problemsOf(withJson('article', (j) => (j.paragraphs[4].sentences[0].text = 'The last bilateral security talks were held in Beijing in 2012.')));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'article.json', entry: 'S5', problem: expect.stringMatching(/^quote not in the article/) }));
  });

  it('a sentence that no entry cites', () => {
    const problems = problemsOf(
      withJson('qa', (j) => {
        for (const e of j.entries) e.answer = e.answer.filter((id: string) => id !== 'S14');
        j.entries = j.entries.filter((e: any) => e.answer.length > 0);
      }),
    );
    expect(problems).toContainEqual({ file: 'qa.json', entry: 'S14', problem: 'sentence that no entry cites' });
  });

  it('too few alternates, and too many cited sentences', () => {
    const problems = problemsOf(
      withJson('qa', (j) => {
        j.entries[0].alternates = ['when?'];
        j.entries[0].answer = ['S1', 'S2', 'S3', 'S4'];
      }),
    );
    expect(problems).toContainEqual({ file: 'qa.json', entry: 'when', problem: 'needs at least 5 alternates, has 1' });
    expect(problems).toContainEqual({ file: 'qa.json', entry: 'when', problem: 'must cite 1–3 sentences, cites 4' });
  });

  it('a flag that is not true or false', () => {
    const problems = problemsOf(
      withJson('qa', (j) => {
        j.entries[0].pinned = 'yes';
        j.entries[0].past = 1;
        j.entries[1].headline = 'no';
      }),
    );
    expect(problems).toContainEqual({ file: 'qa.json', entry: 'where', problem: 'headline must be true or false' });
    expect(problems).toContainEqual({ file: 'qa.json', entry: 'when', problem: 'pinned must be true or false' });
    expect(problems).toContainEqual({ file: 'qa.json', entry: 'when', problem: 'past must be true or false' });
  });

  it('more than one headline entry', () => {
    const problems = problemsOf(withJson('qa', (j) => (j.entries[0].headline = true)));
    expect(problems).toContainEqual({ file: 'qa.json', entry: 'when, summary', problem: 'only one entry may be the headline' });
  });

  it('a broader entry that is not another entry', () => {
    const problems = problemsOf(
      withJson('qa', (j) => {
        j.entries[0].broader = 'nope';
        j.entries[1].broader = j.entries[1].id;
      }),
    );
    expect(problems).toContainEqual({ file: 'qa.json', entry: 'when', problem: 'broader entry "nope" is not another entry' });
    expect(problems).toContainEqual({ file: 'qa.json', entry: 'where', problem: 'broader entry "where" is not another entry' });
  });

  it('a file that is not JSON', () => {
    const problems = problemsOf({ ...knowledgeSources(), aliases: '{ "spellings": ' });
    expect(problems[0]).toMatchObject({ file: 'aliases.json', problem: expect.stringMatching(/^not valid JSON/) });
  });

  it('an article split that does not match the article text', () => {
    const problems = problemsOf(withJson('article', (j) => j.paragraphs.pop()));
    expect(problems.some((p) => p.file === 'article.json' && /does not match|does not account/.test(p.problem))).toBe(true);
  });

  it('an out-of-scope word that the article uses, or that an alias expands', () => {
    const problems = problemsOf(withJson('outOfScope', (j) => j.words.push('Taiwan', 'rumour')));
    for (const entry of ['Taiwan', 'rumour']) {
      expect(problems).toContainEqual({
        file: 'out-of-scope.json',
        entry,
        problem: 'appears in the article, the Q&A set or an alias, so it cannot mark a question as out of scope',
      });
    }
  });

  it('a name the article never uses, or one of several words', () => {
    const problems = problemsOf(withJson('aliases', (j) => j.names.push('Putin', 'Wang Yi')));
    expect(problems).toContainEqual({ file: 'aliases.json', entry: 'names: "Putin"', problem: 'does not occur in the article' });
    expect(problems).toContainEqual({ file: 'aliases.json', entry: 'names: "Wang Yi"', problem: 'must be one word once folded' });
  });

  it('an expansion made only of words the matcher ignores', () => {
    const count = realKnowledge().aliases.expansions.length;
    const problems = problemsOf(withJson('aliases', (j) => j.expansions.push({ terms: ['look for'], adds: ['seek'] })));
    expect(problems).toContainEqual({ file: 'aliases.json', entry: `expansions[${count}]: "look for"`, problem: 'is only small words the matcher ignores, so it never matches' });
  });

  it('out-of-scope words together that an in-scope phrasing holds all of, or a single group', () => {
    const clash = problemsOf(withJson('outOfScope', (j) => j.together.push({ groups: [['diaoyu'], ['calls']] })));
    expect(clash.find((p) => p.entry === `together[${realKnowledge().outOfScopeTogether.length}]`)?.problem).toMatch(/^every group occurs in ".*", which is in scope$/);
    const single = problemsOf(withJson('outOfScope', (j) => j.together.push({ groups: [['pizza']] })));
    expect(single).toContainEqual({ file: 'out-of-scope.json', entry: `together[${realKnowledge().outOfScopeTogether.length}]`, problem: 'needs at least two groups of words' });
  });

  it('a place the article never names', () => {
    const problems = problemsOf(withJson('aliases', (j) => j.places.push('Osaka')));
    expect(problems).toContainEqual({ file: 'aliases.json', entry: 'places: "Osaka"', problem: 'does not occur in the article' });
  });

  it('a country whose city is not one of the places, or that the article never names', () => {
    const problems = problemsOf(
      withJson('aliases', (j) => {
        j.countries.Japan = 'Osaka';
        j.countries.Korea = 'Tokyo';
      }),
    );
    expect(problems).toContainEqual({ file: 'aliases.json', entry: 'countries: "Japan"', problem: 'must name one of the places' });
    expect(problems).toContainEqual({ file: 'aliases.json', entry: 'countries: "Korea"', problem: 'does not occur in the article' });
  });

  it('a missing file, by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-kb-'));
    cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'overviews.json'), '[]');
    expect(() => loadKnowledge(dir)).toThrow(/overviews\.json: the file must be an object/);
    expect(() => loadKnowledge(join(dir, 'nope'))).toThrow(/article\.txt: cannot be read: ENOENT/);
  });
});
