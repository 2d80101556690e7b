/**
 * A stand-in for Discord on 127.0.0.1: REST v10 over HTTP and a gateway over WebSocket, enough
 * to drive the real discord.js client. Every REST call is recorded; faults can be queued per route.
 * Reusable: start it, point DISCORD_API_URL at `apiUrl`, dispatch events, wait for calls.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedCall {
  readonly method: string;
  /** Path below /api/v10, e.g. /channels/1/messages. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: any;
  readonly headers: IncomingMessage['headers'];
  readonly at: number;
}

export interface Fault {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface GatewayFrame {
  readonly op: number;
  readonly d: any;
  readonly s?: number | null;
  readonly t?: string | null;
}

export const BOT_ID = '900000000000000001';
export const APP_ID = '900000000000000002';
export const GUILD_ID = '900000000000000003';
export const CHANNEL_ID = '900000000000000004';
export const ASK_CHANNEL_ID = '900000000000000005';
export const DM_CHANNEL_ID = '900000000000000006';
export const USER_ID = '900000000000000007';
export const ROLE_ID = '900000000000000008';
export const REVIEW_CHANNEL_ID = '900000000000000009';

export const botUser = { id: BOT_ID, username: 'talks-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
export const humanUser = { id: USER_ID, username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null };

let snowflake = 1_000_000n;
/** A fresh id, unique within the process. */
export function nextId(): string {
  snowflake += 1n;
  return (910000000000000000n + snowflake).toString();
}

export class DiscordStandIn extends EventEmitter {
  readonly calls: RecordedCall[] = [];
  readonly identifies: any[] = [];
  readonly resumes: any[] = [];
  /** Addresses the HTTP server saw connections from. */
  readonly peers = new Set<string>();
  private server!: Server;
  private wss!: WebSocketServer;
  private socket: WebSocket | undefined;
  private seq = 0;
  private readonly sessionId = 'standin-session';
  /** Dispatches sent while no client was connected, replayed on RESUME. */
  private readonly sent: GatewayFrame[] = [];
  private readonly faults = new Map<string, Fault[]>();
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (s) => this.peers.add(s.remoteAddress ?? '?'));
    this.wss = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.wss.on('connection', (ws) => this.onGateway(ws));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `count` calls to `method path` (a regular expression on the path) get `fault`. */
  failNext(method: string, path: RegExp, fault: Fault, count = 1): void {
    const key = `${method} ${path.source}`;
    this.faults.set(key, [...(this.faults.get(key) ?? []), ...Array.from({ length: count }, () => fault)]);
  }

  /** Resolves with the first recorded call (past or future) that `match` accepts. */
  waitForCall(match: (call: RecordedCall) => boolean, timeoutMs = 5000, after = 0): Promise<RecordedCall> {
    return this.waitFor('call', () => this.calls.slice(after).find(match), timeoutMs, 'REST call');
  }

  /** Resolves when an IDENTIFY (the `n`th, 1-based) has arrived. */
  waitForIdentify(n = 1, timeoutMs = 5000): Promise<any> {
    return this.waitFor('identify', () => this.identifies[n - 1], timeoutMs, `IDENTIFY #${n}`);
  }

  waitForResume(timeoutMs = 5000): Promise<any> {
    return this.waitFor('resume', () => this.resumes[0], timeoutMs, 'RESUME');
  }

  private waitFor<T>(event: string, probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = probe();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onEvent = () => {
        const hit = probe();
        if (hit !== undefined) {
          clearTimeout(timer);
          this.off(event, onEvent);
          resolve(hit);
        }
      };
      const timer = setTimeout(() => {
        this.off(event, onEvent);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.on(event, onEvent);
    });
  }

  // ---- gateway ---------------------------------------------------------------------------

  /** Sends a dispatch (op 0) to the connected client, or keeps it for a RESUME. */
  dispatch(t: string, d: unknown): void {
    const frame: GatewayFrame = { op: 0, t, s: ++this.seq, d };
    this.sent.push(frame);
    if (this.socket?.readyState === 1) this.socket.send(JSON.stringify(frame));
  }

  /** Closes the gateway connection with `code` (4000: the client should RESUME). */
  closeGateway(code: number): void {
    this.socket?.close(code, 'stand-in closed the connection');
    this.socket = undefined;
  }

  private onGateway(ws: WebSocket): void {
    this.socket = ws;
    ws.on('close', (code) => this.emit('gateway-close', code));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as GatewayFrame;
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11 }));
      else if (frame.op === 2) this.onIdentify(ws, frame.d);
      else if (frame.op === 6) this.onResume(ws, frame.d);
    });
  }

  private onIdentify(ws: WebSocket, d: any): void {
    this.identifies.push(d);
    this.send(ws, 'READY', {
      v: 10,
      user: botUser,
      guilds: [{ id: GUILD_ID, unavailable: true }],
      session_id: this.sessionId,
      resume_gateway_url: this.gatewayUrl,
      application: { id: APP_ID, flags: 0 },
      private_channels: [],
    });
    this.send(ws, 'GUILD_CREATE', guildPayload());
    this.emit('identify');
  }

  private onResume(ws: WebSocket, d: { seq: number }): void {
    this.resumes.push(d);
    for (const frame of this.sent) if ((frame.s ?? 0) > d.seq) ws.send(JSON.stringify(frame));
    this.send(ws, 'RESUMED', {});
    this.emit('resume');
  }

  private send(ws: WebSocket, t: string, d: unknown): void {
    const frame: GatewayFrame = { op: 0, t, s: ++this.seq, d };
    this.sent.push(frame);
    ws.send(JSON.stringify(frame));
  }

  // ---- REST --------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    if ((req.headers['content-type'] ?? '').includes('application/json') && text !== '') body = JSON.parse(text);
    const path = url.pathname.replace(/^\/api\/v10/, '');
    const call: RecordedCall = { method: req.method ?? 'GET', path, query: url.searchParams, body, headers: req.headers, at: Date.now() };
    this.calls.push(call);

    const fault = this.takeFault(call);
    if (fault) {
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      res.end(JSON.stringify(fault.body ?? { message: 'stand-in fault', code: 0 }));
      this.emit('call');
      return;
    }
    const [status, payload] = this.route(call);
    if (payload === undefined) {
      res.writeHead(status); // Discord answers 204 with no body and no JSON content type.
      res.end();
    } else {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    }
    this.emit('call');
  }

  private takeFault(call: RecordedCall): Fault | undefined {
    for (const [key, list] of this.faults) {
      const [method, source] = [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)];
      if (method === call.method && new RegExp(source).test(call.path) && list.length > 0) return list.shift();
    }
    return undefined;
  }

  private route(call: RecordedCall): [number, unknown] {
    const { method, path, body } = call;
    if (method === 'GET' && path === '/gateway/bot') {
      return [200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      }];
    }
    if (method === 'GET' && path === '/gateway') return [200, { url: this.gatewayUrl }];
    let m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && m) return [200, messagePayload({ channel_id: m[1], author: botUser, ...(body as object) })];
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return [204, undefined];
    m = /^\/webhooks\/(\d+)\/[^/]+(?:\/messages\/@original)?$/.exec(path);
    if ((method === 'POST' || method === 'PATCH') && m) return [200, messagePayload({ channel_id: CHANNEL_ID, author: botUser, ...(body as object) })];
    if (method === 'PUT' && /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.test(path)) {
      return [200, (body as any[]).map((c) => ({ id: nextId(), application_id: APP_ID, version: '1', ...c }))];
    }
    if (method === 'GET' && path === '/users/@me') return [200, botUser];
    return [404, { message: 'Unknown route (stand-in)', code: 0 }];
  }
}

