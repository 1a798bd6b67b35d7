import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineMap } from '../../server/src/core/engine/positions';

describe('LineMap', () => {
  // [text, offset, line, column]: LF-only texts take the indexOf path, the rest the per-character one.
  const cases: [string, number, number, number][] = [
    ['', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nb\n', 2, 2, 1],
    ['a\nb\n', 4, 3, 1],
    ['a\n\n\nb', 4, 4, 1],
    ['a\r\nb', 3, 2, 1],
    ['a\rb', 2, 2, 1],
    ['a\r\n\nb\rc', 5, 3, 2],
    ['a\r\n\nb\rc', 6, 4, 1],
  ];
  for (const [text, offset, line, column] of cases) {
    it(`${JSON.stringify(text)} at ${offset} is ${line}:${column}`, () => {
      assert.deepEqual(new LineMap(text).at(offset), { line, column });
    });
  }

  it('offsetOf inverts at, on LF and on CRLF text', () => {
    for (const text of ['one\ntwo\nthree', 'one\r\ntwo\r\nthree']) {
      const map = new LineMap(text);
      for (let o = 0; o <= text.length; o++) {
        const { line, column } = map.at(o);
        assert.equal(map.offsetOf(line, column), o);
      }
    }
  });
});
