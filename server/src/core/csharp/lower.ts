import { binaryTest, exprStmt, field, key, named, operatorOf, span, STRING_TESTS, switchAsIfs, unquote, UNKNOWN_EXPR } from '../ir/lower-kit';
import type { Annotation, Arg, ClassDecl, Expr, Fn, Module, Param, Stmt, Test } from '../ir/types';
import type { SyntaxNode } from '../tree-sitter/loader';

// C# front end: lowers a compilation unit (tree-sitter-c-sharp) into the IR. Classes, records,
// structs and interfaces are classes; properties with initializers are fields; attributes are
// annotations. Namespaces only nest declarations.

export function lowerCSharp(file: string, root: SyntaxNode): Module {
  const m: Module = { file, globals: [], functions: [], classes: [], imports: new Map() };
  const visit = (n: SyntaxNode): void => {
    for (const d of named(n)) {
      if (d.type === 'namespace_declaration' || d.type === 'file_scoped_namespace_declaration') visit(field(d, 'body') ?? d);
      else if (d.type === 'declaration_list') visit(d);
      else if (TYPE_DECLS.has(d.type)) lowerClass(file, d, m);
      else if (d.type === 'global_statement') {
        // Top-level statements (Program.cs): one function of the file.
        const body = named(d).flatMap((s) => stmt(file, s));
        const main = m.functions.find((f) => f.name === '<top-level>');
        if (main) main.body.push(...body);
        else m.functions.push({ key: key(file, d), name: '<top-level>', params: [], body, annotations: [], at: span(d) });
      }
    }
  };
  visit(root);
  return m;
}

const TYPE_DECLS = new Set(['class_declaration', 'interface_declaration', 'record_declaration', 'struct_declaration']);

function attributes(file: string, d: SyntaxNode): Annotation[] {
  return named(d).filter((c) => c.type === 'attribute_list').flatMap((l) => named(l).filter((a) => a.type === 'attribute')).map((a) => {
    const list = named(a).find((c) => c.type === 'attribute_argument_list');
    // Error recovery can leave an argument with no expression in it (`[Get("/api/p}`"]'>{}…)`).
    const args: Arg[] = list ? named(list).filter((x) => named(x).length > 0).map((x) => {
      const parts = named(x);
      const nameNode = parts.length > 1 ? parts[0] : undefined;
      return { name: nameNode?.text, value: expr(file, parts[parts.length - 1]) };
    }) : [];
    const nameNode = field(a, 'name');
    return { name: (nameNode?.text ?? '').replace(/Attribute$/, '').split('.').pop() as string, args, at: span(a), nameAt: span(nameNode ?? a) };
  });
}

function lowerClass(file: string, d: SyntaxNode, m: Module): void {
  const name = field(d, 'name')?.text ?? '';
  const baseList = named(d).find((c) => c.type === 'base_list');
  const bases = baseList ? named(baseList).map((b) => b.text.replace(/<.*$/s, '').split('.').pop() as string) : [];
  const c: ClassDecl = { name, bases, fields: [], methods: [], annotations: attributes(file, d), isInterface: d.type === 'interface_declaration' };
  m.classes.push(c);
  // A primary constructor's parameters (`class KlaviyoClient(HttpClient http)`) are in scope in every member, as fields are.
  const primary = named(d).find((x) => x.type === 'parameter_list');
  for (const p of params(primary ?? null)) c.fields.push({ name: p.name, type: p.type, annotations: [] });
  const body = field(d, 'body');
  for (const x of body ? named(body) : []) {
    if (x.type === 'field_declaration') {
      const decl = named(x).find((y) => y.type === 'variable_declaration');
      const type = decl ? field(decl, 'type')?.text : undefined;
      for (const v of decl ? named(decl).filter((y) => y.type === 'variable_declarator') : []) {
        const init = declaratorValue(v);
        c.fields.push({ name: field(v, 'name')?.text ?? '', type, init: init ? expr(file, init) : undefined, annotations: attributes(file, x) });
      }
    } else if (x.type === 'property_declaration') {
      const value = field(x, 'value');
      const init = value?.type === 'arrow_expression_clause' ? named(value)[0] : value;
      c.fields.push({ name: field(x, 'name')?.text ?? '', type: field(x, 'type')?.text, init: init ? expr(file, init) : undefined, annotations: attributes(file, x) });
    } else if (x.type === 'method_declaration' || x.type === 'constructor_declaration') {
      c.methods.push({ ...fn(file, x), owner: name, isCtor: x.type === 'constructor_declaration' });
    } else if (TYPE_DECLS.has(x.type)) lowerClass(file, x, m);
  }
}

