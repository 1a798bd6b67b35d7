// Inserts values into arrays of a JSONC text the way a person editing it would: the new item
// follows the layout of its neighbours (one per line, or inline), and nothing else in the file
// moves. jsonc-parser's `modify` finds where an item and its comma go; its own formatter is not
// used because it re-lays out the neighbouring items and moves a trailing `// comment` from the
// previous item onto the new one.

import { applyEdits, findNodeAtLocation, modify, parseTree, type Edit, type JSONPath, type Node } from 'jsonc-parser';

export interface TextStyle {
  /** One level of indentation: a tab or some spaces. */
  indent: string;
  eol: string;
  /** What follows the comma between inline items: ' ' or ''. */
  inlineSpace: string;
}

export function detectStyle(text: string): TextStyle {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  let indent = '  ';
  let smallest = Infinity;
  for (const m of text.matchAll(/^([ \t]+)\S/gm)) {
    if (m[1].startsWith('\t')) {
      indent = '\t';
      break;
    }
    if (m[1].length < smallest) {
      smallest = m[1].length;
      indent = m[1];
    }
  }
  const tight = (text.match(/,"/g) ?? []).length;
  const spaced = (text.match(/, "/g) ?? []).length;
  return { indent, eol, inlineSpace: tight > spaced ? '' : ' ' };
}

/**
 * `text` with `value` inserted into the array at `arrayPath`, before item `index` (or last when
 * `index` is past the end). Returns null when there is no array at that path.
 */
export function insertIntoArray(text: string, arrayPath: JSONPath, index: number, value: unknown, style: TextStyle): string | null {
  const root = parseTree(text, [], { allowTrailingComma: true });
  const arr = root && findNodeAtLocation(root, arrayPath);
  if (!arr || arr.type !== 'array') return null;
  const items = arr.children ?? [];
  const pos = Math.max(0, Math.min(index, items.length));
  const multiline = /[\r\n]/.test(text.slice(arr.offset, arr.offset + arr.length));
  const edits = multiline ? multilineEdits(text, arr, items, pos, value, style) : null;
  return applyEdits(text, edits ?? inlineEdits(text, arrayPath, pos, value, style));
}

/** Items on their own lines: the new one gets its own line at the same indentation. */
function multilineEdits(text: string, arr: Node, items: Node[], pos: number, value: unknown, style: TextStyle): Edit[] | null {
  if (items.length === 0) return emptyArrayEdits(text, arr, value, style);
  if (pos < items.length) {
    const next = items[pos];
    const indent = ownLineIndent(text, next.offset);
    if (indent === null) return null;
    return [{ offset: next.offset, length: 0, content: render(value, indent, style) + ',' + style.eol + indent }];
  }
  const last = items[items.length - 1];
  const lastEnd = last.offset + last.length;
  const indent = ownLineIndent(text, last.offset);
  // After the last item: an optional trailing comma and comment, then the end of the line.
  const tail = /^[ \t]*(,?)[ \t]*(\/\/[^\r\n]*|\/\*(?:(?!\*\/)[^\r\n])*\*\/)?[ \t]*(?=\r?\n|\r)/.exec(text.slice(lastEnd));
  if (indent === null || !tail) return null;
  const edits: Edit[] = [];
  if (tail[1] === '') edits.push({ offset: lastEnd, length: 0, content: ',' });
  // A trailing comma (allowed in this file) stays trailing: the new item gets one too.
  edits.push({ offset: lastEnd + tail[0].length, length: 0, content: style.eol + indent + render(value, indent, style) + (tail[1] ? ',' : '') });
  return edits;
}

/** `[]` or `[ ]`: a short value goes inline, an object gets lines of its own. */
function emptyArrayEdits(text: string, arr: Node, value: unknown, style: TextStyle): Edit[] | null {
  const inner = text.slice(arr.offset + 1, arr.offset + arr.length - 1);
  if (inner.trim() !== '') return null; // a comment inside: leave it to modify
  const base = lineIndent(text, arr.offset);
  const rendered = render(value, base + style.indent, style);
  const content = /[\r\n]/.test(rendered) || /[\r\n]/.test(inner) ? style.eol + base + style.indent + rendered + style.eol + base : rendered;
  return [{ offset: arr.offset + 1, length: inner.length, content }];
}

function inlineEdits(text: string, arrayPath: JSONPath, pos: number, value: unknown, style: TextStyle): Edit[] {
  const inline = renderInline(value, style);
  // modify() without formatting options inserts `,<json>` or `<json>,` at the right offset.
  return modify(text, [...arrayPath, pos], value, { isArrayInsertion: true }).map((e) => {
    const json = JSON.stringify(value);
    if (e.content === ',' + json) return { ...e, content: ',' + style.inlineSpace + inline };
    if (e.content === json + ',') return { ...e, content: inline + ',' + style.inlineSpace };
    if (e.content === json) return { ...e, content: inline };
    return e;
  });
}

/** `value` on one line, spaced like the file: `{ "a": ["b", "c"] }` or `{"a":["b","c"]}`. */
export function renderInline(value: unknown, style: TextStyle): string {
  if (style.inlineSpace === '' || value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => renderInline(v, style)).join(', ')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${renderInline(v, style)}`).join(', ')} }`;
}

/** JSON of `value` laid out with the file's indentation, continuation lines at `indent`. */
export function render(value: unknown, indent: string, style: TextStyle): string {
  const json = JSON.stringify(value, null, style.indent);
  return json.split('\n').join(style.eol + indent);
}

/** The whitespace before `offset` when nothing else precedes it on its line, else null. */
function ownLineIndent(text: string, offset: number): string | null {
  const start = lineStart(text, offset);
  const before = text.slice(start, offset);
  return /^[ \t]*$/.test(before) ? before : null;
}

function lineIndent(text: string, offset: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart(text, offset)))?.[0] ?? '';
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}
