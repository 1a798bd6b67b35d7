// `klaviyo-scopes scan [dir]`: every finding; informational, so it exits 0 whatever it finds.

import { analyze } from './analyze';
import type { Command } from './args';
import { formatJson } from './format-json';
import { formatScanText } from './format-text-scan';
import type { Io } from './io';

export async function runScan(cmd: Extract<Command, { command: 'scan' }>, io: Io): Promise<number> {
  const a = await analyze(cmd.dir, undefined, io);
  io.out(cmd.format === 'json' ? formatJson(a, 'scan') : formatScanText(a, io.cwd, io.color));
  return 0;
}
