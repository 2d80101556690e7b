/**
 * Measures one system in a process of its own (so its peak RSS is its own) and prints its figures
 * as one JSON object. Run by bench/run.ts.
 */
import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../src/core/knowledge/load.js';
import { PROJECT_ROOT } from '../src/config.js';
import { join } from 'node:path';
import { loadEvalSet, score, type EvalQuestion, type Scores } from './eval.js';
import { SYSTEMS, type SystemName } from './systems.js';

export interface WorkerResult {
  readonly system: SystemName;
  readonly dev: Scores;
  readonly holdout: Scores;
  readonly latencyUs: { readonly p50: number; readonly p99: number; readonly samples: number };
  readonly buildMs: number;
  readonly peakRssMb: number;
}

const ROUNDS = 20;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const name = process.argv[2] as SystemName;
const make = SYSTEMS[name];
if (!make) throw new Error(`unknown system ${name}`);
const kb = loadKnowledge(join(PROJECT_ROOT, 'knowledge'));
const dev = loadEvalSet('dev');
const holdout = loadEvalSet('holdout');
const all: EvalQuestion[] = [...dev, ...holdout];

// Warm the JIT on a throw-away instance, then time each question once per fresh instance
// (so per-word caches start cold in every round).
const warm = make(kb);
for (const q of all) warm.ask(q.q);
const builds: number[] = [];
const samples: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const t0 = performance.now();
  const system = make(kb);
  builds.push(performance.now() - t0);
  for (const q of all) {
    const start = process.hrtime.bigint();
    system.ask(q.q);
    samples.push(Number(process.hrtime.bigint() - start) / 1000);
  }
}
samples.sort((a, b) => a - b);
builds.sort((a, b) => a - b);

const system = make(kb);
const result: WorkerResult = {
  system: name,
  dev: score(system, dev),
  holdout: score(system, holdout),
  latencyUs: { p50: percentile(samples, 50), p99: percentile(samples, 99), samples: samples.length },
  buildMs: builds[Math.floor(builds.length / 2)] ?? 0,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
