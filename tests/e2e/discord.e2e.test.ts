import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotProcess, ROOT, botFor } from './bot-process.js';
import {
  APP_ID,
  ASK_CHANNEL_ID,
  BOT_ID,
  CHANNEL_ID,
  DiscordStandIn,
  DM_CHANNEL_ID,
  GUILD_ID,
  ROLE_ID,
  USER_ID,
  botUser,
  commandInteraction,
  isCallback,
  isReplyTo,
  mentionOfBot,
  userMessage,
} from './discord-standin.js';

const BASE_INTENTS = GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages;
const S1_START = 'Japan and China plan to hold in bilateral security talks in Tokyo as early as April';
const S5 = 'The last bilateral security talks were held in Beijing in January 2011.';

const mention = mentionOfBot;

/** Sends a mention and waits for the reply to it. */
async function ask(discord: DiscordStandIn, content: string, channelId = CHANNEL_ID) {
  const msg = userMessage({ content: `${mention} ${content}`, mentionsBot: true, channelId });
  discord.dispatch('MESSAGE_CREATE', msg);
  return discord.waitForCall(isReplyTo(channelId, msg.id));
}

async function interact(discord: DiscordStandIn, payload: ReturnType<typeof commandInteraction>) {
  discord.dispatch('INTERACTION_CREATE', payload);
  return discord.waitForCall(isCallback(payload));
}

const startBot = (discord: DiscordStandIn, env: Record<string, string> = {}, script?: string) => botFor(discord.apiUrl, env, script);

