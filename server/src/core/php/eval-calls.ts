import path from 'node:path';
import type { SyntaxNode } from '../tree-sitter/loader';
import { tLiteral, T_UNKNOWN, type TValue } from '../tree-sitter/values';
import { classInfoOf, methodOf, scopeClass } from './eval-members';
import type { Env, PhpEvaluator } from './evaluator';
import { envCall, knownFunction, isLegacySdkClass, knownNew, knownStatic, knownType, laravelBuilder, requestMethod, type ArgReader } from './libraries';
import { argsOf, docComment, field, named, returnsOf, typeNames, type CallArgs } from './syntax';
import { builtin } from './builtins';
import { docTypes, typeValue } from './variables';
import { getProp, isNullish, join } from './values';

// Calls: what a call invokes (`callTarget`: an SDK method, an HTTP request function, a project
// function) and what it returns (`evalCall`: factories, `Http::withHeaders(…)`, builtins such as
// sprintf and getenv). Project functions are evaluated with the call's arguments bound.

const MAX_CALL_DEPTH = 6;
let callDepth = 0;

export function argReader(ev: PhpEvaluator, call: SyntaxNode, env?: Env, args: CallArgs = argsOf(call)): ArgReader {
  return (i, name) => {
    const n = (name ? args.named.get(name) : undefined) ?? args.positional[i];
    return n ? ev.eval(n, env) : T_UNKNOWN;
  };
}

/** The function a call invokes, as a value: sdk method, http fn, project fn; unknown otherwise. */
export function callTarget(ev: PhpEvaluator, call: SyntaxNode, env?: Env): TValue {
  const file = ev.project.fileOf(call);
  if (call.type === 'function_call_expression') {
    const fn = field(call, 'function');
    if (!fn) return T_UNKNOWN;
    if (fn.type === 'name' || fn.type === 'qualified_name') {
      const written = fn.text.replace(/^\\/, '');
      const ns = file.namespaceAt(call.startIndex);
      const names = fn.text.startsWith('\\') || !ns ? [written] : [`${ns}\\${written}`, written];
      const decl = ev.project.findFunction(names, file);
      if (decl) return fnValue(ev, decl);
      return knownFunction(written) ?? T_UNKNOWN;
    }
    const v = ev.eval(fn, env);
    return v.kind === 'fn' ? v : T_UNKNOWN;
  }
  const nameNode = field(call, 'name');
  if (!nameNode || nameNode.type !== 'name') return T_UNKNOWN;
  const name = nameNode.text;
  if (call.type === 'scoped_call_expression') {
    const scope = field(call, 'scope');
    if (!scope) return T_UNKNOWN;
    const fqn = scope.type === 'relative_scope' ? '' : file.resolveClass(scope.text, call.startIndex);
    const known = fqn ? knownStatic(fqn, name, argReader(ev, call, env)) : null;
    if (known) return known.kind === 'http' && known.what === 'fn' ? known : T_UNKNOWN;
    const cls = scopeClass(ev, scope, call);
    const m = cls ? methodOf(ev, cls, name) : undefined;
    return m ? fnValue(ev, m, env?.self) : T_UNKNOWN;
  }
  const obj = field(call, 'object');
  if (!obj) return T_UNKNOWN;
  const recv = ev.eval(obj, env);
  if (recv.kind === 'sdk' && (recv.what === 'group' || (recv.what === 'client' && recv.legacy))) {
    return { kind: 'sdk', what: 'method', group: recv.group, name, keyEnv: recv.keyEnv, legacy: recv.legacy };
  }
  const req = requestMethod(recv, name);
  if (req) return req;
  if (recv.kind === 'instance') {
    const cls = classInfoOf(ev, recv.node);
    const m = cls ? methodOf(ev, cls, name) : undefined;
    if (m) return fnValue(ev, m, recv);
  }
  return T_UNKNOWN;
}

function fnValue(ev: PhpEvaluator, node: SyntaxNode, self?: TValue): TValue {
  return { kind: 'fn', key: ev.project.key(node), file: ev.project.fileOf(node).file, node, self };
}

/** The environment a project function runs in when called with these arguments. */
export function bindArgs(ev: PhpEvaluator, call: SyntaxNode, fn: SyntaxNode, env?: Env, self?: TValue, choose: (arg: SyntaxNode) => SyntaxNode = (a) => a): Env {
  const args = argsOf(call);
  return {
    fn: ev.project.key(fn),
    args: args.positional.map((a) => ev.eval(choose(a), env)),
    named: new Map([...args.named].map(([k, v]) => [k, ev.eval(choose(v), env)])),
    self,
  };
}

