import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AliasRule,
  Aliases,
  ArticleMeta,
  KnowledgeBase,
  Overview,
  OverviewName,
  Paragraph,
  QaEntry,
  Sentence,
} from './types.js';
import { contentTerms, words } from '../matching/normalize.js';
import { FileChecker, KnowledgeError, parseJson, type Problem } from './validate.js';

export const KNOWLEDGE_FILES = {
  articleText: 'article.txt',
  article: 'article.json',
  qa: 'qa.json',
  aliases: 'aliases.json',
  overviews: 'overviews.json',
  outOfScope: 'out-of-scope.json',
} as const;

export type KnowledgeSources = Record<keyof typeof KNOWLEDGE_FILES, string>;

export const MIN_ALTERNATES = 5;
export const MAX_ANSWER_SENTENCES = 3;
const OVERVIEW_NAMES: readonly OverviewName[] = ['agenda', 'history'];

/** Reads the knowledge files of `dir` and validates them; throws KnowledgeError naming every problem. */
export function loadKnowledge(dir: string): KnowledgeBase {
  return parseKnowledge(readKnowledgeSources(dir));
}

/** The knowledge files' contents, unvalidated; throws KnowledgeError naming each file that cannot be read. */
export function readKnowledgeSources(dir: string): KnowledgeSources {
  const sources = {} as KnowledgeSources;
  const problems: Problem[] = [];
  for (const [key, file] of Object.entries(KNOWLEDGE_FILES) as [keyof KnowledgeSources, string][]) {
    try {
      sources[key] = readFileSync(join(dir, file), 'utf8');
    } catch (err) {
      problems.push({ file, problem: `cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    }
  }
  if (problems.length > 0) throw new KnowledgeError(problems);
  return sources;
}

/** Validates the knowledge files' contents and builds the knowledge base. Pure: no file system access. */
export function parseKnowledge(sources: KnowledgeSources): KnowledgeBase {
  const article = readArticle(sources.articleText, sources.article);
  const qa = readEntries(sources.qa, article.sentences);
  const articleText = [...article.sentences.values()].map((s) => s.text).join(' \n ');
  const aliases = readAliases(sources.aliases, articleText);
  const overviews = readOverviews(sources.overviews, article.sentences);
  // Alias terms too: an out-of-scope word that an alias expands would silence that alias.
  const inScopeTexts = [...article.sentences.values()]
    .map((s) => s.text)
    .concat(qa.entries.flatMap((e) => [e.question, ...e.alternates, ...e.keywords]))
    .concat(aliases.aliases.expansions.flatMap((r) => r.terms));
  const outOfScope = readOutOfScope(sources.outOfScope, inScopeTexts, aliases.aliases.spellings);
  const problems = [
    ...article.check.problems,
    ...qa.check.problems,
    ...aliases.check.problems,
    ...overviews.check.problems,
    ...outOfScope.check.problems,
  ];
  if (problems.length > 0) throw new KnowledgeError(problems);
  return {
    meta: article.meta as ArticleMeta,
    paragraphs: article.paragraphs,
    sentences: article.sentences,
    entries: qa.entries,
    aliases: aliases.aliases,
    overviews: overviews.overviews as Record<OverviewName, Overview>,
    outOfScope: outOfScope.words,
    outOfScopeTogether: outOfScope.together,
  };
}

/** The article text split into its blocks (paragraphs, byline, trailing material), trimmed. */
function articleBlocks(text: string): string[] {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
}

function readArticle(articleText: string, json: string) {
  const check = new FileChecker(KNOWLEDGE_FILES.article);
  const sentences = new Map<string, Sentence>();
  const paragraphs: Paragraph[] = [];
  const root = check.object(parseJson(check, json) ?? {}, 'the file');
  let meta: ArticleMeta | undefined;
  if (root) {
    const outlet = check.text(root.outlet, 'outlet');
    const attribution = check.text(root.attribution, 'attribution');
    const sourceLine = check.text(root.sourceLine, 'sourceLine');
    if (outlet && attribution && sourceLine) meta = { outlet, attribution, sourceLine };

    const blocks = articleBlocks(articleText);
    const byline = check.text(root.byline, 'byline');
    const expected: { block: string; what: string }[] = [];
    if (byline !== undefined) expected.push({ block: byline, what: 'the byline' });

    for (const [pi, p] of (check.array(root.paragraphs, 'paragraphs') ?? []).entries()) {
      const po = check.object(p, `paragraphs[${pi}]`);
      const pid = po && check.text(po.id, `paragraphs[${pi}].id`);
      if (!po || !pid) continue;
      const ids: string[] = [];
      const texts: string[] = [];
      for (const [si, s] of (check.array(po.sentences, 'sentences', pid) ?? []).entries()) {
        const so = check.object(s, `sentences[${si}]`, pid);
        const sid = so && check.text(so.id, `sentences[${si}].id`, pid);
        const text = so && check.text(so.text, 'text', sid ?? pid);
        if (!sid || text === undefined) continue;
        if (sentences.has(sid)) check.report('duplicate sentence id', sid);
        else if (!articleText.includes(text)) check.report(`quote not in the article (${KNOWLEDGE_FILES.articleText}): "${text}"`, sid);
        sentences.set(sid, { id: sid, paragraphId: pid, text });
        ids.push(sid);
        texts.push(text);
      }
      if (paragraphs.some((x) => x.id === pid)) check.report('duplicate paragraph id', pid);
      paragraphs.push({ id: pid, sentenceIds: ids });
      expected.push({ block: texts.join(' '), what: `paragraph ${pid}` });
    }
    for (const [ei, e] of (check.array(root.excluded, 'excluded') ?? []).entries()) {
      const eo = check.object(e, `excluded[${ei}]`);
      const text = eo && check.text(eo.text, `excluded[${ei}].text`);
      if (eo) check.text(eo.reason, `excluded[${ei}].reason`);
      if (text !== undefined) expected.push({ block: text.trim(), what: `excluded[${ei}]` });
    }
    // The article must be accounted for exactly, block by block: nothing missing, nothing split wrongly.
    const n = Math.max(blocks.length, expected.length);
    for (let i = 0; i < n; i++) {
      const want = expected[i];
      const got = blocks[i];
      if (want === undefined) check.report(`${KNOWLEDGE_FILES.articleText} has a block the file does not account for: "${got?.slice(0, 60)}…"`);
      else if (got !== want.block) check.report(`${want.what} does not match block ${i + 1} of ${KNOWLEDGE_FILES.articleText} verbatim`);
    }
  }
  return { check, meta, paragraphs, sentences };
}

function readEntries(json: string, sentences: ReadonlyMap<string, Sentence>) {
  const check = new FileChecker(KNOWLEDGE_FILES.qa);
  const entries: QaEntry[] = [];
  const root = check.object(parseJson(check, json) ?? {}, 'the file');
  const list = root ? (check.array(root.entries, 'entries') ?? []) : [];
  const cited = new Set<string>();
  for (const [i, raw] of list.entries()) {
    const o = check.object(raw, `entries[${i}]`);
    if (!o) continue;
    const id = check.text(o.id, 'id', `entries[${i}]`) ?? `entries[${i}]`;
    if (entries.some((e) => e.id === id)) check.report('duplicate entry id', id);
    const question = check.text(o.question, 'question', id);
    const topic = check.text(o.topic, 'topic', id);
    const alternates = check.texts(o.alternates, 'alternates', id);
    if (alternates.length < MIN_ALTERNATES) check.report(`needs at least ${MIN_ALTERNATES} alternates, has ${alternates.length}`, id);
    const keywords = check.texts(o.keywords, 'keywords', id);
    if (keywords.length === 0) check.report('needs at least one keyword', id);
    const answer = check.texts(o.answer, 'answer', id);
    if (answer.length === 0 || answer.length > MAX_ANSWER_SENTENCES) {
      check.report(`must cite 1–${MAX_ANSWER_SENTENCES} sentences, cites ${answer.length}`, id);
    }
    for (const sid of answer) {
      if (!sentences.has(sid)) check.report(`unknown sentence id "${sid}"`, id);
      cited.add(sid);
    }
    if (o.pinned !== undefined && typeof o.pinned !== 'boolean') check.report('pinned must be true or false', id);
    if (o.past !== undefined && typeof o.past !== 'boolean') check.report('past must be true or false', id);
    if (o.headline !== undefined && typeof o.headline !== 'boolean') check.report('headline must be true or false', id);
    const broader = o.broader === undefined ? undefined : check.text(o.broader, 'broader', id);
    const actor = o.actor === undefined ? undefined : check.text(o.actor, 'actor', id);
    const subject = o.subject === undefined ? undefined : check.text(o.subject, 'subject', id);
    if (question && topic) {
      entries.push({
        id,
        topic,
        question,
        alternates,
        keywords,
        answer,
        pinned: o.pinned === true,
        ...(actor ? { actor } : {}),
        ...(subject ? { subject } : {}),
        ...(o.past === true ? { past: true } : {}),
        ...(broader ? { broader } : {}),
        ...(o.headline === true ? { headline: true } : {}),
      });
    }
  }
  for (const sid of sentences.keys()) {
    if (!cited.has(sid)) check.report('sentence that no entry cites', sid);
  }
  const headlines = entries.filter((e) => e.headline);
  if (headlines.length > 1) check.report('only one entry may be the headline', headlines.map((e) => e.id).join(', '));
  for (const e of entries) {
    if (e.broader !== undefined && (e.broader === e.id || !entries.some((b) => b.id === e.broader))) check.report(`broader entry "${e.broader}" is not another entry`, e.id);
  }
  return { check, entries };
}

function readAliases(json: string, articleText: string) {
  const check = new FileChecker(KNOWLEDGE_FILES.aliases);
  const spellings = new Map<string, string>();
  const expansions: AliasRule[] = [];
  const root = check.object(parseJson(check, json) ?? {}, 'the file');
  if (root) {
    const sp = check.object(root.spellings, 'spellings');
    for (const [from, to] of Object.entries(sp ?? {})) {
      const t = check.text(to, 'replacement', from);
      if (t !== undefined) spellings.set(from.toLowerCase(), t);
    }
    for (const [i, raw] of (check.array(root.expansions, 'expansions') ?? []).entries()) {
      const o = check.object(raw, `expansions[${i}]`);
      if (!o) continue;
      const terms = check.texts(o.terms, 'terms', `expansions[${i}]`);
      const adds = check.texts(o.adds, 'adds', `expansions[${i}]`);
      if (terms.length === 0 || adds.length === 0) check.report('needs terms and adds', `expansions[${i}]`);
      else expansions.push({ terms, adds });
      for (const t of terms) {
        if (contentTerms(t, spellings).length === 0) check.report('is only small words the matcher ignores, so it never matches', `expansions[${i}]: "${t}"`);
      }
    }
  }
  const articleTerms = new Set(contentTerms(articleText, spellings));
  const names = root ? readNames(check, root.names, 'names', spellings, articleTerms) : [];
  const places = root ? readNames(check, root.places, 'places', spellings, articleTerms) : [];
  const countries = new Map<string, string>();
  for (const [country, city] of Object.entries((root && check.object(root.countries ?? {}, 'countries')) ?? {})) {
    const [term] = readNames(check, [country], 'countries', spellings, articleTerms);
    const cityName = check.text(city, 'city', `countries: "${country}"`);
    const [place] = cityName === undefined ? [] : contentTerms(cityName, spellings);
    if (place === undefined || !places.includes(place)) check.report('must name one of the places', `countries: "${country}"`);
    else if (term !== undefined) countries.set(term, place);
  }
  return { check, aliases: { spellings, expansions, names, places, countries } satisfies Aliases };
}

/** Each name (or place) must be one word of the article once folded: a name the article lacks would pin a question to no entry. */
function readNames(check: FileChecker, raw: unknown, field: 'names' | 'places' | 'countries', spellings: ReadonlyMap<string, string>, articleTerms: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (const name of check.texts(raw, field)) {
    const folded = contentTerms(name, spellings);
    const [term] = folded;
    if (folded.length !== 1 || term === undefined) check.report('must be one word once folded', `${field}: "${name}"`);
    else if (!articleTerms.has(term)) check.report('does not occur in the article', `${field}: "${name}"`);
    else names.push(term);
  }
  return names;
}

function readOverviews(json: string, sentences: ReadonlyMap<string, Sentence>) {
  const check = new FileChecker(KNOWLEDGE_FILES.overviews);
  const overviews: Partial<Record<OverviewName, Overview>> = {};
  const root = check.object(parseJson(check, json) ?? {}, 'the file');
  for (const name of OVERVIEW_NAMES) {
    const o = root && check.object(root[name], name);
    if (!o) continue;
    const title = check.text(o.title, 'title', name);
    const sections = (check.array(o.sections, 'sections', name) ?? []).flatMap((raw, i) => {
      const s = check.object(raw, `sections[${i}]`, name);
      const heading = s && check.text(s.heading, `sections[${i}].heading`, name);
      const ids = s ? check.texts(s.sentences, `sections[${i}].sentences`, name) : [];
      for (const sid of ids) if (!sentences.has(sid)) check.report(`unknown sentence id "${sid}"`, name);
      return heading ? [{ heading, sentenceIds: ids }] : [];
    });
    if (title) overviews[name] = { title, sections };
  }
  return { check, overviews };
}

function readOutOfScope(json: string, inScopeTexts: readonly string[], spellings: ReadonlyMap<string, string>) {
  const check = new FileChecker(KNOWLEDGE_FILES.outOfScope);
  const root = check.object(parseJson(check, json) ?? {}, 'the file');
  const list = root ? check.texts(root.words, 'words') : [];
  const known = inScopeTexts.map((t) => ` ${words(t, spellings).join(' ')} `);
  const inScope = (folded: string) => known.some((k) => k.includes(` ${folded} `));
  const fold = (raw: string, where: string) => {
    const folded = words(raw, spellings).join(' ');
    if (folded === '') check.report('has no letters or digits', `${where}: "${raw}"`);
    return folded;
  };
  const out: string[] = [];
  for (const raw of list) {
    const folded = fold(raw, 'words');
    if (folded !== '' && inScope(folded)) check.report('appears in the article, the Q&A set or an alias, so it cannot mark a question as out of scope', raw);
    else if (folded !== '') out.push(folded);
  }
  const together: string[][][] = [];
  const rules: unknown[] = Array.isArray(root?.together) ? root.together : [];
  if (root?.together !== undefined && !Array.isArray(root.together)) check.report('must be a list', 'together');
  for (const [i, raw] of rules.entries()) {
    const where = `together[${i}]`;
    const o = check.object(raw, where);
    const groups = (Array.isArray(o?.groups) ? o.groups : []).map((g, k) => check.texts(g, `${where}.groups[${k}]`).map((w) => fold(w, where)).filter((w) => w !== ''));
    if (groups.length < 2 || groups.some((g) => g.length === 0)) {
      check.report('needs at least two groups of words', where);
      continue;
    }
    const clash = known.find((k) => groups.every((g) => g.some((w) => k.includes(` ${w} `))));
    if (clash !== undefined) check.report(`every group occurs in "${clash.trim()}", which is in scope`, where);
    else together.push(groups);
  }
  return { check, words: out, together };
}
