import pino, { type Logger } from 'pino';
import type { Config } from './config';

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: undefined,
    // Secrets never reach the logs, even when a whole request object is logged.
    redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrftoken"]', '*.password'],
  });
}
