import { redact } from './redact.js';

/** Log levels, from silent to chatty. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/**
 * Anything with these four methods: `console`, pino, winston, bunyan. Fields are already redacted
 * when they reach it.
 */
export interface Logger {
  /** A failure the caller will see as a thrown error. */
  error(message: string, fields?: Record<string, unknown>): void;
  /** Something unexpected that the SDK recovered from (a retry, a deprecated option). */
  warn(message: string, fields?: Record<string, unknown>): void;
  /** One line per call. */
  info(message: string, fields?: Record<string, unknown>): void;
  /** Every request and response, redacted. */
  debug(message: string, fields?: Record<string, unknown>): void;
}

const LEVEL_ORDER: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** Options of {@link createRedactingLogger}. */
export interface RedactingLoggerOptions {
  /** Where lines go. @default globalThis.console */
  logger?: Logger | undefined;
  /** The most verbose level that is emitted. @default 'warn' */
  level?: LogLevel | undefined;
  /** Extra redaction applied to every text and field (e.g. a secret scrubber). */
  scrub?: ((text: string) => string) | undefined;
}

/**
 * A logger that drops lines above `level` and redacts every field before handing it on: values under
 * sensitive names, and any occurrence of the client's secrets. Fields that need schema-driven
 * redaction (request bodies) are redacted by the caller with {@link redact} and a schema.
 */
export function createRedactingLogger(options: RedactingLoggerOptions = {}): Logger & {
  /** The level the logger was built with. */
  readonly level: LogLevel;
  /** Whether a line of `level` would be emitted (use it to skip building expensive fields). */
  enabled(level: LogLevel): boolean;
} {
  const level = options.level ?? 'warn';
  const sink = options.logger ?? (globalThis.console as unknown as Logger);
  const scrub = options.scrub ?? ((text: string) => text);
  const enabled = (candidate: LogLevel) => LEVEL_ORDER[candidate] <= LEVEL_ORDER[level] && candidate !== 'off';
  const emit = (candidate: Exclude<LogLevel, 'off'>) => (message: string, fields?: Record<string, unknown>) => {
    if (!enabled(candidate)) return;
    const safeFields = fields === undefined ? undefined : (JSON.parse(scrub(JSON.stringify(redact(fields)))) as Record<string, unknown>);
    sink[candidate](scrub(message), safeFields);
  };
  return { level, enabled, error: emit('error'), warn: emit('warn'), info: emit('info'), debug: emit('debug') };
}
