import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../log.js';

export type Outcome = 'answer' | 'suggest' | 'abstain';
export type Vote = 1 | -1;

export interface UnansweredRow {
  readonly question: string;
  readonly outcome: Outcome;
  readonly askedAt: number;
}

export interface DownvotedRow {
  readonly entry: string;
  readonly down: number;
  readonly up: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS questions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  asked_at INTEGER NOT NULL,
  question TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('answer', 'suggest', 'abstain')),
  entry TEXT,
  confidence REAL NOT NULL,
  resolved_entry TEXT
);
CREATE TABLE IF NOT EXISTS votes (
  question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
  voter TEXT NOT NULL,
  vote INTEGER NOT NULL CHECK (vote IN (1, -1)),
  voted_at INTEGER NOT NULL,
  PRIMARY KEY (question_id, voter)
);
CREATE INDEX IF NOT EXISTS questions_outcome ON questions(outcome);
`;

/**
 * Questions asked, their outcome, and 👍/👎 votes, in SQLite. Stores no user names: a voter is a
 * one-way hash of the user id, kept only so that one user has one vote per answer.
 */
export class FeedbackStore {
  private constructor(
    private readonly db: Database.Database,
    private readonly now: () => number,
  ) {}

  /** Opens (creating if needed) the database and prunes rows older than `retentionDays`. Throws if the file is unusable. */
  static open(path: string, retentionDays: number, now: () => number = Date.now): FeedbackStore {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    // better-sqlite3 is synchronous: a short busy timeout keeps a locked file from stalling answers.
    const db = new Database(path, { timeout: 250 });
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.exec(SCHEMA);
      db.prepare('SELECT count(*) FROM questions').get();
    } catch (err) {
      db.close();
      throw err;
    }
    const store = new FeedbackStore(db, now);
    store.prune(retentionDays);
    return store;
  }

  /** Records an asked question; returns its id, carried by the reply's buttons. */
  recordQuestion(question: string, outcome: Outcome, entry: string | null, confidence: number): number {
    const result = this.db
      .prepare('INSERT INTO questions (asked_at, question, outcome, entry, confidence) VALUES (?, ?, ?, ?, ?)')
      .run(this.now(), question, outcome, entry, confidence);
    return Number(result.lastInsertRowid);
  }

  question(id: number): { question: string; outcome: Outcome } | undefined {
    return this.db.prepare('SELECT question, outcome FROM questions WHERE id = ?').get(id) as { question: string; outcome: Outcome } | undefined;
  }

  /** A "did you mean" resolved by choosing `entry`. */
  markResolved(questionId: number, entry: string): void {
    this.db.prepare('UPDATE questions SET resolved_entry = ? WHERE id = ?').run(entry, questionId);
  }

  /** One vote per user per answer; a second vote replaces the first. */
  vote(questionId: number, userId: string, vote: Vote): 'new' | 'changed' | 'same' | 'unknown-question' {
    const voter = createHash('sha256').update(`talks-bot:${userId}`).digest('hex').slice(0, 32);
    return this.db.transaction(() => {
      if (!this.db.prepare('SELECT 1 FROM questions WHERE id = ?').get(questionId)) return 'unknown-question' as const;
      const before = this.db.prepare('SELECT vote FROM votes WHERE question_id = ? AND voter = ?').get(questionId, voter) as
        | { vote: number }
        | undefined;
      this.db
        .prepare(
          'INSERT INTO votes (question_id, voter, vote, voted_at) VALUES (?, ?, ?, ?) ' +
            'ON CONFLICT (question_id, voter) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at',
        )
        .run(questionId, voter, vote, this.now());
      return before === undefined ? ('new' as const) : before.vote === vote ? ('same' as const) : ('changed' as const);
    })();
  }

  /** Abstains, and "did you mean" that nobody resolved, newest first. */
  unanswered(): UnansweredRow[] {
    return this.db
      .prepare(
        "SELECT question, outcome, asked_at AS askedAt FROM questions WHERE outcome = 'abstain' OR (outcome = 'suggest' AND resolved_entry IS NULL) ORDER BY asked_at DESC, id DESC",
      )
      .all() as UnansweredRow[];
  }

  /** Entries by 👎 count, most first. */
  downvoted(): DownvotedRow[] {
    return this.db
      .prepare(
        'SELECT q.entry AS entry, sum(v.vote = -1) AS down, sum(v.vote = 1) AS up FROM votes v JOIN questions q ON q.id = v.question_id ' +
          'WHERE q.entry IS NOT NULL GROUP BY q.entry HAVING down > 0 ORDER BY down DESC, up ASC',
      )
      .all() as DownvotedRow[];
  }

  /** Questions answered with 👎, for the report. */
  downvotedQuestions(entry: string): string[] {
    return (
      this.db
        .prepare('SELECT DISTINCT q.question FROM votes v JOIN questions q ON q.id = v.question_id WHERE q.entry = ? AND v.vote = -1')
        .all(entry) as { question: string }[]
    ).map((r) => r.question);
  }

  counts(): { questions: number; votes: number } {
    const q = this.db.prepare('SELECT count(*) AS n FROM questions').get() as { n: number };
    const v = this.db.prepare('SELECT count(*) AS n FROM votes').get() as { n: number };
    return { questions: q.n, votes: v.n };
  }

  prune(retentionDays: number): number {
    return this.db.prepare('DELETE FROM questions WHERE asked_at < ?').run(this.now() - retentionDays * DAY_MS).changes;
  }

  close(): void {
    this.db.close();
  }
}

/** Opens the store, or logs why it cannot and returns null: the bot then answers without feedback. */
export function openFeedback(path: string, retentionDays: number, logger: Logger): FeedbackStore | null {
  try {
    const store = FeedbackStore.open(path, retentionDays);
    logger.info('feedback storage ready', { path, ...store.counts() });
    return store;
  } catch (err) {
    logger.error('feedback storage unavailable (corrupt, locked or unwritable file); answering without feedback', {
      path,
      error: (err as Error).message,
    });
    return null;
  }
}
