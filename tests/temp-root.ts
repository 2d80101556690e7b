import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest globalSetup: every temporary directory the tests (and the bot processes they spawn) make goes under one
 * fresh directory, removed when the run ends, so a run leaves nothing behind in the system's temp folder.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'talks-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
