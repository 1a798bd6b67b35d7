import { applyEdits, modify, parseTree, findNodeAtLocation } from 'jsonc-parser';
import type { TextEdit } from 'vscode-languageserver';
import { Ranges } from './ranges';

/**
 * One edit that turns `before` into `after`, touching only the region that differs, so the
 * rest of the document (and the user's cursor and undo history around it) stays put.
 */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  return { range: new Ranges(before).range({ start, end: endB }), newText: after.slice(start, endA) };
}

/** Removes one scope string (by its text) from a key's "scopes" array, keeping the rest of the layout. */
export function removeScope(text: string, keyIndex: number, scope: string): string | null {
  const root = parseTree(text, [], { allowTrailingComma: true });
  const arr = root && findNodeAtLocation(root, ['keys', keyIndex, 'scopes']);
  const index = arr?.children?.findIndex((c) => c.value === scope) ?? -1;
  if (index < 0) return null;
  return applyEdits(text, modify(text, ['keys', keyIndex, 'scopes', index], undefined, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
}
