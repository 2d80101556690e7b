export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export type Fields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
}

export interface LoggerOptions {
  readonly level: LogLevel;
  /** One JSON object per line (default when the output is not a terminal), else readable lines. */
  readonly json?: boolean;
  /** Strings that must never reach the output (the token): replaced by "[redacted]". */
  readonly secrets?: readonly string[];
  readonly write?: (line: string) => void;
}

function describe(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

/** A small structured logger writing to standard error, so standard output stays for answers. */
export function createLogger(options: LoggerOptions): Logger {
  const json = options.json ?? !process.stderr.isTTY;
  const secrets = (options.secrets ?? []).filter((s) => s.length > 0);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const redact = (text: string) => secrets.reduce((t, s) => t.split(s).join('[redacted]'), text);
  const emit = (level: Exclude<LogLevel, 'silent'>, msg: string, fields: Fields = {}) => {
    if (RANK[level] < RANK[options.level]) return;
    const entries = Object.entries(fields).map(([k, v]) => [k, describe(v)] as const);
    let line: string;
    if (json) {
      line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...Object.fromEntries(entries) });
    } else {
      const extra = entries
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(' ');
      line = `${new Date().toISOString().slice(11, 19)} ${level.toUpperCase().padEnd(5)} ${msg}${extra ? ` ${extra}` : ''}`;
    }
    write(redact(line));
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}
