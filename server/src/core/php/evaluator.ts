import path from 'node:path';
import type { SyntaxNode } from '../tree-sitter/loader';
import { tConcat, T_UNKNOWN, type TValue } from '../tree-sitter/values';
import { evalCall, evalNew } from './eval-calls';
import { classConstant, member, staticProperty, thisValue } from './eval-members';
import { varScope } from './file-index';
import type { PhpProject } from './project';
import { decodeEscape, field, FUNCTION_TYPES, named, paramsOf, varName } from './syntax';
import { conditional, paramValue, reaching } from './variables';
import { decide, literalChoices, tellingBranch } from '../conditions';
import { tBranchParts } from '../tree-sitter/conditions';
import { lowerCondition } from './conditions';
import { getProp, join, mergeObjs, str, T_NULL } from './values';
import { nearestAncestor } from '../tree-sitter/parents';

// Abstract evaluation of PHP expressions: literals, interpolation, concatenation, arrays,
// variables (the assignments that reach a use), properties, constants and calls. Unknown
// parameters of the enclosing function stay symbolic (param refs), so request helpers can be
// re-evaluated at each call site with the arguments bound (`Env`).

/** Arguments bound to one function's parameters while a helper is expanded at a call site. */
export interface Env {
  fn: string;
  args: TValue[];
  named: Map<string, TValue>;
  /** `$this` at the call site, when the helper is a method called on a known instance. */
  self?: TValue;
}

const MAX_DEPTH = 60;
const SUPERGLOBALS = new Set(['_ENV', '_SERVER', '_GET', '_POST', '_REQUEST', '_COOKIE', 'GLOBALS']);

export class PhpEvaluator {
  private readonly memo = new Map<string, TValue>();
  private readonly active = new Set<string>();
  private depth = 0;
  private readonly envIds = new WeakMap<Env, number>();
  private nextEnv = 1;

  constructor(readonly project: PhpProject) {
    project.evalPath = (n) => this.eval(n);
  }

  eval(n: SyntaxNode, env?: Env): TValue {
    const key = this.project.key(n) + (env ? `@${this.envId(env)}` : '');
    const hit = this.memo.get(key);
    if (hit) return hit;
    if (this.active.has(key) || this.depth > MAX_DEPTH) return T_UNKNOWN;
    this.active.add(key);
    this.depth++;
    try {
      const v = this.compute(n, env);
      this.memo.set(key, v);
      return v;
    } finally {
      this.active.delete(key);
      this.depth--;
    }
  }

  private envId(env: Env): number {
    let id = this.envIds.get(env);
    if (id === undefined) this.envIds.set(env, (id = this.nextEnv++));
    return id;
  }

