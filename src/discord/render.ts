import { escapeMarkdown, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Reply, ReplyKind } from '../core/reply.js';
import { LIMITS, NO_MENTIONS } from './limits.js';

const COLORS: Record<ReplyKind, number> = {
  answer: 0x2f6fdf,
  overview: 0x2f6fdf,
  source: 0x2f6fdf,
  suggest: 0xd9a21b,
  abstain: 0x8a8f98,
  help: 0x3ba55d,
  notice: 0x8a8f98,
};

const OMITTED = '*(Some sentences are left out here to stay within Discord’s limits: use /source to read them.)*';

/** Cuts bot text (never a quote) to `max` characters. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The description: headings in bold, each quoted sentence on its own line with its citation id.
 * Quotes are never cut: when the next one would pass `max`, it and the rest are left out with a note.
 */
function describe(reply: Reply, max: number): string {
  const parts: string[] = [];
  let length = 0;
  const push = (text: string): boolean => {
    const extra = (parts.length > 0 ? 2 : 0) + text.length;
    if (length + extra > max - OMITTED.length - 2) return false;
    parts.push(text);
    length += extra;
    return true;
  };
  outer: for (const block of reply.blocks) {
    if (block.heading && !push(`**${escapeMarkdown(block.heading)}**`)) break;
    if (block.note !== undefined && !push(clip(escapeMarkdown(block.note), max - OMITTED.length - 4))) break;
    for (const q of block.quotes ?? []) {
      const text = escapeMarkdown(q.text);
      const line = q.id === block.focus ? `> **${text}** \`${q.id}\`` : `> ${text} \`${q.id}\``;
      if (!push(line)) {
        parts.push(OMITTED);
        break outer;
      }
    }
  }
  return parts.join('\n\n');
}

/** A reply → one embed within every Discord limit (title 256, description 4096, footer 2048, 6000 in all). */
export function toEmbed(reply: Reply): APIEmbed {
  const title = clip(reply.title, LIMITS.embedTitle);
  const footer = reply.source ? clip(`Source: ${reply.source}`, LIMITS.embedFooter) : undefined;
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - title.length - (footer?.length ?? 0));
  const embed: APIEmbed = { title, description: describe(reply, room), color: COLORS[reply.kind] };
  if (footer) embed.footer = { text: footer };
  return embed;
}

export interface MessagePayload {
  embeds: APIEmbed[];
  allowedMentions: typeof NO_MENTIONS;
  components: APIActionRowComponent<APIButtonComponent>[];
}

/** The one way a Reply becomes a Discord message: one embed, its buttons, no mentions parsed. */
export function toMessage(reply: Reply, components: APIActionRowComponent<APIButtonComponent>[] = []): MessagePayload {
  return { embeds: [toEmbed(reply)], allowedMentions: NO_MENTIONS, components };
}

/** A short message only the user sees (errors, rate-limit notices). */
export function ephemeral(text: string) {
  return { content: clip(text, LIMITS.content), flags: MessageFlags.Ephemeral as const, allowedMentions: NO_MENTIONS };
}

/** Total characters Discord counts against the 6000 limit for one embed. */
export function embedLength(embed: APIEmbed): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
}
