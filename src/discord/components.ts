import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type ButtonInteraction } from 'discord.js';
import { MAX_SUGGESTIONS } from '../core/decide.js';
import type { Reply } from '../core/reply.js';
import type { DiscordContext } from './context.js';
import { LIMITS, NO_MENTIONS } from './limits.js';
import { clip, ephemeral, toMessage } from './render.js';
import { answerChosen } from './answer.js';
import { handleReviewButton } from './review.js';

/** "Did you mean" buttons stop working after this long. */
export const SUGGESTION_TTL_MS = 10 * 60 * 1000;

export type Row = APIActionRowComponent<APIButtonComponent>;

export const NOT_YOURS = 'Only the person who asked can choose here. Ask your own question with /ask.';
export const EXPIRED_NOTE = 'These suggestions expired after 10 minutes. Please ask again.';
export const NO_FEEDBACK = "Thanks! Feedback isn't being recorded right now, though.";

/** Up to 3 buttons, one per suggested entry; only `askerId` may press them, for 10 minutes. */
function suggestionRow(reply: Reply, questionId: number, askerId: string, now: number): Row {
  const issued = Math.floor(now / 1000);
  return {
    type: ComponentType.ActionRow,
    components: reply.suggestions.slice(0, MAX_SUGGESTIONS).map((s) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: clip(s.question, LIMITS.buttonLabel),
      custom_id: `dym:${questionId}:${s.entryId}:${askerId}:${issued}`,
    })),
  };
}

function voteRow(questionId: number): Row {
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👍' }, label: 'Helpful', custom_id: `vote:up:${questionId}` },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, emoji: { name: '👎' }, label: 'Not helpful', custom_id: `vote:down:${questionId}` },
    ],
  };
}

/** The buttons a reply carries: "did you mean" choices, or 👍/👎 on an answer (when feedback is stored). */
export function componentsFor(reply: Reply, questionId: number | null, askerId: string, now = Date.now()): Row[] {
  if (reply.kind === 'suggest' && reply.suggestions.length > 0) return [suggestionRow(reply, questionId ?? 0, askerId, now)];
  if (reply.kind === 'answer' && questionId !== null) return [voteRow(questionId)];
  return [];
}

/** A button press: a "did you mean" choice (answered in place) or a vote. */
export async function handleButton(interaction: ButtonInteraction, ctx: DiscordContext, now = Date.now()): Promise<void> {
  const parts = interaction.customId.split(':');
  if (parts[0] === 'dym') {
    const [, qid, entryId = '', askerId, issued] = parts;
    if (interaction.user.id !== askerId) {
      await interaction.reply(ephemeral(NOT_YOURS));
      return;
    }
    if (now - Number(issued) * 1000 > SUGGESTION_TTL_MS) {
      await closeWithNote(interaction, EXPIRED_NOTE);
      return;
    }
    const reply = ctx.bot.answerEntry(entryId);
    if (!reply) {
      await interaction.reply(ephemeral("That entry no longer exists (the knowledge changed). Please ask again."));
      return;
    }
    safely(ctx, () => ctx.feedback?.markResolved(Number(qid), entryId));
    // The vote buttons of the answer belong to the user's own question, now answered by their choice.
    const asked = safely(ctx, () => ctx.feedback?.question(Number(qid)))?.question ?? reply.title;
    const answer = answerChosen(ctx, reply, asked, askerId ?? '', now);
    await interaction.update(toMessage(answer.reply, answer.components));
    return;
  }
  if (parts[0] === 'vote') {
    const [, direction, qid] = parts;
    const vote = direction === 'up' ? 1 : -1;
    const result = ctx.feedback ? safely(ctx, () => ctx.feedback?.vote(Number(qid), interaction.user.id, vote)) : undefined;
    ctx.logger.info('vote', { vote, result: result ?? 'not stored' });
    const text =
      result === undefined || result === 'unknown-question'
        ? NO_FEEDBACK
        : `Thanks for the ${vote === 1 ? '👍' : '👎'}${result === 'changed' ? ' (your vote is changed)' : ''}. You can change it any time.`;
    await interaction.reply(ephemeral(text));
    return;
  }
  if (parts[0] === 'rev') {
    await handleReviewButton(interaction, ctx);
    return;
  }
  await interaction.reply(ephemeral('That button is no longer supported. Please ask again.'));
}

/** Edits the pressed message in place: its buttons removed, `note` as the footer of its embed. */
export async function closeWithNote(interaction: ButtonInteraction, note: string): Promise<void> {
  const [embed] = interaction.message.embeds;
  await interaction.update({
    embeds: embed ? [{ ...embed.toJSON(), footer: { text: note } }] : [],
    components: [],
    allowedMentions: NO_MENTIONS,
  });
}

/** Runs a storage call; a storage failure is logged and never stops an answer. */
export function safely<T>(ctx: DiscordContext, run: () => T): T | undefined {
  try {
    return run();
  } catch (err) {
    ctx.logger.error('feedback storage failed; answering without it', { error: (err as Error).message });
    return undefined;
  }
}
