// `klaviyo-scopes scan [dir]`: every finding; informational, so it exits 0 whatever it finds
// (2 when `--output` cannot be written).

import { analyze } from './analyze';
import type { Command } from './args';
import { formatJson } from './format-json';
import { formatScanText } from './format-text-scan';
import { writeOutput, type Io } from './io';

export async function runScan(cmd: Extract<Command, { command: 'scan' }>, io: Io): Promise<number> {
  const a = await analyze(cmd.dir, undefined, io);
  if (!cmd.output) {
    io.out(cmd.format === 'json' ? formatJson(a, 'scan') : formatScanText(a, io.cwd, io.color));
    return 0;
  }
  if (!writeOutput(io, cmd.output, cmd.format === 'json' ? formatJson(a, 'scan') : formatScanText(a, io.cwd, false))) return 2;
  io.out(formatScanText(a, io.cwd, io.color));
  return 0;
}
