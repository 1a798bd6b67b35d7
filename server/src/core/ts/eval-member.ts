import ts from 'typescript';
import type { Env, Evaluator } from './evaluator';
import { propertyName } from './evaluator';
import { MISSING_ARG } from './eval-call';
import { httpMember, sdkMember } from './libraries';
import { choices, UNKNOWN, type Value } from './values';

const PARAM_PROPERTY_MODIFIERS = new Set([
  ts.SyntaxKind.PublicKeyword, ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.ReadonlyKeyword,
]);

/** `obj.name` for every kind of value we trace. */
export function getMember(ev: Evaluator, obj: Value, name: string, env?: Env): Value {
  switch (obj.kind) {
    case 'obj': {
      const own = obj.props.get(name);
      if (own) return own();
      // `{ ...config }` with config a parameter: keep the link so a call site can fill it in.
      let fromParam: Value = UNKNOWN;
      for (const s of obj.spreads ?? []) {
        const v = getMember(ev, s, name, env);
        if (v.kind !== 'unknown') return v;
        if (v.param) fromParam = v;
      }
      return fromParam;
    }
    case 'unknown':
      // Property of a parameter: remember the path so a call site can fill it in.
      if (obj.param) return { kind: 'unknown', param: { ...obj.param, path: [...obj.param.path, name], fallback: undefined } };
      // `config.KLAVIYO_BASE_URL` of a settings object we cannot read: the name may still say it is Klaviyo's base.
      return obj.name ? UNKNOWN : { kind: 'unknown', name };
    case 'instance':
      return ev.classMember(obj.node, name, obj, env);
    case 'class':
      return staticMember(ev, obj.node, name);
    case 'sdk':
      return sdkValueMember(obj, name);
    case 'http':
      if (obj.what === 'fn' && obj.lib !== 'superagent') return UNKNOWN;
      return httpMember(obj, name);
    case 'fn':
      // `klaviyoRequest.call(this, 'GET', path)`: the same function, its first argument `this`.
      return name === 'call' && !obj.viaCall ? { ...obj, viaCall: true } : UNKNOWN;
    case 'settings':
      if (obj.what === 'env') return { kind: 'env', name };
      return obj.what === 'reader' && (name === 'get' || name === 'getOrThrow') ? { kind: 'settings', what: 'get' } : UNKNOWN;
    default:
      return UNKNOWN;
  }
}

function sdkValueMember(obj: Extract<Value, { kind: 'sdk' }>, name: string): Value {
  if (obj.sdk !== 'klaviyo-api') {
    // Legacy SDKs: everything reachable from the module stays "the legacy SDK"; the legacy
    // detector decides by method name which member calls are requests.
    return { kind: 'sdk', sdk: obj.sdk, what: 'module' };
  }
  switch (obj.what) {
    case 'module':
      return name === 'default' ? obj : sdkMember(name);
    case 'api':
      return { kind: 'sdk', sdk: obj.sdk, what: 'method', group: obj.group, name, keyEnv: obj.keyEnv };
    case 'method':
      // `api.getProfiles.bind(api)` and friends keep the method.
      return name === 'bind' ? obj : UNKNOWN;
    default:
      return UNKNOWN;
  }
}

function staticMember(ev: Evaluator, cls: ts.ClassLikeDeclaration, name: string): Value {
  for (const m of cls.members) {
    if (!m.name || propertyName(m.name) !== name) continue;
    const isStatic = ts.canHaveModifiers(m) && ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic) continue;
    if (ts.isPropertyDeclaration(m)) return m.initializer ? ev.eval(m.initializer) : m.type ? valueOfType(ev, m.type) : UNKNOWN;
    if (ts.isMethodDeclaration(m)) return { kind: 'fn', node: m, thisValue: { kind: 'class', node: cls } };
  }
  return UNKNOWN;
}

/**
 * An instance member: a field initializer, a constructor parameter property or `this.x = …`
 * assignment, a method (bound to the instance), or a getter; then the base class.
 */
