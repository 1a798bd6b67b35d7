import type { SyntaxNode } from '../tree-sitter/loader';
import { T_UNKNOWN, tConcat, tLiteral, tstr, type TValue } from '../tree-sitter/values';
import { hasAttrReader, ivarAssignments, lexicalPrefixes, resolveClassName, topLevelIvar } from './classes';
import { blockParamValue } from './blocks';
import { decide, literalChoices, tellingBranch } from '../conditions';
import { tBranchParts } from '../tree-sitter/conditions';
import { lowerCondition } from './conditions';
import { applyCall, calleeOf, evalCallNode } from './eval-call';
import { LEGACY_GROUPS, libraryConstant } from './libraries';
import { resolveLocal } from './locals';
import { constPath, enclosingClass, enclosingMethod, field, inSingletonContext, named, pairKey, paramName, qualifiedName, unescape } from './nodes';
import { joinPath } from './strings';
import type { RbProgram } from './program';

// Evaluates Ruby expressions to the shared abstract values (tree-sitter/values.ts): strings with
// holes, hashes, SDK and HTTP-library objects, the project's classes and methods. Values that
// do not depend on a call site's arguments are cached per node.

/** Arguments bound while a method is evaluated for one of its call sites. */
export interface Env {
  /** nodeKey of the method whose parameters `args` binds. */
  fn: string;
  args: ReadonlyMap<string, TValue>;
  self?: TValue;
}

export interface RbFacts {
  /** Env var the SDK configuration's API key is read from in this file (or a file it loads). */
  keyEnv: string | null;
  /** The retired `klaviyo` gem is in use here (required, or in the Gemfile). */
  legacyGem: boolean;
}

const MAX_DEPTH = 40;

export class RbEvaluator {
  private readonly cache = new Map<string, TValue>();
  private readonly callees = new Map<string, TValue>();
  private readonly active = new Set<string>();
  private depth = 0;

  constructor(readonly prog: RbProgram, readonly facts: RbFacts) {}

  eval(n: SyntaxNode | null | undefined, env?: Env): TValue {
    if (!n) return T_UNKNOWN;
    const key = this.prog.key(n);
    if (!env) {
      const hit = this.cache.get(key);
      if (hit) return hit;
    }
    const activeKey = env ? `${key}@${env.fn}` : key;
    if (this.active.has(activeKey) || this.depth > MAX_DEPTH) return T_UNKNOWN;
    this.active.add(activeKey);
    this.depth++;
    let v: TValue;
    try {
      v = this.evalUncached(n, env);
    } finally {
      this.depth--;
      this.active.delete(activeKey);
    }
    if (!env) this.cache.set(key, v);
    return v;
  }

  /** What a call calls: an SDK method, an HTTP request function, one of the project's methods… */
  callee(call: SyntaxNode, env?: Env): TValue {
    if (env) return calleeOf(this, call, env);
    const key = this.prog.key(call);
    let v = this.callees.get(key);
    if (!v) {
      v = calleeOf(this, call);
      this.callees.set(key, v);
    }
    return v;
  }

  private evalUncached(n: SyntaxNode, env?: Env): TValue {
    switch (n.type) {
      case 'string':
      case 'bare_string':
      case 'delimited_symbol':
        return this.evalString(n, env);
      case 'simple_symbol':
        return tstr(n.text.slice(1));
      case 'hash_key_symbol':
      case 'integer':
        return tstr(n.text);
      case 'parenthesized_statements':
      case 'begin':
      case 'then':
      case 'body_statement': {
        const stmts = named(n);
        return this.eval(stmts[stmts.length - 1], env);
      }
      case 'identifier':
        return this.evalIdentifier(n, env);
      case 'constant':
      case 'scope_resolution':
        return this.evalConstant(n, env);
      case 'instance_variable':
        return this.evalIvar(n);
      case 'self':
        return this.selfValue(n, env);
      case 'call':
        return evalCallNode(this, n, env);
      case 'element_reference':
        return this.evalIndex(n, env);
      case 'binary':
        return this.evalBinary(n, env);
      case 'conditional': {
        const cond = field(n, 'condition');
        const decided = cond ? decide(lowerCondition(this, cond, env)) : null;
        if (decided !== null) return this.eval(field(n, decided ? 'consequence' : 'alternative'), env);
        const a = this.eval(field(n, 'consequence'), env);
        const b = this.eval(field(n, 'alternative'), env);
        if (JSON.stringify(a) === JSON.stringify(b)) return a;
        const alt = literalChoices(tBranchParts(a), tBranchParts(b));
        return alt ? { kind: 'str', parts: [{ hole: true, alt }] } : (tellingBranch(a, b, tBranchParts) ?? T_UNKNOWN);
      }
      case 'hash':
        return this.evalHash(named(n).filter((p) => p.type === 'pair'), env);
      case 'array':
      case 'string_array':
      case 'symbol_array':
        return { kind: 'arr', items: named(n).map((i) => this.eval(i, env)) };
      case 'assignment':
      case 'operator_assignment':
        return this.eval(field(n, 'right'), env);
      case 'case':
        return this.evalCase(n, env);
      default:
        return T_UNKNOWN;
    }
  }

