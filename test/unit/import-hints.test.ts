// What the prefilter reads as imports in each tree-sitter language (regex, no parse), and where
// they lead among the listed files. End to end, the request-helper tables cover callers that
// never name Klaviyo.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SourceIndex } from '../../server/src/core/engine/tree-languages';
import { phpImportSpecs, resolvePhpImport } from '../../server/src/core/php/import-hints';
import { pythonImportSpecs, resolvePythonImport } from '../../server/src/core/python/import-hints';
import { resolveRubyImport, rubyImportSpecs } from '../../server/src/core/ruby/import-hints';

const index = (files: string[], root = '/r'): SourceIndex => ({
  root,
  has: (f) => files.includes(f),
  named: (base) => files.filter((f) => f.endsWith(`/${base}`)),
  inFolder: (dir) => files.filter((f) => f.slice(0, f.lastIndexOf('/')) === dir),
  hasFolder: (name) => files.some((f) => f.split('/').slice(0, -1).includes(name)),
  withExtension: (ext) => files.filter((f) => f.endsWith(ext)),
});

describe('import hints', () => {
  const specs: [string, (t: string) => string[], string, string[]][] = [
    ['python', pythonImportSpecs, 'from .http import kget, post as p\n', ['.http', '.http.kget', '.http.post']],
    ['python', pythonImportSpecs, 'from .. import util\nimport app.http, os as o\n', ['..', '..util', 'app.http', 'os']],
    ['python', pythonImportSpecs, 'from app.http import (\n    kget,\n)\nfrom x import *  # all\n', ['app.http', 'x']],
    ['python', pythonImportSpecs, 'x = 1  # no imports here\n', []],
    ['ruby', rubyImportSpecs, "require_relative '../lib/crm'\nrequire_relative(\"x.rb\")\nrequire 'json'\nrequire './y'\n", ['../lib/crm', 'x.rb', './y']],
    ['php', phpImportSpecs, "<?php\nrequire_once __DIR__ . '/http.php';\ninclude 'lib/x.php';\n", ['file:/http.php', 'file:lib/x.php']],
    ['php', phpImportSpecs, '<?php\nuse App\\Mail\\Api as A;\n$c = new \\App\\Mail\\Client();\nLog::info(1);\nself::x();\n', ['class:Api', 'class:Client', 'class:Log']],
  ];
  for (const [lang, fn, text, want] of specs) {
    it(`${lang}: ${JSON.stringify(text.slice(0, 40))}`, () => assert.deepEqual(fn(text), want));
  }

  it('python: relative to the package, absolute from the folders up to the root and src/', () => {
    const files = ['/r/app/http.py', '/r/app/jobs/sync.py', '/r/src/lib/k.py', '/r/app/util/__init__.py'];
    assert.deepEqual(resolvePythonImport('/r/app/main.py', '.http', index(files)), ['/r/app/http.py']);
    assert.deepEqual(resolvePythonImport('/r/app/jobs/sync.py', '..util', index(files)), ['/r/app/util/__init__.py']);
    assert.deepEqual(resolvePythonImport('/r/app/jobs/sync.py', 'app.http', index(files)), ['/r/app/http.py']);
    assert.deepEqual(resolvePythonImport('/r/app/main.py', 'lib.k', index(files)), ['/r/src/lib/k.py']);
    assert.deepEqual(resolvePythonImport('/r/app/main.py', 'os', index(files)), []);
  });

  it('ruby: require_relative from the file, .rb added', () => {
    assert.deepEqual(resolveRubyImport('/r/app/jobs/sync.rb', '../lib/crm', index(['/r/app/lib/crm.rb'])), ['/r/app/lib/crm.rb']);
    assert.deepEqual(resolveRubyImport('/r/app/jobs/sync.rb', 'missing', index(['/r/app/lib/crm.rb'])), []);
  });

  it('php: required paths from the file, classes by file name anywhere (never the file itself)', () => {
    const files = ['/r/src/http.php', '/r/src/Mail/Api.php', '/r/lib/Api.php', '/r/src/Log.php'];
    assert.deepEqual(resolvePhpImport('/r/src/app.php', 'file:/http.php', index(files)), ['/r/src/http.php']);
    assert.deepEqual(resolvePhpImport('/r/src/app.php', 'class:Api', index(files)), ['/r/src/Mail/Api.php', '/r/lib/Api.php']);
    assert.deepEqual(resolvePhpImport('/r/src/Log.php', 'class:Log', index(files)), []);
  });
});
