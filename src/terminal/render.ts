import type { Reply } from '../core/reply.js';

/** A reply as plain text for the terminal and for the --json "reply" field. */
export function renderText(reply: Reply): string {
  const lines: string[] = [reply.title];
  for (const block of reply.blocks) {
    if (block.heading) lines.push('', /[?!.:]$/.test(block.heading) ? block.heading : `${block.heading}:`);
    if (block.note !== undefined) lines.push(block.note);
    for (const q of block.quotes ?? []) {
      lines.push(`  “${q.text}” [${q.id}]${q.id === block.focus ? '  ◀' : ''}`);
    }
  }
  if (reply.source) lines.push(`— ${reply.source}`);
  return lines.join('\n');
}
