import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TalksBot } from '../../src/core/bot.js';
import { runChat } from '../../src/terminal/chat.js';
import { realKnowledge } from '../helpers.js';

async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString('utf8')));
  const done = runChat(new TalksBot(realKnowledge()), input, output);
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return text;
}

describe('the terminal chat', () => {
  it('says it runs in the terminal and how to connect it to Discord', async () => {
    const out = await chat([]);
    expect(out).toMatch(/running in the terminal/);
    expect(out).toMatch(/DISCORD_TOKEN/);
  });

  it('answers a question with cited sentences and the source line', async () => {
    const out = await chat(['diaoyu?']);
    expect(out).toContain('“The uninhabited islets are claimed by Taiwan and by China, which calls them Diaoyu.” [S14]');
    expect(out).toContain('— Kyodo, citing diplomatic sources');
  });

  it('runs /agenda, /history, /source and /help, and stops at /quit', async () => {
    const out = await chat(['/agenda', '/history', '/source s15', '/help', '/quit', 'never answered']);
    expect(out).toContain('Japan is expected to raise:');
    expect(out).toContain('Earlier rounds:');
    expect(out).toContain('Paragraph 14 of 14:');
    expect(out).toContain('/ask — ask a question');
    expect(out).not.toContain('never answered');
  });

  it('after "did you mean", a number picks that option', async () => {
    const out = await chat(['what about self-defense?', '1']);
    const [, afterSuggest = ''] = out.split('Pick one, or ask again in other words:');
    const first = /1\. (.+)/.exec(afterSuggest)?.[1];
    expect(first).toBeDefined();
    expect(afterSuggest).toContain(`> ${first}\n`);
  });
});
