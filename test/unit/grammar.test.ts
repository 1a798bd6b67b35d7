import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';
import { GRAMMAR_PATH, INJECTION_SCOPE_NAME, renderGrammar, tokenScope } from '../../scripts/generate-grammar';
import { catalog } from '../../server/src/core/catalog';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'grammars');

interface GrammarContribution { scopeName: string; path: string; injectTo?: string[] }
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: GrammarContribution[] } };
const contribution = pkg.contributes.grammars.find((g) => g.scopeName === INJECTION_SCOPE_NAME);

/** Stand-in host grammars (test/fixtures/grammars) and the injection, by scope name. */
const GRAMMAR_FILES: Record<string, string> = {
  'source.json': join(FIXTURES, 'json.tmLanguage.json'),
  'source.json.comments': join(FIXTURES, 'jsonc.tmLanguage.json'),
  'source.ts': join(FIXTURES, 'typescript.tmLanguage.json'),
  [INJECTION_SCOPE_NAME]: GRAMMAR_PATH,
};

/** VS Code's lookup (TMGrammarFactory): a grammar's injections are those `injectTo` its scope or any dotted prefix of it. */
function injectionsFor(scopeName: string): string[] {
  const parts = scopeName.split('.');
  const out: string[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('.');
    for (const g of pkg.contributes.grammars) if (g.injectTo?.includes(prefix)) out.push(g.scopeName);
  }
  return out;
}

let registry: Registry;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => oniguruma.createOnigScanner(patterns),
      createOnigString: (s) => oniguruma.createOnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      const file = GRAMMAR_FILES[scopeName];
      return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: injectionsFor,
  });
});

async function grammar(scopeName: string): Promise<IGrammar> {
  const g = await registry.loadGrammar(scopeName);
  assert.ok(g, `grammar ${scopeName} did not load`);
  return g;
}

/** Each line's tokens as [text, scopes (space-separated, root scope left out)]. */
async function tokenize(scopeName: string, text: string): Promise<[string, string][][]> {
  const g = await grammar(scopeName);
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const r = g.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t): [string, string] => [line.slice(t.startIndex, t.endIndex), t.scopes.slice(1).join(' ')]);
  });
}

// Tokens are written out below as [text, scopes] (the root scope left out); empty scopes are
// plain code outside any string.
const S = 'string.quoted.double.json.comments';
const PB = 'punctuation.definition.string.begin.json.comments';
const PE = 'punctuation.definition.string.end.json.comments';
const READ = tokenScope('read');
const WRITE = tokenScope('write');

