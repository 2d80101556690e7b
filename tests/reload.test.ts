import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TalksBot } from '../src/core/bot.js';
import { loadKnowledge } from '../src/core/knowledge/load.js';
import { createLogger } from '../src/log.js';
import { reloadKnowledge, watchKnowledge } from '../src/reload.js';
import { KNOWLEDGE_DIR } from './helpers.js';

function copyKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'talks-kb-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

function editQa(dir: string, edit: (qa: any) => void): void {
  const qa = JSON.parse(readFileSync(join(dir, 'qa.json'), 'utf8'));
  edit(qa);
  writeFileSync(join(dir, 'qa.json'), JSON.stringify(qa));
}

const renameClaims = (qa: any) => (qa.entries.find((e: any) => e.id === 'claims').question = 'Who lays claim to the islands?');

describe('live knowledge edits', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('a good edit takes effect for the next question', () => {
    const dir = copyKnowledge();
    const lines: string[] = [];
    const bot = new TalksBot(loadKnowledge(dir));
    editQa(dir, renameClaims);
    expect(reloadKnowledge(dir, bot, createLogger({ level: 'info', json: true, write: (l) => lines.push(l) }))).toBe(true);
    expect(bot.ask('diaoyu?').reply.title).toBe('Who lays claim to the islands?');
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'knowledge reloaded', entries: bot.knowledge.entries.length });
  });

  it('a broken edit keeps the previous knowledge serving and logs the file, entry and problem', () => {
    const dir = copyKnowledge();
    const lines: string[] = [];
    const bot = new TalksBot(loadKnowledge(dir));
    editQa(dir, (qa) => (qa.entries.find((e: any) => e.id === 'claims').answer = ['S404']));
    expect(reloadKnowledge(dir, bot, createLogger({ level: 'info', json: true, write: (l) => lines.push(l) }))).toBe(false);
    expect(bot.ask('diaoyu?').reply.citations.map((c) => c.id)).toEqual(['S14']);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'error',
      problems: [{ file: 'qa.json', entry: 'claims', problem: 'unknown sentence id "S404"' }],
    });
  });

  /** Watches a fresh copy of the knowledge; resolves once a reload is logged. */
  function watched(watchFiles: boolean) {
    const dir = copyKnowledge();
    const bot = new TalksBot(loadKnowledge(dir));
    const reloaded = new Promise<void>((resolve) => {
      const logger = createLogger({ level: 'info', json: true, write: (l) => JSON.parse(l).msg === 'knowledge reloaded' && resolve() });
      stop = watchKnowledge(dir, bot, logger, watchFiles);
    });
    return { dir, bot, reloaded };
  }

  it('with watching on, a saved file is reloaded without a signal', async () => {
    const { dir, bot, reloaded } = watched(true);
    editQa(dir, renameClaims);
    await reloaded;
    expect(bot.ask('diaoyu?').reply.title).toBe('Who lays claim to the islands?');
  });

  it('SIGHUP reloads', async () => {
    const { dir, bot, reloaded } = watched(false);
    editQa(dir, renameClaims);
    process.kill(process.pid, 'SIGHUP');
    await reloaded;
    expect(bot.ask('diaoyu?').reply.title).toBe('Who lays claim to the islands?');
  });
});
