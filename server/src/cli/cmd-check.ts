// `klaviyo-scopes check [dir]`: 0 when every call's scopes are granted, 1 when a scope is
// missing, a call has no key or a private key is written in a file, 2 when a klaviyo.keys.json
// has errors.

import { analyze } from './analyze';
import type { Command } from './args';
import { formatGithub } from './format-github';
import { formatJson } from './format-json';
import { formatMarkdown } from './format-markdown';
import { formatSarif } from './format-sarif';
import { formatCheckText } from './format-text-check';
import { styleFor, type Io } from './io';
import { problemLines } from './text-common';

export async function runCheck(cmd: Extract<Command, { command: 'check' }>, io: Io): Promise<number> {
  const a = await analyze(cmd.dir, cmd.config, io);
  // A private key written in a file fails the check like a missing scope: CI must not pass it.
  const code = a.check.configErrors ? 2 : a.check.ok && !a.scan.secrets?.length ? 0 : 1;
  switch (cmd.format) {
    case 'json':
      io.out(formatJson(a, 'check'));
      break;
    case 'sarif':
      io.out(formatSarif(a, io.cwd, code));
      break;
    case 'github':
      io.out(formatGithub(a, io.cwd));
      break;
    case 'markdown':
      io.out(formatMarkdown(a, io.cwd));
      break;
    default:
      io.out(formatCheckText(a, io.cwd, io.color));
      return code;
  }
  // Machine formats own stdout; people reading the CI log still need to see why it failed.
  if (a.check.configErrors) io.err(problemLines(a.check, io.cwd, styleFor(false)).filter((l) => l.includes(': error: ')).join('\n') + '\n');
  return code;
}
