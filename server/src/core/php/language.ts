import { PHP_DETECTORS } from '../detectors';
import { phpImportSpecs, resolvePhpImport } from './import-hints';
import type { FileAnalysis, TreeLanguage } from '../engine/tree-languages';
import type { RawCall } from '../model';
import { phpSdkRevision } from '../versions/php-version';
import type { PhpContext } from './context';
import { PhpEvaluator } from './evaluator';
import { PhpFile } from './file-index';
import { PhpHelpers } from './helpers';
import { PhpProject } from './project';

// PHP through the tree-sitter grammar: one evaluator per analyzed file (with the files it
// reaches: requires, PSR-4 classes), every named node offered to each PHP detector.

export const phpLanguage: TreeLanguage = {
  language: 'php',
  grammar: 'php',
  extensions: ['.php', '.phtml'],
  sdkRevision: phpSdkRevision,
  importSpecs: phpImportSpecs,
  resolveImport: resolvePhpImport,
  // Global functions reach across files without a require naming them (global-functions.ts).
  reachesByName: true,
  analyze(input): FileAnalysis {
    const project = new PhpProject(new PhpFile(input.file, input.tree), input);
    try {
      const ev = new PhpEvaluator(project);
      const ctx: PhpContext = { file: project.main, ev, helpers: new PhpHelpers(ev), sdkRevision: input.sdkRevision, usedHelpers: new Set(), deferred: [] };
      const calls: RawCall[] = [];
      for (const n of project.main.nodes) {
        for (const d of PHP_DETECTORS) {
          const found = d.visit(n, ctx);
          if (found) calls.push(...found);
        }
      }
      return { calls, deferred: ctx.deferred, usedHelpers: ctx.usedHelpers, imports: [...project.imports] };
    } finally {
      project.dispose();
    }
  },
};