function declaratorValue(v: SyntaxNode): SyntaxNode | undefined {
  const name = field(v, 'name');
  return named(v).find((y) => y.id !== name?.id && y.type !== 'bracketed_argument_list');
}

function params(list: SyntaxNode | null): Param[] {
  return list ? named(list).filter((p) => p.type === 'parameter').map((p) => ({ name: field(p, 'name')?.text ?? '', type: field(p, 'type')?.text })) : [];
}

function fn(file: string, d: SyntaxNode): Fn {
  const body = field(d, 'body') ?? named(d).find((c) => c.type === 'arrow_expression_clause');
  const stmts: Stmt[] = !body ? [] : body.type === 'arrow_expression_clause' ? (named(body)[0] ? [{ k: 'return', e: expr(file, named(body)[0]) }] : []) : block(file, body);
  const init = named(d).find((c) => c.type === 'constructor_initializer');
  const baseArgs = init && init.text.startsWith(':') && /^:\s*base\b/.test(init.text) ? argsOf(file, named(init).find((c) => c.type === 'argument_list') ?? null) : undefined;
  return { key: key(file, d), name: field(d, 'name')?.text ?? '', params: params(field(d, 'parameters')), body: stmts, annotations: attributes(file, d), at: span(d), returns: field(d, 'returns')?.text, baseArgs };
}

function block(file: string, n: SyntaxNode): Stmt[] {
  return named(n).flatMap((s) => stmt(file, s));
}

function varDecls(file: string, decl: SyntaxNode): Stmt[] {
  const type = field(decl, 'type');
  return named(decl).filter((y) => y.type === 'variable_declarator').map((v) => {
    const value = declaratorValue(v);
    return { k: 'var' as const, names: [field(v, 'name')?.text ?? ''], type: type?.type === 'implicit_type' ? undefined : type?.text, value: value ? expr(file, value) : undefined };
  });
}

function stmt(file: string, s: SyntaxNode): Stmt[] {
  switch (s.type) {
    case 'local_declaration_statement': {
      const decl = named(s).find((y) => y.type === 'variable_declaration');
      return decl ? varDecls(file, decl) : [];
    }
    case 'expression_statement': {
      const e = named(s)[0];
      return e ? exprStmt(e, (n) => expr(file, n)) : [];
    }
    case 'return_statement': { const e = named(s)[0]; return [{ k: 'return', e: e ? expr(file, e) : undefined }]; }
    case 'if_statement': {
      const cond = field(s, 'condition');
      const then = field(s, 'consequence');
      const alt = field(s, 'alternative');
      return [{ k: 'if', test: cond ? test(file, cond) : { k: 'other' }, then: then ? stmt(file, then) : [], else: alt ? stmt(file, alt) : [] }];
    }
    case 'block': return [{ k: 'block', body: block(file, s) }];
    case 'foreach_statement': {
      const left = field(s, 'left');
      const right = field(s, 'right');
      const body = field(s, 'body');
      return [{ k: 'foreach', name: left?.text ?? '_', over: right ? expr(file, right) : UNKNOWN_EXPR, body: body ? stmt(file, body) : [] }];
    }
    case 'using_statement': {
      const decl = named(s).find((y) => y.type === 'variable_declaration');
      const body = field(s, 'body');
      return [...(decl ? varDecls(file, decl) : []), ...(body ? stmt(file, body) : [])];
    }
    case 'switch_statement': {
      const value = field(s, 'value');
      const body = field(s, 'body');
      const cases = (body ? named(body) : []).map((sec) => ({
        values: named(sec).filter((c) => c.type === 'constant_pattern' || c.type === 'case_switch_label').flatMap((c) => named(c).map((v) => expr(file, v))),
        body: named(sec).filter((c) => c.type.endsWith('statement')).flatMap((c) => stmt(file, c)),
      }));
      return switchAsIfs(value ? expr(file, value) : null, cases);
    }
    case 'try_statement': case 'catch_clause': case 'finally_clause': case 'while_statement': case 'for_statement': case 'do_statement':
    case 'lock_statement': case 'checked_statement': case 'unsafe_statement': case 'fixed_statement': case 'labeled_statement':
      return [{ k: 'block', body: named(s).flatMap((c) => (c.type === 'block' || c.type.endsWith('_clause') || c.type.endsWith('statement') ? stmt(file, c) : [])) }];
    case 'local_function_statement': return [];
    default: return [];
  }
}

