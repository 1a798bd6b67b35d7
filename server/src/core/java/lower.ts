import { binaryTest, exprStmt, field, fields, key, named, operatorOf, span, STRING_TESTS, switchAsIfs, unquote, UNKNOWN_EXPR } from '../ir/lower-kit';
import type { Annotation, Arg, ClassDecl, Expr, Fn, Module, Stmt, Test } from '../ir/types';
import type { SyntaxNode } from '../tree-sitter/loader';

// Java front end: lowers a compilation unit (tree-sitter-java) into the IR. Classes, interfaces,
// enums and records are classes (nested ones too); static imports of constants become globals.

export function lowerJava(file: string, root: SyntaxNode): Module {
  const m: Module = { file, globals: [], functions: [], classes: [], imports: new Map() };
  for (const d of named(root)) {
    if (d.type === 'import_declaration') {
      const path = named(d).find((c) => c.type === 'scoped_identifier' || c.type === 'identifier')?.text;
      if (!path) continue;
      const parts = path.split('.');
      if (d.children.some((c) => c?.type === 'static')) {
        const whole = named(d).some((c) => c.type === 'asterisk');
        (m.statics ??= []).push(whole ? { name: '*', cls: parts[parts.length - 1] } : { name: parts[parts.length - 1], cls: parts[parts.length - 2] ?? '' });
      } else m.imports.set(parts[parts.length - 1], path);
    } else if (isTypeDecl(d)) lowerClass(file, d, m);
  }
  return m;
}

function isTypeDecl(n: SyntaxNode): boolean {
  return n.type === 'class_declaration' || n.type === 'interface_declaration' || n.type === 'enum_declaration' || n.type === 'record_declaration';
}

export function annotations(file: string, mods: SyntaxNode | undefined): Annotation[] {
  if (!mods) return [];
  return named(mods).filter((a) => a.type === 'annotation' || a.type === 'marker_annotation').map((a) => {
    const list = field(a, 'arguments');
    const args: Arg[] = list ? named(list).map((x) => (x.type === 'element_value_pair'
      ? { name: field(x, 'key')?.text, value: field(x, 'value') ? expr(file, field(x, 'value') as SyntaxNode) : UNKNOWN_EXPR }
      : { value: expr(file, x) })) : [];
    const nameNode = field(a, 'name');
    return { name: (nameNode?.text ?? '').split('.').pop() as string, args, at: span(a), nameAt: span(nameNode ?? a) };
  });
}

function lowerClass(file: string, d: SyntaxNode, m: Module): void {
  const name = field(d, 'name')?.text ?? '';
  const bases = [field(d, 'superclass'), field(d, 'interfaces')].flatMap((b) => (b ? b.descendantsOfType('type_identifier').filter((t) => t !== null).map((t) => t.text) : []));
  const mods = named(d).find((c) => c.type === 'modifiers');
  const c: ClassDecl = { name, bases, fields: [], methods: [], annotations: annotations(file, mods), isInterface: d.type === 'interface_declaration' };
  m.classes.push(c);
  const body = field(d, 'body');
  for (const x of body ? named(body).flatMap((y) => (y.type === 'enum_body_declarations' ? named(y) : [y])) : []) {
    if (x.type === 'field_declaration' || x.type === 'constant_declaration') {
      const type = field(x, 'type')?.text;
      const anns = annotations(file, named(x).find((y) => y.type === 'modifiers'));
      for (const v of fields(x, 'declarator')) {
        const init = field(v, 'value');
        c.fields.push({ name: field(v, 'name')?.text ?? '', type, init: init ? expr(file, init) : undefined, annotations: anns });
      }
    } else if (x.type === 'method_declaration' || x.type === 'constructor_declaration' || x.type === 'compact_constructor_declaration') {
      c.methods.push({ ...fn(file, x), owner: name, isCtor: x.type !== 'method_declaration' });
    } else if (isTypeDecl(x)) lowerClass(file, x, m);
  }
}

function fn(file: string, d: SyntaxNode): Fn {
  const ps = field(d, 'parameters');
  const body = field(d, 'body');
  return {
    key: key(file, d), name: field(d, 'name')?.text ?? '',
    params: ps ? named(ps).filter((p) => p.type === 'formal_parameter' || p.type === 'spread_parameter').map((p) => ({ name: (field(p, 'name') ?? named(p).find((x) => x.type === 'variable_declarator') ?? p).text.replace(/\s*=.*$/, ''), type: field(p, 'type')?.text ?? named(p).find((x) => x.type.endsWith('type') || x.type === 'type_identifier')?.text, annotations: annotations(file, named(p).find((x) => x.type === 'modifiers')) })) : [],
    body: body ? block(file, body) : [], annotations: annotations(file, named(d).find((c) => c.type === 'modifiers')), at: span(d),
    returns: field(d, 'type')?.text, baseArgs: superArgs(file, body),
  };
}

