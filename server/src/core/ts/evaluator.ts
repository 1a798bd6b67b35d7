import ts from 'typescript';
import { bindingsOf } from './bindings';
import { conditionalValue } from './conditions';
import { evalCall, MISSING_ARG } from './eval-call';
import { classMember, getMember, valueOfType } from './eval-member';
import { exportValue, moduleValue, requireSpecifier } from './eval-module';
import { lazyLibraryShim } from './libraries';
import { pushedItems } from './pushes';
import { reassignedBefore } from './reassigned';
import { schemaParameter } from './schema-params';
import { choices, concat, literalOf, UNKNOWN, type ParamRef, type Value } from './values';

/** Where relative imports lead: the language server and the CLI each answer from their own file store. */
export interface ModuleHost {
  resolveModule(fromFile: string, specifier: string): ts.SourceFile | undefined;
}

/** Values bound to parameters (and `this`) while a function is evaluated for one of its call sites. */
export type Env = ReadonlyMap<ts.Node | 'this', Value>;

const MAX_DEPTH = 24;

/**
 * Evaluates expressions to abstract values. One evaluator serves a whole scan so that the values
 * of shared modules are computed once; results that do not depend on call-site bindings are cached.
 */
export class Evaluator {
  private readonly cache = new Map<ts.Node, Value>();
  /** Exported values by module and name (see eval-module.ts). */
  readonly exportCache = new Map<ts.SourceFile, Map<string, Value>>();
  private readonly active = new Set<ts.Node>();
  private depth = 0;

  constructor(readonly host: ModuleHost) {}

  /** Forget everything learned about a file (it changed). */
  invalidate(): void {
    this.cache.clear();
    this.exportCache.clear();
  }

  eval(node: ts.Expression, env?: Env): Value {
    const cacheable = !env || env.size === 0;
    if (cacheable) {
      const hit = this.cache.get(node);
      if (hit) return hit;
    }
    if (this.active.has(node) || this.depth > MAX_DEPTH) return UNKNOWN;
    this.active.add(node);
    this.depth++;
    let v: Value;
    try {
      v = this.evalUncached(node, env);
    } finally {
      this.depth--;
      this.active.delete(node);
    }
    if (cacheable) this.cache.set(node, v);
    return v;
  }