function test(file: string, n: SyntaxNode): Test {
  if (n.type === 'parenthesized_expression') return named(n)[0] ? test(file, named(n)[0]) : { k: 'other' };
  if (n.type === 'prefix_unary_expression' && n.text.startsWith('!')) {
    const o = named(n)[0];
    return o ? { k: 'not', t: test(file, o) } : { k: 'other' };
  }
  if (n.type === 'binary_expression') {
    const l = field(n, 'left') as SyntaxNode;
    const r = field(n, 'right') as SyntaxNode;
    return binaryTest(operatorOf(n), () => expr(file, l), () => expr(file, r), () => test(file, l), () => test(file, r));
  }
  if (n.type === 'invocation_expression') {
    const f = field(n, 'function');
    const args = argsOf(file, field(n, 'arguments'));
    const name = f?.type === 'member_access_expression' ? (field(f, 'name')?.text ?? '') : '';
    const subject = f?.type === 'member_access_expression' ? field(f, 'expression') : null;
    if (subject && STRING_TESTS[name] && args.length >= 1) return { k: 'call', what: STRING_TESTS[name], subject: expr(file, subject), arg: args[0].value };
    if (subject && name === 'Equals' && args.length >= 1) return { k: 'eq', l: expr(file, subject), r: args[0].value };
    if (subject && /^string$|^String$/.test(subject.text) && /^IsNullOrEmpty$|^IsNullOrWhiteSpace$/.test(name) && args[0]) return { k: 'not', t: { k: 'truthy', e: args[0].value } };
  }
  return { k: 'other' };
}

function interpolated(file: string, n: SyntaxNode): Expr {
  const parts: (string | Expr)[] = [];
  for (const c of named(n)) {
    if (c.type === 'string_content' || c.type === 'string_literal_content' || c.type === 'raw_string_content') parts.push(n.text.startsWith('@') || n.text.startsWith('$@') ? c.text : unquote(c.text));
    else if (c.type === 'escape_sequence') parts.push(unquote(c.text));
    else if (c.type === 'interpolation') {
      const e = named(c).find((x) => !x.type.startsWith('interpolation_'));
      parts.push(e ? expr(file, e) : UNKNOWN_EXPR);
    }
  }
  return { k: 'str', parts };
}