/** What a project function returns for this call: its return statements, else its declared return type. */
export function returnValue(ev: PhpEvaluator, fn: SyntaxNode, call: SyntaxNode, env?: Env, self?: TValue): TValue {
  if (callDepth > MAX_CALL_DEPTH) return T_UNKNOWN;
  callDepth++;
  try {
    const inner = bindArgs(ev, call, fn, env, self);
    const v = join(returnsOf(fn).map((r) => ev.eval(r, inner)));
    if (!isNullish(v)) return v;
    return typeValue(ev, [...typeNames(field(fn, 'return_type')), ...docTypes(docComment(fn), 'return')], fn) ?? v;
  } finally {
    callDepth--;
  }
}

/** `Foo::class` / `KlaviyoAPI::class` argument → the type it names (service containers: `app(X::class)`). */
function containerGet(ev: PhpEvaluator, call: SyntaxNode, env?: Env): TValue | null {
  const first = argsOf(call).positional[0];
  if (!first || first.type !== 'class_constant_access_expression' || !/::\s*class$/i.test(first.text)) return null;
  const fqn = tLiteral(ev.eval(first, env));
  return fqn ? knownType(fqn) ?? typeValue(ev, ['\\' + fqn], call) : null;
}

/** `config('services.klaviyo.key')`: the value in Laravel's config/services.php (often an `env()` read). */
function laravelConfig(ev: PhpEvaluator, call: SyntaxNode, arg: ArgReader): TValue {
  const key = tLiteral(arg(0, 'key'));
  if (!key) return T_UNKNOWN;
  const [head, ...rest] = key.split('.');
  const file = ev.project.configFile(head, ev.project.fileOf(call));
  const ret = file ? named(file.root).find((c) => c.type === 'return_statement') : undefined;
  const value = ret ? named(ret)[0] : undefined;
  if (!value) return arg(1, 'default');
  let v = ev.eval(value);
  for (const k of rest) v = getProp(v, k);
  return v.kind === 'unknown' && !v.param ? arg(1, 'default') : v;
}

export function evalCall(ev: PhpEvaluator, call: SyntaxNode, env?: Env): TValue {
  const args = argsOf(call);
  const arg = argReader(ev, call, env, args);
  const nameNode = field(call, 'name') ?? field(call, 'function');
  const name = nameNode?.type === 'name' || nameNode?.type === 'qualified_name' ? nameNode.text.replace(/^\\/, '') : '';
  const target = callTarget(ev, call, env);
  if (target.kind === 'fn') return returnValue(ev, target.node, call, env, target.self);
  if (call.type === 'function_call_expression') {
    const lower = name.toLowerCase().split('\\').pop() ?? '';
    if (/^(app|resolve)$/.test(lower)) return containerGet(ev, call, env) ?? T_UNKNOWN;
    if (lower === 'config') return laravelConfig(ev, call, arg);
    return envCall(lower, arg) ?? builtin(lower, args.positional.map((a) => ev.eval(a, env)), path.dirname) ?? T_UNKNOWN;
  }
  if (call.type === 'scoped_call_expression') {
    const scope = field(call, 'scope');
    const fqn = scope && scope.type !== 'relative_scope' ? ev.project.fileOf(call).resolveClass(scope.text, call.startIndex) : '';
    if (/^(make|get|resolve)$/i.test(name)) {
      const got = containerGet(ev, call, env);
      if (got) return got;
    }
    return (fqn ? knownStatic(fqn, name, arg) : null) ?? T_UNKNOWN;
  }
  const obj = field(call, 'object');
  const recv = obj ? ev.eval(obj, env) : T_UNKNOWN;
  const built = laravelBuilder(recv, name, arg);
  if (built) return built;
  if (/^(make|get|resolve|makeWith)$/i.test(name)) return containerGet(ev, call, env) ?? T_UNKNOWN;
  return T_UNKNOWN;
}

/** `new X(…)`: the SDK client, an HTTP client, or an instance of a project class. */
export function evalNew(ev: PhpEvaluator, n: SyntaxNode, env?: Env): TValue {
  const cls = named(n).find((c) => c.type === 'name' || c.type === 'qualified_name');
  if (!cls) return T_UNKNOWN;
  const file = ev.project.fileOf(n);
  const fqn = file.resolveClass(cls.text, n.startIndex);
  // A project class of its own named `Klaviyo` (or `Klaviyo\\Klaviyo`) is not the retired SDK's class.
  const own = isLegacySdkClass(fqn) ? ev.project.findClass(fqn, file) : undefined;
  const known = own ? null : knownNew(fqn, argReader(ev, n, env));
  if (known) return known;
  const info = own ?? ev.project.findClass(fqn, file);
  if (info) return { kind: 'instance', key: ev.project.key(info.node), file: info.file.file, node: info.node, ctorArgs: argsOf(n).positional.map((a) => ev.eval(a, env)) };
  // A class we cannot see (a vendor class): surely not the SDK, and nothing we can read.
  return opaqueInstance(fqn, n, file.file);
}

export function opaqueInstance(fqn: string, at: SyntaxNode, file: string): TValue {
  return { kind: 'instance', key: `class:${fqn.toLowerCase()}`, file, node: at };
}
