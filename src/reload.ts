import { watch, type FSWatcher } from 'node:fs';
import type { TalksBot } from './core/bot.js';
import { loadKnowledge } from './core/knowledge/load.js';
import { KnowledgeError } from './core/knowledge/validate.js';
import type { Logger } from './log.js';

/** Quiet time after the last file change before reloading, so a save that touches several files reloads once. */
const SETTLE_MS = 150;

/**
 * Loads and validates `dir` again; only a valid edit replaces what the bot serves. A broken edit is
 * logged with its file, entry and problem, and the previous knowledge keeps answering.
 */
export function reloadKnowledge(dir: string, bot: TalksBot, logger: Logger): boolean {
  try {
    const kb = loadKnowledge(dir);
    bot.replaceKnowledge(kb);
    logger.info('knowledge reloaded', { entries: kb.entries.length, sentences: kb.sentences.size });
    return true;
  } catch (err) {
    const problems = err instanceof KnowledgeError ? err.problems : [{ file: dir, problem: (err as Error).message }];
    logger.error('knowledge reload failed; the previous knowledge is still served', { problems });
    return false;
  }
}

/** Reloads on SIGHUP, and on every change under `dir` when `watchFiles` is set. Returns a function that stops both. */
export function watchKnowledge(dir: string, bot: TalksBot, logger: Logger, watchFiles: boolean): () => void {
  const onHup = () => reloadKnowledge(dir, bot, logger);
  process.on('SIGHUP', onHup);
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  if (watchFiles) {
    watcher = watch(dir, () => {
      clearTimeout(timer);
      timer = setTimeout(onHup, SETTLE_MS);
    });
    watcher.on('error', (err) => logger.warn('knowledge watch failed', { error: err }));
    logger.info('watching the knowledge files', { dir });
  }
  return () => {
    process.off('SIGHUP', onHup);
    clearTimeout(timer);
    watcher?.close();
  };
}
