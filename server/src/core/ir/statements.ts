import { decide, type Cond } from '../conditions';
import { tOperand } from '../tree-sitter/conditions';
import { tChoices, type TParamRef } from '../tree-sitter/values';
import type { Frame, IrEvaluator } from './evaluator';
import { own } from './library';
import type { Expr, Stmt, Test } from './types';
import { asStr, merge, UNKNOWN, type Val } from './values';

// Statements of the IR in order: locals, assignments to locals, fields and library objects'
// properties, builders changed in place, and the branches a test leaves open, merged (an
// undecided test on a parameter leaves the choice to each caller).

export function execStmt(ev: IrEvaluator, s: Stmt, fr: Frame): void {
  switch (s.k) {
    case 'var': {
      const values = s.values ?? [];
      s.names.forEach((name, i) => {
        const e = i === 0 ? (s.value ?? values[0]) : values[i];
        const v = e ? ev.expr(e, fr) : UNKNOWN;
        fr.env.set(name, v.kind === 'unknown' && s.type ? ev.classes.typedOr(s.type, v) : v);
      });
      return;
    }
    case 'assign': {
      const v = ev.expr(s.value, fr);
      const t = s.target;
      if (t.k === 'name' && (fr.env.has(t.name) || !ev.implicitField(fr, t.name))) fr.env.set(t.name, v);
      else if (t.k === 'member' && t.obj.k === 'name' && fr.env.has(t.obj.name)) {
        const o = fr.env.get(t.obj.name);
        const urlField = own(ev.table.urlFields, t.name);
        if (urlField && o && (o.kind === 'str' || o.kind === 'unknown')) {
          if (urlField === 'self') fr.env.set(t.obj.name, v);
          return;
        }
        if (o?.kind === 'inst') fr.env.set(t.obj.name, { ...o, fields: { ...o.fields, [t.name]: v } });
        const slot = o?.kind === 'lib' ? own(own(ev.table.props, o.tag), t.name) : undefined;
        if (o?.kind === 'lib' && slot) fr.env.set(t.obj.name, { ...o, st: { ...o.st, [slot]: asStr(v) } });
      }
      return;
    }
    case 'expr': {
      const v = ev.expr(s.e, fr);
      const root = chainRoot(s.e);
      const before = root ? fr.env.get(root.name) : undefined;
      // `conn.setRequestMethod("POST")`, `request.AddQueryParameter(…)`: a builder changed in place;
      // `url.append(base).append(path)`: a string builder, likewise.
      if (root && before?.kind === 'lib' && v.kind === 'lib' && v.tag === before.tag && root.depth === 1) fr.env.set(root.name, v);
      else if (root && before && (before.kind === 'str' || before.kind === 'unknown') && v.kind === 'str' && root.methods.every((m) => ev.table.mutating.includes(m))) fr.env.set(root.name, v);
      return;
    }
    case 'return': fr.returns.push(s.e ? ev.expr(s.e, fr) : UNKNOWN); return;
    case 'block': ev.stmts(s.body, fr); return;
    case 'foreach': {
      const over = ev.expr(s.over, fr);
      fr.env.set(s.name, over.kind === 'arr' ? tChoices(over.items) : UNKNOWN);
      ev.stmts(s.body, fr);
      return;
    }
    case 'if': {
      const d = decide(condOf(ev, s.test, fr));
      if (d === true) return ev.stmts(s.then, fr);
      if (d === false) return ev.stmts(s.else, fr);
      const before = new Map(fr.env);
      ev.stmts(s.then, fr);
      const afterThen = fr.env;
      fr.env = new Map(before);
      ev.stmts(s.else, fr);
      const param = testParam(ev, s.test, fr);
      for (const [k, v] of afterThen) fr.env.set(k, fr.env.has(k) ? onParam(merge(v, fr.env.get(k) as Val), param) : v);
      return;
    }
  }
}

/** A parameter an undecided test reads (`switch (kind)`): the values it chooses between wait for the caller's argument. */
export function testParam(ev: IrEvaluator, t: Test, fr: Frame): TParamRef | undefined {
  const exprs: Expr[] = t.k === 'eq' || t.k === 'ne' ? [t.l, t.r] : t.k === 'call' ? [t.subject, t.arg] : t.k === 'truthy' ? [t.e] : [];
  for (const e of exprs) {
    const v = ev.expr(e, fr);
    if (v.kind === 'unknown' && v.param) return v.param;
    if (v.kind === 'str') for (const p of v.parts) if (typeof p !== 'string' && p.param) return p.param;
  }
  if (t.k === 'not') return testParam(ev, t.t, fr);
  if (t.k === 'and' || t.k === 'or') return testParam(ev, t.l, fr) ?? testParam(ev, t.r, fr);
  return undefined;
}

export function condOf(ev: IrEvaluator, t: Test, fr: Frame): Cond {
  const o = (e: Expr) => tOperand(asStr(ev.expr(e, fr)));
  switch (t.k) {
    case 'eq': case 'ne': return { op: t.k, left: o(t.l), right: o(t.r) };
    case 'call': return { op: t.what, subject: o(t.subject), needle: o(t.arg) };
    case 'truthy': return { op: 'truthy', value: o(t.e) };
    case 'not': return { op: 'not', arg: condOf(ev, t.t, fr) };
    case 'and': case 'or': return { op: t.k, left: condOf(ev, t.l, fr), right: condOf(ev, t.r, fr) };
    default: return { op: 'unknown' };
  }
}

/** Alternatives chosen by a parameter's value depend on that parameter (and so wait for its callers). */
export function onParam(v: Val, param: TParamRef | undefined): Val {
  if (!param || v.kind !== 'str') return v;
  return { kind: 'str', parts: v.parts.map((p) => (typeof p !== 'string' && p.alt && !p.param ? { ...p, param } : p)) };
}

/** The local a call chain starts from (`url.append(a).append(b)`: `url`), with the methods along it. */
function chainRoot(e: Expr): { name: string; methods: string[]; depth: number } | null {
  const methods: string[] = [];
  let x = e;
  while (x.k === 'call' && x.callee.k === 'member') {
    methods.unshift(x.callee.name);
    x = x.callee.obj;
  }
  return x.k === 'name' && methods.length ? { name: x.name, methods, depth: methods.length } : null;
}
