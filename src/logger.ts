import pino, { type Logger } from 'pino';

/** Structured JSON logs to stdout; buffered so that logging never blocks the event loop on a busy gateway. */
export function createLogger(level: string): Logger {
  return pino(
    { level, base: { service: 'open-responses-gateway' }, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ dest: 1, sync: false, minLength: 4096 }),
  );
}
