import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { TalksBot } from '../core/bot.js';
import { startCore } from '../startup.js';
import { TERMINAL_COMMANDS, replyTo } from './commands.js';
import { toJsonResult } from './json.js';
import { endQuietlyWhenOutputCloses } from './output.js';
import { renderText } from './render.js';

const USAGE = `Usage: npm run ask -- [--json] ["question"]
       npm run ask -- [--json] --command agenda|history|help|source [ID]
With no question, reads questions from standard input, one per line.`;

function answer(bot: TalksBot, question: string, json: boolean): string {
  const reply = replyTo(bot, question);
  return json ? JSON.stringify(toJsonResult(question, reply)) : `${renderText(reply)}\n`;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, command: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { bot } = startCore();
  const json = values.json === true;
  if (values.command !== undefined) {
    if (!(TERMINAL_COMMANDS as readonly string[]).includes(values.command)) {
      process.stderr.write(`Unknown command "${values.command}". Commands: ${TERMINAL_COMMANDS.join(', ')}.\n`);
      return 2;
    }
    process.stdout.write(`${answer(bot, `/${values.command} ${positionals.join(' ')}`.trim(), json)}\n`);
    return 0;
  }
  if (positionals.length > 0) {
    process.stdout.write(`${answer(bot, positionals.join(' '), json)}\n`);
    return 0;
  }
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    if (line.trim() !== '') process.stdout.write(`${answer(bot, line.trim(), json)}\n`);
  }
  return 0;
}

endQuietlyWhenOutputCloses();
process.exitCode = await main();
