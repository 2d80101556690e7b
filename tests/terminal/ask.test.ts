import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_DIR, ROOT, realKnowledge } from '../helpers.js';

const ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DISCORD_TOKEN: '' };

function ask(args: string[], input?: string, env: Record<string, string> = {}) {
  return runProcess(process.execPath, ['--import', 'tsx', 'src/terminal/ask.ts', ...args], input, env);
}

function runProcess(command: string, args: string[], input?: string, env: Record<string, string> = {}) {
  return new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...ENV, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('exit', (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(input ?? '');
  });
}

const sentences = [...realKnowledge().sentences.values()];

function expectContract(obj: any) {
  expect(Object.keys(obj).sort()).toEqual(['answered', 'citations', 'confidence', 'entry', 'question', 'reply']);
  expect(typeof obj.question).toBe('string');
  expect(typeof obj.answered).toBe('boolean');
  expect(obj.entry === null || typeof obj.entry === 'string').toBe(true);
  expect(obj.confidence).toBeGreaterThanOrEqual(0);
  expect(obj.confidence).toBeLessThanOrEqual(1);
  expect(typeof obj.reply).toBe('string');
  // citations hold exactly the sentences the reply quotes
  const quoted = sentences.filter((s) => obj.reply.includes(s.text)).map((s) => s.id).sort();
  expect(obj.citations.map((c: any) => c.id).sort()).toEqual(quoted);
  for (const c of obj.citations) expect(c.text).toBe(realKnowledge().sentences.get(c.id)?.text);
}

describe('npm run ask', () => {
  it('--json answers one question with one JSON object and nothing else on standard output', async () => {
    const { stdout, code } = await ask(['--json', 'where were the last talks held?']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const obj = JSON.parse(lines[0]!);
    expectContract(obj);
    expect(obj).toMatchObject({ question: 'where were the last talks held?', answered: true, entry: 'last-round' });
    expect(obj.citations).toEqual([{ id: 'S5', text: 'The last bilateral security talks were held in Beijing in January 2011.' }]);
  });

  it('reads questions from standard input, one per line, one object each; abstain and "did you mean" are not answered', async () => {
    const { stdout } = await ask(['--json'], 'diaoyu?\n\nwhat about self-defense?\nwho won the world cup?\n');
    const objs = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(objs.map((o) => o.question)).toEqual(['diaoyu?', 'what about self-defense?', 'who won the world cup?']);
    for (const o of objs) expectContract(o);
    expect(objs.map((o) => o.answered)).toEqual([true, false, false]);
    expect(objs[1].citations).toEqual([]);
    expect(objs[2]).toMatchObject({ entry: null, citations: [] });
    expect(objs[2].reply).toMatch(/The article doesn't say/);
  });

  it('--command agenda and history with --json print the same object', async () => {
    for (const command of ['agenda', 'history']) {
      const { stdout } = await ask(['--json', '--command', command]);
      const obj = JSON.parse(stdout);
      expectContract(obj);
      expect(obj).toMatchObject({ question: `/${command}`, answered: true, entry: null });
      expect(obj.citations.length).toBeGreaterThan(3);
    }
  });

  it('prints plain text without --json', async () => {
    const { stdout } = await ask(['how many rounds so far?']);
    expect(stdout).toContain('“Japan and China have previously held 12 rounds of bilateral security talks, beginning in 1993.” [S15]');
  });

  it('stops quietly, exit 0, when its reader closes standard output early', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/terminal/ask.ts', '--json'], { cwd: ROOT, env: ENV });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end('diaoyu?\n'.repeat(20_000));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('rejects an unknown command and option with usage', async () => {
    expect((await ask(['--command', 'weather'])).code).toBe(2);
    const bad = await ask(['--jsn']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Usage: npm run ask/);
  });

  it('through npm itself, standard output holds only the JSON', async () => {
    const { stdout } = await runProcess('npm', ['run', 'ask', '--', '--json', 'senkaku?']);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expectContract(JSON.parse(stdout));
  });
});

describe('start-up checks', () => {
  it('a broken knowledge file stops the bot with the file, the entry and the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-kb-'));
    cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
    const qa = JSON.parse(readFileSync(join(dir, 'qa.json'), 'utf8'));
    qa.entries[3].answer = ['S42'];
    writeFileSync(join(dir, 'qa.json'), JSON.stringify(qa));
    const { code, stderr, stdout } = await ask(['diaoyu?'], '', { KNOWLEDGE_DIR: dir });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('qa.json [last-round]: unknown sentence id "S42"');
  });

  it('a malformed variable stops the bot with a message naming it', async () => {
    const { code, stderr } = await ask(['diaoyu?'], '', { LOG_LEVEL: 'chatty' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Configuration error: LOG_LEVEL must be one of/);
  });

  it('npm start without a token chats in the terminal', async () => {
    const { stdout, code } = await runProcess('npm', ['start'], 'when are the talks?\n');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^talks-bot is running in the terminal/);
    expect(stdout).toContain('[S1]');
  });
});
