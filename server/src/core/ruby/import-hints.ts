import type { SourceIndex } from '../engine/tree-languages';
import { loadedFile } from './program';

// The prefilter's view of a Ruby file's loads: `require_relative 'klaviyo_client'` and
// `require './klaviyo_client'` (what RbProgram follows). Zeitwerk autoloading is not seen here: a file that reaches Klaviyo only
// through an autoloaded constant, and mentions it nowhere, is not analyzed.

const REQUIRE_RELATIVE = /\brequire_relative[ \t(]+['"]([^'"\n]+)['"]|\brequire[ \t(]+['"](\.\.?\/[^'"\n]+)['"]/g;

export function rubyImportSpecs(text: string): string[] {
  if (!text.includes('require')) return [];
  return [...text.matchAll(REQUIRE_RELATIVE)].map((m) => m[1] ?? m[2]);
}

export function resolveRubyImport(from: string, spec: string, files: SourceIndex): string[] {
  const file = loadedFile(from, spec);
  return files.has(file) ? [file] : [];
}