export function expr(file: string, n: SyntaxNode): Expr {
  switch (n.type) {
    case 'string_literal': return { k: 'str', parts: [unquote(n.text.replace(/u8$/, '').slice(1, -1))] };
    case 'verbatim_string_literal': return { k: 'str', parts: [n.text.slice(2, -1).replace(/""/g, '"')] };
    case 'raw_string_literal': return { k: 'str', parts: [named(n).find((c) => c.type === 'raw_string_content')?.text ?? ''] };
    case 'interpolated_string_expression': return interpolated(file, n);
    case 'identifier': case 'predefined_type': return { k: 'name', name: n.text === 'String' ? 'string' : n.text };
    case 'this_expression': case 'this': return { k: 'this' };
    case 'qualified_name': {
      const parts = n.text.split('.');
      return parts.slice(1).reduce<Expr>((obj, name) => ({ k: 'member', obj, name }), { k: 'name', name: parts[0] });
    }
    case 'generic_name': return { k: 'name', name: named(n)[0]?.text ?? n.text };
    case 'member_access_expression': {
      const o = field(n, 'expression');
      const name = field(n, 'name');
      return { k: 'member', obj: o ? expr(file, o) : { k: 'this' }, name: name?.type === 'generic_name' ? (named(name)[0]?.text ?? '') : (name?.text ?? '') };
    }
    case 'conditional_access_expression': {
      const o = field(n, 'condition');
      const b = named(n).find((c) => c.type === 'member_binding_expression');
      return o && b ? { k: 'member', obj: expr(file, o), name: field(b, 'name')?.text ?? '' } : UNKNOWN_EXPR;
    }
    case 'parenthesized_expression': case 'await_expression': case 'checked_expression': return named(n)[0] ? expr(file, named(n)[named(n).length - 1]) : UNKNOWN_EXPR;
    case 'cast_expression': { const v = field(n, 'value'); return v ? expr(file, v) : UNKNOWN_EXPR; }
    case 'postfix_unary_expression': return named(n)[0] ? expr(file, named(n)[0]) : UNKNOWN_EXPR; // `x!`
    case 'binary_expression': {
      const l = field(n, 'left');
      const r = field(n, 'right');
      const op = operatorOf(n);
      if (op === '??' && l && r) return { k: 'cond', test: { k: 'truthy', e: expr(file, l) }, then: expr(file, l), else: expr(file, r) };
      return op === '+' && l && r ? { k: 'concat', items: [expr(file, l), expr(file, r)] } : UNKNOWN_EXPR;
    }
    case 'conditional_expression': {
      const c = field(n, 'condition');
      const a = field(n, 'consequence');
      const b = field(n, 'alternative');
      return c && a && b ? { k: 'cond', test: test(file, c), then: expr(file, a), else: expr(file, b) } : UNKNOWN_EXPR;
    }
    case 'element_access_expression': {
      const o = field(n, 'expression');
      const sub = field(n, 'subscript');
      const i = sub ? named(sub)[0] : undefined;
      return o && i ? { k: 'index', obj: expr(file, o), key: expr(file, named(i)[0] ?? i) } : UNKNOWN_EXPR;
    }
    case 'invocation_expression': {
      const f = field(n, 'function');
      if (!f) return UNKNOWN_EXPR;
      const nameNode = f.type === 'member_access_expression' ? (field(f, 'name') ?? f) : f;
      const args = argsOf(file, field(n, 'arguments'));
      // `nameof(KlaviyoClient)`: the name as text (a named HttpClient registration's key).
      if (f.type === 'identifier' && f.text === 'nameof' && args[0]) return { k: 'str', parts: [named(n).find((c) => c.type === 'argument_list')?.text.replace(/^\(|\)$/g, '').split('.').pop()?.trim() ?? ''] };
      const typeList = nameNode.type === 'generic_name' ? named(nameNode).find((c) => c.type === 'type_argument_list') : undefined;
      const typeArgs = typeList ? named(typeList).map((t) => t.text) : undefined;
      return { k: 'call', callee: expr(file, f), args, at: span(n), nameAt: span(nameNode), ...(typeArgs ? { typeArgs } : {}) };
    }
    case 'object_creation_expression': case 'implicit_object_creation_expression': {
      const t = field(n, 'type');
      const init = field(n, 'initializer') ?? named(n).find((c) => c.type === 'initializer_expression');
      const args = argsOf(file, field(n, 'arguments') ?? named(n).find((c) => c.type === 'argument_list') ?? null);
      const props: Arg[] = init ? named(init).filter((a) => a.type === 'assignment_expression').map((a) => ({ name: field(a, 'left')?.text, value: field(a, 'right') ? expr(file, field(a, 'right') as SyntaxNode) : UNKNOWN_EXPR })) : [];
      if (!t && init && !props.length) return { k: 'list', items: named(init).map((x) => expr(file, x)) };
      return { k: 'new', type: t?.text ?? '', args, init: props, at: span(n), nameAt: span(t ?? n) };
    }
    case 'implicit_array_creation_expression': case 'array_creation_expression': case 'collection_expression': case 'initializer_expression': {
      const init = n.type === 'initializer_expression' || n.type === 'collection_expression' ? n : named(n).find((c) => c.type === 'initializer_expression');
      return { k: 'list', items: init ? named(init).map((x) => expr(file, x)) : [] };
    }
    case 'lambda_expression': case 'anonymous_method_expression': {
      const body = field(n, 'body') ?? named(n).find((c) => c.type === 'block');
      if (!body) return UNKNOWN_EXPR;
      const stmts: Stmt[] = body.type === 'block' ? block(file, body) : exprStmt(body, (n) => expr(file, n));
      // `c => …`, `(sp, c) => …`, `(HttpClient c) => …`: the names, in order.
      const ps = field(n, 'parameters') ?? named(n).find((c) => c.type === 'parameter_list' || c.type === 'implicit_parameter' || c.type === 'identifier');
      const params = !ps ? [] : ps.type === 'parameter_list' ? named(ps).filter((p) => p.type === 'parameter').map((p) => ({ name: field(p, 'name')?.text ?? p.text, type: field(p, 'type')?.text })) : [{ name: ps.text }];
      return { k: 'fn', fn: { key: key(file, n), name: '', params, body: stmts, annotations: [], at: span(n) } };
    }
    default: return UNKNOWN_EXPR;
  }
}

function argsOf(file: string, list: SyntaxNode | null): Arg[] {
  return list ? named(list).filter((a) => a.type === 'argument').map((a) => {
    const nameNode = field(a, 'name');
    const v = named(a).filter((c) => c.id !== nameNode?.id).pop();
    return { name: nameNode?.text, value: v ? expr(file, v) : UNKNOWN_EXPR };
  }) : [];
}
