import type { Connection } from 'vscode-languageserver';
import { redactAll } from '../core/config/secrets';

// The server's log (the client shows it in the output channel). Every line is redacted: an
// error message or a path may quote code, and code may hold a private key.

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function createLog(connection: Connection): Log {
  return {
    info: (m) => connection.console.info(redactAll(m)),
    warn: (m) => connection.console.warn(redactAll(m)),
    error: (m) => connection.console.error(redactAll(m)),
  };
}

/**
 * One message naming every file a scan did not analyze (too big, minified, binary, unreadable),
 * or null when there are none: a log line per file would bury everything else.
 */
export function skippedMessage(skipped: readonly { file: string; reason: string }[]): string | null {
  if (skipped.length === 0) return null;
  const sorted = [...skipped].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return [`Skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} (not analyzed):`, ...sorted.map((s) => `  ${s.file}: ${s.reason}`)].join('\n');
}
