// Inline suppressions: one reader for every language's comments (a table of rows: language,
// code, expected directive), then what applying them does to findings.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commentStyleOf } from '../../server/src/core/suppress/comment-style';
import { findDirectives } from '../../server/src/core/suppress/directives';
import { active, applyDirectives } from '../../server/src/core/suppress/apply';
import type { Finding } from '../../server/src/core/findings';

interface Row {
  file: string;
  code: string;
  /** Expected: codes, reason, next-line, and the text of the target line; null when it is no directive. */
  want: { codes: string[]; reason: string | null; next: boolean; target: string } | null;
}

const ROWS: Row[] = [
  { file: 'a.ts', code: "await fetch(url); // klaviyo-scopes-ignore missing-scope -- cron uses its own key", want: { codes: ['missing-scope'], reason: 'cron uses its own key', next: false, target: 'await fetch(url); // klaviyo-scopes-ignore missing-scope -- cron uses its own key' } },
  { file: 'a.js', code: '/* klaviyo-scopes-ignore-next-line no-key, missing-scope -- legacy job */\nawait fetch(url);', want: { codes: ['no-key', 'missing-scope'], reason: 'legacy job', next: true, target: 'await fetch(url);' } },
  { file: 'a.tsx', code: '{/* klaviyo-scopes-ignore beta-endpoint -- opted in */}', want: { codes: ['beta-endpoint'], reason: 'opted in', next: false, target: '{/* klaviyo-scopes-ignore beta-endpoint -- opted in */}' } },
  { file: 'a.go', code: '/*\n * klaviyo-scopes-ignore-next-line missing-scope -- read in prod by ops\n */\nreq, _ := http.NewRequest("GET", u, nil)', want: { codes: ['missing-scope'], reason: 'read in prod by ops', next: true, target: ' */' } },
  { file: 'A.java', code: 'client.send(req); // klaviyo-scopes-ignore no-key -- shared client', want: { codes: ['no-key'], reason: 'shared client', next: false, target: 'client.send(req); // klaviyo-scopes-ignore no-key -- shared client' } },
  { file: 'A.cs', code: '// klaviyo-scopes-ignore-next-line legacy-endpoint -- removed in Q3\nawait http.GetAsync(u);', want: { codes: ['legacy-endpoint'], reason: 'removed in Q3', next: true, target: 'await http.GetAsync(u);' } },
  { file: 'a.py', code: 'requests.get(u)  # klaviyo-scopes-ignore missing-scope -- admin script', want: { codes: ['missing-scope'], reason: 'admin script', next: false, target: 'requests.get(u)  # klaviyo-scopes-ignore missing-scope -- admin script' } },
  { file: 'a.rb', code: "# klaviyo-scopes-ignore-next-line no-key -- ENV set by Heroku\r\nHTTP.get(u)", want: { codes: ['no-key'], reason: 'ENV set by Heroku', next: true, target: 'HTTP.get(u)' } },
  { file: 'a.sh', code: 'curl "$U" # klaviyo-scopes-ignore missing-scope', want: { codes: ['missing-scope'], reason: null, next: false, target: 'curl "$U" # klaviyo-scopes-ignore missing-scope' } },
  { file: 'a.php', code: "<?php # klaviyo-scopes-ignore missing-scope -- a", want: { codes: ['missing-scope'], reason: 'a', next: false, target: '<?php # klaviyo-scopes-ignore missing-scope -- a' } },
  { file: 'a.php', code: "<?php $c->get($u); // klaviyo-scopes-ignore missing-scope -- b", want: { codes: ['missing-scope'], reason: 'b', next: false, target: '<?php $c->get($u); // klaviyo-scopes-ignore missing-scope -- b' } },
  { file: 'klaviyo.keys.json', code: '  // klaviyo-scopes-ignore-next-line excess-scope -- used by the nightly export\n  "lists:write",', want: { codes: ['excess-scope'], reason: 'used by the nightly export', next: true, target: '  "lists:write",' } },
  { file: '.env', code: '# klaviyo-scopes-ignore-next-line hardcoded-key -- sandbox key, revoked\nKLAVIYO=pk_x', want: { codes: ['hardcoded-key'], reason: 'sandbox key, revoked', next: true, target: 'KLAVIYO=pk_x' } },
  // Not directives: in a string, another word, a `#` that is no comment in C-style code.
  { file: 'a.ts', code: "const s = 'klaviyo-scopes-ignore missing-scope -- x';", want: null },
  { file: 'a.ts', code: '// klaviyo-scopes-ignored missing-scope -- x', want: null },
  { file: 'a.ts', code: '# klaviyo-scopes-ignore missing-scope -- x', want: null },
  { file: 'a.py', code: '// klaviyo-scopes-ignore missing-scope -- x', want: null },
  { file: 'a.ts', code: '// see `klaviyo-scopes-ignore` in the README', want: null },
];

