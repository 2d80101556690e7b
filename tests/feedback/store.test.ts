import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { TalksBot } from '../../src/core/bot.js';
import { formatGapReport, gapReport } from '../../src/feedback/gaps.js';
import { FeedbackStore, openFeedback } from '../../src/feedback/store.js';
import { realKnowledge } from '../helpers.js';

const DAY = 24 * 60 * 60 * 1000;

describe('FeedbackStore', () => {
  it('keeps one vote per user per answer, changeable', () => {
    const store = FeedbackStore.open(':memory:', 90);
    const id = store.recordQuestion('diaoyu?', 'answer', 'claims', 0.91);
    expect(store.vote(id, 'u1', 1)).toBe('new');
    expect(store.vote(id, 'u1', 1)).toBe('same');
    expect(store.vote(id, 'u1', -1)).toBe('changed');
    expect(store.vote(id, 'u2', -1)).toBe('new');
    expect(store.vote(999, 'u1', 1)).toBe('unknown-question');
    expect(store.counts()).toEqual({ questions: 1, votes: 2 });
    expect(store.downvoted()).toEqual([{ entry: 'claims', down: 2, up: 0 }]);
  });

  it('prunes questions (and their votes) older than the retention period at open', () => {
    let now = 0;
    const path = ':memory:';
    const store = FeedbackStore.open(path, 90, () => now);
    const old = store.recordQuestion('old', 'abstain', null, 0.1);
    store.vote(old, 'u', -1);
    now = 91 * DAY;
    store.recordQuestion('new', 'abstain', null, 0.1);
    expect(store.prune(90)).toBe(1);
    expect(store.unanswered().map((r) => r.question)).toEqual(['new']);
    expect(store.counts().votes).toBe(0);
  });
});

describe('the gap report on a seeded database', () => {
  it('groups unanswered questions by similarity, names the nearest entry, and lists the most 👎 entries', () => {
    const store = FeedbackStore.open(':memory:', 90);
    for (const q of ['who is the japanese defense minister?', 'who is japan’s defense minister', 'Who is the defence minister of Japan']) {
      store.recordQuestion(q, 'abstain', null, 0.3);
    }
    const resolved = store.recordQuestion('what about the sea?', 'suggest', null, 0.5);
    store.markResolved(resolved, 'china-asks');
    store.recordQuestion('what about the sea?', 'suggest', null, 0.5);
    store.recordQuestion('weather in osaka', 'abstain', null, 0);
    const answered = store.recordQuestion('where was the last round?', 'answer', 'last-round', 0.9);
    store.vote(answered, 'u1', -1);

    const report = gapReport(store, new TalksBot(realKnowledge()));
    expect(report.groups.map((g) => g.count)).toEqual([3, 1, 1]);
    expect(report.groups[0]?.nearest?.entry).toBe('participants');
    expect(report.downvoted).toEqual([{ entry: 'last-round', down: 1, up: 0, questions: ['where was the last round?'] }]);
    const text = formatGapReport(report);
    expect(text).toContain('3× "Who is the defence minister of Japan", "who is japan’s defense minister", "who is the japanese defense minister?"');
    expect(text).toContain('1× "what about the sea?"');
    expect(text).toContain('last-round: 1 👎, 0 👍');
  });
});

describe('an unusable database', () => {
  it('a locked file is reported and the bot goes on without feedback', () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-db-'));
    const path = join(dir, 'feedback.sqlite');
    FeedbackStore.open(path, 90).close();
    const holder = new Database(path);
    holder.exec('BEGIN EXCLUSIVE');
    const lines: string[] = [];
    try {
      const store = openFeedback(path, 90, createLogger({ level: 'info', json: true, write: (l) => lines.push(l) }));
      expect(store).toBeNull();
      expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', path, error: expect.stringMatching(/locked/) });
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('a corrupt file is reported', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'talks-db-')), 'feedback.sqlite');
    writeFileSync(path, 'garbage '.repeat(200));
    const lines: string[] = [];
    expect(openFeedback(path, 90, createLogger({ level: 'info', json: true, write: (l) => lines.push(l) }))).toBeNull();
    expect(JSON.parse(lines[0]!).msg).toMatch(/^feedback storage unavailable/);
  });
});
