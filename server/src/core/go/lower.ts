import { binaryTest, field, fields, key, named, operatorOf, span, STRING_TESTS, switchAsIfs, unquote, UNKNOWN_EXPR } from '../ir/lower-kit';
import type { Arg, ClassDecl, Expr, Fn, Module, Param, Stmt, Test } from '../ir/types';
import type { SyntaxNode } from '../tree-sitter/loader';

// Go front end: lowers a source file's syntax (tree-sitter-go) into the IR. Structs are classes
// whose methods are the functions with that receiver; package-level consts and vars are globals.

export function lowerGo(file: string, root: SyntaxNode): Module {
  const m: Module = { file, globals: [], functions: [], classes: [], imports: new Map() };
  const classOf = (name: string): ClassDecl => {
    let c = m.classes.find((x) => x.name === name);
    if (!c) m.classes.push((c = { name, bases: [], fields: [], methods: [], annotations: [] }));
    return c;
  };
  for (const d of named(root)) {
    switch (d.type) {
      case 'import_declaration':
        for (const s of d.descendantsOfType('import_spec')) {
          if (!s) continue;
          const p = field(s, 'path')?.text.slice(1, -1) ?? '';
          m.imports.set(field(s, 'name')?.text ?? p.split('/').filter((x) => !/^v\d+$/.test(x)).pop() ?? p, p);
        }
        break;
      case 'const_declaration': case 'var_declaration':
        for (const s of named(d).flatMap((x) => (x.type === 'var_spec_list' ? named(x) : [x]))) {
          const names = fields(s, 'name').map((n) => n.text);
          const values = field(s, 'value') ? named(field(s, 'value') as SyntaxNode) : [];
          names.forEach((name, i) => m.globals.push({ name, type: field(s, 'type')?.text, value: values[i] ? expr(file, values[i]) : undefined }));
        }
        break;
      case 'type_declaration':
        for (const s of named(d)) {
          const t = field(s, 'type');
          const name = field(s, 'name')?.text;
          if (name && t?.type === 'interface_type') {
            const methods = named(t).filter((x) => x.type === 'method_elem').map((x) => ({ ...fn(file, x), owner: name }));
            m.classes.push({ name, bases: [], fields: [], methods, annotations: [], isInterface: true });
            continue;
          }
          if (!name || t?.type !== 'struct_type') continue;
          const c = classOf(name);
          for (const f of t.descendantsOfType('field_declaration')) {
            if (!f) continue;
            const type = field(f, 'type')?.text;
            const ns = fields(f, 'name');
            // An embedded struct is a base: its methods and fields are the outer struct's.
            if (!ns.length && type) c.bases.push(type.replace(/^\*/, '').split('.').pop() as string);
            for (const n of ns) c.fields.push({ name: n.text, type, annotations: [] });
          }
        }
        break;
      case 'function_declaration': m.functions.push(fn(file, d)); break;
      case 'method_declaration': {
        const recv = field(d, 'receiver')?.descendantsOfType('parameter_declaration')[0];
        const type = recv ? field(recv, 'type')?.text.replace(/^\*/, '').replace(/\[.*$/, '') : undefined;
        const f = fn(file, d);
        if (type) classOf(type).methods.push({ ...f, owner: type, self: recv ? field(recv, 'name')?.text : undefined });
        else m.functions.push(f);
        break;
      }
      default: break;
    }
  }
  return m;
}

function params(n: SyntaxNode | null): Param[] {
  if (!n) return [];
  const out: Param[] = [];
  for (const p of named(n)) {
    const type = field(p, 'type')?.text;
    const ns = fields(p, 'name');
    for (const x of ns) out.push({ name: x.text, type });
    if (!ns.length) out.push({ name: '_', type });
  }
  return out;
}

function fn(file: string, d: SyntaxNode): Fn {
  const body = field(d, 'body');
  return {
    key: key(file, d), name: field(d, 'name')?.text ?? '', params: params(field(d, 'parameters')),
    body: body ? block(file, body) : [], annotations: [], at: span(d),
  };
}

function block(file: string, n: SyntaxNode): Stmt[] {
  const list = n.type === 'block' ? (named(n).find((c) => c.type === 'statement_list') ?? n) : n;
  return named(list).flatMap((s) => stmt(file, s));
}

function exprList(file: string, n: SyntaxNode | null): Expr[] {
  if (!n) return [];
  return n.type === 'expression_list' ? named(n).map((e) => expr(file, e)) : [expr(file, n)];
}

function stmt(file: string, s: SyntaxNode): Stmt[] {
  switch (s.type) {
    case 'short_var_declaration': {
      const names = (field(s, 'left') ? named(field(s, 'left') as SyntaxNode) : []).map((n) => n.text);
      return [{ k: 'var', names, values: exprList(file, field(s, 'right')) }];
    }
    case 'var_declaration': case 'const_declaration':
      return named(s).flatMap((x) => (x.type === 'var_spec_list' ? named(x) : [x])).map((v) => ({
        k: 'var' as const, names: fields(v, 'name').map((n) => n.text), type: field(v, 'type')?.text, values: exprList(file, field(v, 'value')),
      }));
    case 'assignment_statement': {
      const l = exprList(file, field(s, 'left'));
      const r = exprList(file, field(s, 'right'));
      const op = operatorOf(s);
      if (op === '+=' && l[0] && r[0]) return [{ k: 'assign', target: l[0], value: { k: 'concat', items: [l[0], r[0]] } }];
      return l.map((target, i) => ({ k: 'assign' as const, target, value: r[i] ?? UNKNOWN_EXPR }));
    }
    case 'expression_statement': case 'go_statement': case 'defer_statement':
      return named(s).map((e) => ({ k: 'expr' as const, e: expr(file, e) }));
    case 'return_statement': {
      const e = exprList(file, named(s)[0] ?? null);
      return [{ k: 'return', e: e[0] }];
    }
    case 'if_statement': {
      const init = field(s, 'initializer');
      const cond = field(s, 'condition');
      const then = field(s, 'consequence');
      const alt = field(s, 'alternative');
      return [
        ...(init ? stmt(file, init) : []),
        { k: 'if', test: cond ? test(file, cond) : { k: 'other' }, then: then ? block(file, then) : [], else: alt ? (alt.type === 'block' ? block(file, alt) : stmt(file, alt)) : [] },
      ];
    }
    case 'for_statement': {
      const body = field(s, 'body');
      const range = named(s).find((c) => c.type === 'range_clause');
      const inner = body ? block(file, body) : [];
      if (range) {
        const left = field(range, 'left') ? named(field(range, 'left') as SyntaxNode) : [];
        const over = field(range, 'right');
        const name = (left[1] ?? left[0])?.text ?? '_';
        return [{ k: 'foreach', name, over: over ? expr(file, over) : UNKNOWN_EXPR, body: inner }];
      }
      return [{ k: 'block', body: inner }];
    }
    case 'expression_switch_statement': {
      const value = field(s, 'value');
      const cases = named(s).filter((c) => c.type === 'expression_case' || c.type === 'default_case').map((c) => ({
        values: c.type === 'default_case' ? [] : exprList(file, field(c, 'value')),
        body: named(c).filter((x) => x.type !== 'expression_list').flatMap((x) => (x.type === 'statement_list' ? named(x).flatMap((y) => stmt(file, y)) : stmt(file, x))),
      }));
      return switchAsIfs(value ? expr(file, value) : null, cases);
    }
    case 'block': return [{ k: 'block', body: block(file, s) }];
    case 'labeled_statement': case 'type_switch_statement': case 'select_statement':
      return [{ k: 'block', body: named(s).flatMap((c) => stmt(file, c)) }];
    case 'statement_list': return named(s).flatMap((c) => stmt(file, c));
    default:
      if (s.type.endsWith('_case') || s.type === 'communication_case') return named(s).flatMap((c) => stmt(file, c));
      return s.type.endsWith('_expression') ? [{ k: 'expr', e: expr(file, s) }] : [];
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
  if (n.type === 'call_expression') {
    const f = field(n, 'function');
    const args = field(n, 'arguments') ? named(field(n, 'arguments') as SyntaxNode) : [];
    const what = f?.type === 'selector_expression' && field(f, 'operand')?.text === 'strings' ? STRING_TESTS[field(f, 'field')?.text ?? ''] : undefined;
    if (what && args.length === 2) return { k: 'call', what, subject: expr(file, args[0]), arg: expr(file, args[1]) };
  }
  return { k: 'other' };
}

export function expr(file: string, n: SyntaxNode): Expr {
  switch (n.type) {
    case 'interpreted_string_literal': return { k: 'str', parts: [unquote(n.text.slice(1, -1))] };
    case 'raw_string_literal': return { k: 'str', parts: [n.text.slice(1, -1)] };
    case 'identifier': case 'field_identifier': case 'package_identifier': case 'type_identifier': return { k: 'name', name: n.text };
    case 'selector_expression': {
      const o = field(n, 'operand');
      return { k: 'member', obj: o ? expr(file, o) : UNKNOWN_EXPR, name: field(n, 'field')?.text ?? '' };
    }
    case 'parenthesized_expression': return named(n)[0] ? expr(file, named(n)[0]) : UNKNOWN_EXPR;
    case 'unary_expression': {
      const o = field(n, 'operand');
      return o && (operatorOf(n) === '&' || operatorOf(n) === '*') ? expr(file, o) : UNKNOWN_EXPR;
    }
    case 'binary_expression': {
      const l = field(n, 'left');
      const r = field(n, 'right');
      return operatorOf(n) === '+' && l && r ? { k: 'concat', items: [expr(file, l), expr(file, r)] } : UNKNOWN_EXPR;
    }
    case 'index_expression': {
      const o = field(n, 'operand');
      const i = field(n, 'index');
      return o && i ? { k: 'index', obj: expr(file, o), key: expr(file, i) } : UNKNOWN_EXPR;
    }
    case 'call_expression': {
      const f = field(n, 'function');
      const args: Arg[] = field(n, 'arguments') ? named(field(n, 'arguments') as SyntaxNode).filter((a) => a.type !== 'comment').map((a) => ({ value: expr(file, a) })) : [];
      if (!f) return UNKNOWN_EXPR;
      const nameNode = f.type === 'selector_expression' ? (field(f, 'field') ?? f) : f;
      if (f.type === 'func_literal') return { k: 'fn', fn: fn(file, f) };
      return { k: 'call', callee: expr(file, f), args, at: span(n), nameAt: span(nameNode) };
    }
    case 'composite_literal': return composite(file, n);
    case 'func_literal': return { k: 'fn', fn: fn(file, n) };
    default: return UNKNOWN_EXPR;
  }
}

function composite(file: string, n: SyntaxNode): Expr {
  const type = field(n, 'type');
  const body = field(n, 'body');
  const elems = body ? named(body).filter((e) => e.type !== 'comment') : [];
  const inner = (e: SyntaxNode | null): Expr => {
    const x = e?.type === 'literal_element' ? named(e)[0] : e;
    return !x ? UNKNOWN_EXPR : x.type === 'literal_value' ? { k: 'list', items: named(x).map((y) => inner(y)) } : expr(file, x);
  };
  if (type?.type === 'map_type') {
    return { k: 'map', entries: elems.filter((e) => e.type === 'keyed_element').map((e) => [inner(field(e, 'key')), inner(field(e, 'value'))]) };
  }
  if (type?.type === 'slice_type' || type?.type === 'array_type' || !type) return { k: 'list', items: elems.map((e) => inner(e.type === 'keyed_element' ? field(e, 'value') : e)) };
  const init: Arg[] = elems.filter((e) => e.type === 'keyed_element').map((e) => ({ name: field(e, 'key')?.text ?? '', value: inner(field(e, 'value')) }));
  return { k: 'new', type: type.text, args: [], init, at: span(n), nameAt: span(type) };
}
