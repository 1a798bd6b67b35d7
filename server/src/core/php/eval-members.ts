import type { SyntaxNode } from '../tree-sitter/loader';
import { T_UNKNOWN, type TValue } from '../tree-sitter/values';
import type { ClassInfo } from './file-index';
import type { PhpEvaluator } from './evaluator';
import { PHP_SDK_GROUPS } from './libraries';
import { enclosingClass, field, named, typeNames, varName } from './syntax';
import { docTypes, typeValue } from './variables';
import { isNullish, join, str } from './values';

// Properties, class constants, static properties and methods: `$this->klaviyo`, `self::BASE`,
// `Foo::BASE`, `static::$client`, and SDK groups (`$klaviyo->Profiles`). Lookups follow the
// class's traits and parent classes, in this file or in the files the project loads.

export function classInfoOf(ev: PhpEvaluator, node: SyntaxNode): ClassInfo | undefined {
  for (const c of ev.project.fileOf(node).classes.values()) if (c.node.startIndex === node.startIndex && c.node.endIndex === node.endIndex) return c;
  return undefined;
}

export function thisValue(ev: PhpEvaluator, at: SyntaxNode): TValue {
  const cls = enclosingClass(at);
  return cls ? { kind: 'instance', key: ev.project.key(cls), file: ev.project.fileOf(cls).file, node: cls } : T_UNKNOWN;
}

/** The class a `self`/`static`/`parent`/`Name` scope names at `at`. */
export function scopeClass(ev: PhpEvaluator, scope: SyntaxNode, at: SyntaxNode): ClassInfo | undefined {
  const text = scope.text;
  const here = enclosingClass(at);
  const own = here ? classInfoOf(ev, here) : undefined;
  if (/^(self|static)$/i.test(text)) return own;
  if (/^parent$/i.test(text)) return own?.parent ? ev.project.findClass(own.parent, own.file) : undefined;
  if (scope.type !== 'name' && scope.type !== 'qualified_name') return undefined;
  const file = ev.project.fileOf(at);
  return ev.project.findClass(file.resolveClass(text, at.startIndex), file);
}

/** The class, then its traits, then its parents (a bounded walk: inheritance can be cyclic in broken code). */
function* lineage(ev: PhpEvaluator, cls: ClassInfo): Generator<ClassInfo> {
  const seen = new Set<ClassInfo>();
  const queue = [cls];
  while (queue.length && seen.size < 12) {
    const c = queue.shift()!;
    if (seen.has(c)) continue;
    seen.add(c);
    yield c;
    for (const t of c.traits) {
      const tc = ev.project.findClass(t, c.file);
      if (tc) queue.push(tc);
    }
    const parent = c.parent ? ev.project.findClass(c.parent, c.file) : undefined;
    if (parent) queue.push(parent);
  }
}

export function methodOf(ev: PhpEvaluator, cls: ClassInfo, name: string): SyntaxNode | undefined {
  for (const c of lineage(ev, cls)) {
    const m = c.methods.get(name.toLowerCase());
    if (m) return m;
  }
  return undefined;
}

/** A property's value: what the constructor (else any method) assigns, else its declared type, else its default. */
export function propertyValue(ev: PhpEvaluator, cls: ClassInfo, name: string): TValue {
  for (const c of lineage(ev, cls)) {
    const p = c.props.get(name);
    if (!p) continue;
    const inCtor = p.assigns.filter((a) => field(a.method, 'name')?.text.toLowerCase() === '__construct');
    // A constructor parameter stored in a property is unknown, not a parameter of the method reading it.
    const assigned = join((inCtor.length ? inCtor : p.assigns).map((a) => withoutParams(ev.eval(a.rhs))));
    if (!isNullish(assigned)) return assigned;
    const declared = typeValue(ev, [...typeNames(p.type), ...docTypes(p.doc, 'var')], p.promoted?.node ?? c.node);
    if (declared) return declared;
    if (p.defaultValue) return ev.eval(p.defaultValue);
    return assigned;
  }
  return T_UNKNOWN;
}

function withoutParams(v: TValue): TValue {
  if (v.kind === 'unknown' && v.param) return T_UNKNOWN;
  if (v.kind === 'str' && v.parts.some((p) => typeof p !== 'string' && p.param)) {
    return { kind: 'str', parts: v.parts.map((p) => (typeof p === 'string' ? p : { hole: true, env: p.env })) };
  }
  return v;
}

/** `$obj->name`: an SDK group, a property of a project class; unknown otherwise. */
export function member(ev: PhpEvaluator, obj: TValue, name: string): TValue {
  if (obj.kind === 'sdk') {
    if (obj.what === 'client' && !obj.legacy) return PHP_SDK_GROUPS.has(name) ? { kind: 'sdk', what: 'group', group: name, keyEnv: obj.keyEnv } : T_UNKNOWN;
    // Retired SDKs: `$client->lists`, `$client->publicAPI` (klaviyo/php-sdk), `$client->Profiles` (klaviyo/sdk).
    if (obj.what === 'client' && obj.legacy && obj.legacy !== 'php-klaviyo') return { kind: 'sdk', what: 'group', group: name, keyEnv: obj.keyEnv, legacy: obj.legacy };
    return T_UNKNOWN;
  }
  if (obj.kind === 'instance') {
    const cls = classInfoOf(ev, obj.node);
    return cls ? propertyValue(ev, cls, name) : T_UNKNOWN;
  }
  return T_UNKNOWN;
}

export function staticProperty(ev: PhpEvaluator, n: SyntaxNode): TValue {
  const scope = field(n, 'scope');
  const nameNode = field(n, 'name');
  const name = nameNode ? varName(nameNode) : null;
  const cls = scope && name ? scopeClass(ev, scope, n) : undefined;
  return cls && name ? propertyValue(ev, cls, name) : T_UNKNOWN;
}

export function classConstant(ev: PhpEvaluator, n: SyntaxNode): TValue {
  const [scope, nameNode] = named(n);
  if (!scope || !nameNode) return T_UNKNOWN;
  const name = nameNode.text;
  if (name.toLowerCase() === 'class') {
    if (/^(self|static|parent)$/i.test(scope.text)) return T_UNKNOWN;
    const file = ev.project.fileOf(n);
    return str(file.resolveClass(scope.text, n.startIndex));
  }
  const cls = scopeClass(ev, scope, n);
  if (!cls) return T_UNKNOWN;
  for (const c of lineage(ev, cls)) {
    const decl = c.consts.get(name);
    if (decl) return ev.eval(decl);
  }
  return T_UNKNOWN;
}