export function guildPayload() {
  return {
    id: GUILD_ID,
    name: 'East Asia Security',
    unavailable: false,
    owner_id: USER_ID,
    member_count: 2,
    large: false,
    joined_at: new Date().toISOString(),
    features: [],
    emojis: [],
    stickers: [],
    members: [],
    presences: [],
    voice_states: [],
    threads: [],
    roles: [
      { id: GUILD_ID, name: '@everyone', permissions: '1071698660929', position: 0, color: 0, hoist: false, managed: false, mentionable: false },
      { id: ROLE_ID, name: 'analysts', permissions: '0', position: 1, color: 0, hoist: false, managed: false, mentionable: true },
    ],
    channels: [
      { id: CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [] },
      { id: ASK_CHANNEL_ID, type: 0, name: 'ask-the-bot', position: 1, permission_overwrites: [] },
      { id: REVIEW_CHANNEL_ID, type: 0, name: 'bot-review', position: 2, permission_overwrites: [] },
    ],
  };
}

export function messagePayload(fields: Record<string, unknown>) {
  return {
    id: nextId(),
    type: 0,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    ...fields,
  };
}

/** A MESSAGE_CREATE from a person (or a bot), with the mentions Discord would list. */
export function userMessage(opts: {
  content: string;
  channelId?: string;
  guild?: boolean;
  author?: typeof humanUser | typeof botUser | Record<string, unknown>;
  mentionsBot?: boolean;
}) {
  const guild = opts.guild ?? true;
  return messagePayload({
    channel_id: opts.channelId ?? CHANNEL_ID,
    // Discord's MESSAGE_CREATE carries channel_type; discord.js needs it to build an uncached DM channel.
    channel_type: guild ? 0 : 1,
    ...(guild ? { guild_id: GUILD_ID, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false } } : {}),
    author: opts.author ?? humanUser,
    content: opts.content,
    mentions: opts.mentionsBot ? [botUser] : [],
  });
}

/** An INTERACTION_CREATE for a slash command (type 2) or its autocomplete (type 4). */
export function commandInteraction(
  name: string,
  options: { name: string; value: string; focused?: boolean }[] = [],
  type: 2 | 4 = 2,
) {
  return {
    id: nextId(),
    application_id: APP_ID,
    type,
    token: `tok-${nextId()}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' },
    member: { user: humanUser, roles: [], permissions: '1071698660929', joined_at: new Date().toISOString(), deaf: false, mute: false },
    app_permissions: '1071698660929',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    context: 0,
    data: { id: nextId(), name, type: 1, options: options.map((o) => ({ type: 3, ...o })) },
  };
}

/** An INTERACTION_CREATE for a button press (type 3) on `message`, by `user`. */
export function buttonInteraction(
  customId: string,
  message: Record<string, unknown>,
  user: Record<string, unknown> = humanUser,
  permissions = '1071698660929',
) {
  const base = commandInteraction('unused');
  return {
    ...base,
    type: 3,
    member: { ...base.member, user, permissions },
    message: messagePayload({ channel_id: CHANNEL_ID, author: botUser, ...message }),
    data: { custom_id: customId, component_type: 2 },
  };
}

/** A bot's reply to message `messageId` in `channelId`. */
export const isReplyTo = (channelId: string, messageId: string) => (c: RecordedCall) =>
  c.method === 'POST' && c.path === `/channels/${channelId}/messages` && c.body?.message_reference?.message_id === messageId;

/** The callback answering interaction `interaction`. */
export const isCallback = (interaction: { id: string }) => (c: RecordedCall) =>
  c.method === 'POST' && c.path.startsWith(`/interactions/${interaction.id}/`) && c.path.endsWith('/callback');

export const mentionOfBot = `<@${BOT_ID}>`;