  private evalUncached(node: ts.Expression, env?: Env): Value {
    if (ts.isStringLiteralLike(node)) return { kind: 'str', parts: [node.text] };
    if (ts.isTemplateExpression(node)) {
      let v: Value = { kind: 'str', parts: [node.head.text] };
      for (const span of node.templateSpans) {
        v = concat(v, this.eval(span.expression, env));
        v = concat(v, { kind: 'str', parts: [span.literal.text] });
      }
      return v;
    }
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) ||
        ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node) || ts.isAwaitExpression(node)) {
      return this.eval(node.expression, env);
    }
    if (ts.isIdentifier(node)) return this.evalIdentifier(node, env);
    if (node.kind === ts.SyntaxKind.ThisKeyword) return this.evalThis(node, env);
    if (ts.isPropertyAccessExpression(node)) {
      const env2 = envVar(node);
      if (env2) return { kind: 'env', name: env2 };
      // `export default process.env as AppConfig`: the environment object itself, read elsewhere.
      if (node.name.text === 'env' && ts.isIdentifier(node.expression) && node.expression.text === 'process') return { kind: 'settings', what: 'env' };
      return getMember(this, this.eval(node.expression, env), node.name.text, env);
    }
    if (ts.isElementAccessExpression(node)) {
      const env2 = envVar(node);
      if (env2) return { kind: 'env', name: env2 };
      const key = this.eval(node.argumentExpression, env);
      if (key.kind === 'str' && key.parts.every((p) => typeof p === 'string')) {
        return getMember(this, this.eval(node.expression, env), key.parts.join(''), env);
      }
      // `PATHS[kind]` with a key we cannot read: one of the object's literals.
      const holder = this.eval(node.expression, env);
      return holder.kind === 'obj' && !holder.spreads?.length ? choices([...holder.props.values()].map((get) => get())) : UNKNOWN;
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) return evalCall(this, node, env);
    if (ts.isBinaryExpression(node)) return this.evalBinary(node, env);
    if (ts.isConditionalExpression(node)) return conditionalValue(this, node, env);
    if (ts.isObjectLiteralExpression(node)) return this.evalObject(node, env);
    if (ts.isArrayLiteralExpression(node)) {
      return { kind: 'arr', items: node.elements.map((e) => (ts.isSpreadElement(e) || ts.isOmittedExpression(e) ? UNKNOWN : this.eval(e, env))) };
    }
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return { kind: 'fn', node };
    if (node.kind === ts.SyntaxKind.NullKeyword) return { kind: 'nullish' };
    if (ts.isClassExpression(node)) return { kind: 'class', node };
    return UNKNOWN;
  }

  private evalBinary(node: ts.BinaryExpression, env?: Env): Value {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken) {
      const a = this.eval(node.left, env);
      const b = this.eval(node.right, env);
      // `this.base + path` with both unknown still depends on `path`: keep the parameter's hole.
      if (a.kind === 'unknown' && b.kind === 'unknown' && !a.param && !b.param) return UNKNOWN;
      return concat(a, b);
    }
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
      const a = this.eval(node.left, env);
      const b = this.eval(node.right, env);
      // `injected ?? new ProfilesApi(s)`: the SDK client, as for a parameter default.
      if (a.kind === 'unknown' && a.param && b.kind !== 'sdk') return { kind: 'unknown', param: { ...a.param, fallback: b } };
      // `process.env.KLAVIYO_BASE_URL || 'https://a.klaviyo.com/api'`: the default URL says where requests go
      // (other env fallbacks, e.g. keys, keep the env name).
      if (a.kind === 'env' && /^(https?:)?\/\//i.test(literalOf(b) ?? '')) return b;
      // `config.get('klaviyo.baseUrl') || ''`: the settings key says more than an empty default.
      if (a.kind === 'unknown' && a.name && !a.param) return /^(https?:)?\/\//i.test(literalOf(b) ?? '') ? b : a;
      return a.kind === 'unknown' || a.kind === 'nullish' ? b : a;
    }
    if (op === ts.SyntaxKind.EqualsToken) return this.eval(node.right, env);
    return UNKNOWN;
  }

  private evalObject(node: ts.ObjectLiteralExpression, env?: Env): Value {
    const props = new Map<string, () => Value>();
    const spreads: Value[] = [];
    for (const p of node.properties) {
      const name = p.name ? propertyName(p.name) : null;
      if (ts.isPropertyAssignment(p) && name !== null) props.set(name, () => this.eval(p.initializer, env));
      else if (ts.isShorthandPropertyAssignment(p)) props.set(p.name.text, () => this.eval(p.name, env));
      else if ((ts.isMethodDeclaration(p) || ts.isGetAccessorDeclaration(p)) && name !== null) {
        props.set(name, () => (ts.isGetAccessorDeclaration(p) ? this.returnValue(p, env) : { kind: 'fn', node: p }));
      } else if (ts.isSpreadAssignment(p)) spreads.push(this.eval(p.expression, env));
    }
    return { kind: 'obj', props, spreads };
  }

  evalThis(node: ts.Node, env?: Env): Value {
    const bound = env?.get('this');
    if (bound) return bound;
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
      if (ts.isClassLike(n)) return { kind: 'instance', node: n };
      // `this` inside a plain function is its caller's business: unknown.
      if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n)) return UNKNOWN;
      // A method of an object literal: `{ api: new ListsApi(s), load() { return this.api.getLists(); } }`.
      if ((ts.isMethodDeclaration(n) || ts.isAccessor(n)) && ts.isObjectLiteralExpression(n.parent)) return this.eval(n.parent);
    }
    return UNKNOWN;
  }

  evalIdentifier(id: ts.Identifier, env?: Env): Value {
    const decl = bindingsOf(id.getSourceFile()).resolve(id);
    if (!decl) return globalValue(id.text);
    // `options = assign(defaults, options)` at the top of the function: later reads see that value.
    const again = ts.isParameter(decl) ? reassignedBefore(decl, id) : undefined;
    if (again) return this.eval(again, env);
    return this.evalDeclaration(decl, env);
  }

  evalDeclaration(decl: ts.Node, env?: Env): Value {
    if (ts.isVariableDeclaration(decl)) {
      // `for (const path of ['/api/lists', '/api/segments'])`: one of the array's literals.
      const loop = decl.parent.parent;
      if (ts.isForOfStatement(loop) && loop.initializer === decl.parent) {
        const items = this.eval(loop.expression, env);
        return items.kind === 'arr' && ts.isIdentifier(decl.name) ? choices(items.items) : UNKNOWN;
      }
      if (decl.initializer) {
        const shim = lazyLibraryShim(decl.initializer);
        if (shim) return shim;
        const spec = requireSpecifier(decl.initializer);
        if (spec !== null && ts.isIdentifier(decl.name)) return moduleValue(this, decl.getSourceFile(), spec, 'default');
        const v = this.eval(decl.initializer, env);
        const pushed = v.kind === 'arr' ? pushedItems(decl) : [];
        if (v.kind === 'arr' && pushed.length) return { kind: 'arr', items: [...v.items, ...pushed.map((x) => this.eval(x, env))] };
        // `const api: ProfilesApi = container.resolve('profiles')`: the annotation tells what the call does not.
        if (v.kind === 'unknown' && !v.param && decl.type) return valueOfType(this, decl.type);
        return v;
      }
      if (decl.type) return valueOfType(this, decl.type);
      return this.assignedValue(decl, env);
    }
    if (ts.isBindingElement(decl)) return this.evalBindingElement(decl, env);
    if (ts.isParameter(decl)) return this.evalParameter(decl, env);
    if (ts.isFunctionDeclaration(decl)) return { kind: 'fn', node: decl };
    if (ts.isFunctionExpression(decl)) return { kind: 'fn', node: decl };
    if (ts.isClassDeclaration(decl)) return { kind: 'class', node: decl };
    if (ts.isImportSpecifier(decl)) {
      const spec = decl.parent.parent.parent.moduleSpecifier;
      const name = (decl.propertyName ?? decl.name).text;
      return ts.isStringLiteral(spec) ? moduleValue(this, decl.getSourceFile(), spec.text, name) : UNKNOWN;
    }
    if (ts.isImportClause(decl)) {
      const spec = decl.parent.moduleSpecifier;
      return ts.isStringLiteral(spec) ? moduleValue(this, decl.getSourceFile(), spec.text, 'default') : UNKNOWN;
    }
    if (ts.isNamespaceImport(decl)) {
      const spec = decl.parent.parent.moduleSpecifier;
      return ts.isStringLiteral(spec) ? moduleValue(this, decl.getSourceFile(), spec.text, '*') : UNKNOWN;
    }
    if (ts.isImportEqualsDeclaration(decl)) {
      const ref = decl.moduleReference;
      if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) {
        return moduleValue(this, decl.getSourceFile(), ref.expression.text, 'default');
      }
    }
    return UNKNOWN;
  }

  private evalBindingElement(el: ts.BindingElement, env?: Env): Value {
    const pattern = el.parent;
    const holder = pattern.parent;
    let source: Value;
    if (ts.isVariableDeclaration(holder) && holder.initializer) {
      const spec = requireSpecifier(holder.initializer);
      source = spec !== null ? moduleValue(this, holder.getSourceFile(), spec, 'default') : this.eval(holder.initializer, env);
    } else if (ts.isParameter(holder)) {
      source = this.evalParameter(holder, env);
    } else if (ts.isBindingElement(holder)) {
      source = this.evalBindingElement(holder, env);
    } else {
      return UNKNOWN;
    }
    let v: Value;
    if (ts.isObjectBindingPattern(pattern)) {
      const key = el.propertyName ? propertyName(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : null;
      v = key === null ? UNKNOWN : getMember(this, source, key, env);
    } else {
      const index = pattern.elements.indexOf(el);
      v = source.kind === 'arr' ? source.items[index] ?? UNKNOWN : UNKNOWN;
    }
    if (v.kind === 'unknown' && !v.param && el.initializer) return this.eval(el.initializer, env);
    if (v.kind === 'unknown' && v.param && el.initializer) return { kind: 'unknown', param: { ...v.param, fallback: this.eval(el.initializer, env) } };
    return v;
  }

  evalParameter(p: ts.ParameterDeclaration, env?: Env): Value {
    const bound = env?.get(p);
    if (bound && bound !== MISSING_ARG && !(bound.kind === 'unknown' && !bound.param)) return bound;
    const typed = p.type ? valueOfType(this, p.type) : UNKNOWN;
    // A string-literal union (`kind: 'campaign' | 'flow'`) only says what an unbound, undefaulted parameter may be.
    if (typed.kind !== 'unknown' && typed.kind !== 'str') return typed;
    const fn = p.parent;
    if (!ts.isFunctionLike(fn)) return UNKNOWN;
    const fallback = p.initializer ? this.eval(p.initializer, env) : undefined;
    // An omitted argument takes the default; an argument we cannot read stays unknown.
    if (bound === MISSING_ARG) return fallback ?? (typed.kind === 'str' ? typed : UNKNOWN);
    if (bound) return bound;
    // `function f(api = new ProfilesApi(s))`: the SDK client, unless a caller passes another.
    if (fallback?.kind === 'sdk') return fallback;
    if (typed.kind === 'str' && !fallback) return typed;
    const ref: ParamRef = { fn, index: fn.parameters.indexOf(p), path: [], fallback };
    return schemaParameter(p, ref) ?? { kind: 'unknown', param: ref };
  }

  /** `let api; … api = new ProfilesApi(s)`: the first assignment in the declaring scope. */
  private assignedValue(decl: ts.VariableDeclaration, env?: Env): Value {
    if (!ts.isIdentifier(decl.name)) return UNKNOWN;
    const name = decl.name.text;
    const sf = decl.getSourceFile();
    const bindings = bindingsOf(sf);
    let found: ts.Expression | undefined;
    const scopeNode = decl.parent.parent.parent ?? sf;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(n.left) &&
          n.left.text === name && bindings.resolve(n.left) === decl) {
        found = n.right;
        return;
      }
      ts.forEachChild(n, visit);
    };
    visit(scopeNode);
    return found ? this.eval(found, env) : UNKNOWN;
  }

  /** The value a function returns when its parameters are bound by `env` (factories, getters). */
  returnValue(fn: ts.SignatureDeclaration, env?: Env): Value {
    const body = (fn as ts.FunctionLikeDeclaration).body;
    if (!body) return UNKNOWN;
    if (!ts.isBlock(body)) return this.eval(body, env);
    let result: Value = UNKNOWN;
    const visit = (n: ts.Node): void => {
      if (result.kind !== 'unknown') return;
      if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
      if (ts.isReturnStatement(n) && n.expression) {
        result = this.eval(n.expression, env);
        return;
      }
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(body, visit);
    return result;
  }

  member(obj: Value, name: string, env?: Env): Value {
    return getMember(this, obj, name, env);
  }

  classMember(cls: ts.ClassLikeDeclaration, name: string, instance: Value, env?: Env): Value {
    return classMember(this, cls, name, instance, env);
  }

  exportOf(sf: ts.SourceFile, name: string): Value {
    return exportValue(this, sf, name);
  }
}

export function propertyName(name: ts.PropertyName | ts.BindingName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return null;
}

/** `process.env.X`, `process.env['X']`, `import.meta.env.X`. */
function envVar(node: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | null {
  const obj = node.expression;
  const isEnvObject =
    (ts.isPropertyAccessExpression(obj) && obj.name.text === 'env' &&
      ((ts.isIdentifier(obj.expression) && obj.expression.text === 'process') || ts.isMetaProperty(obj.expression)));
  if (!isEnvObject) return null;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return ts.isStringLiteralLike(node.argumentExpression) ? node.argumentExpression.text : null;
}

const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self', 'global']);

function globalValue(name: string): Value {
  if (name === 'undefined') return { kind: 'nullish' };
  if (name === 'fetch') return { kind: 'http', lib: 'fetch', what: 'fn', method: null, baseURL: null, headers: null };
  // `globalThis.fetch(…)`, `window.fetch(…)`; nothing else of the global object is traced.
  if (GLOBAL_OBJECTS.has(name)) return { kind: 'obj', props: new Map([['fetch', () => globalValue('fetch')]]) };
  return UNKNOWN;
}
