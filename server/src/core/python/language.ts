import { pythonImportSpecs, resolvePythonImport } from './import-hints';
import type { TreeLanguage } from '../engine/tree-languages';
import { pythonSdkRevisionFor } from '../versions/python-manifests';
import { analyzePython } from './analyze';

/** Python: the official SDK, the retired ones, raw HTTP and request helpers (detectors py-*). */
export const pythonLanguage: TreeLanguage = {
  language: 'python',
  grammar: 'python',
  extensions: ['.py', '.pyi'],
  sdkRevision: pythonSdkRevisionFor,
  importSpecs: pythonImportSpecs,
  resolveImport: resolvePythonImport,
  analyze: analyzePython,
};
