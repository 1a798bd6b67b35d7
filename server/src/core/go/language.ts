import path from 'node:path';
import type { TreeLanguage } from '../engine/tree-languages';
import { analyzeModules } from '../ir/analyze';
import { lowerPeer } from '../ir/type-peers';
import { GO_LIBRARIES } from './libraries';
import { lowerGo } from './lower';
import { localPackages } from './packages';

// Go: a package is the folder's files, which see each other's names without imports; so each
// file reaches its folder's other files (tests aside), for the prefilter and the analysis alike.

const isTest = (f: string) => f.endsWith('_test.go');
/** Files of the package and the packages it imports read per analysis: a bound on huge packages. */
const MAX_PEERS = 60;

export const goLanguage: TreeLanguage = {
  language: 'go',
  grammar: 'go',
  extensions: ['.go'],
  reachesByName: true,
  sdkRevision: () => null,
  importSpecs: (text) => (/^\s*package\s+\w+/m.test(text) ? ['.'] : []),
  resolveImport: (from, _spec, files) => files.inFolder(path.dirname(from)).filter((f) => f.endsWith('.go') && !isTest(f)),
  analyze(input) {
    if (isTest(input.file)) return { calls: [], deferred: [], usedHelpers: new Set(), imports: [] };
    const lowered = lowerGo(input.file, input.tree.rootNode);
    // Only the module's own packages are read as the project's (`common.RetrieveData`).
    const packages = localPackages(lowered.imports, input);
    const own = { ...lowered, imports: new Map([...lowered.imports].filter(([alias]) => packages.has(alias))) };
    const dirs = [path.dirname(input.file), ...packages.values()];
    const peers = dirs.flatMap((d) => input.sources?.inFolder(d) ?? [])
      .filter((f) => f !== input.file && f.endsWith('.go') && !isTest(f))
      .slice(0, MAX_PEERS)
      .flatMap((f) => lowerPeer(f, input, lowerGo) ?? []);
    return analyzeModules(own, peers, GO_LIBRARIES);
  },
};
