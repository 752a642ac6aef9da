/** Structured JSON logs. The app logs ids, routes, sizes and hashes — never question or answer text. */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export function createLogger({ level = 'info', destination }: { level?: string; destination?: DestinationStream } = {}): Logger {
  const options = {
    level,
    base: { service: 'zhengce-wenda' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Belt and braces: if someone logs a request body or headers, these never reach the output.
    redact: { paths: ['question', 'answer', 'comment', 'body', 'headers["x-site-key"]', '*.question', '*.answer'], censor: '[已隐去]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
