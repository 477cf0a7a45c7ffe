/**
 * Main-process logging. Callers pass fixed sentences, method names and error codes only:
 * nothing from a record, a passphrase or a key ever goes in.
 */
export interface Logger {
  warn: (message: string) => void;
  error: (message: string) => void;
}

export const stderrLogger: Logger = {
  warn: (message) => process.stderr.write(`[kap] warn: ${message}\n`),
  error: (message) => process.stderr.write(`[kap] error: ${message}\n`),
};

export const silentLogger: Logger = { warn: () => undefined, error: () => undefined };