export function classMember(ev: Evaluator, cls: ts.ClassLikeDeclaration, name: string, instance: Value, env?: Env): Value {
  const thisEnv = new Map<ts.Node | 'this', Value>([['this', instance]]);
  const ctorArgs = instance.kind === 'instance' ? instance.ctorArgs : undefined;
  const ctor = cls.members.find(ts.isConstructorDeclaration);
  if (ctor && ctorArgs) ctor.parameters.forEach((p, i) => thisEnv.set(p, i < ctorArgs.length ? ctorArgs[i] : MISSING_ARG));
  // `private lists: ListsApi;` assigned in the constructor: the assignment (which knows the session) wins over the type.
  let declared: ts.TypeNode | undefined;
  const orDeclared = (v: Value): Value => (v.kind === 'unknown' && !v.name && declared ? valueOfType(ev, declared) : v);
  for (const m of cls.members) {
    if (!m.name || propertyName(m.name) !== name) continue;
    if (ts.isPropertyDeclaration(m)) {
      if (m.initializer) return ev.eval(m.initializer, thisEnv);
      declared = m.type;
      break;
    }
    if (ts.isMethodDeclaration(m)) return { kind: 'fn', node: m, thisValue: instance };
    if (ts.isGetAccessorDeclaration(m)) return ev.returnValue(m, thisEnv);
  }
  if (ctor) {
    for (const p of ctor.parameters) {
      const isProperty = ts.getModifiers(p)?.some((x) => PARAM_PROPERTY_MODIFIERS.has(x.kind));
      if (isProperty && ts.isIdentifier(p.name) && p.name.text === name) {
        const bound = thisEnv.get(p);
        if (bound && bound.kind !== 'unknown') return bound;
        const typed = p.type ? valueOfType(ev, p.type) : UNKNOWN;
        if (typed.kind !== 'unknown') return typed;
        // Not passed, or no `new` in sight: the default (`constructor(private base = 'https://…')`).
        return p.initializer && (!bound || bound === MISSING_ARG) ? ev.eval(p.initializer, thisEnv) : UNKNOWN;
      }
    }
    const assigned = thisAssignment(ctor, name);
    if (assigned) return orDeclared(ev.eval(assigned, thisEnv));
  }
  // Assignments in other methods (`init() { this.api = new ListsApi(s) }`).
  for (const m of cls.members) {
    if (m === ctor || !ts.isMethodDeclaration(m)) continue;
    const assigned = thisAssignment(m, name);
    if (assigned) return orDeclared(ev.eval(assigned, thisEnv));
  }
  const typed = orDeclared(UNKNOWN);
  if (typed.kind !== 'unknown') return typed;
  const base = baseClass(ev, cls);
  if (base) return classMember(ev, base, name, instance, env);
  // `class Profiles extends ProfilesApi {}`: the SDK's methods are inherited.
  const ext = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  const sup = ext ? ev.eval(ext.expression) : UNKNOWN;
  if (sup.kind !== 'sdk' || sup.what !== 'class') return UNKNOWN;
  const session = ctor ? undefined : ctorArgs?.[0];
  const keyEnv = session?.kind === 'sdk' && session.what === 'session' ? session.keyEnv : null;
  return getMember(ev, { kind: 'sdk', sdk: sup.sdk, what: 'api', group: sup.group, keyEnv }, name, env);
}

function thisAssignment(fn: ts.FunctionLikeDeclaration, name: string): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const visit = (n: ts.Node): void => {
    if (found || (ts.isFunctionLike(n) && !ts.isArrowFunction(n)) || ts.isClassLike(n)) return;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(n.left) && n.left.expression.kind === ts.SyntaxKind.ThisKeyword && n.left.name.text === name) {
      found = n.right;
      return;
    }
    ts.forEachChild(n, visit);
  };
  if (fn.body) ts.forEachChild(fn.body, visit);
  return found;
}

export function baseClass(ev: Evaluator, cls: ts.ClassLikeDeclaration): ts.ClassLikeDeclaration | undefined {
  const ext = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  if (!ext) return undefined;
  const v = ev.eval(ext.expression);
  return v.kind === 'class' ? v.node : undefined;
}

/** A type annotation that names a klaviyo-api class (`ListsApi`, `Klaviyo.ProfilesApi`) holds an instance of it. */
export function valueOfType(ev: Evaluator, type: ts.TypeNode): Value {
  if (ts.isTypeReferenceNode(type)) {
    const cls = typeNameValue(ev, type.typeName);
    if (cls.kind === 'sdk' && cls.what === 'class') return { kind: 'sdk', sdk: cls.sdk, what: 'api', group: cls.group, keyEnv: null };
    if (cls.kind === 'class') return { kind: 'instance', node: cls.node };
    // Injected framework services (`private readonly http: HttpService`).
    if ((cls.kind === 'http' && cls.what === 'instance') || (cls.kind === 'settings' && cls.what === 'reader')) return cls;
  }
  if (ts.isTypeLiteralNode(type)) {
    // `deps: { api: ProfilesApi }`: only when a member names a traced class, so other parameters keep their link to call sites.
    const props = new Map<string, () => Value>();
    for (const m of type.members) {
      if (!ts.isPropertySignature(m) || !m.type) continue;
      const key = propertyName(m.name);
      const v = valueOfType(ev, m.type);
      if (key !== null && v.kind !== 'unknown') props.set(key, () => v);
    }
    if (props.size > 0) return { kind: 'obj', props };
  }
  if (ts.isUnionTypeNode(type)) {
    // `reportType: 'campaign' | 'flow'`: one of those strings.
    if (type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
      return choices(type.types.map((t) => ({ kind: 'str', parts: [((t as ts.LiteralTypeNode).literal as ts.StringLiteral).text] })));
    }
    for (const t of type.types) {
      const v = valueOfType(ev, t);
      if (v.kind !== 'unknown') return v;
    }
  }
  return UNKNOWN;
}

function typeNameValue(ev: Evaluator, name: ts.EntityName): Value {
  if (ts.isIdentifier(name)) return ev.evalIdentifier(name);
  return getMember(ev, typeNameValue(ev, name.left), name.right.text);
}
