import { ask } from './ask.js';
import { agenda, help, history } from './overviews.js';
import { source } from './source.js';
import type { Command } from './types.js';

/** The one list of commands: deploy-commands registers these, the router dispatches to them. */
export const COMMANDS: readonly Command[] = [ask, agenda, history, source, help];

export const commandsByName: ReadonlyMap<string, Command> = new Map(COMMANDS.map((c) => [c.data.name, c]));
