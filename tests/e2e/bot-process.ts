/** Runs the bot's real entry point (src/main.ts) in a child process and reads its JSON log lines. */
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GUARD = fileURLToPath(new URL('./loopback-guard.ts', import.meta.url));

export interface LogLine {
  readonly level: string;
  readonly msg: string;
  readonly [key: string]: unknown;
}

export class BotProcess extends EventEmitter {
  readonly logs: LogLine[] = [];
  /** Standard error lines that are not JSON log lines. */
  readonly stray: string[] = [];
  stdout = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;

  constructor(env: Record<string, string>, script = 'src/main.ts', args: string[] = []) {
    super();
    this.child = spawn(process.execPath, ['--import', 'tsx', '--import', GUARD, script, ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        LOG_LEVEL: 'info',
        DISCORD_TOKEN: '',
        // Never the project's own data/: each process gets a fresh database unless the test names one.
        FEEDBACK_DB_PATH: join(mkdtempSync(join(tmpdir(), 'talks-db-')), 'feedback.sqlite'),
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let pending = '';
    this.child.stderr?.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim() === '') continue;
        try {
          this.logs.push(JSON.parse(line) as LogLine);
        } catch {
          this.stray.push(line);
        }
        this.emit('log');
      }
    });
    this.child.stdout?.on('data', (chunk: Buffer) => {
      this.stdout += chunk.toString('utf8');
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Resolves with the first log line (past or future) that `match` accepts. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs = 10_000): Promise<LogLine> {
    const found = this.logs.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onLog = () => {
        const hit = this.logs.find(match);
        if (hit) {
          clearTimeout(timer);
          this.off('log', onLog);
          resolve(hit);
        }
      };
      const timer = setTimeout(() => {
        this.off('log', onLog);
        reject(new Error(`timed out waiting for a log line; got:\n${this.logs.map((l) => JSON.stringify(l)).join('\n')}\n${this.stray.join('\n')}`));
      }, timeoutMs);
      this.on('log', onLog);
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }
}

/**
 * The bot's real entry point (src/main.ts, or the `npm run build` bundle dist/main.js that `npm start` runs),
 * connected to a Discord stand-in at `apiUrl`, with generous rate limits unless `env` says otherwise.
 */
export function botFor(apiUrl: string, env: Record<string, string> = {}, script?: string): BotProcess {
  return new BotProcess(
    {
      DISCORD_TOKEN: 'stand.in.token',
      DISCORD_API_URL: apiUrl,
      USER_RATE_LIMIT: '1000',
      CHANNEL_RATE_LIMIT: '1000',
      ...env,
    },
    script,
  );
}
