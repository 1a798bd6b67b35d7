import { rubyImportSpecs, resolveRubyImport } from './import-hints';
import type { TreeLanguage } from '../engine/tree-languages';
import { rubySdkRevisionFor } from '../versions/ruby-version';
import { analyzeRuby } from './analyze';

/** Ruby: the klaviyo-api-sdk gem, the retired klaviyo gem, and raw HTTP through the common clients. */
export const rubyLanguage: TreeLanguage = {
  language: 'ruby',
  grammar: 'ruby',
  extensions: ['.rb'],
  sdkRevision: (file, read, root) => rubySdkRevisionFor(file, read, root),
  importSpecs: rubyImportSpecs,
  resolveImport: resolveRubyImport,
  analyze: analyzeRuby,
};