describe('grammar: Klaviyo scope injection', () => {
  it('highlights scopes in klaviyo.keys.json strings (JSONC), not in its comments', async () => {
    const text = [
      '{',
      '  // the backend needs profiles:read',
      '  "keys": [{ "name": "backend", "scopes": ["profiles:read", "lists:write"] }]',
      '}',
    ].join('\n');
    assert.deepEqual(await tokenize('source.json.comments', text), [
      [['{', '']],
      [
        ['  ', ''],
        ['//', 'comment.line.double-slash.json.comments punctuation.definition.comment.json.comments'],
        [' the backend needs profiles:read', 'comment.line.double-slash.json.comments'],
      ],
      [
        ['  ', ''],
        ['"', `${S} ${PB}`], ['keys', S], ['"', `${S} ${PE}`],
        [': [{ ', ''],
        ['"', `${S} ${PB}`], ['name', S], ['"', `${S} ${PE}`],
        [': ', ''],
        ['"', `${S} ${PB}`], ['backend', S], ['"', `${S} ${PE}`],
        [', ', ''],
        ['"', `${S} ${PB}`], ['scopes', S], ['"', `${S} ${PE}`],
        [': [', ''],
        ['"', `${S} ${PB}`], ['profiles:read', `${S} ${READ}`], ['"', `${S} ${PE}`],
        [', ', ''],
        ['"', `${S} ${PB}`], ['lists:write', `${S} ${WRITE}`], ['"', `${S} ${PE}`],
        ['] }]', ''],
      ],
      [['}', '']],
    ]);
  });

  it('highlights scopes in plain JSON strings', async () => {
    assert.deepEqual(await tokenize('source.json', '["custom-objects:read", "data-privacy:write"]'), [[
      ['[', ''],
      ['"', 'string.quoted.double.json punctuation.definition.string.begin.json'],
      ['custom-objects:read', `string.quoted.double.json ${READ}`],
      ['"', 'string.quoted.double.json punctuation.definition.string.end.json'],
      [', ', ''],
      ['"', 'string.quoted.double.json punctuation.definition.string.begin.json'],
      ['data-privacy:write', `string.quoted.double.json ${WRITE}`],
      ['"', 'string.quoted.double.json punctuation.definition.string.end.json'],
      [']', ''],
    ]]);
  });

  it('highlights scopes in TypeScript string literals, not in comments', async () => {
    const text = [
      "const scope = 'profiles:read';",
      '// this call needs profiles:read',
      '/* see "lists:write" */',
      'const all = `events:read, events:write`;',
    ].join('\n');
    assert.deepEqual(await tokenize('source.ts', text), [
      [
        ['const scope = ', ''],
        ["'", 'string.quoted.single.ts punctuation.definition.string.begin.ts'],
        ['profiles:read', `string.quoted.single.ts ${READ}`],
        ["'", 'string.quoted.single.ts punctuation.definition.string.end.ts'],
        [';', ''],
      ],
      [
        ['//', 'comment.line.double-slash.ts punctuation.definition.comment.ts'],
        [' this call needs profiles:read', 'comment.line.double-slash.ts'],
      ],
      [
        ['/*', 'comment.block.ts punctuation.definition.comment.ts'],
        [' see ', 'comment.block.ts'],
        ['"', 'comment.block.ts string.quoted.double.ts punctuation.definition.string.begin.ts'],
        ['lists:write', 'comment.block.ts string.quoted.double.ts'],
        ['"', 'comment.block.ts string.quoted.double.ts punctuation.definition.string.end.ts'],
        [' ', 'comment.block.ts'],
        ['*/', 'comment.block.ts punctuation.definition.comment.ts'],
      ],
      [
        ['const all = ', ''],
        ['`', 'string.template.ts punctuation.definition.string.template.begin.ts'],
        ['events:read', `string.template.ts ${READ}`],
        [', ', 'string.template.ts'],
        ['events:write', `string.template.ts ${WRITE}`],
        ['`', 'string.template.ts punctuation.definition.string.template.end.ts'],
        [';', ''],
      ],
    ]);
  });

  it('does not highlight part of a longer word, an unknown resource or a wrong access', async () => {
    const samples = ['myprofiles:readers', 'profiles:readers', 'x-profiles:read', 'a.profiles:read', 'profiles:read:all', 'foo:read', 'Profiles:Read', 'usage:write', 'data-privacy:read'];
    for (const sample of samples) {
      assert.deepEqual(await tokenize('source.ts', `'${sample}'`), [[
        ["'", 'string.quoted.single.ts punctuation.definition.string.begin.ts'],
        [sample, 'string.quoted.single.ts'],
        ["'", 'string.quoted.single.ts punctuation.definition.string.end.ts'],
      ]], sample);
    }
  });

  it('highlights every scope in the catalog, with its access in the token scope', async () => {
    const g = await grammar('source.json');
    assert.ok(catalog.scopes.length > 40);
    for (const scope of catalog.scopes) {
      const { tokens } = g.tokenizeLine(`"${scope}"`, INITIAL);
      assert.deepEqual(tokens[1].scopes, ['source.json', 'string.quoted.double.json', tokenScope(scope.endsWith(':read') ? 'read' : 'write')], scope);
      assert.equal(tokens[1].endIndex - tokens[1].startIndex, scope.length, scope);
    }
  });
});

describe('grammar: generated file and contribution', () => {
  it('syntaxes/klaviyo-scopes.injection.json matches the catalog (run `npm run grammar`)', () => {
    assert.equal(readFileSync(GRAMMAR_PATH, 'utf8'), renderGrammar(), 'syntaxes/klaviyo-scopes.injection.json is stale: run `npm run grammar`');
  });

  it('rejects a catalog scope that is not <resource>:<read|write>', () => {
    assert.throws(() => renderGrammar(['profiles:read', 'profiles:admin']), /profiles:admin/);
  });

  it('is contributed in package.json and injected once into each host grammar', () => {
    assert.ok(contribution, 'package.json contributes.grammars has no klaviyo-scopes.injection');
    assert.ok(existsSync(join(ROOT, contribution.path)), contribution.path);
    const hosts = ['source.json', 'source.json.comments', 'source.ts', 'source.tsx', 'source.js', 'source.js.jsx', 'source.python', 'source.php', 'text.html.php', 'source.ruby'];
    for (const host of hosts) assert.deepEqual(injectionsFor(host), [INJECTION_SCOPE_NAME], host);
    assert.deepEqual(injectionsFor('source.shell'), []);
    assert.deepEqual(injectionsFor('text.html.markdown'), []);
  });
});
