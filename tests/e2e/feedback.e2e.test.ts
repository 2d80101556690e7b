import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRED_NOTE, NOT_YOURS } from '../../src/discord/components.js';
import { REVIEW_FORBIDDEN } from '../../src/discord/review.js';
import { type BotProcess, ROOT, botFor } from './bot-process.js';
import { CHANNEL_ID, DiscordStandIn, REVIEW_CHANNEL_ID, buttonInteraction, isCallback, isReplyTo, mentionOfBot, userMessage } from './discord-standin.js';

const mention = mentionOfBot;
const isReply = (messageId: string) => isReplyTo(CHANNEL_ID, messageId);
const otherUser = { id: '900000000000000042', username: 'someone-else', discriminator: '0', global_name: null, avatar: null };

const startBot = (discord: DiscordStandIn, dbPath: string) => botFor(discord.apiUrl, { FEEDBACK_DB_PATH: dbPath });

function gaps(dbPath: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'gaps'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DISCORD_TOKEN: '', FEEDBACK_DB_PATH: dbPath } });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.on('exit', () => resolve(out));
  });
}

describe('"did you mean" buttons, votes and the gap report, through the Discord stand-in', () => {
  let discord: DiscordStandIn;
  let bot: BotProcess;
  const dbPath = join(mkdtempSync(join(tmpdir(), 'talks-db-')), 'feedback.sqlite');

  async function ask(content: string) {
    const msg = userMessage({ content: `${mention} ${content}`, mentionsBot: true });
    discord.dispatch('MESSAGE_CREATE', msg);
    return discord.waitForCall(isReply(msg.id));
  }

  async function press(customId: string, message: Record<string, unknown>, user?: Record<string, unknown>) {
    const payload = buttonInteraction(customId, message, user);
    discord.dispatch('INTERACTION_CREATE', payload);
    return discord.waitForCall(isCallback(payload));
  }

  beforeAll(async () => {
    discord = await new DiscordStandIn().start();
    bot = startBot(discord, dbPath);
    await bot.waitForLog((l) => l.msg === 'connected to Discord');
  });

  afterAll(async () => {
    await bot?.stop();
    await discord?.stop();
  });

  it('a vague question shows up to 3 buttons; the asker’s press answers that entry in place', async () => {
    const reply = await ask('what about self-defense?');
    const buttons = reply.body.components[0].components;
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    expect(buttons.length).toBeLessThanOrEqual(3);
    for (const b of buttons) expect(b.label.length).toBeLessThanOrEqual(80);
    const choice = buttons.find((b: { custom_id: string }) => b.custom_id.includes(':south-china-sea:'));
    expect(choice).toBeDefined();

    const other = await press(choice.custom_id, reply.body, otherUser);
    expect(other.body).toMatchObject({ type: 4, data: { content: NOT_YOURS, flags: 64 } });

    const answered = await press(choice.custom_id, reply.body);
    expect(answered.body.type).toBe(7);
    expect(answered.body.data.embeds[0].title).toBe('What will China ask about the South China Sea?');
    expect(answered.body.data.embeds[0].description).toContain('South China Sea');
    const votes = answered.body.data.components[0].components.map((b: { custom_id: string }) => b.custom_id);
    expect(votes).toEqual([expect.stringMatching(/^vote:up:\d+$/), expect.stringMatching(/^vote:down:\d+$/)]);
  });

  it('buttons stop working after 10 minutes, with a clear note', async () => {
    const reply = await ask('what about self-defense?');
    const [button] = reply.body.components[0].components;
    const stale = button.custom_id.replace(/:\d+$/, `:${Math.floor(Date.now() / 1000) - 11 * 60}`);
    const expired = await press(stale, reply.body);
    expect(expired.body.type).toBe(7);
    expect(expired.body.data.components).toEqual([]);
    expect(expired.body.data.embeds[0].footer.text).toBe(EXPIRED_NOTE);
  });

  it('every answer carries 👍/👎; a vote lands in the database, one per user, changeable', async () => {
    const reply = await ask('where were the last talks held?');
    const [up, down] = reply.body.components[0].components;
    expect(up.emoji.name).toBe('👍');
    expect(down.emoji.name).toBe('👎');
    expect((await press(up.custom_id, reply.body)).body.data.content).toMatch(/^Thanks for the 👍/);
    expect((await press(down.custom_id, reply.body)).body.data.content).toMatch(/^Thanks for the 👎 \(your vote is changed\)/);
    const db = new Database(dbPath, { readonly: true });
    const rows = db.prepare('SELECT q.question, q.entry, q.confidence, v.vote, v.voter FROM votes v JOIN questions q ON q.id = v.question_id').all() as any[];
    db.close();
    const vote = rows.find((r) => r.question === 'where were the last talks held?');
    expect(vote).toMatchObject({ entry: 'last-round', vote: -1 });
    expect(vote.confidence).toBeGreaterThan(0);
    expect(vote.voter).not.toContain('900000000000000007');
    expect(rows.filter((r) => r.question === 'where were the last talks held?')).toHaveLength(1);
  });

  it('votes survive a restart, and npm run gaps lists the unanswered questions asked', async () => {
    await ask('who won the world cup?');
    await ask('what about self-defense?'); // a "did you mean" nobody resolves
    await bot.stop();
    bot = startBot(discord, dbPath);
    const ready = await bot.waitForLog((l) => l.msg === 'feedback storage ready');
    expect(ready.votes).toBeGreaterThanOrEqual(1);
    const report = await gaps(dbPath);
    expect(report).toContain('"who won the world cup?"');
    expect(report).toMatch(/2× "what about self-defense\?"/);
    expect(report).toMatch(/last-round: 1 👎, 0 👍/);
  });

  it('a corrupt database is reported and the bot answers without feedback', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'talks-db-')), 'feedback.sqlite');
    writeFileSync(broken, 'this is not a database '.repeat(100));
    const discord2 = await new DiscordStandIn().start();
    const bot2 = startBot(discord2, broken);
    try {
      await bot2.waitForLog((l) => l.msg.startsWith('feedback storage unavailable'));
      await bot2.waitForLog((l) => l.msg === 'connected to Discord');
      const msg = userMessage({ content: `${mention} diaoyu?`, mentionsBot: true });
      discord2.dispatch('MESSAGE_CREATE', msg);
      const reply = await discord2.waitForCall(isReply(msg.id));
      expect(reply.body.embeds[0].description).toContain('Diaoyu');
      expect(reply.body.components).toEqual([]);
    } finally {
      await bot2.stop();
      await discord2.stop();
    }
  });
});

