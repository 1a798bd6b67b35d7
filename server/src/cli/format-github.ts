// `check --format github`: GitHub Actions workflow commands, which become annotations on the
// pull request's diff. Only errors and warnings: notes would crowd the annotation limit.

import type { Analysis } from './analyze';
import { collectDiagnostics } from './diagnostics';
import { displayPath } from './io';

export function formatGithub(a: Analysis, cwd: string): string {
  const lines: string[] = [];
  for (const d of collectDiagnostics(a, cwd)) {
    if (d.level === 'note') continue;
    const props = [
      `file=${property(displayPath(cwd, d.file))}`,
      `line=${d.start.line}`,
      `col=${d.start.column}`,
      `endLine=${d.end.line}`,
      `endColumn=${d.end.column}`,
      `title=${property(`klaviyo-scopes: ${d.title}`)}`,
    ];
    lines.push(`::${d.level} ${props.join(',')}::${data(`${d.message} [${d.code}]`)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

// Escaping as the Actions runner expects (toolkit/core command.ts).
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
