// Row builders shared by the Go, Java and C# tables: a case whose expected calls carry their
// `line:column`, found from the first occurrence of the range text in the file, so every row
// asserts position as well as operation, scopes, kind and confidence.

import type { Case, Expect } from '../tree-harness';

export type Row = Omit<Expect, 'at'> & { at?: string };

function position(text: string, range: string): string | undefined {
  const i = text.indexOf(range);
  if (i < 0) return undefined;
  const before = text.slice(0, i).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

/** A one-file case (the table's default path) or a multi-file one; each row's `at` filled in when not given. */
export function row(name: string, files: string | Record<string, string>, expect: Row[], extra: Partial<Case> = {}): Case {
  const texts = typeof files === 'string' ? [files] : Object.values(files);
  return {
    name, files, ...extra,
    expect: expect.map((e) => ({ ...e, at: e.at ?? texts.map((t) => position(t, e.range)).find((p) => p !== undefined) })),
  };
}

/** A case that must find nothing. */
export function none(name: string, files: string | Record<string, string>): Case {
  return { name, files, expect: [] };
}