describe('suppression directives, every language', () => {
  for (const row of ROWS) {
    it(`${row.file}: ${row.code.split('\n')[0]}`, () => {
      const style = commentStyleOf(row.file);
      assert.ok(style, `${row.file} has a comment style`);
      const found = findDirectives(row.code, style);
      if (!row.want) return assert.deepEqual(found, []);
      assert.equal(found.length, 1);
      const [d] = found;
      assert.deepEqual(d.codes.map((c) => c.code), row.want.codes);
      for (const c of d.codes) assert.equal(row.code.slice(c.range.start, c.range.end), c.code, 'code ranges point at the code');
      assert.equal(d.reason, row.want.reason);
      assert.equal(d.next, row.want.next);
      assert.equal(row.code.slice(d.target.start, d.target.end), row.want.target);
      assert.ok(row.code.slice(d.range.start, d.range.end).startsWith('klaviyo-scopes-ignore'));
    });
  }
});

const finding = (code: string, start: number, file = '/w/a.ts'): Finding => ({ code, file, span: { start, end: start + 5 }, title: code, message: `${code} here` });

describe('what removing an unused directive removes', () => {
  const cases: [string, string, string][] = [
    // [text, code to remove, text after]
    ['a();\n// klaviyo-scopes-ignore-next-line no-key -- x\nb();\n', 'no-key', 'a();\nb();\n'],
    ['b(); // klaviyo-scopes-ignore no-key -- x\nc();', 'no-key', 'b();\nc();'],
    ['b(); /* klaviyo-scopes-ignore no-key -- x */ c();', 'no-key', 'b(); c();'],
    ['b(); // klaviyo-scopes-ignore no-key, missing-scope -- x', 'no-key', 'b(); // klaviyo-scopes-ignore missing-scope -- x'],
    ['b(); // klaviyo-scopes-ignore no-key, missing-scope -- x', 'missing-scope', 'b(); // klaviyo-scopes-ignore no-key -- x'],
  ];
  for (const [text, code, want] of cases) {
    it(`${JSON.stringify(text)} without ${code}`, () => {
      const out = applyDirectives([], new Map([['/w/a.ts', findDirectives(text, 'c')]]), { complete: true });
      const f = out.find((x) => x.code === 'unused-suppression' && text.slice(x.span.start, x.span.end) === code);
      assert.ok(f);
      const { remove } = f.data as { remove: { start: number; end: number } };
      assert.equal(text.slice(0, remove.start) + text.slice(remove.end), want);
    });
  }
});

describe('applying directives', () => {
  const text = ['fetch(a); // klaviyo-scopes-ignore missing-scope, no-key -- batch job', 'fetch(b);', '// klaviyo-scopes-ignore-next-line missing-scope', 'fetch(c);', '// klaviyo-scopes-ignore bogus-code, invalid-config -- x', '// klaviyo-scopes-ignore -- no code'].join('\n');
  const directives = new Map([['/w/a.ts', findDirectives(text, 'c')]]);
  const line = (n: number): number => text.split('\n').slice(0, n - 1).join('\n').length + (n > 1 ? 1 : 0);

  it('accepts a finding on the directive\'s line, with its reason, and keeps it marked', () => {
    const out = applyDirectives([finding('missing-scope', line(1)), finding('missing-scope', line(2))], directives, { complete: true });
    assert.deepEqual(out[0].suppression, { kind: 'inSource', justification: 'batch job' });
    assert.equal(out[1].suppression, undefined, 'the next line is not covered by a same-line directive');
    assert.equal(active(out).filter((f) => f.code === 'missing-scope').length, 1);
  });

  it('reports what a directive accepts nothing for, and what is wrong with it', () => {
    const out = applyDirectives([finding('missing-scope', line(1)), finding('missing-scope', line(4))], directives, { complete: true });
    const about = out.filter((f) => f.code.endsWith('-suppression')).map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);
    assert.deepEqual(about, [
      'unused-suppression no-key',
      'invalid-suppression klaviyo-scopes-ignore-next-line missing-scope',
      'invalid-suppression bogus-code',
      'invalid-suppression invalid-config',
      'invalid-suppression klaviyo-scopes-ignore -- no code',
    ]);
    assert.equal(out[1].suppression, undefined, 'a directive without a reason suppresses nothing');
  });

  it('does not call an excess-scope directive unused before the workspace is scanned', () => {
    const json = new Map([['/w/klaviyo.keys.json', findDirectives('// klaviyo-scopes-ignore-next-line excess-scope -- export\n"lists:write"', 'c')]]);
    assert.equal(applyDirectives([], json, { complete: false }).length, 0);
    assert.deepEqual(applyDirectives([], json, { complete: true }).map((f) => f.code), ['unused-suppression']);
  });

  it('leaves other files and unsuppressible codes alone', () => {
    const out = applyDirectives([finding('missing-scope', line(1), '/w/b.ts'), finding('invalid-config', line(5))], directives, { complete: true });
    assert.equal(out[0].suppression, undefined);
    assert.equal(out[1].suppression, undefined);
  });
});
