import type { SyntaxNode } from '../tree-sitter/loader';
import { callParts, field, named, plainString, qualifiedName, walkScope } from './nodes';
import type { RbProgram } from './program';
import { parentOf } from '../tree-sitter/parents';

// Methods and settings of the project's own classes and modules: `def self.x`, `class << self`,
// `module_function`, instance methods up the superclass chain, `attr_reader`, and the class-level
// DSL calls HTTP libraries use (`include HTTParty`, `base_uri`, `headers`).

const MAX_SUPER = 4;

export function findMethod(prog: RbProgram, cls: SyntaxNode, name: string, singleton: boolean, depth = 0): SyntaxNode | null {
  const defs = prog.classDefs(qualifiedName(cls));
  for (const def of defs.length ? defs : [cls]) {
    const body = field(def, 'body');
    if (!body) continue;
    const moduleFunction = def.type === 'module' && named(body).some((s) => s.text === 'module_function' || s.text === 'extend self');
    for (const s of named(body)) {
      if (singleton && s.type === 'singleton_method' && field(s, 'name')?.text === name) return s;
      if (singleton && s.type === 'singleton_class') {
        const inner = field(s, 'body');
        const m = inner ? named(inner).find((x) => x.type === 'method' && field(x, 'name')?.text === name) : undefined;
        if (m) return m;
      }
      if ((!singleton || moduleFunction) && s.type === 'method' && field(s, 'name')?.text === name) return s;
      // `private def request(...)`, `private_class_method def self.request(...)`.
      if (s.type === 'call' && !field(s, 'receiver')) {
        const inner = callParts(s)?.args[0];
        if (inner && ((inner.type === 'method' && !singleton) || (inner.type === 'singleton_method' && singleton)) && field(inner, 'name')?.text === name) return inner;
      }
    }
  }
  if (depth >= MAX_SUPER) return null;
  const sup = superclassOf(prog, cls);
  return sup ? findMethod(prog, sup, name, singleton, depth + 1) : null;
}

export function superclassOf(prog: RbProgram, cls: SyntaxNode): SyntaxNode | null {
  for (const def of prog.classDefs(qualifiedName(cls))) {
    const sup = field(def, 'superclass');
    const c = sup ? named(sup)[0] : null;
    if (!c) continue;
    const hit = resolveClassName(prog, c.text.replace(/^::/, ''), def);
    if (hit) return hit;
  }
  return null;
}

/** A class/module name as written at `from`, looked up lexically (`Client` inside `module Klaviyo` is `Klaviyo::Client` first). */
export function resolveClassName(prog: RbProgram, written: string, from: SyntaxNode): SyntaxNode | null {
  for (const prefix of lexicalPrefixes(from)) {
    const defs = prog.classDefs(prefix ? `${prefix}::${written}` : written);
    if (defs.length) return defs[0];
  }
  return null;
}

/** `A::B`, `A`, `` for a node inside `module A; class B`. */
export function lexicalPrefixes(from: SyntaxNode): string[] {
  const out: string[] = [];
  for (let p: SyntaxNode | null = from; p; p = parentOf(p)) {
    if (p.type === 'class' || p.type === 'module') out.push(qualifiedName(p));
  }
  out.push('');
  return [...new Set(out)];
}

/** Class-body calls of a DSL method (`base_uri 'https://…'`), first argument lists, in order. */
export function classDsl(prog: RbProgram, cls: SyntaxNode, name: string, depth = 0): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const def of prog.classDefs(qualifiedName(cls))) {
    const body = field(def, 'body');
    for (const s of body ? named(body) : []) {
      if (s.type === 'call' && !field(s, 'receiver') && field(s, 'method')?.text === name) out.push(s);
    }
  }
  if (out.length === 0 && depth < MAX_SUPER) {
    const sup = superclassOf(prog, cls);
    if (sup) return classDsl(prog, sup, name, depth + 1);
  }
  return out;
}

export function includesModule(prog: RbProgram, cls: SyntaxNode, module: string): boolean {
  return classDsl(prog, cls, 'include').some((c) => callParts(c)?.args.some((a) => a.text.replace(/^::/, '') === module));
}

/** `attr_reader :client` (or accessor) in the class: reading `client` reads `@client`. */
export function hasAttrReader(prog: RbProgram, cls: SyntaxNode, name: string): boolean {
  return [...classDsl(prog, cls, 'attr_reader'), ...classDsl(prog, cls, 'attr_accessor')]
    .some((c) => callParts(c)?.args.some((a) => plainString(a) === name));
}

/** Assignments to an instance variable anywhere in the class (every method, the body, the superclasses). */
export function ivarAssignments(prog: RbProgram, cls: SyntaxNode, ivar: string, depth = 0): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const def of prog.classDefs(qualifiedName(cls))) {
    const visit = (n: SyntaxNode): void => {
      for (const c of named(n)) {
        if (c.type === 'class' || c.type === 'module') continue;
        if ((c.type === 'assignment' || c.type === 'operator_assignment') && field(c, 'left')?.type === 'instance_variable' && field(c, 'left')?.text === ivar) {
          const right = field(c, 'right');
          if (right) out.push(right);
        }
        visit(c);
      }
    };
    const body = field(def, 'body');
    if (body) visit(body);
  }
  if (out.length === 0 && depth < MAX_SUPER) {
    const sup = superclassOf(prog, cls);
    if (sup) return ivarAssignments(prog, sup, ivar, depth + 1);
  }
  return out;
}

/** Assignments to an instance variable at the top level of a script (outside any class). */
export function topLevelIvar(root: SyntaxNode, ivar: string): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  walkScope(root, (n) => {
    if ((n.type === 'assignment' || n.type === 'operator_assignment') && field(n, 'left')?.text === ivar && field(n, 'right')) out.push(field(n, 'right')!);
  });
  return out;
}