describe('moderator review through the Discord stand-in', () => {
  let discord: DiscordStandIn;
  let bot: BotProcess;
  const dir = mkdtempSync(join(tmpdir(), 'talks-kb-'));

  beforeAll(async () => {
    cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
    discord = await new DiscordStandIn().start();
    bot = botFor(discord.apiUrl, { REVIEW_CHANNEL_ID, KNOWLEDGE_DIR: dir });
    await bot.waitForLog((l) => l.msg === 'connected to Discord');
  });

  afterAll(async () => {
    await bot?.stop();
    await discord?.stop();
  });

  it('posts an unanswered question with "add as a phrasing" buttons; a moderator’s press adds it and the bot then answers it', async () => {
    const question = 'navy drones and space lasers @everyone';
    const msg = userMessage({ content: `${mention} ${question}`, mentionsBot: true });
    discord.dispatch('MESSAGE_CREATE', msg);
    expect((await discord.waitForCall(isReply(msg.id))).body.embeds[0].title).toBe("The article doesn't say");
    const post = await discord.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${REVIEW_CHANNEL_ID}/messages`);
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    expect(post.body.embeds[0].description).toContain('> navy drones and space lasers @everyone');
    const button = post.body.components[0].components.find((b: { custom_id: string }) => b.custom_id.endsWith(':south-china-sea'));
    expect(button).toBeDefined();

    const refused = buttonInteraction(button.custom_id, post.body, otherUser, '0');
    discord.dispatch('INTERACTION_CREATE', refused);
    expect((await discord.waitForCall(isCallback(refused))).body.data.content).toBe(REVIEW_FORBIDDEN);

    const accepted = buttonInteraction(button.custom_id, post.body, otherUser, String(1 << 13));
    discord.dispatch('INTERACTION_CREATE', accepted);
    const done = await discord.waitForCall(isCallback(accepted));
    expect(done.body.type).toBe(7);
    expect(done.body.data.embeds[0].footer.text).toBe('Added as a phrasing of "south-china-sea".');
    const qa = JSON.parse(readFileSync(join(dir, 'qa.json'), 'utf8'));
    expect(qa.entries.find((e: { id: string }) => e.id === 'south-china-sea').alternates).toContain(question);

    const again = userMessage({ content: `${mention} navy drones and space lasers`, mentionsBot: true });
    discord.dispatch('MESSAGE_CREATE', again);
    expect((await discord.waitForCall(isReply(again.id))).body.embeds[0].description).toContain('patrol activities in the South China Sea');
  });
});
