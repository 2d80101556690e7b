import { existsSync } from 'node:fs';
import { startCore } from '../startup.js';
import { formatGapReport, gapReport } from './gaps.js';
import { FeedbackStore } from './store.js';

/** npm run gaps: what users asked that the bot could not answer, and what they voted down. */
const { config, bot } = startCore();
const { dbPath, retentionDays } = config.feedback;
if (!existsSync(dbPath)) {
  process.stdout.write(`No feedback database yet at ${dbPath}: nothing has been asked in Discord.\n`);
} else {
  try {
    const store = FeedbackStore.open(dbPath, retentionDays);
    process.stdout.write(`${formatGapReport(gapReport(store, bot))}\n`);
    store.close();
  } catch (err) {
    process.stderr.write(`Cannot read the feedback database ${dbPath}: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
