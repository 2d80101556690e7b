import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';

function capture(options: Parameters<typeof createLogger>[0]) {
  const lines: string[] = [];
  return { lines, log: createLogger({ ...options, write: (l) => lines.push(l) }) };
}

describe('createLogger', () => {
  it('writes one JSON object per line, at or above the level', () => {
    const { lines, log } = capture({ level: 'info', json: true });
    log.debug('hidden');
    log.info('question', { outcome: 'answer', confidence: 0.9 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', msg: 'question', outcome: 'answer', confidence: 0.9 });
  });

  it('writes readable lines on a terminal', () => {
    const { lines, log } = capture({ level: 'debug', json: false });
    log.warn('gateway disconnected', { code: 4000 });
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d WARN  gateway disconnected code=4000$/);
  });

  it('redacts the token wherever it appears, errors included', () => {
    const { lines, log } = capture({ level: 'debug', json: true, secrets: ['MTIz.secret.token'] });
    log.error('login failed', { error: new Error('401 for token MTIz.secret.token') });
    expect(lines[0]).not.toContain('MTIz.secret.token');
    expect(lines[0]).toContain('[redacted]');
  });
});
