// `klaviyo-scopes scan [dir]`: every finding; informational, so it exits 0 whatever it finds
// (2 when `--output` cannot be written).

import path from 'node:path';
import { redactAll } from '../core/config/secrets';
import { analyze } from './analyze';
import type { Command } from './args';
import { writeReport } from './atomic-write';
import { formatJson } from './format-json';
import { formatScanText } from './format-text-scan';
import { displayPath, type Io } from './io';

export async function runScan(cmd: Extract<Command, { command: 'scan' }>, io: Io): Promise<number> {
  const a = await analyze(cmd.dir, undefined, io);
  if (!cmd.output) {
    io.out(cmd.format === 'json' ? formatJson(a, 'scan') : formatScanText(a, io.cwd, io.color));
    return 0;
  }
  const file = path.resolve(io.cwd, cmd.output);
  try {
    writeReport(file, redactAll(cmd.format === 'json' ? formatJson(a, 'scan') : formatScanText(a, io.cwd, false)));
  } catch (e) {
    io.err(`klaviyo-scopes: could not write ${displayPath(io.cwd, file)}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  io.out(formatScanText(a, io.cwd, io.color));
  return 0;
}