describe('the real bot through a Discord stand-in: mentions, DMs, slash commands, faults', () => {
  let discord: DiscordStandIn;
  let bot: BotProcess;

  beforeAll(async () => {
    discord = await new DiscordStandIn().start();
    bot = startBot(discord);
    await bot.waitForLog((l) => l.msg === 'connected to Discord');
  });

  afterAll(async () => {
    await bot?.stop();
    await discord?.stop();
  });

  it('logs in: GET /gateway/bot, IDENTIFY with exactly Guilds, GuildMessages and DirectMessages, then ready', async () => {
    expect(discord.calls.some((c) => c.method === 'GET' && c.path === '/gateway/bot')).toBe(true);
    const identify = await discord.waitForIdentify();
    expect(identify.token).toBe('stand.in.token');
    expect(identify.intents).toBe(BASE_INTENTS);
    expect(bot.logs.find((l) => l.msg === 'connected to Discord')?.guilds).toBe(1);
  });

  it('answers a mention with a reply to that message, quoting the right sentence, parsing no mentions', async () => {
    const call = await ask(discord, 'wen r the talks');
    expect(call.body.allowed_mentions).toEqual({ parse: [] });
    const [embed] = call.body.embeds;
    expect(embed.title).toBe('When will the Japan–China security talks be held?');
    expect(embed.description).toContain(S1_START);
    expect(embed.description).toContain('`S1`');
    expect(embed.footer.text).toBe('Source: Kyodo, citing diplomatic sources');
  });

  it('answers a bare mention with the help text', async () => {
    const call = await ask(discord, '');
    expect(call.body.embeds[0].title).toBe('What I can answer');
  });

  it('ignores a message without a mention outside ask channels, and any message from a bot', async () => {
    const plain = userMessage({ content: 'when are the talks?' });
    const fromBot = userMessage({ content: `${mention} when are the talks?`, mentionsBot: true, author: { ...botUser, id: '900000000000000099', username: 'other-bot' } });
    const fromSelf = userMessage({ content: `${mention} when are the talks?`, mentionsBot: true, author: botUser });
    const start = discord.calls.length;
    discord.dispatch('MESSAGE_CREATE', plain);
    discord.dispatch('MESSAGE_CREATE', fromBot);
    discord.dispatch('MESSAGE_CREATE', fromSelf);
    await ask(discord, 'diaoyu?'); // events are handled in order: once this is answered, the others were seen
    const replies = discord.calls.slice(start).filter((c) => c.method === 'POST' && c.path.startsWith('/channels/'));
    expect(replies.map((c) => c.body.message_reference?.message_id)).not.toContain(plain.id);
    expect(replies.map((c) => c.body.message_reference?.message_id)).not.toContain(fromBot.id);
    expect(replies.map((c) => c.body.message_reference?.message_id)).not.toContain(fromSelf.id);
    expect(replies).toHaveLength(1);
  });

  it('answers a direct message without a mention', async () => {
    const dm = userMessage({ content: 'where were the last talks held?', channelId: DM_CHANNEL_ID, guild: false });
    discord.dispatch('MESSAGE_CREATE', dm);
    const call = await discord.waitForCall(isReplyTo(DM_CHANNEL_ID, dm.id));
    expect(call.body.embeds[0].description).toContain(S5);
  });

  it('answers a direct message whose MESSAGE_CREATE lacks channel_type (as older gateways send it)', async () => {
    const dm: Record<string, unknown> & { id: string } = userMessage({ content: 'who claims the islands?', channelId: '900000000000000016', guild: false });
    delete dm.channel_type;
    discord.dispatch('MESSAGE_CREATE', dm);
    const call = await discord.waitForCall(isReplyTo('900000000000000016', dm.id));
    expect(call.body.embeds[0].description).toContain('Diaoyu');
  });

  it('pings nobody when the question carries @everyone, @here, a role and a user mention', async () => {
    const call = await ask(discord, `@everyone @here <@&${ROLE_ID}> <@${USER_ID}> who claims the senkakus?`);
    expect(call.body.allowed_mentions).toEqual({ parse: [] });
    const text = JSON.stringify(call.body.embeds);
    expect(text).not.toContain('@everyone');
    expect(text).not.toContain('@here');
    expect(text).not.toContain(`<@&${ROLE_ID}>`);
    expect(text).not.toContain(`<@${USER_ID}>`);
  });

  it('/ask answers with a type 4 callback quoting the right sentence', async () => {
    const call = await interact(discord, commandInteraction('ask', [{ name: 'question', value: 'when did they last hold talks?' }]));
    expect(call.headers.authorization).toBeUndefined();
    expect(call.body.type).toBe(4);
    expect(call.body.data.embeds[0].description).toContain(S5);
    expect(call.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('/ask with an autocomplete choice answers exactly that entry', async () => {
    const call = await interact(discord, commandInteraction('ask', [{ name: 'question', value: 'entry:claims' }]));
    expect(call.body.data.embeds[0].title).toBe('Who claims the islands, and what does China call them?');
    expect(call.body.data.embeds[0].description).toContain('which calls them Diaoyu.');
  });

  it('/ask autocomplete answers with a type 8 callback: at most 25 choices, names at most 100 characters, well inside 3 s', async () => {
    const payload = commandInteraction('ask', [{ name: 'question', value: 'senka', focused: true }], 4);
    const sent = Date.now();
    const call = await interact(discord, payload);
    expect(call.at - sent).toBeLessThan(3000);
    expect(call.body.type).toBe(8);
    const { choices } = call.body.data;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices[0].name).toBe('What are the Senkaku Islands?');
  });

  it('/agenda lists what each side raises, with citations', async () => {
    const call = await interact(discord, commandInteraction('agenda'));
    const { description } = call.body.data.embeds[0];
    expect(description).toContain('**Japan is expected to raise**');
    expect(description).toContain('**China is expected to raise**');
    for (const id of ['S2', 'S3', 'S4', 'S9', 'S10', 'S11', 'S12', 'S13']) expect(description).toContain(`\`${id}\``);
  });

  it('/history gives the 12 earlier rounds since 1993, Beijing 2011, the agreement to resume, the first in four years', async () => {
    const call = await interact(discord, commandInteraction('history'));
    const { description } = call.body.data.embeds[0];
    expect(description).toContain('12 rounds of bilateral security talks, beginning in 1993');
    expect(description).toContain(S5);
    expect(description).toContain('agreed last November that they should resume');
    expect(description).toContain('the first in four years');
  });

  it('/source shows the sentence within its paragraph', async () => {
    const call = await interact(discord, commandInteraction('source', [{ name: 'id', value: 's5' }]));
    const { description, title } = call.body.data.embeds[0];
    expect(title).toBe('S5 in its paragraph');
    expect(description).toContain(`**${S5}**`);
    expect(description).toContain('Tokyo hopes that this round of dialogue');
  });

  it('/help answers ephemerally', async () => {
    const call = await interact(discord, commandInteraction('help'));
    expect(call.body.data.flags).toBe(64);
    expect(call.body.data.embeds[0].description).toContain('/agenda');
  });

  it('an unknown command gets an ephemeral message and is logged; the next question is answered', async () => {
    const call = await interact(discord, commandInteraction('does-not-exist'));
    expect(call.body.data.flags).toBe(64);
    expect(call.body.data.content).toMatch(/don't know that command/);
    await bot.waitForLog((l) => l.msg === 'unknown command');
    expect((await ask(discord, 'how many rounds?')).body.embeds[0].description).toContain('12 rounds');
  });

  it('a reply the stand-in rejects with 400 is logged, the user gets an ephemeral error, and the next question is answered', async () => {
    discord.failNext('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, { status: 400, body: { message: 'Invalid Form Body', code: 50035 } });
    const payload = commandInteraction('agenda');
    discord.dispatch('INTERACTION_CREATE', payload);
    const first = await discord.waitForCall(isCallback(payload));
    const retry = await discord.waitForCall(isCallback(payload), 5000, discord.calls.indexOf(first) + 1);
    expect(retry.body.data.flags).toBe(64);
    expect(retry.body.data.content).toMatch(/something went wrong/);
    await bot.waitForLog((l) => l.msg === 'interaction failed');
    expect((await ask(discord, 'diaoyu?')).body.embeds[0].description).toContain('Diaoyu');
  });

  it('a message reply rejected with 403 is logged and the next question is answered', async () => {
    discord.failNext('POST', /^\/channels\/\d+\/messages$/, { status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    const msg = userMessage({ content: `${mention} who will attend?`, mentionsBot: true });
    discord.dispatch('MESSAGE_CREATE', msg);
    await bot.waitForLog((l) => l.msg === 'reply failed' && l.message === msg.id);
    expect((await ask(discord, 'who will attend?')).body.embeds[0].description).toContain('Shinsuke Sugiyama');
  });

  it('malformed events (an interaction without entitlements, a message without author) are logged and the bot goes on', async () => {
    const bad: Record<string, unknown> = commandInteraction('agenda');
    delete bad.entitlements;
    delete bad.authorizing_integration_owners;
    discord.dispatch('INTERACTION_CREATE', bad);
    discord.dispatch('MESSAGE_CREATE', { id: '900000000000000077', channel_id: CHANNEL_ID, content: `${mention} hi` });
    await bot.waitForLog((l) => l.msg === 'unhandled rejection' || l.msg === 'reply failed');
    expect((await ask(discord, 'diaoyu?')).body.embeds[0].description).toContain('Diaoyu');
  });

  it('a REST 429 with Retry-After on the reply: the reply still arrives', async () => {
    discord.failNext('POST', /^\/channels\/\d+\/messages$/, {
      status: 429,
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
    });
    const msg = userMessage({ content: `${mention} what does china call the islands?`, mentionsBot: true });
    discord.dispatch('MESSAGE_CREATE', msg);
    const limited = await discord.waitForCall(isReplyTo(CHANNEL_ID, msg.id));
    const retried = await discord.waitForCall(isReplyTo(CHANNEL_ID, msg.id), 5000, discord.calls.indexOf(limited) + 1);
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(250);
    expect(retried.body.embeds[0].description).toContain('Diaoyu');
  });

  it('resumes after the gateway closes with 4000 and answers a question sent while it was away', async () => {
    discord.closeGateway(4000);
    const msg = userMessage({ content: `${mention} msdf south china sea`, mentionsBot: true });
    discord.dispatch('MESSAGE_CREATE', msg);
    const resume = await discord.waitForResume(10_000);
    expect(resume.session_id).toBe('standin-session');
    const call = await discord.waitForCall(isReplyTo(CHANNEL_ID, msg.id), 10_000);
    expect(call.body.embeds[0].description).toContain('South China Sea');
    expect(discord.identifies).toHaveLength(1);
  });

  it('sent nothing anywhere but loopback', () => {
    expect(bot.logs.filter((l) => l.msg === 'NON-LOOPBACK CONNECTION REFUSED')).toEqual([]);
    expect([...discord.peers].every((p) => p === '127.0.0.1' || p === '::ffff:127.0.0.1')).toBe(true);
  });

  it('never logs the token, nor message content at info level, and counts each outcome', () => {
    const logged = JSON.stringify(bot.logs) + bot.stray.join('\n');
    expect(logged).not.toContain('stand.in.token');
    expect(logged).not.toContain('wen r the talks');
    expect(logged).not.toContain('who claims the senkakus');
    const last = bot.logs.filter((l) => l.msg === 'question').at(-1);
    expect(last).toMatchObject({ answered: expect.any(Number), suggested: expect.any(Number), abstained: expect.any(Number) });
    expect((last?.answered as number) + (last?.suggested as number) + (last?.abstained as number)).toBe(bot.logs.filter((l) => l.msg === 'question').length);
  });
});

describe('the real bot with an ask channel, run from the bundle npm start runs', () => {
  let discord: DiscordStandIn;
  let bot: BotProcess;

  beforeAll(async () => {
    // npm start's build, into a folder of its own so that a test building dist/ at the same time cannot touch it.
    expect(spawnSync('npm', ['run', '--silent', 'build', '--', '--outdir=dist-e2e'], { cwd: ROOT }).status).toBe(0);
    discord = await new DiscordStandIn().start();
    bot = startBot(discord, { ASK_CHANNEL_IDS: ASK_CHANNEL_ID }, 'dist-e2e/main.js');
    await bot.waitForLog((l) => l.msg === 'connected to Discord');
  });

  afterAll(async () => {
    await bot?.stop();
    await discord?.stop();
  });

  it('asks for the MessageContent intent as well', async () => {
    const identify = await discord.waitForIdentify();
    expect(identify.intents).toBe(BASE_INTENTS | GatewayIntentBits.MessageContent);
  });

  it('answers every message in the ask channel, and ignores one elsewhere without a mention', async () => {
    const elsewhere = userMessage({ content: 'when are the talks?', channelId: CHANNEL_ID });
    const inAsk = userMessage({ content: 'when are the talks?', channelId: ASK_CHANNEL_ID });
    const start = discord.calls.length;
    discord.dispatch('MESSAGE_CREATE', elsewhere);
    discord.dispatch('MESSAGE_CREATE', inAsk);
    const call = await discord.waitForCall(isReplyTo(ASK_CHANNEL_ID, inAsk.id));
    expect(call.body.embeds[0].description).toContain(S1_START);
    const posts = discord.calls.slice(start).filter((c) => c.method === 'POST' && c.path.startsWith('/channels/'));
    expect(posts).toHaveLength(1);
  });

  it('on SIGTERM closes the gateway and exits 0', async () => {
    const closed = new Promise<void>((resolve) => discord.once('gateway-close', () => resolve()));
    bot.kill('SIGTERM');
    const exit = await bot.exited;
    expect(exit.code).toBe(0);
    await closed;
    expect(bot.logs.some((l) => l.msg === 'shutting down' && l.signal === 'SIGTERM')).toBe(true);
  });
});

describe('npm run deploy-commands', () => {
  let discord: DiscordStandIn;

  beforeAll(async () => {
    discord = await new DiscordStandIn().start();
  });

  afterAll(async () => {
    await discord?.stop();
  });

  async function deploy(env: Record<string, string>) {
    const proc = new BotProcess({ DISCORD_TOKEN: 'stand.in.token', DISCORD_API_URL: discord.apiUrl, DISCORD_CLIENT_ID: APP_ID, ...env }, 'src/discord/deploy-commands.ts');
    const exit = await proc.exited;
    return { exit, proc };
  }

  it('PUTs the commands to the guild route when DISCORD_GUILD_ID is set', async () => {
    const { exit, proc } = await deploy({ DISCORD_GUILD_ID: GUILD_ID });
    expect(exit.code).toBe(0);
    const call = await discord.waitForCall((c) => c.method === 'PUT');
    expect(call.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(call.headers.authorization).toBe('Bot stand.in.token');
    expect(call.body.map((c: { name: string }) => c.name)).toEqual(['ask', 'agenda', 'history', 'source', 'help']);
    expect(proc.stdout).toMatch(/Registered 5 commands/);
  });

  it('PUTs to the global route otherwise, with a body that passes Discord’s rules', async () => {
    const start = discord.calls.length;
    const { exit } = await deploy({});
    expect(exit.code).toBe(0);
    const call = await discord.waitForCall((c) => c.method === 'PUT', 5000, start);
    expect(call.path).toBe(`/applications/${APP_ID}/commands`);
    for (const command of call.body) {
      expect(command.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(command.description.length).toBeGreaterThanOrEqual(1);
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect((command.options ?? []).length).toBeLessThanOrEqual(25);
      expect(JSON.stringify(command).length).toBeLessThanOrEqual(8000);
      for (const option of command.options ?? []) {
        expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(option.description.length).toBeLessThanOrEqual(100);
        expect(option.type).toBeGreaterThanOrEqual(1);
        expect(option.type).toBeLessThanOrEqual(11);
        if (option.autocomplete) {
          expect([3, 4, 10]).toContain(option.type);
          expect(option.choices).toBeUndefined();
        }
      }
    }
  });

  it('stops with a message naming DISCORD_CLIENT_ID when it is missing', async () => {
    const proc = new BotProcess({ DISCORD_TOKEN: 'stand.in.token', DISCORD_API_URL: discord.apiUrl }, 'src/discord/deploy-commands.ts');
    const exit = await proc.exited;
    expect(exit.code).toBe(1);
    expect(proc.stray.join('\n')).toMatch(/DISCORD_CLIENT_ID/);
  });
});

describe('the real bot under limits, faults and live knowledge edits', () => {
  let discord: DiscordStandIn;
  let bot: BotProcess;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'talks-kb-'));
    cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
    discord = await new DiscordStandIn().start();
    // Default limits: 5 questions per user per 30 s.
    bot = startBot(discord, { KNOWLEDGE_DIR: dir, USER_RATE_LIMIT: '5', CHANNEL_RATE_LIMIT: '20' });
    await bot.waitForLog((l) => l.msg === 'connected to Discord');
  });

  afterAll(async () => {
    await bot?.stop();
    await discord?.stop();
  });

  it('replies with fail_if_not_exists false, so a deleted question still gets its answer', async () => {
    const call = await ask(discord, 'diaoyu?');
    expect(call.body.message_reference.fail_if_not_exists).toBe(false);
  });

  it('a reply that gets 5xx twice is retried and arrives', async () => {
    discord.failNext('POST', /^\/channels\/\d+\/messages$/, { status: 502, body: { message: 'Bad Gateway' } }, 2);
    const msg = userMessage({ content: `${mention} who will attend?`, mentionsBot: true });
    discord.dispatch('MESSAGE_CREATE', msg);
    const attempts = () => discord.calls.filter(isReplyTo(CHANNEL_ID, msg.id));
    await discord.waitForCall((c) => isReplyTo(CHANNEL_ID, msg.id)(c) && attempts().length === 3, 10_000);
    expect(attempts().at(-1)?.body.embeds[0].description).toContain('Sugiyama');
  });

  it('SIGHUP reloads edited knowledge; a broken edit keeps the previous one serving', async () => {
    const qaPath = join(dir, 'qa.json');
    const good = JSON.parse(readFileSync(qaPath, 'utf8'));
    good.entries.find((e: { id: string }) => e.id === 'claims').question = 'Who lays claim to the islands?';
    writeFileSync(qaPath, JSON.stringify(good));
    bot.kill('SIGHUP');
    await bot.waitForLog((l) => l.msg === 'knowledge reloaded');
    expect((await ask(discord, 'diaoyu?')).body.embeds[0].title).toBe('Who lays claim to the islands?');

    good.entries.find((e: { id: string }) => e.id === 'claims').answer = ['S404'];
    writeFileSync(qaPath, JSON.stringify(good));
    bot.kill('SIGHUP');
    const failed = await bot.waitForLog((l) => l.msg === 'knowledge reload failed; the previous knowledge is still served');
    expect(failed.problems).toEqual([{ file: 'qa.json', entry: 'claims', problem: 'unknown sentence id "S404"' }]);
    expect((await ask(discord, 'diaoyu?')).body.embeds[0].description).toContain('which calls them Diaoyu.');
  });

  it('a user past 5 questions in 30 s gets one quiet notice, then silence', async () => {
    // This user has asked 4 questions in the tests above; the 5th is answered, the 6th gets the notice, the 7th nothing.
    const fifth = await ask(discord, 'senkaku?');
    expect(fifth.body.embeds).toHaveLength(1);
    const sixth = await ask(discord, 'senkaku?');
    expect(sixth.body.content).toMatch(/asking faster than I answer/);
    expect(sixth.body.allowed_mentions).toEqual({ parse: [] });
    const seventh = userMessage({ content: `${mention} senkaku?`, mentionsBot: true });
    const start = discord.calls.length;
    discord.dispatch('MESSAGE_CREATE', seventh);
    await bot.waitForLog((l) => l.msg === 'rate limited' && l.notified === false);
    discord.dispatch('INTERACTION_CREATE', commandInteraction('help'));
    await discord.waitForCall((c) => c.path.endsWith('/callback'), 5000, start);
    expect(discord.calls.slice(start).some(isReplyTo(CHANNEL_ID, seventh.id))).toBe(false);
  });
});