/** `super(…)` opening a constructor's body. */
function superArgs(file: string, body: SyntaxNode | null): Arg[] | undefined {
  const first = body ? named(body)[0] : undefined;
  if (first?.type !== 'explicit_constructor_invocation' || !first.text.startsWith('super')) return undefined;
  return argsOf(file, field(first, 'arguments'));
}

function block(file: string, n: SyntaxNode): Stmt[] {
  return named(n).flatMap((s) => stmt(file, s));
}

function stmt(file: string, s: SyntaxNode): Stmt[] {
  switch (s.type) {
    case 'local_variable_declaration': {
      const type = field(s, 'type')?.text;
      return fields(s, 'declarator').map((v) => {
        const value = field(v, 'value');
        return { k: 'var' as const, names: [field(v, 'name')?.text ?? ''], type: type === 'var' ? undefined : type, value: value ? expr(file, value) : undefined };
      });
    }
    case 'expression_statement': {
      const e = named(s)[0];
      return e ? exprStmt(e, (n) => expr(file, n)) : [];
    }
    case 'return_statement': case 'yield_statement': case 'throw_statement': {
      const e = named(s)[0];
      return s.type === 'throw_statement' ? (e ? [{ k: 'expr', e: expr(file, e) }] : []) : [{ k: 'return', e: e ? expr(file, e) : undefined }];
    }
    case 'if_statement': {
      const cond = field(s, 'condition');
      const then = field(s, 'consequence');
      const alt = field(s, 'alternative');
      return [{ k: 'if', test: cond ? test(file, cond) : { k: 'other' }, then: then ? stmt(file, then) : [], else: alt ? stmt(file, alt) : [] }];
    }
    case 'block': case 'constructor_body': return [{ k: 'block', body: block(file, s) }];
    case 'enhanced_for_statement': {
      const v = field(s, 'value');
      const body = field(s, 'body');
      return [{ k: 'foreach', name: field(s, 'name')?.text ?? '_', over: v ? expr(file, v) : UNKNOWN_EXPR, body: body ? stmt(file, body) : [] }];
    }
    case 'try_with_resources_statement': {
      const res = field(s, 'resources');
      const decls: Stmt[] = res ? named(res).filter((r) => r.type === 'resource' && field(r, 'name')).map((r) => ({
        k: 'var', names: [field(r, 'name')?.text ?? ''], type: field(r, 'type')?.text, value: field(r, 'value') ? expr(file, field(r, 'value') as SyntaxNode) : undefined,
      })) : [];
      return [...decls, { k: 'block', body: named(s).filter((c) => c.type !== 'resource_specification').flatMap((c) => stmt(file, c)) }];
    }
    case 'switch_expression': case 'switch_statement': {
      const subject = field(s, 'condition');
      const body = field(s, 'body');
      const cases = (body ? named(body) : []).map((g) => {
        const labels = named(g).filter((c) => c.type === 'switch_label');
        return {
          values: labels.flatMap((l) => named(l).map((v) => expr(file, v))),
          body: named(g).filter((c) => c.type !== 'switch_label').flatMap((c) => (c.type.endsWith('_expression') || c.type === 'string_literal' ? [] : stmt(file, c))),
        };
      });
      return switchAsIfs(subject ? expr(file, named(subject)[0] ?? subject) : null, cases);
    }
    case 'try_statement': case 'catch_clause': case 'finally_clause': case 'while_statement': case 'for_statement': case 'do_statement':
    case 'synchronized_statement': case 'labeled_statement':
      return [{ k: 'block', body: named(s).flatMap((c) => (c.type === 'block' || c.type.endsWith('_clause') || c.type.endsWith('statement') ? stmt(file, c) : [])) }];
    default: return [];
  }
}

function test(file: string, n: SyntaxNode): Test {
  if (n.type === 'parenthesized_expression') return named(n)[0] ? test(file, named(n)[0]) : { k: 'other' };
  if (n.type === 'unary_expression' && operatorOf(n) === '!') {
    const o = field(n, 'operand');
    return o ? { k: 'not', t: test(file, o) } : { k: 'other' };
  }
  if (n.type === 'binary_expression') {
    const l = field(n, 'left') as SyntaxNode;
    const r = field(n, 'right') as SyntaxNode;
    return binaryTest(operatorOf(n), () => expr(file, l), () => expr(file, r), () => test(file, l), () => test(file, r));
  }
  if (n.type === 'method_invocation') {
    const o = field(n, 'object');
    const name = field(n, 'name')?.text ?? '';
    const args = field(n, 'arguments') ? named(field(n, 'arguments') as SyntaxNode) : [];
    if (o && STRING_TESTS[name] && args.length === 1) return { k: 'call', what: STRING_TESTS[name], subject: expr(file, o), arg: expr(file, args[0]) };
    if (o && (name === 'equals' || name === 'equalsIgnoreCase') && args.length === 1) return { k: 'eq', l: expr(file, o), r: expr(file, args[0]) };
    if (o && name === 'isEmpty' && !args.length) return { k: 'not', t: { k: 'truthy', e: expr(file, o) } };
  }
  return { k: 'other' };
}

