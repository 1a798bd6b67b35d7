import path from 'node:path';
import type { SourceIndex } from '../engine/tree-languages';

// The prefilter's view of a Ruby file's loads: `require_relative 'klaviyo_client'` (what
// RbProgram follows). Zeitwerk autoloading is not seen here: a file that reaches Klaviyo only
// through an autoloaded constant, and mentions it nowhere, is not analyzed.

const REQUIRE_RELATIVE = /\brequire_relative[ \t(]+['"]([^'"\n]+)['"]/g;

export function rubyImportSpecs(text: string): string[] {
  if (!text.includes('require_relative')) return [];
  return [...text.matchAll(REQUIRE_RELATIVE)].map((m) => m[1]);
}

export function resolveRubyImport(from: string, spec: string, files: SourceIndex): string[] {
  const p = path.resolve(path.dirname(from), spec);
  const file = p.endsWith('.rb') ? p : `${p}.rb`;
  return files.has(file) ? [file] : [];
}
