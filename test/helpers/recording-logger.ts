import type { Logger } from 'probot';

export interface LogLine {
  level: string;
  message: string;
}

/** A logger (pino's interface, as far as Probot and the app use it) that keeps every line. */
export function recordingLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const text = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (value instanceof Error) return value.message;
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  const logger: Record<string, unknown> = { level: 'trace', child: () => logger };
  for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal']) {
    logger[level] = (...args: unknown[]) => lines.push({ level, message: args.map(text).join(' ') });
  }
  return { logger: logger as unknown as Logger, lines };
}