  private compute(n: SyntaxNode, env?: Env): TValue {
    switch (n.type) {
      case 'parenthesized_expression':
      case 'cast_expression':
      case 'error_suppression_expression': {
        const inner = field(n, 'value') ?? named(n)[named(n).length - 1];
        return inner ? this.eval(inner, env) : T_UNKNOWN;
      }
      case 'string':
        return str(named(n).map((c) => (c.type === 'escape_sequence' ? decodeEscape(c.text) : c.text)).join(''));
      case 'encapsed_string':
        return this.interpolated(named(n), env);
      case 'heredoc':
        return this.interpolated(named(field(n, 'value') ?? n), env);
      case 'nowdoc':
        return str(field(n, 'value')?.text ?? '');
      case 'integer':
      case 'float':
        return str(n.text);
      case 'boolean':
        return str(n.text.toLowerCase());
      case 'null':
        return T_NULL;
      case 'binary_expression':
        return this.binary(n, env);
      case 'conditional_expression': {
        const body = field(n, 'body');
        const alt = field(n, 'alternative');
        if (!alt) return T_UNKNOWN;
        if (!body) return orElse(this.eval(field(n, 'condition')!, env), this.eval(alt, env));
        const cond = field(n, 'condition');
        const decided = cond ? decide(lowerCondition(this, cond, env)) : null;
        if (decided !== null) return this.eval(decided ? body : alt, env);
        const a = this.eval(body, env);
        const b = this.eval(alt, env);
        const joined = join([a, b]);
        if (joined.kind !== 'unknown') return joined;
        const choices = literalChoices(tBranchParts(a), tBranchParts(b));
        return choices ? { kind: 'str', parts: [{ hole: true, alt: choices }] } : (tellingBranch(a, b, tBranchParts) ?? joined);
      }
      case 'assignment_expression': {
        const right = field(n, 'right');
        return right ? this.eval(right, env) : T_UNKNOWN;
      }
      case 'augmented_assignment_expression': {
        // `self::$client ??= new KlaviyoAPI(…)` as an expression: the value it leaves.
        const [left, right] = [field(n, 'left'), field(n, 'right')];
        const op = n.children.find((c) => c && !c.isNamed)?.text;
        if (!left || !right) return T_UNKNOWN;
        if (op === '??=') return orElse(this.eval(left, env), this.eval(right, env));
        return op === '.=' ? tConcat(stringish(this.eval(left, env)), stringish(this.eval(right, env))) : T_UNKNOWN;
      }
      case 'variable_name':
        return this.variable(n, env);
      case 'array_creation_expression':
        return this.array(n, env);
      case 'subscript_expression': {
        const [base, index] = named(n);
        if (!base || !index) return T_UNKNOWN;
        const key = this.eval(index, env);
        const k = key.kind === 'str' && key.parts.every((p) => typeof p === 'string') ? key.parts.join('') : null;
        const sg = varName(base);
        if (sg && SUPERGLOBALS.has(sg)) return k && (sg === '_ENV' || sg === '_SERVER') ? { kind: 'env', name: k } : T_UNKNOWN;
        return k === null ? T_UNKNOWN : getProp(this.eval(base, env), k);
      }
      case 'member_access_expression':
      case 'nullsafe_member_access_expression': {
        const obj = field(n, 'object');
        const name = field(n, 'name');
        return obj && name?.type === 'name' ? member(this, this.eval(obj, env), name.text) : T_UNKNOWN;
      }
      case 'scoped_property_access_expression':
        return staticProperty(this, n);
      case 'class_constant_access_expression':
        return classConstant(this, n);
      case 'name':
      case 'qualified_name':
        return this.constant(n, env);
      case 'function_call_expression':
      case 'member_call_expression':
      case 'nullsafe_member_call_expression':
      case 'scoped_call_expression':
        return evalCall(this, n, env);
      case 'object_creation_expression':
        return evalNew(this, n, env);
      case 'anonymous_function':
      case 'arrow_function':
        return { kind: 'fn', key: this.project.key(n), file: this.project.fileOf(n).file, node: n };
      default:
        return T_UNKNOWN;
    }
  }

  private interpolated(children: SyntaxNode[], env?: Env): TValue {
    const values = children.map((c): TValue => {
      if (c.type === 'string_content' || c.type === 'string_value') return str(c.text);
      if (c.type === 'escape_sequence') return str(decodeEscape(c.text));
      const v = this.eval(c, env);
      // A piece we cannot read (an object, an array) is still a hole in the string.
      return v.kind === 'str' || v.kind === 'env' || v.kind === 'unknown' ? v : T_UNKNOWN;
    });
    return values.length ? tConcat(...values) : str('');
  }

  private binary(n: SyntaxNode, env?: Env): TValue {
    const op = field(n, 'operator')?.text;
    const left = field(n, 'left');
    const right = field(n, 'right');
    if (!left || !right) return T_UNKNOWN;
    const l = this.eval(left, env);
    const r = this.eval(right, env);
    if (op === '.') return tConcat(stringish(l), stringish(r));
    if (op === '??') return orElse(l, r);
    if (op === '+' && (l.kind === 'obj' || l.kind === 'arr')) return mergeObjs([r, l]);
    return T_UNKNOWN;
  }

  private array(n: SyntaxNode, env?: Env): TValue {
    const entries: [string | null, SyntaxNode][] = [];
    const spreads: TValue[] = [];
    for (const el of named(n).filter((c) => c.type === 'array_element_initializer')) {
      const parts = named(el).filter((c) => c.type !== 'by_ref');
      if (parts[0]?.type === 'variadic_unpacking') {
        const inner = named(parts[0])[0];
        if (inner) spreads.push(this.eval(inner, env));
      } else if (parts.length >= 2) {
        const k = this.eval(parts[0], env);
        entries.push([k.kind === 'str' && k.parts.every((p) => typeof p === 'string') ? k.parts.join('') : '\u0000', parts[1]]);
      } else if (parts[0]) entries.push([null, parts[0]]);
    }
    if (spreads.length === 0 && entries.every(([k]) => k === null)) return { kind: 'arr', items: entries.map(([, v]) => this.eval(v, env)) };
    const props = new Map<string, () => TValue>();
    let index = 0;
    for (const [k, v] of entries) props.set(k ?? String(index++), () => this.eval(v, env));
    const own: TValue = { kind: 'obj', props };
    return spreads.length ? mergeObjs([...spreads, own]) : own;
  }

