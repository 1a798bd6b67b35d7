// klaviyo-scopes CLI: parse the command line, run one command, set the exit code.
// Exit codes: 0 ok, 1 missing scopes (check), 2 usage or config errors.
// Commands are loaded on demand: they pull in the TypeScript compiler and the catalog, which
// `--help`, `--version` and usage errors do not need.

import { useBundledGrammars } from '../host/bundle-paths';
import { parseCommandLine, USAGE, UsageError } from './args';
import { processIo, type Io } from './io';
import { VERSION } from './version';

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const cmd = parseCommandLine(argv);
    switch (cmd.command) {
      case 'help':
        io.out(USAGE);
        return 0;
      case 'version':
        io.out(`klaviyo-scopes ${VERSION} (Klaviyo API revision ${(await import('../core/catalog/index.js')).catalog.revision})\n`);
        return 0;
      case 'scan':
        return await (await import('./cmd-scan.js')).runScan(cmd, io);
      case 'check':
        return await (await import('./cmd-check.js')).runCheck(cmd, io);
      case 'generate':
        return await (await import('./cmd-generate.js')).runGenerate(cmd, io);
      case 'explain':
        return await (await import('./cmd-explain.js')).runExplain(cmd, io);
      case 'verify':
        return await (await import('./cmd-verify.js')).runVerify(cmd, io);
      case 'baseline':
        return await (await import('./cmd-baseline.js')).runBaseline(cmd, io);
    }
  } catch (e) {
    if (e instanceof UsageError) io.err(`klaviyo-scopes: ${e.message} (see klaviyo-scopes --help)\n`);
    // A crash must not read as exit 1 ("scopes missing") in CI.
    else io.err(`klaviyo-scopes: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

useBundledGrammars();
// exitCode rather than exit(): piped stdout is flushed asynchronously and must not be cut off.
void run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
