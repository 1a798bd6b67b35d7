import type { SyntaxNode } from '../tree-sitter/loader';
import { tLiteral } from '../tree-sitter/values';
import type { PyEvaluator } from './evaluator';
import { unwrap } from './syntax';

// Environment reads: `os.environ['X']`, `os.environ.get('X')`, `os.getenv('X')` (and the same
// names imported from os). Only these count as a key's env var; `settings.KEY` does not unless
// it is itself one of them.

/** `os.environ['X']` (also `environ` imported from os): the env var's name. */
export function environRead(ev: PyEvaluator, subscript: SyntaxNode): string | null {
  const obj = subscript.childForFieldName('value');
  const key = subscript.childForFieldName('subscript');
  if (!obj || !key || !isOsMember(ev, obj, 'environ')) return null;
  return tLiteral(ev.eval(key));
}

/** `os.<name>` or `<name>` imported from os. */
export function isOsMember(ev: PyEvaluator, node: SyntaxNode, name: string): boolean {
  const n = unwrap(node);
  const file = ev.program.fileOf(n);
  if (n.type === 'attribute') {
    const obj = n.childForFieldName('object');
    if (n.childForFieldName('attribute')?.text !== name || obj?.type !== 'identifier') return false;
    const r = ev.scopesOf(file)?.resolve(obj.text, obj);
    return !!r && r.bindings.some((b) => b.kind === 'import' && b.module === 'os');
  }
  if (n.type !== 'identifier' || n.text !== name) return false;
  const r = ev.scopesOf(file)?.resolve(n.text, n);
  return !!r && r.bindings.some((b) => b.kind === 'from' && b.module === 'os' && b.member === name);
}
