import path from 'node:path';
import type { TreeLanguage } from '../engine/tree-languages';
import { analyzeModules } from '../ir/analyze';
import { lowerPeer } from '../ir/type-peers';
import { GO_LIBRARIES } from './libraries';
import { lowerGo } from './lower';

// Go: a package is the folder's files, which see each other's names without imports; so each
// file reaches its folder's other files (tests aside), for the prefilter and the analysis alike.

const isTest = (f: string) => f.endsWith('_test.go');

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
    const own = lowerGo(input.file, input.tree.rootNode);
    const peers = (input.sources?.inFolder(path.dirname(input.file)) ?? [])
      .filter((f) => f !== input.file && f.endsWith('.go') && !isTest(f))
      .flatMap((f) => lowerPeer(f, input, lowerGo) ?? []);
    return analyzeModules(own, peers, GO_LIBRARIES);
  },
};
