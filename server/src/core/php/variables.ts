import type { SyntaxNode } from '../tree-sitter/loader';
import { T_UNKNOWN, type TValue } from '../tree-sitter/values';
import type { PhpFile } from './file-index';
import type { Env, PhpEvaluator } from './evaluator';
import { isLegacySdkClass, knownType } from './libraries';
import { docComment, enclosingClass, typeNames, type ParamInfo } from './syntax';
import { parentOf } from '../tree-sitter/parents';

// Which assignments reach a use of a variable, and what a parameter holds. PHP variables are
// function-scoped; we read the assignments before the use in text order, keep going back past
// those in a branch that does not contain the use (if/else, switch, loops, catch), and join.

const LOOPS = new Set(['if_statement', 'while_statement', 'for_statement', 'foreach_statement', 'do_statement']);
const BRANCHES = new Set(['else_clause', 'else_if_clause', 'case_statement', 'default_statement', 'catch_clause', 'conditional_expression', 'match_expression', 'match_conditional_expression']);

function contains(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

/** Set only on some paths to `at`: inside a branch or loop body that `at` is not in. */
export function conditional(s: SyntaxNode, at: SyntaxNode, scope: SyntaxNode | null): boolean {
  for (let x = parentOf(s); x && (!scope || x.startIndex > scope.startIndex || x.endIndex < scope.endIndex); x = parentOf(x)) {
    const p = parentOf(x);
    const isBody = !!p && LOOPS.has(p.type) && p.childForFieldName('body')?.startIndex === x.startIndex && p.childForFieldName('body')?.endIndex === x.endIndex;
    if ((BRANCHES.has(x.type) || isBody) && !contains(x, at)) return true;
    if (!p) break;
  }
  return false;
}

/** The nodes whose value a use of `$name` at `at` may see, latest first. */
export function reaching(file: PhpFile, scope: SyntaxNode | null, name: string, at: SyntaxNode): SyntaxNode[] {
  const sets = file.assignmentsOf(scope, name).filter((s) => s.endIndex <= at.startIndex || (s.type === 'foreach_statement' && contains(s, at)));
  const out: SyntaxNode[] = [];
  for (let i = sets.length - 1; i >= 0; i--) {
    out.push(sets[i]);
    if (!conditional(sets[i], at, scope)) break;
  }
  return out;
}

/** A value for a declared class type: the SDK, an HTTP client, or an instance of a project class. */
export function typeValue(ev: PhpEvaluator, written: string[], at: SyntaxNode): TValue | null {
  const file = ev.project.fileOf(at);
  let opaque: TValue | null = null;
  for (const w of written) {
    if (/^(self|static)$/i.test(w)) {
      const cls = enclosingClass(at);
      if (cls) return { kind: 'instance', key: ev.project.key(cls), file: file.file, node: cls };
      continue;
    }
    const fqn = file.resolveClass(w, at.startIndex);
    const cls = ev.project.findClass(fqn, file);
    const known = cls && isLegacySdkClass(fqn) ? null : knownType(fqn);
    if (known) return known;
    if (cls) return { kind: 'instance', key: ev.project.key(cls.node), file: cls.file.file, node: cls.node };
    // A declared class we cannot see (a vendor class): surely not the SDK.
    if (!opaque) opaque = { kind: 'instance', key: `class:${fqn.toLowerCase()}`, file: file.file, node: at };
  }
  return opaque;
}

/** Type names a doc comment gives a name: `@param KlaviyoAPI $klaviyo`, `@var KlaviyoAPI`. */
export function docTypes(doc: string | null, tag: 'param' | 'var' | 'return', name?: string): string[] {
  if (!doc) return [];
  const re = new RegExp(`@${tag}\\s+([\\\\\\w|?]+)` + (name ? `\\s+\\$${name}\\b` : ''));
  const m = re.exec(doc);
  return m ? m[1].replace(/^\?/, '').split('|').filter((t) => !/^(null|mixed|array|string|int|bool|float|object|callable)$/i.test(t)) : [];
}

const PSR7_REQUEST = new Set(['class:psr\\http\\message\\requestinterface', 'class:guzzlehttp\\psr7\\request']);

/** What a parameter holds: the argument bound at a call site, its declared type, or a symbolic ref. */
export function paramValue(ev: PhpEvaluator, fn: SyntaxNode, param: ParamInfo, env?: Env): TValue {
  const key = ev.project.key(fn);
  if (env && env.fn === key) {
    const bound = env.named.get(param.name) ?? env.args[param.index];
    if (bound && !(bound.kind === 'unknown' && !bound.param)) return bound;
    if (!bound && param.defaultValue) return ev.eval(param.defaultValue);
  }
  const typed = typeValue(ev, [...typeNames(param.type), ...docTypes(docComment(fn), 'param', param.name)], fn);
  // A PSR-7 request handed in (`send(RequestInterface $request)`) is built by the callers: it stays theirs.
  if (typed && !(typed.kind === 'instance' && PSR7_REQUEST.has(typed.key))) return typed;
  if (env && env.fn === key) return T_UNKNOWN;
  const fallback = param.defaultValue ? ev.eval(param.defaultValue) : undefined;
  return { kind: 'unknown', param: { fn: key, index: param.index, name: param.name, path: [], fallback } };
}