export function expr(file: string, n: SyntaxNode): Expr {
  switch (n.type) {
    case 'string_literal': return { k: 'str', parts: [unquote(n.text.slice(1, -1))] };
    case 'text_block': return { k: 'str', parts: [n.text.slice(3, -3).trim()] };
    case 'identifier': case 'type_identifier': return { k: 'name', name: n.text };
    case 'this': return { k: 'this' };
    case 'scoped_identifier': case 'scoped_type_identifier': {
      const parts = n.text.split('.');
      return parts.slice(1).reduce<Expr>((obj, name) => ({ k: 'member', obj, name }), { k: 'name', name: parts[0] });
    }
    case 'field_access': {
      const o = field(n, 'object');
      return { k: 'member', obj: o ? expr(file, o) : UNKNOWN_EXPR, name: field(n, 'field')?.text ?? '' };
    }
    case 'parenthesized_expression': return named(n)[0] ? expr(file, named(n)[0]) : UNKNOWN_EXPR;
    case 'cast_expression': { const v = field(n, 'value'); return v ? expr(file, v) : UNKNOWN_EXPR; }
    case 'binary_expression': {
      const l = field(n, 'left');
      const r = field(n, 'right');
      return operatorOf(n) === '+' && l && r ? { k: 'concat', items: [expr(file, l), expr(file, r)] } : UNKNOWN_EXPR;
    }
    case 'ternary_expression': {
      const c = field(n, 'condition');
      const a = field(n, 'consequence');
      const b = field(n, 'alternative');
      return c && a && b ? { k: 'cond', test: test(file, c), then: expr(file, a), else: expr(file, b) } : UNKNOWN_EXPR;
    }
    case 'array_access': {
      const a = field(n, 'array');
      const i = field(n, 'index');
      return a && i ? { k: 'index', obj: expr(file, a), key: expr(file, i) } : UNKNOWN_EXPR;
    }
    case 'method_invocation': {
      const o = field(n, 'object');
      const nameNode = field(n, 'name');
      const args = argsOf(file, field(n, 'arguments'));
      const callee: Expr = o ? { k: 'member', obj: expr(file, o), name: nameNode?.text ?? '' } : { k: 'name', name: nameNode?.text ?? '' };
      if (o && /^(List|Set|Arrays|Stream)$/.test(o.text) && /^(of|asList)$/.test(nameNode?.text ?? '')) return { k: 'list', items: args.map((a) => a.value) };
      return { k: 'call', callee, args, at: span(n), nameAt: span(nameNode ?? n) };
    }
    case 'object_creation_expression': {
      const t = field(n, 'type');
      return { k: 'new', type: t?.text ?? '', args: argsOf(file, field(n, 'arguments')), init: [], at: span(n), nameAt: span(t ?? n) };
    }
    case 'array_creation_expression': { const v = field(n, 'value'); return v ? expr(file, v) : UNKNOWN_EXPR; }
    case 'array_initializer': return { k: 'list', items: named(n).map((x) => expr(file, x)) };
    case 'lambda_expression': {
      const body = field(n, 'body');
      if (!body) return UNKNOWN_EXPR;
      const stmts: Stmt[] = body.type === 'block' ? block(file, body) : [{ k: 'return', e: expr(file, body) }];
      // `b -> …`, `(a, b) -> …`, `(String a) -> …`: the names, in order.
      const ps = field(n, 'parameters');
      const names = !ps ? [] : ps.type === 'identifier' ? [ps.text] : named(ps).map((p) => (p.type === 'identifier' ? p.text : (field(p, 'name')?.text ?? ''))).filter(Boolean);
      return { k: 'fn', fn: { key: key(file, n), name: '', params: names.map((name) => ({ name })), body: stmts, annotations: [], at: span(n) } };
    }
    default: return UNKNOWN_EXPR;
  }
}

function argsOf(file: string, list: SyntaxNode | null): Arg[] {
  return list ? named(list).filter((a) => a.type !== 'comment').map((a) => ({ value: expr(file, a) })) : [];
}