  evalString(n: SyntaxNode, env?: Env): TValue {
    let v: TValue = tstr('');
    for (const c of named(n)) {
      if (c.type === 'string_content') v = tConcat(v, tstr(c.text));
      else if (c.type === 'escape_sequence') v = tConcat(v, tstr(unescape(c.text)));
      else if (c.type === 'interpolation') {
        const inner = named(c);
        const x = this.eval(inner[inner.length - 1], env);
        v = tConcat(v, x.kind === 'str' || x.kind === 'env' || x.kind === 'unknown' ? x : T_UNKNOWN);
      }
    }
    return v;
  }

  evalHash(pairs: SyntaxNode[], env?: Env): TValue {
    const props = new Map<string, () => TValue>();
    for (const p of pairs) {
      const k = pairKey(p);
      const value = field(p, 'value');
      if (k !== null) props.set(k, () => this.eval(value, env));
    }
    return { kind: 'obj', props };
  }

  private evalIdentifier(n: SyntaxNode, env?: Env): TValue {
    const ref = resolveLocal(n);
    if (ref?.kind === 'assign') {
      const v = this.eval(ref.value, env);
      if (ref.op === '+=' || ref.op === '<<=') {
        const before = this.priorValue(ref.node, env);
        return tConcat(before, v);
      }
      if (ref.op === '||=') {
        const before = this.priorValue(ref.node, env);
        return before.kind === 'unknown' && !before.param ? v : before;
      }
      return v;
    }
    if (ref?.kind === 'param') {
      const key = this.prog.key(ref.def);
      if (env && env.fn === key) {
        const bound = env.args.get(paramName(ref.param) ?? '');
        if (bound) return bound;
        const dflt = field(ref.param, 'value');
        if (dflt) return this.eval(dflt, env);
      }
      return { kind: 'unknown', param: { fn: key, index: ref.index, name: n.text, path: [] } };
    }
    if (ref?.kind === 'block-param') return blockParamValue(this, ref.block, ref.index, env);
    // No local: an attribute (`attr_reader :client`) or a method call without arguments (`base_url`).
    const attr = this.attrReader(n, n.text);
    if (attr) return attr;
    const target = this.callee(n, env);
    return target.kind === 'unknown' ? T_UNKNOWN : applyCall(this, target, n, env);
  }

  /** The value before `x ||= …` / `x += …`: what the left-hand side read just before the assignment. */
  private priorValue(assign: SyntaxNode, env?: Env): TValue {
    const left = field(assign, 'left');
    return left && resolveLocal(left) ? this.eval(left, env) : T_UNKNOWN;
  }

  evalConstant(n: SyntaxNode, env?: Env): TValue {
    const path = constPath(n);
    if (!path) return this.dynamicScope(n, env);
    // `Klaviyo::Lists` is the retired gem only where the project does not define (or autoload) it;
    // without the gem in the Gemfile, only its group constants, and the detector then wants a method the gem has.
    const gemGroup = /^Klaviyo::\w+$/.test(path) && LEGACY_GROUPS.has(path.slice(9));
    const legacy = (this.facts.legacyGem || gemGroup) && path.startsWith('Klaviyo') && !this.userDefined(path, n) && !this.prog.autoload(path);
    const lib = libraryConstant(path, this.facts.keyEnv, legacy);
    if (lib && (path.startsWith('KlaviyoAPI') || !this.userDefined(path, n))) return lib;
    const candidates = (n.text.startsWith('::') ? [''] : lexicalPrefixes(n)).map((p) => (p ? `${p}::${path}` : path));
    const found = this.lookupConstant(candidates, env);
    if (found || lib) return found ?? T_UNKNOWN;
    // Not in the files loaded so far: the file Rails would autoload for it, if the project has one.
    return candidates.some((q) => this.prog.autoload(q)) ? (this.lookupConstant(candidates, env) ?? T_UNKNOWN) : T_UNKNOWN;
  }

  /** `klaviyo::Events` where `klaviyo` returns the KlaviyoAPI module (or a class): the constant inside it. */
  private dynamicScope(n: SyntaxNode, env?: Env): TValue {
    const name = field(n, 'name')?.text;
    const scope = this.eval(field(n, 'scope'), env);
    if (!name) return T_UNKNOWN;
    if (scope.kind === 'sdk' && scope.what === 'module' && !scope.group && !scope.name && !scope.legacy) return libraryConstant(`KlaviyoAPI::${name}`, this.facts.keyEnv, false) ?? T_UNKNOWN;
    if (scope.kind === 'class') return this.lookupConstant([`${qualifiedName(scope.node)}::${name}`], env) ?? T_UNKNOWN;
    return T_UNKNOWN;
  }

