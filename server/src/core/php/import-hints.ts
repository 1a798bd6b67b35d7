import path from 'node:path';
import type { SourceIndex } from '../engine/tree-languages';

// The prefilter's view of the files a PHP file may read (what PhpProject follows): `require`d
// paths, and classes it names (`use App\Klaviyo\Client;`, `new Client(`, `Client::`), which
// Composer autoloads from `Client.php`. A class spec matches every listed file of that name:
// over-reporting only costs a parse.

const REQUIRE = /\b(?:require|include)(?:_once)?\s*\(?\s*(?:__DIR__\s*\.\s*)?['"]([^'"\n]+\.php)['"]/g;
const USE = /^[ \t]*use[ \t]+\\?([\w\\]+)(?:[ \t]+as[ \t]+\w+)?[ \t]*;/;
const NEW = /^new[ \t]+\\?([\w\\]+)/;
const BEFORE_COLONS = /([A-Za-z_][\w\\]*)$/;

/** Each occurrence of `word` (native indexOf, far cheaper than a regex trying every position). */
function* occurrences(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) yield at;
}

export function phpImportSpecs(text: string): string[] {
  const out = new Set<string>();
  const last = (fqn: string): string => fqn.slice(fqn.lastIndexOf('\\') + 1);
  const addClass = (name: string): void => {
    if (/^[A-Z]/.test(name)) out.add(`class:${name}`);
  };
  if (text.includes('require') || text.includes('include')) for (const m of text.matchAll(REQUIRE)) out.add(`file:${m[1]}`);
  for (const at of occurrences(text, 'use')) {
    const start = text.lastIndexOf('\n', at) + 1;
    const m = /^[ \t]*$/.test(text.slice(start, at)) ? USE.exec(text.slice(start, text.indexOf(';', at) + 1)) : null;
    if (m) addClass(last(m[1]));
  }
  for (const at of occurrences(text, 'new')) {
    if (at > 0 && /\w/.test(text[at - 1])) continue;
    const m = NEW.exec(text.slice(at, at + 120));
    if (m) addClass(last(m[1]));
  }
  // `Client::send(...)`: the name before each `::`, found with indexOf rather than a regex that
  // would try every word of the file.
  for (const at of occurrences(text, '::')) {
    const m = BEFORE_COLONS.exec(text.slice(Math.max(0, at - 80), at));
    if (m) addClass(last(m[1]));
  }
  return [...out];
}

export function resolvePhpImport(from: string, spec: string, files: SourceIndex): string[] {
  if (spec.startsWith('class:')) return files.named(`${spec.slice(6)}.php`).filter((f) => f !== from);
  const p = path.resolve(path.dirname(from), spec.slice(5).replace(/^\/+/, ''));
  return files.has(p) ? [p] : [];
}
