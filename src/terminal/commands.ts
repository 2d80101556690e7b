import type { TalksBot } from '../core/bot.js';
import type { Reply } from '../core/reply.js';

export type TerminalCommand = 'agenda' | 'history' | 'help' | 'source';
export const TERMINAL_COMMANDS: readonly TerminalCommand[] = ['agenda', 'history', 'help', 'source'];

/** Runs "/agenda", "/history", "/help" or "/source ID"; undefined when the line is not a command. */
export function runCommand(bot: TalksBot, line: string): Reply | undefined {
  const m = /^\/(\w+)\s*(.*)$/.exec(line.trim());
  if (!m) return undefined;
  const [, name = '', arg = ''] = m;
  switch (name.toLowerCase()) {
    case 'agenda':
      return bot.overview('agenda');
    case 'history':
      return bot.overview('history');
    case 'help':
      return bot.help();
    case 'source':
      return bot.source(arg);
    default:
      return undefined;
  }
}

/** A terminal line → its reply: a command if it is one, else a question. */
export function replyTo(bot: TalksBot, line: string): Reply {
  return runCommand(bot, line) ?? bot.ask(line).reply;
}