  private lookupConstant(candidates: string[], env?: Env): TValue | null {
    for (const q of candidates) {
      const value = this.prog.constant(q);
      if (value) return this.eval(value, env);
      const cls = this.prog.classDefs(q)[0];
      if (cls) return { kind: 'class', key: this.prog.key(cls), file: this.prog.fileOf(cls), node: cls };
    }
    return null;
  }

  private userDefined(path: string, from: SyntaxNode): boolean {
    return resolveClassName(this.prog, path, from) !== null || lexicalPrefixes(from).some((p) => this.prog.constant(p ? `${p}::${path}` : path) !== null);
  }

  private evalIvar(n: SyntaxNode): TValue {
    const cls = enclosingClass(n);
    const values = cls ? ivarAssignments(this.prog, cls, n.text) : topLevelIvar(this.prog.main.tree.rootNode, n.text);
    for (const v of values) {
      const x = this.eval(v);
      if (x.kind !== 'unknown') return x;
    }
    return T_UNKNOWN;
  }

  selfValue(n: SyntaxNode, env?: Env): TValue {
    if (env?.self) return env.self;
    const cls = enclosingClass(n);
    if (!cls) return T_UNKNOWN;
    const base = { key: this.prog.key(cls), file: this.prog.fileOf(cls), node: cls };
    return inSingletonContext(n) ? { kind: 'class', ...base } : { kind: 'instance', ...base };
  }

  /** An attribute read (`client` with `attr_reader :client`) inside an instance method. */
  attrReader(n: SyntaxNode, name: string): TValue | null {
    const cls = enclosingClass(n);
    if (!cls || !enclosingMethod(n) || !hasAttrReader(this.prog, cls, name)) return null;
    const values = ivarAssignments(this.prog, cls, `@${name}`);
    for (const v of values) {
      const x = this.eval(v);
      if (x.kind !== 'unknown') return x;
    }
    return null;
  }

  private evalIndex(n: SyntaxNode, env?: Env): TValue {
    const obj = field(n, 'object');
    const keyNode = named(n).filter((c) => c.id !== obj?.id)[0];
    const key = tLiteral(this.eval(keyNode, env));
    if (obj?.type === 'constant' && obj.text === 'ENV') return key ? { kind: 'env', name: key } : T_UNKNOWN;
    if (key === null) return T_UNKNOWN;
    return this.member(this.eval(obj, env), key);
  }

  /** A hash entry (`opts[:url]`), or the same path into a parameter not bound yet. */
  member(v: TValue, key: string): TValue {
    if (v.kind === 'obj') return v.props.get(key)?.() ?? T_UNKNOWN;
    if (v.kind === 'unknown' && v.param) return { kind: 'unknown', param: { ...v.param, path: [...v.param.path, key] } };
    if (v.kind === 'http' && v.lib === 'rest-client-resource' && v.what === 'instance' && v.baseURL) {
      return { ...v, baseURL: joinPath(v.baseURL, tstr(key)) };
    }
    return T_UNKNOWN;
  }

  private evalBinary(n: SyntaxNode, env?: Env): TValue {
    const op = field(n, 'operator')?.text;
    const a = this.eval(field(n, 'left'), env);
    const b = this.eval(field(n, 'right'), env);
    if (op === '+') {
      if (a.kind === 'unknown' && b.kind === 'unknown' && !a.param && !b.param) return T_UNKNOWN;
      return tConcat(a, b);
    }
    if (op === '||' || op === 'or') {
      // `ENV['KLAVIYO_URL'] || 'https://a.klaviyo.com/api'`: the default says where requests go.
      if (a.kind === 'env' && /^(https?:)?\/\//i.test(tLiteral(b) ?? '')) return b;
      return a.kind === 'unknown' && !a.param ? b : a;
    }
    return T_UNKNOWN;
  }

  /** `case method when :get then …`: with the subject known, the matching branch; otherwise unknown. */
  private evalCase(n: SyntaxNode, env?: Env): TValue {
    const subject = tLiteral(this.eval(field(n, 'value'), env));
    if (subject === null) return T_UNKNOWN;
    for (const w of named(n)) {
      if (w.type === 'else') return this.eval(named(w)[named(w).length - 1], env);
      if (w.type !== 'when') continue;
      const pats = w.childrenForFieldName('pattern').filter((p) => p !== null);
      if (pats.some((p) => tLiteral(this.eval(named(p)[0], env))?.toLowerCase() === subject.toLowerCase())) return this.eval(field(w, 'body'), env);
    }
    return T_UNKNOWN;
  }
}