  private constant(n: SyntaxNode, env?: Env): TValue {
    const text = n.text.replace(/^\\/, '');
    const file = this.project.fileOf(n);
    if (text === '__DIR__') return str(path.dirname(file.file));
    if (text === '__FILE__') return str(file.file);
    if (/^(true|false)$/i.test(text)) return str(text.toLowerCase());
    if (/^null$/i.test(text)) return T_NULL;
    const decl = this.project.findConstant(text, file);
    if (decl) return this.eval(decl, env && this.project.fileOf(decl) === file ? env : undefined);
    // curl's option constants stand for themselves, so option arrays keep readable keys.
    return /^CURL[A-Z_]+$/.test(text) ? str(text) : T_UNKNOWN;
  }

  private variable(n: SyntaxNode, env?: Env): TValue {
    const name = varName(n);
    if (!name) return T_UNKNOWN;
    if (name === 'this') return env?.self ?? thisValue(this, n);
    for (let fn = innermostFunction(n); ; ) {
      const param = fn ? paramsOf(fn).find((p) => p.name === name) : undefined;
      if (fn && param) {
        // `$path = 'v2/' . ltrim($path, '/')`: a parameter reassigned before the use holds the new value.
        const sets = fn.type === 'arrow_function' ? [] : reaching(this.project.fileOf(n), varScope(n), name, n);
        if (sets.length === 0) return paramValue(this, fn, param, env);
        const values = sets.map((s) => this.assigned(s, name, env));
        if (conditional(sets[sets.length - 1], n, varScope(n))) values.push(paramValue(this, fn, param, env));
        return join(values);
      }
      if (fn && fn.type === 'arrow_function') {
        fn = innermostFunction(fn);
        continue;
      }
      const sets = reaching(this.project.fileOf(n), varScope(n), name, n);
      if (sets.length) return join(sets.map((s) => this.assigned(s, name, env)));
      // A closure's `use ($x)` reads $x where the closure is written.
      const uses = fn?.type === 'anonymous_function' ? named(fn).find((c) => c.type === 'anonymous_function_use_clause') : undefined;
      if (fn && uses && uses.descendantsOfType('variable_name').some((v) => v && varName(v) === name)) return this.variableAt(name, fn, env);
      if (!fn) return this.requiredGlobal(name, n);
      return T_UNKNOWN;
    }
  }

  /** A variable's value at node `at` (which need not be a use of it). */
  variableAt(name: string, at: SyntaxNode, env?: Env): TValue {
    const sets = reaching(this.project.fileOf(at), varScope(at), name, at);
    if (sets.length) return join(sets.map((s) => this.assigned(s, name, env)));
    const fn = innermostFunction(at);
    const param = fn ? paramsOf(fn).find((p) => p.name === name) : undefined;
    return fn && param ? paramValue(this, fn, param, env) : T_UNKNOWN;
  }

  /** The value a setting node gives the variable. */
  private assigned(s: SyntaxNode, name: string, env?: Env): TValue {
    const right = field(s, 'right') ?? field(s, 'value');
    if (s.type === 'global_declaration') return this.requiredGlobal(name, s, true);
    if (!right) return T_UNKNOWN;
    if (s.type === 'augmented_assignment_expression') {
      const op = named(s).length && s.children.find((c) => c && !c.isNamed)?.text;
      if (op !== '.=') return T_UNKNOWN;
      return tConcat(stringish(this.variableAt(name, s, env)), stringish(this.eval(right, env)));
    }
    return this.eval(right, env);
  }

  /** A file-level variable set here or in a file this one requires (`bootstrap.php` creating `$klaviyo`). */
  private requiredGlobal(name: string, at: SyntaxNode, anywhere = false): TValue {
    const file = this.project.fileOf(at);
    const here = file.assignmentsOf(null, name).filter((s) => anywhere && s.type !== 'global_declaration');
    if (here.length) return join(here.map((s) => this.assigned(s, name)));
    for (const f of this.project.required(file)) {
      const sets = f.assignmentsOf(null, name).filter((s) => s.type !== 'global_declaration');
      if (sets.length) return join(sets.map((s) => this.assigned(s, name)));
    }
    return T_UNKNOWN;
  }
}

function innermostFunction(n: SyntaxNode): SyntaxNode | null {
  return nearestAncestor(n, 'php-function', (p) => FUNCTION_TYPES.has(p.type));
}

/** `a ?? b`, `a ?: b`: the left value when we can read it, else the fallback. */
function orElse(l: TValue, r: TValue): TValue {
  if (l.kind !== 'unknown' || l === T_NULL) return l === T_NULL ? r : l;
  return l.param ? { kind: 'unknown', param: { ...l.param, fallback: r } } : r;
}

/** Values that join a string: numbers are already strings; arrays/objects become holes. */
function stringish(v: TValue): TValue {
  return v.kind === 'str' || v.kind === 'env' || v.kind === 'unknown' ? v : T_UNKNOWN;
}

