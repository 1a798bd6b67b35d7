// A finding's identity that survives edits elsewhere in the file: code scanning matches alerts
// across commits by `partialFingerprints`, and a line number changes whenever a line is added
// above. So: the code, the file, what the finding is about (its message without positions), the
// text of its line with whitespace collapsed, and which occurrence of all that it is.

import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Analysis } from './analyze';
import type { Diagnostic } from './diagnostics';

export function fingerprinter(a: Analysis, base: string): (d: Diagnostic) => string {
  const seen = new Map<string, number>();
  const lines = new Map<string, string[]>();
  const lineText = (file: string, line: number): string => {
    let l = lines.get(file);
    if (!l) lines.set(file, (l = (a.host.read(file) ?? '').split(/\r\n|\r|\n/)));
    return (l[line - 1] ?? '').replace(/\s+/g, ' ').trim();
  };
  return (d) => {
    const rel = path.relative(base, d.file).split(path.sep).join('/');
    const what = d.message.replace(/\b\d+:\d+\b/g, '');
    const id = [d.code, rel, what, lineText(d.file, d.start.line)].join('\0');
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return createHash('sha256').update(`${id}\0${n}`).digest('hex').slice(0, 32);
  };
}
