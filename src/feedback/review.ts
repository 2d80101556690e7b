import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_FILES, parseKnowledge, readKnowledgeSources } from '../core/knowledge/load.js';
import type { KnowledgeBase } from '../core/knowledge/types.js';

/**
 * Appends `phrasing` to an entry's alternates in qa.json — only if the result validates — and
 * returns the new knowledge. Throws KnowledgeError (nothing written) when it would not validate.
 */
export function addPhrasing(dir: string, entryId: string, phrasing: string): { kb: KnowledgeBase; added: boolean } {
  const sources = readKnowledgeSources(dir);
  const current = parseKnowledge(sources);
  const entry = current.entries.find((e) => e.id === entryId);
  if (!entry) throw new Error(`no entry "${entryId}" in ${KNOWLEDGE_FILES.qa}`);
  const text = phrasing.replace(/\s+/g, ' ').trim();
  if (text === '' || entry.alternates.includes(text)) return { kb: current, added: false };
  const qa = JSON.parse(sources.qa) as { entries: { id: string; alternates: string[] }[] };
  qa.entries.find((e) => e.id === entryId)?.alternates.push(text);
  const json = `${JSON.stringify(qa, null, 2)}\n`;
  const kb = parseKnowledge({ ...sources, qa: json });
  const qaPath = join(dir, KNOWLEDGE_FILES.qa);
  const tmp = `${qaPath}.${process.pid}.tmp`;
  writeFileSync(tmp, json);
  renameSync(tmp, qaPath);
  return { kb, added: true };
}
