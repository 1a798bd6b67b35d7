import path from 'node:path';
import type { LibraryTable } from './library';
import { NO_SETTINGS, type Settings } from './settings';
import type { ClassDecl, Expr, Fn, Module, Stmt } from './types';

// The declarations the evaluator can see from one file: its own module and the modules of the
// files it reaches (Go: the package's other files; Java/C#: the classes it names). Names are
// looked up across all of them, as a compiler of one package would.

export class IrProject {
  readonly classes = new Map<string, ClassDecl>();
  private readonly declaredIn = new Map<string, string>();
  readonly functions = new Map<string, Fn>();
  readonly globals = new Map<string, { type?: string; value?: Expr; module: Module }>();
  /** Go composite literals `Client{baseURL: …}` anywhere: the functions that give a struct's fields values. */
  readonly literalFields = new Map<string, Map<string, Fn[]>>();

  /** Statically imported names (the analyzed file's own): name -> class, `*` -> classes imported whole. */
  readonly statics = new Map<string, string[]>();
  /** The analyzed file's import names (Go packages): `alias.Name` reads the project's `Name`. */
  readonly aliases: Set<string>;

  constructor(readonly modules: readonly Module[], readonly table: LibraryTable, readonly settings: Settings = NO_SETTINGS) {
    this.aliases = new Set(modules[0]?.imports.keys() ?? []);
    for (const st of modules[0]?.statics ?? []) this.statics.set(st.name, [...(this.statics.get(st.name) ?? []), st.cls]);
    // The analyzed file's own declarations come first and win over a peer's of the same name.
    for (const m of modules) {
      // Go declares a struct's methods in any file of its package, C# a partial class in several
      // files of its folder: one class, merged. Elsewhere a type of the same name is another type,
      // and the nearer one (the file's own first) wins.
      for (const c of m.classes) {
        const had = this.classes.get(c.name);
        const sameFolder = had && path.dirname(this.declaredIn.get(c.name) ?? '') === path.dirname(m.file);
        if (!had) {
          this.classes.set(c.name, c);
          this.declaredIn.set(c.name, m.file);
        } else if (sameFolder) this.classes.set(c.name, { ...had, fields: [...had.fields, ...c.fields], methods: [...had.methods, ...c.methods], bases: [...had.bases, ...c.bases] });
      }
      for (const f of m.functions) if (!this.functions.has(f.name)) this.functions.set(f.name, f);
      for (const g of m.globals) if (!this.globals.has(g.name)) this.globals.set(g.name, { ...g, module: m });
      for (const f of [...m.functions, ...m.classes.flatMap((c) => c.methods)]) this.collectLiterals(f);
    }
  }

  /** A method of a class or of one of its bases (by name; the first with a body, else the first). */
  method(cls: string, name: string, seen = new Set<string>()): Fn | undefined {
    const c = this.classes.get(cls);
    if (!c || seen.has(cls)) return undefined;
    seen.add(cls);
    const own = c.methods.filter((m) => m.name === name && !m.isCtor);
    const hit = own.find((m) => m.body.length) ?? own[0];
    if (hit) return hit;
    for (const b of c.bases) {
      const m = this.method(b, name, seen);
      if (m) return m;
    }
    return undefined;
  }

  /** A field of a class or of its bases, with the class that declares it. */
  field(cls: string, name: string, seen = new Set<string>()): { cls: ClassDecl; type?: string; init?: Expr } | undefined {
    const c = this.classes.get(cls);
    if (!c || seen.has(cls)) return undefined;
    seen.add(cls);
    const f = c.fields.find((x) => x.name === name);
    if (f) return { cls: c, type: f.type, init: f.init };
    for (const b of c.bases) {
      const r = this.field(b, name, seen);
      if (r) return r;
    }
    return undefined;
  }

  /** Assignments to a field in its class's methods (`this.x = …`, `x = …`, Go `c.x = …`), constructors first. */
  fieldAssignments(c: ClassDecl, name: string): { value: Expr; fn: Fn }[] {
    const out: { value: Expr; fn: Fn }[] = [];
    const methods = [...c.methods.filter((m) => m.isCtor), ...c.methods.filter((m) => !m.isCtor)];
    // Go: methods are declared outside the struct; any function of the package may set a field through a receiver.
    for (const fn of methods) {
      walkStmts(fn.body, (s) => {
        if (s.k !== 'assign') return;
        const t = s.target;
        const self = t.k === 'member' && (t.obj.k === 'this' || (t.obj.k === 'name' && t.obj.name === fn.self));
        if ((self && t.k === 'member' && t.name === name) || (t.k === 'name' && t.name === name && !fn.params.some((p) => p.name === name))) out.push({ value: s.value, fn });
      });
    }
    return out;
  }

  private collectLiterals(fn: Fn): void {
    const visit = (e: Expr): void => {
      if (e.k === 'new' && e.init.length) {
        const type = e.type.replace(/^[*&]+/, '').split('.').pop() as string;
        let m = this.literalFields.get(type);
        if (!m) this.literalFields.set(type, (m = new Map()));
        for (const a of e.init) if (a.name && !m.get(a.name)?.includes(fn)) m.set(a.name, [...(m.get(a.name) ?? []), fn]);
      }
      forEachChild(e, visit);
    };
    walkStmts(fn.body, (s) => {
      for (const e of stmtExprs(s)) visit(e);
    });
  }
}

/** Every statement, nested ones included, in order. */
export function walkStmts(body: readonly Stmt[], f: (s: Stmt) => void): void {
  for (const s of body) {
    f(s);
    if (s.k === 'if') {
      walkStmts(s.then, f);
      walkStmts(s.else, f);
    } else if (s.k === 'foreach' || s.k === 'block') walkStmts(s.body, f);
  }
}

export function stmtExprs(s: Stmt): Expr[] {
  switch (s.k) {
    case 'var': return [...(s.value ? [s.value] : []), ...(s.values ?? [])];
    case 'assign': return [s.target, s.value];
    case 'expr': return [s.e];
    case 'return': return s.e ? [s.e] : [];
    case 'foreach': return [s.over];
    default: return [];
  }
}

export function forEachChild(e: Expr, f: (c: Expr) => void): void {
  switch (e.k) {
    case 'str': for (const p of e.parts) if (typeof p !== 'string') f(p); break;
    case 'member': f(e.obj); break;
    case 'index': f(e.obj); f(e.key); break;
    case 'call': f(e.callee); for (const a of e.args) f(a.value); break;
    case 'new': for (const a of [...e.args, ...e.init]) f(a.value); break;
    case 'concat': case 'list': for (const i of e.items) f(i); break;
    case 'cond': f(e.then); f(e.else); break;
    case 'map': for (const [k, v] of e.entries) { f(k); f(v); } break;
    default: break;
  }
}
