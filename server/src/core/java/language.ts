import type { TreeLanguage } from '../engine/tree-languages';
import { analyzeModules } from '../ir/analyze';
import { readSettings } from '../ir/settings';
import { filesOfType, lowerPeer, typeNamesUsed, typePeers } from '../ir/type-peers';
import { JAVA_LIBRARIES } from './libraries';
import { lowerJava } from './lower';

// Java: classes reach each other by type name; Maven/Gradle test sources are not calls.

/** Spring Boot reads these from the classpath root: `src/main/resources` of the module. */
const SPRING_SETTINGS = { names: ['application.properties', 'application.yml', 'application.yaml'], under: ['src/main/resources'] };

const isTest = (f: string) => /[\\/]src[\\/]test[\\/]/.test(f);

export const javaLanguage: TreeLanguage = {
  language: 'java',
  grammar: 'java',
  extensions: ['.java'],
  reachesByName: true,
  sdkRevision: () => null,
  importSpecs: typeNamesUsed,
  resolveImport: (_from, spec, files) => filesOfType(spec, '.java', files),
  analyze(input) {
    if (isTest(input.file)) return { calls: [], deferred: [], usedHelpers: new Set(), imports: [] };
    const own = lowerJava(input.file, input.tree.rootNode);
    const settings = readSettings(input.file, input.root, SPRING_SETTINGS, input.read);
    return analyzeModules(own, typePeers(input, '.java', (f) => lowerPeer(f, input, lowerJava)), JAVA_LIBRARIES, settings);
  },
};
