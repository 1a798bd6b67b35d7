import type { TreeLanguage } from '../engine/tree-languages';
import { analyzeModules } from '../ir/analyze';
import { filesOfType, lowerPeer, typeNamesUsed, typePeers } from '../ir/type-peers';
import { CSHARP_LIBRARIES } from './libraries';
import { lowerCSharp } from './lower';
import { firstBranchOnly } from './preprocess';

// C#: types reach each other by name across a project (namespaces are not folders); test
// projects (`*.Tests/`) are not calls.

const isTest = (f: string) => /[\\/][\w.]*\.Tests?[\\/]/.test(f);

export const csharpLanguage: TreeLanguage = {
  language: 'csharp',
  grammar: 'c-sharp',
  extensions: ['.cs'],
  reachesByName: true,
  parseText: firstBranchOnly,
  sdkRevision: () => null,
  importSpecs: typeNamesUsed,
  resolveImport: (_from, spec, files) => filesOfType(spec, '.cs', files),
  analyze(input) {
    if (isTest(input.file)) return { calls: [], deferred: [], usedHelpers: new Set(), imports: [] };
    const own = lowerCSharp(input.file, input.tree.rootNode);
    return analyzeModules(own, typePeers(input, '.cs', (f) => lowerPeer(f, input, lowerCSharp)), CSHARP_LIBRARIES);
  },
};
