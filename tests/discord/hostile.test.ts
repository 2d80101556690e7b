import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/discord/messages.js';
import { LIMITS } from '../../src/discord/limits.js';
import { embedLength } from '../../src/discord/render.js';
import { BOT_ID, fakeMessage, testContext, type SentReply } from './fakes.js';

const HOSTILE: [string, string][] = [
  ['empty', ''],
  ['whitespace only', ' \t\n  '],
  ['only the bot mention', `<@${BOT_ID}>`],
  ['4,000+ characters', `when are the talks ${'blah '.repeat(900)}`],
  ['only emoji', '🇯🇵🤝🇨🇳🔥🔥'],
  ['zero-width and right-to-left marks', '\u200bwhen\u200d are\u200f the \u202etalks\u202c?'],
  ['a code block and markdown', '```js\nwhen are the talks?\n``` **bold** _it_ ~~x~~ ||spoiler|| # h1'],
  ['@everyone, @here, role, user and channel mentions', '@everyone @here <@&444444444444444444> <@555555555555555555> <#666666666666666666> diaoyu?'],
  ['links', 'https://example.com/senkaku?x=<@&1> http://[::1]/'],
  ['null bytes and control characters', 'when\u0000 are\u0007 the\u001b[31m talks\u0000?'],
  ['Japanese', '尖閣諸島'],
  ['Chinese', '釣魚島'],
  ['a Chinese name', '王毅'],
  ['lone surrogates', '\ud800when\udfff are the talks'],
];

describe('hostile input through the message handler', () => {
  it.each(HOSTILE)('%s: one reply, within limits, parsing no mention, never echoing user text', async (_, content) => {
    const sent: SentReply[] = [];
    await handleMessage(fakeMessage('1', content, sent), testContext());
    expect(sent).toHaveLength(1);
    const options = sent[0]!.options;
    expect(options.allowedMentions).toEqual({ parse: [] });
    expect(options.failIfNotExists).toBe(false);
    expect(options.embeds).toHaveLength(1);
    const [embed] = options.embeds;
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(embed.description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    const text = JSON.stringify(embed);
    for (const token of ['@everyone', '@here', '<@&', '<@5', '<#', 'example.com', '\\u0000', '```']) expect(text).not.toContain(token);
  });
});
