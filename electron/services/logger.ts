/**
 * The process log: one line per event on stderr. Callers pass messages and errors, never
 * secrets; errors are reduced to their name, message and stack.
 */
export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export function createConsoleLogger(prefix = 'midad'): Logger {
  const line = (level: string, message: string): string => `${new Date().toISOString()} ${prefix} ${level} ${message}`;
  return {
    info(message) {
      process.stderr.write(`${line('info', message)}\n`);
    },
    error(message, error) {
      const detail =
        error instanceof Error
          ? ` — ${error.stack ?? `${error.name}: ${error.message}`}`
          : error === undefined
            ? ''
            : ` — ${String(error)}`;
      process.stderr.write(`${line('error', message)}${detail}\n`);
    },
  };
}
