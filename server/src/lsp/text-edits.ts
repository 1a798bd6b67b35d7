import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
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

function scopeItems(text: string, keyIndex: number): Node[] {
  const root = parseTree(text, [], { allowTrailingComma: true });
  const arr = root && findNodeAtLocation(root, ['keys', keyIndex, 'scopes']);
  return arr?.type === 'array' ? (arr.children ?? []) : [];
}

/**
 * Removes one scope string (by its text) from a key's "scopes" array, keeping the rest of the
 * layout. (jsonc-parser's `modify` breaks the text when removing a last item, and with
 * formatting options re-lays out the whole array.) An item on its own line goes with its line,
 * its comma and trailing comment; an inline item goes with one adjacent comma.
 */
export function removeScope(text: string, keyIndex: number, scope: string): string | null {
  const items = scopeItems(text, keyIndex);
  const i = items.findIndex((c) => c.value === scope);
  if (i < 0) return null;
  const start = items[i].offset;
  const end = start + items[i].length;
  const prevEnd = i > 0 ? items[i - 1].offset + items[i - 1].length : -1;
  const lineStart = start - (/[ \t]*$/.exec(text.slice(0, start))?.[0].length ?? 0);
  const ownLine = lineStart === 0 || /[\r\n]/.test(text[lineStart - 1]);
  const rest = /^[ \t]*(,?)[ \t]*(?:\/\/[^\r\n]*|\/\*(?:(?!\*\/)[^\r\n])*\*\/)?[ \t]*(?:\r\n|\n|\r)/.exec(text.slice(end));
  const cut = (from: number, to: number): string => text.slice(0, from) + text.slice(to);
  if (ownLine && rest) {
    const after = cut(lineStart, end + rest[0].length);
    // The last item without a comma of its own: the one before it loses its comma.
    const comma = !rest[1] && i > 0 && i === items.length - 1 ? /^[ \t]*,/.exec(text.slice(prevEnd)) : null;
    return comma ? after.slice(0, prevEnd) + after.slice(prevEnd + comma[0].length) : after;
  }
  if (i < items.length - 1) return cut(start, items[i + 1].offset);
  if (i > 0) return cut(prevEnd, end);
  return cut(start, end + (/^[ \t]*,/.exec(text.slice(end))?.[0].length ?? 0));
}

/** Replaces one scope string (by its text) in a key's "scopes" array with another, in place. */
export function replaceScope(text: string, keyIndex: number, scope: string, replacement: string): string | null {
  const node = scopeItems(text, keyIndex).find((c) => c.value === scope);
  return node ? text.slice(0, node.offset) + JSON.stringify(replacement) + text.slice(node.offset + node.length) : null;
}
