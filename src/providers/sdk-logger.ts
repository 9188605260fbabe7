/**
 * The openai SDK's own messages, routed to the gateway's logger: left to itself it prints to the
 * console (a stream event it cannot parse goes to stderr with the upstream's raw bytes), outside
 * the structured logs. Nothing the SDK says is a gateway error — the failure it reports is thrown
 * and mapped — so its errors are logged as warnings, with long arguments clipped.
 */
import type { ClientOptions } from 'openai';
import type { Logger } from 'pino';

type SdkLogger = NonNullable<ClientOptions['logger']>;
type SdkLevel = NonNullable<ClientOptions['logLevel']>;

const MAX_ARGUMENT = 2_000;

function clip(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value.length > MAX_ARGUMENT ? `${value.slice(0, MAX_ARGUMENT)}…` : value;
}

const silent: SdkLogger = { error() {}, warn() {}, info() {}, debug() {} };

export function sdkLogger(log: Logger | undefined): SdkLogger {
  if (!log) return silent;
  const at =
    (level: 'warn' | 'debug') =>
    (message: string, ...rest: unknown[]) =>
      log[level]({ details: rest.map(clip) }, clip(message) as string);
  return { error: at('warn'), warn: at('warn'), info: at('debug'), debug: at('debug') };
}

/** The SDK formats a message only for levels it logs: debug details only when the logger wants them. */
export function sdkLogLevel(log: Logger | undefined): SdkLevel {
  if (!log) return 'off';
  return log.isLevelEnabled('debug') ? 'debug' : 'warn';
}
