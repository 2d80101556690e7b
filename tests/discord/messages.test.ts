import { describe, expect, it } from 'vitest';
import { questionFrom, type IncomingMessage } from '../../src/discord/messages.js';

const BOT = '111111111111111111';
const ASK = '222222222222222222';
const OTHER = '333333333333333333';
const asks = new Set([ASK]);

const msg = (over: Partial<IncomingMessage>): IncomingMessage => ({
  authorId: '444444444444444444',
  authorIsBot: false,
  channelId: OTHER,
  isDirect: false,
  mentionsBot: false,
  content: 'when are the talks?',
  ...over,
});

describe('which messages the bot answers', () => {
  it('a mention, with the mention removed', () => {
    expect(questionFrom(msg({ mentionsBot: true, content: `<@${BOT}> when are the talks?` }), BOT, asks)).toBe('when are the talks?');
    expect(questionFrom(msg({ mentionsBot: true, content: `hey <@!${BOT}>, diaoyu?` }), BOT, asks)).toBe('hey , diaoyu?');
  });

  it('a bare mention, as an empty question (the bot answers with help)', () => {
    expect(questionFrom(msg({ mentionsBot: true, content: `<@${BOT}>` }), BOT, asks)).toBe('');
  });

  it('every message in an ask channel', () => {
    expect(questionFrom(msg({ channelId: ASK }), BOT, asks)).toBe('when are the talks?');
  });

  it('a direct message', () => {
    expect(questionFrom(msg({ isDirect: true }), BOT, asks)).toBe('when are the talks?');
  });

  it('not a message elsewhere without a mention', () => {
    expect(questionFrom(msg({}), BOT, asks)).toBeNull();
  });

  it('never a bot, nor itself', () => {
    expect(questionFrom(msg({ authorIsBot: true, mentionsBot: true, isDirect: true }), BOT, asks)).toBeNull();
    expect(questionFrom(msg({ authorId: BOT, channelId: ASK }), BOT, asks)).toBeNull();
  });
});
