import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseKnowledge, readKnowledgeSources, type KnowledgeSources } from '../src/core/knowledge/load.js';
import type { KnowledgeBase } from '../src/core/knowledge/types.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const KNOWLEDGE_DIR = join(ROOT, 'knowledge');

/** The real knowledge files' contents, to load as they are or to break on purpose. */
export function knowledgeSources(): KnowledgeSources {
  return readKnowledgeSources(KNOWLEDGE_DIR);
}

let cached: KnowledgeBase | undefined;
export function realKnowledge(): KnowledgeBase {
  cached ??= parseKnowledge(knowledgeSources());
  return cached;
}

/** The sources with one JSON file changed by `edit`. */
export function withJson(key: Exclude<keyof KnowledgeSources, 'articleText'>, edit: (json: any) => void): KnowledgeSources {
  const sources = knowledgeSources();
  const json = JSON.parse(sources[key]);
  edit(json);
  return { ...sources, [key]: JSON.stringify(json) };
}
