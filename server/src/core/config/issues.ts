// Turns zod issues into problems that point at the exact JSON text they are about and read
// like advice to the user rather than like a validator's internals.

import { findNodeAtLocation, getNodeValue, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { editDistance } from '../scopes';
import type { Span } from '../model';
import { ALLOWED_PROPERTIES } from './schema';

export type ProblemCode =
  | 'invalid-config'
  | 'unknown-scope'
  | 'duplicate-key'
  | 'secret-in-config'
  | 'deprecated-scope'
  | 'unmatched-glob';

export interface ConfigProblem {
  code: ProblemCode;
  severity: 'error' | 'warning';
  message: string;
  range: Span;
  /** 1-based, from `range.start`. */
  line: number;
  /** 1-based, in UTF-16 code units, from `range.start`. */
  column: number;
  /** Facts for quick fixes, e.g. `{ scope, suggestion, keyName }`; invalid-config problems carry `kind`. */
  data?: Record<string, unknown>;
}

export type RawProblem = Omit<ConfigProblem, 'line' | 'column'>;

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

export function nodeSpan(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

export function problemsFromIssues(issues: readonly Issue[], root: Node, keyNameAt: (i: number) => string | null): RawProblem[] {
  const out: RawProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const where = describeOwner(path, keyNameAt);
    const node = findNodeAtLocation(root, path);
    if (issue.code === 'unrecognized_keys') {
      const allowed = path.length === 0 ? ALLOWED_PROPERTIES.root : ALLOWED_PROPERTIES.key;
      for (const property of issue.keys) {
        const owner = describeOwner([...path, property], keyNameAt);
        const propNode = node?.children?.find((c) => c.type === 'property' && c.children?.[0]?.value === property)?.children?.[0];
        const suggestion = allowed.find((a) => editDistance(a.toLowerCase(), property.toLowerCase()) <= 2);
        out.push({
          code: 'invalid-config',
          severity: 'error',
          message:
            `Unknown property "${property}"${owner}.` +
            (suggestion ? ` Did you mean "${suggestion}"?` : '') +
            ` Allowed: ${allowed.map((a) => `"${a}"`).join(', ')}.`,
          range: propNode ? nodeSpan(propNode) : node ? nodeSpan(node) : { start: 0, end: 0 },
          data: { kind: 'unknown-property', property, ...(suggestion ? { suggestion } : {}), ...keyData(path, keyNameAt) },
        });
      }
      continue;
    }
    if (!node) {
      // A required property is absent: point at the opening brace of its object, as VS Code does.
      const parent = findNodeAtLocation(root, path.slice(0, -1)) ?? root;
      const name = String(path[path.length - 1] ?? '');
      out.push({
        code: 'invalid-config',
        severity: 'error',
        message: missingMessage(name, path, where),
        range: { start: parent.offset, end: parent.offset + 1 },
        data: { kind: 'missing-property', property: name, ...keyData(path, keyNameAt) },
      });
      continue;
    }
    const message =
      issue.code === 'invalid_type'
        ? typeMessage(path, issue.expected, jsonType(getNodeValue(node)), where)
        : `${subject(path)}${where}: ${issue.message}`;
    out.push({
      code: 'invalid-config',
      severity: 'error',
      message,
      range: nodeSpan(node),
      data: { kind: issue.code === 'invalid_type' ? 'wrong-type' : 'invalid-value', ...keyData(path, keyNameAt) },
    });
  }
  return out;
}

function keyData(path: Path, keyNameAt: (i: number) => string | null): Record<string, unknown> {
  if (path[0] !== 'keys' || typeof path[1] !== 'number') return {};
  const keyName = keyNameAt(path[1]);
  return keyName === null ? { keyIndex: path[1] } : { keyIndex: path[1], keyName };
}

/** ` in key "storefront"` or ` in keys[2]`, or '' outside any key. */
function describeOwner(path: Path, keyNameAt: (i: number) => string | null): string {
  if (path[0] !== 'keys' || typeof path[1] !== 'number' || path.length < 3) return '';
  const name = keyNameAt(path[1]);
  return name ? ` in key "${name}"` : ` in keys[${path[1]}]`;
}

/** How to refer to the thing at `path`: `"scopes"`, `Entry 2 of "scopes"`, `The file`. */
function subject(path: Path): string {
  if (path.length === 0) return 'The file';
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const owner = path[path.length - 2];
    return owner === 'keys' ? `Key ${last + 1}` : `Entry ${last + 1} of "${String(owner)}"`;
  }
  return `"${last}"`;
}

function missingMessage(name: string, path: Path, where: string): string {
  if (path.length === 1 && name === 'keys') {
    return 'Missing required property "keys": list the private API keys, e.g. { "keys": [{ "name": "server", "scopes": ["profiles:read"] }] }.';
  }
  if (name === 'scopes') return `Missing required property "scopes"${where || ' in a key'}: list the scopes the key was created with.`;
  if (name === 'name') return `Missing required property "name"${where || ' in a key'}: every key needs a unique name.`;
  return `Missing required property "${name}"${where}.`;
}

function typeMessage(path: Path, expected: string, actual: string, where: string): string {
  if (path.length === 0) return `klaviyo.keys.json must contain an object such as { "keys": [...] }, not ${actual}.`;
  const last = path[path.length - 1];
  if (typeof last === 'number' && path[path.length - 2] === 'keys') {
    return `Each entry of "keys" must be an object with "name" and "scopes", not ${actual}.`;
  }
  return `${subject(path)}${where} must be ${article(expected)}, not ${actual}.`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return article(typeof value);
}

export function duplicateProperties(root: Node): RawProblem[] {
  const out: RawProblem[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const seen = new Set<string>();
    for (const child of node.children ?? []) {
      if (node.type === 'object' && child.type === 'property' && child.children?.[0]) {
        const name = String(child.children[0].value);
        if (seen.has(name)) {
          out.push({ code: 'invalid-config', severity: 'error', message: `Property "${name}" appears twice in the same object; JSON readers disagree on which one counts.`, range: nodeSpan(child.children[0]), data: { kind: 'duplicate-property', property: name } });
        }
        seen.add(name);
      }
      stack.push(child);
    }
  }
  return out;
}

const PARSE_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a value',
  ColonExpected: 'Expected ":"',
  CommaExpected: 'Expected ","',
  CloseBraceExpected: 'Expected "}"',
  CloseBracketExpected: 'Expected "]"',
  EndOfFileExpected: 'Expected the end of the file after the top-level value',
  InvalidCommentToken: 'Invalid comment',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in string',
};

export function parseProblem(text: string, e: ParseError): RawProblem {
  const code = printParseErrorCode(e.error);
  const empty = text.trim() === '' && code === 'ValueExpected';
  const message = empty
    ? 'klaviyo.keys.json is empty: it needs an object such as { "keys": [...] }.'
    : `Invalid JSON: ${PARSE_MESSAGES[code] ?? code}.`;
  return { code: 'invalid-config', severity: 'error', message, range: { start: e.offset, end: e.offset + e.length }, data: { kind: 'parse', parseError: code } };
}
