/**
 * npm run bench [-- --json] [-- --show-held-aside]: answer quality and speed of the bot's matcher and
 * two baselines on the evaluation set (tests/eval/dev*.json, tuned on; tests/eval/holdout.json, never
 * tuned on), each in a process of its own; then the terminal-mode process's peak RSS, the questions the
 * bot gets wrong and the pairs of entries it confuses (dev part only unless --show-held-aside).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../src/config.js';
import { TalksBot } from '../src/core/bot.js';
import { loadKnowledge } from '../src/core/knowledge/load.js';
import { loadEvalSet, type Miss, type Scores } from './eval.js';
import { SYSTEM_NAMES } from './systems.js';
import type { WorkerResult } from './worker.js';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
/**
 * The terminal front end exactly as `npm run ask` runs it (bundled by `npm run build`, run by plain node
 * with the script's flags): the node arguments are read from package.json's "ask" script.
 */
const ASK_ARGS: readonly string[] = (() => {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as { scripts: Record<string, string> };
  const [command, ...args] = (pkg.scripts.ask ?? '').split(/\s+/);
  if (command !== 'node' || args.length === 0) throw new Error('package.json\'s "ask" script is expected to run node');
  return args;
})();
const json = process.argv.includes('--json');
/** Held-aside misses stay out of sight unless asked for: whoever reads them can no longer tune blind. */
const showHeldAside = process.argv.includes('--show-held-aside');

function runWorker(system: string): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, system], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as WorkerResult) : reject(new Error(`${system} worker exited ${code}`))));
  });
}

/** Peak RSS (MB) of the terminal front end answering every question of the set with --json, read from /proc. */
function terminalPeakRss(questions: string[]): Promise<number | null> {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...ASK_ARGS, '--json'], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DISCORD_TOKEN: '' },
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    const status = `/proc/${child.pid}/status`;
    let peak: number | null = null;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'));
        if (m) peak = Math.max(peak ?? 0, Number(m[1]) / 1024);
      } catch {
        // the process is gone
      }
    }, 5);
    if (!existsSync(status)) peak = null;
    // Hold the input open briefly so the process reaches its steady state before it ends.
    child.stdin.write(`${questions.join('\n')}\n`);
    setTimeout(() => child.stdin.end(), 300);
    child.on('exit', () => {
      clearInterval(poll);
      resolve(peak);
    });
  });
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function row(label: string, values: string[]): string {
  return `${label.padEnd(34)}${values.map((v) => v.padStart(22)).join('')}`;
}

function qualityRows(results: WorkerResult[], part: 'dev' | 'holdout'): string[] {
  const s = (r: WorkerResult): Scores => r[part];
  return [
    row(`in-scope top-1 (${s(results[0]!).inScope} q)`, results.map((r) => pct(s(r).top1))),
    row(`off-topic abstained (${s(results[0]!).offTopic} q)`, results.map((r) => pct(s(r).abstained))),
    row('"did you mean", in-scope', results.map((r) => pct(s(r).suggestedInScope))),
    row('"did you mean", off-topic', results.map((r) => pct(s(r).suggestedOffTopic))),
    row('mean citations per answer', results.map((r) => s(r).meanCitations.toFixed(2))),
  ];
}

function describeMiss(m: Miss): string {
  const got = m.got.kind === 'answer' ? `answered ${m.got.entry ?? ''} [${m.got.citations.join(',')}]` : m.got.kind === 'suggest' ? `did you mean ${(m.got.offered ?? []).join(' / ')}` : 'abstained';
  return `  ${JSON.stringify(m.q)} — expected ${m.expected.length ? m.expected.join(',') : 'abstain'}; ${got}`;
}

/** For each wrong answer, the entry that would have been right (the best-ranked one citing a labelled sentence) and the one given. */
function confusedPairs(misses: readonly Miss[]): [string, number][] {
  const bot = new TalksBot(loadKnowledge(`${PROJECT_ROOT}/knowledge`));
  const pairs = new Map<string, number>();
  for (const m of misses) {
    if (m.expected.length === 0 || m.got.kind === 'abstain') continue;
    const right = bot.match(m.q).candidates.find((c) => c.entry.answer.some((id) => m.expected.includes(id)))?.entry.id ?? '(none)';
    const given = m.got.kind === 'answer' ? [m.got.entry ?? '?'] : (m.got.offered ?? []).filter((e) => e !== right);
    for (const g of given) {
      const key = [right, g].sort().join(' ↔ ');
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  return [...pairs].sort((a, b) => b[1] - a[1]);
}

const results: WorkerResult[] = [];
for (const name of SYSTEM_NAMES) results.push(await runWorker(name));
const questions = [...loadEvalSet('dev'), ...loadEvalSet('holdout')].map((q) => q.q);
const terminalRssMb = await terminalPeakRss(questions);
const bot = results[0]!;
const misses = showHeldAside ? [...bot.dev.misses, ...bot.holdout.misses] : bot.dev.misses;
const pairs = confusedPairs(misses);

if (json) {
  // The JSON hides the held-aside misses as the text does: only how many there are, unless asked for.
  const shown = showHeldAside
    ? results
    : results.map(({ holdout: { misses: held, ...holdout }, ...r }) => ({ ...r, holdout: { ...holdout, missesHidden: held.length } }));
  process.stdout.write(`${JSON.stringify({ date: new Date().toISOString(), node: process.version, results: shown, terminalRssMb, confusedPairs: pairs }, null, 2)}\n`);
} else {
  const lines = [
    `talks-bot bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}`,
    '',
    row('', results.map((r) => r.system)),
    'held-aside part (never tuned on):',
    ...qualityRows(results, 'holdout'),
    'dev part (cut-offs and knowledge tuned on it):',
    ...qualityRows(results, 'dev'),
    'speed and memory (all questions):',
    row('latency p50 per question', results.map((r) => `${r.latencyUs.p50.toFixed(0)} µs`)),
    row('latency p99 per question', results.map((r) => `${r.latencyUs.p99.toFixed(0)} µs`)),
    row('index build', results.map((r) => `${r.buildMs.toFixed(2)} ms`)),
    row('peak RSS of the process', results.map((r) => `${r.peakRssMb.toFixed(1)} MB`)),
    '',
    `terminal mode (npm run ask -- --json over every question): peak RSS ${terminalRssMb === null ? 'n/a (no /proc)' : `${terminalRssMb.toFixed(1)} MB`}`,
    '',
    showHeldAside
      ? `questions the bot gets wrong, both parts (${misses.length}):`
      : `questions the bot gets wrong in the dev part (${misses.length}; the held-aside part's ${bot.holdout.misses.length} are listed with --show-held-aside):`,
    ...misses.map(describeMiss),
    '',
    `entry pairs the bot confuses in ${showHeldAside ? 'both parts' : 'the dev part'} (right ↔ given, count):`,
    ...(pairs.length ? pairs.map(([k, n]) => `  ${k}: ${n}`) : ['  none']),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
