import type { ReplyKind } from './reply.js';

/** Running counts of what the bot did with questions, for operators' logs. */
export class QuestionStats {
  answered = 0;
  suggested = 0;
  abstained = 0;

  count(kind: ReplyKind): void {
    if (kind === 'answer') this.answered++;
    else if (kind === 'suggest') this.suggested++;
    else if (kind === 'abstain') this.abstained++;
  }

  snapshot(): { answered: number; suggested: number; abstained: number } {
    return { answered: this.answered, suggested: this.suggested, abstained: this.abstained };
  }
}
