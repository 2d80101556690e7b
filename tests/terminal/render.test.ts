import { describe, expect, it } from 'vitest';
import { TalksBot } from '../../src/core/bot.js';
import { renderText } from '../../src/terminal/render.js';
import { realKnowledge } from '../helpers.js';

const bot = new TalksBot(realKnowledge());

describe('renderText', () => {
  it('ends an overview heading with a colon', () => {
    expect(renderText(bot.overview('agenda')).split('\n')).toContain('Japan is expected to raise:');
  });

  it('shows a close call as the first answer, then the second under its question, without a colon after the question mark', () => {
    const lines = renderText(bot.ask('what does tokyo want from these talks').reply).split('\n');
    expect(lines[0]).toBe('What will Japan ask China?');
    expect(lines).toContain('What does Japan hope the talks will achieve?');
    expect(lines.filter((l) => l.startsWith('  “')).map((l) => l.slice(-5))).toEqual(['[S3]', '[S10]', '[S6]'].map((id) => id.padStart(5)));
  });
});
