import { createHash } from 'node:crypto';
import type { Finding } from '../findings';
import { redactAll } from '../config/secrets';

// A finding's identity that survives edits elsewhere in the file: code scanning matches alerts
// across commits by it, and a baseline matches findings by it, while a line number changes
// whenever a line is added above. So: the code, the file, what the finding is about (its title
// and operation, never a message that names paths the way one adapter prints them), the text of
// its line with whitespace collapsed, and which occurrence of all that it is.

export interface FingerprintSource {
  /** The file's path as the fingerprint names it (POSIX, relative to the scanned folder). */
  rel(file: string): string;
  /** The text of the line the finding starts on. */
  lineText(file: string, offset: number): string;
  /** What the finding is about besides its title (the call's operation or request), or ''. */
  subject(f: Finding): string;
}

/** Fingerprints parallel to `findings`; occurrences are counted in file and position order, whatever order they come in. */
export function fingerprints(findings: readonly Finding[], src: FingerprintSource): string[] {
  const order = findings.map((_, i) => i).sort((x, y) => compare(findings[x], findings[y]) || x - y);
  const seen = new Map<string, number>();
  const out: string[] = new Array<string>(findings.length);
  for (const i of order) {
    const f = findings[i];
    const id = [f.code, src.rel(f.file), f.title, src.subject(f), redactAll(src.lineText(f.file, f.span.start)).replace(/\s+/g, ' ').trim()].join('\0');
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    out[i] = createHash('sha256').update(`${id}\0${n}`).digest('hex').slice(0, 32);
  }
  return out;
}

function compare(x: Finding, y: Finding): number {
  return (x.file < y.file ? -1 : x.file > y.file ? 1 : 0) || x.span.start - y.span.start || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0);
}

/** The text of the line around `offset`. */
export function lineAround(text: string, offset: number): string {
  let s = Math.min(offset, text.length);
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  let e = Math.min(offset, text.length);
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
  return text.slice(s, e);
}
