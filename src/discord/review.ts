import { ButtonStyle, ComponentType, PermissionFlagsBits, escapeMarkdown, type ButtonInteraction, type Client } from 'discord.js';
import { KnowledgeError } from '../core/knowledge/validate.js';
import { addPhrasing } from '../feedback/review.js';
import { closeWithNote } from './components.js';
import type { DiscordContext } from './context.js';
import { LIMITS, NO_MENTIONS } from './limits.js';
import { clip, ephemeral } from './render.js';

export const REVIEW_FORBIDDEN = 'Only members who can manage messages can add phrasings.';

/**
 * Posts an unanswered question to the review channel with "add as a phrasing of…" buttons for
 * its nearest entries. The question is quoted as text: markdown escaped, no mention parsed.
 */
export async function postForReview(client: Client, ctx: DiscordContext, questionId: number, question: string): Promise<void> {
  if (!ctx.reviewChannelId) return;
  const channel = await client.channels.fetch(ctx.reviewChannelId);
  if (!channel?.isSendable()) {
    ctx.logger.warn('review channel is not a text channel the bot can send to', { channel: ctx.reviewChannelId });
    return;
  }
  const nearest = ctx.bot.match(question).candidates.slice(0, 3);
  await channel.send({
    embeds: [
      {
        title: 'Unanswered question',
        description: `> ${clip(escapeMarkdown(question.replace(/\s+/g, ' ')), LIMITS.embedDescription - 200)}\n\n${
          nearest.length ? 'Add it as a phrasing of an entry:' : 'No entry comes near: consider a new Q&A entry.'
        }`,
      },
    ],
    components: nearest.length
      ? [
          {
            type: ComponentType.ActionRow,
            components: nearest.map((c) => ({
              type: ComponentType.Button as const,
              style: ButtonStyle.Secondary as const,
              label: clip(`Add to: ${c.entry.question}`, LIMITS.buttonLabel),
              custom_id: `rev:${questionId}:${c.entry.id}`,
            })),
          },
        ]
      : [],
    allowedMentions: NO_MENTIONS,
  });
}

/** "Add as a phrasing of…": moderators only; the knowledge is validated before it is written and served. */
export async function handleReviewButton(interaction: ButtonInteraction, ctx: DiscordContext): Promise<void> {
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) {
    await interaction.reply(ephemeral(REVIEW_FORBIDDEN));
    return;
  }
  const [, qid, entryId = ''] = interaction.customId.split(':');
  const asked = ctx.feedback?.question(Number(qid));
  if (!asked) {
    await interaction.reply(ephemeral('That question is no longer stored (feedback storage is off, or it was pruned).'));
    return;
  }
  try {
    const { kb, added } = addPhrasing(ctx.knowledgeDir, entryId, asked.question);
    ctx.bot.replaceKnowledge(kb);
    ctx.logger.info('phrasing added by review', { entry: entryId, added });
    await closeWithNote(interaction, added ? `Added as a phrasing of "${entryId}".` : `Already a phrasing of "${entryId}".`);
  } catch (err) {
    const problem = err instanceof KnowledgeError ? err.problems.map((p) => `${p.file} ${p.entry ?? ''}: ${p.problem}`).join('; ') : (err as Error).message;
    ctx.logger.error('could not add the phrasing', { entry: entryId, problem });
    await interaction.reply(ephemeral(`Not added: ${problem}`));
  }
}
