import type { SyntaxNode } from '../tree-sitter/loader';
import { nearestAncestor } from '../tree-sitter/parents';

// Small helpers over tree-sitter-php nodes. The grammar's node types are checked against
// samples (`tree.rootNode.toString()`); the quirks it has are handled here, once.

/** Node types that open a new variable scope (arrow functions read the enclosing one too). */
export const FUNCTION_TYPES = new Set(['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function']);
export const CLASS_TYPES = new Set(['class_declaration', 'trait_declaration', 'interface_declaration', 'enum_declaration']);
export const CALL_TYPES = new Set(['function_call_expression', 'member_call_expression', 'nullsafe_member_call_expression', 'scoped_call_expression']);

export function named(n: SyntaxNode): SyntaxNode[] {
  return n.namedChildren.filter((c): c is SyntaxNode => c !== null);
}

export function field(n: SyntaxNode, name: string): SyntaxNode | null {
  return n.childForFieldName(name);
}

/** The innermost function-like node around `n` (not `n` itself), or null at file level. */
export function enclosingFunction(n: SyntaxNode): SyntaxNode | null {
  return nearestAncestor(n, 'php-function', (p) => FUNCTION_TYPES.has(p.type));
}

export function enclosingClass(n: SyntaxNode): SyntaxNode | null {
  return nearestAncestor(n, 'php-class', (p) => CLASS_TYPES.has(p.type));
}

/** `$name` → `name` for a variable_name node; null for `$$x` and the like. */
export function varName(n: SyntaxNode): string | null {
  if (n.type !== 'variable_name') return null;
  const id = named(n)[0];
  return id && id.type === 'name' ? id.text : null;
}

export interface CallArgs {
  positional: SyntaxNode[];
  named: Map<string, SyntaxNode>;
}

/**
 * Arguments of a call or `new`. Named arguments (`include: [...]`) go to `named`. The grammar
 * reads `include:` as an include_expression with an ERROR node (include is a keyword), so that
 * shape is recognised as the named argument `include` too.
 */
export function argsOf(call: SyntaxNode): CallArgs {
  const out: CallArgs = { positional: [], named: new Map() };
  const list = field(call, 'arguments') ?? named(call).find((c) => c.type === 'arguments');
  if (!list) return out;
  for (const arg of named(list)) {
    if (arg.type !== 'argument') continue;
    const nameNode = field(arg, 'name');
    const parts = named(arg);
    const value = parts[parts.length - 1];
    if (!value) continue;
    if (nameNode && value !== nameNode) out.named.set(nameNode.text, value);
    else if (value.type === 'include_expression' && /^include\s*:/.test(value.text)) {
      const inner = named(value).filter((c) => c.type !== 'ERROR' && c.type !== 'comment');
      if (inner.length) out.named.set('include', inner[inner.length - 1]);
    } else if (value.type !== 'variadic_unpacking') out.positional.push(value);
  }
  return out;
}

/** Argument `name` by name, else at `index`. */
export function argAt(args: CallArgs, index: number, name?: string): SyntaxNode | undefined {
  return (name ? args.named.get(name) : undefined) ?? args.positional[index];
}

/** The name node of a called function or method (what a user reads as the call's name). */
export function calleeName(call: SyntaxNode): SyntaxNode {
  return field(call, 'name') ?? field(call, 'function') ?? call;
}

export interface ParamInfo {
  node: SyntaxNode;
  index: number;
  name: string;
  type: SyntaxNode | null;
  defaultValue: SyntaxNode | null;
  promoted: boolean;
}

/** Parameters of a function-like node, in order. */
export function paramsOf(fn: SyntaxNode): ParamInfo[] {
  const list = field(fn, 'parameters');
  if (!list) return [];
  const out: ParamInfo[] = [];
  for (const p of named(list)) {
    if (!/parameter$/.test(p.type)) continue;
    const nameNode = field(p, 'name');
    const name = nameNode ? varName(nameNode) : null;
    if (!name) continue;
    out.push({ node: p, index: out.length, name, type: field(p, 'type'), defaultValue: field(p, 'default_value'), promoted: p.type === 'property_promotion_parameter' });
  }
  return out;
}

/** Return statements of a function body, not those of functions nested in it. */
export function returnsOf(fn: SyntaxNode): SyntaxNode[] {
  const body = field(fn, 'body');
  if (!body) return [];
  if (fn.type === 'arrow_function') return [body];
  const out: SyntaxNode[] = [];
  const visit = (n: SyntaxNode): void => {
    for (const c of named(n)) {
      if (FUNCTION_TYPES.has(c.type) || CLASS_TYPES.has(c.type)) continue;
      if (c.type === 'return_statement') {
        const v = named(c)[0];
        if (v) out.push(v);
      } else visit(c);
    }
  };
  visit(body);
  return out;
}

/** The doc comment right before a declaration (`/** @var KlaviyoAPI *\/`), if any. */
export function docComment(n: SyntaxNode): string | null {
  const prev = n.previousNamedSibling;
  return prev && prev.type === 'comment' && prev.text.startsWith('/**') ? prev.text : null;
}

/** The class names a type node names (`?KlaviyoAPI`, `A|B`), as written. */
export function typeNames(t: SyntaxNode | null): string[] {
  if (!t) return [];
  if (t.type === 'named_type') return named(t).filter((c) => c.type === 'name' || c.type === 'qualified_name').map((c) => c.text);
  return named(t).flatMap((c) => typeNames(c));
}

/** Decodes a PHP escape sequence of a double-quoted string or heredoc. */
export function decodeEscape(seq: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', v: '\v', e: '\x1b', f: '\f', '\\': '\\', $: '$', '"': '"', "'": "'", '0': '\0' };
  const body = seq.slice(1);
  if (body.startsWith('u{')) return String.fromCodePoint(parseInt(body.slice(2, -1), 16) || 0xfffd);
  if (body.startsWith('x')) return String.fromCharCode(parseInt(body.slice(1), 16));
  if (/^[0-7]{1,3}$/.test(body)) return String.fromCharCode(parseInt(body, 8));
  return simple[body] ?? seq;
}
