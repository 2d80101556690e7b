import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { TalksBot } from '../core/bot.js';
import type { Suggestion } from '../core/reply.js';
import { replyTo } from './commands.js';
import { renderText } from './render.js';

export const TERMINAL_BANNER = [
  'talks-bot is running in the terminal (no DISCORD_TOKEN is set).',
  'Ask about the planned Japan–China security talks; /agenda, /history, /source S1, /help; /quit to leave.',
  'After "did you mean", type the number of your choice.',
  'To connect it to Discord, put DISCORD_TOKEN in .env (see README.md, "Connect it to Discord").',
].join('\n');

/** The interactive chat: one line, one question; after "did you mean", a number picks an option. */
export async function runChat(bot: TalksBot, input: Readable, output: Writable): Promise<void> {
  output.write(`${TERMINAL_BANNER}\n\n`);
  const rl = createInterface({ input, output, terminal: false });
  let offered: readonly Suggestion[] = [];
  const prompt = () => output.write('> ');
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line !== '') {
      const picked = /^\d$/.test(line) ? offered[Number(line) - 1] : undefined;
      const reply =
        (picked && bot.answerEntry(picked.entryId)) ?? replyTo(bot, line);
      offered = reply.suggestions;
      output.write(`${renderText(reply)}\n\n`);
    }
    prompt();
  }
  rl.close();
}
