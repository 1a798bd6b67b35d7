import { T_UNKNOWN, type TValue } from '../tree-sitter/values';
import type { PyEvaluator } from './evaluator';
import { libraryModule } from './libraries';

// Modules as values: `import app.config`, `from .client import klaviyo`, `from app import
// settings` (a submodule), star imports. A project module is an object whose members are its
// top-level names, looked up on demand; anything else is a traced library or unknown.

/** `import a.b.c` / `import a.b as c`: a project module (or package) or a traced library. */
export function importedModule(ev: PyEvaluator, fromFile: string, dotted: string, level: number): TValue {
  // A vendored copy of the official SDK is still the SDK.
  if (level === 0 && /^klaviyo_api(\.|$)/.test(dotted)) return libraryModule(dotted) ?? T_UNKNOWN;
  const file = ev.program.resolveModule(fromFile, dotted, level);
  if (file) {
    const mod: TValue = { kind: 'obj', props: new Map() };
    ev.moduleFiles.set(mod, { file, dotted });
    return mod;
  }
  return level === 0 ? (libraryModule(dotted) ?? T_UNKNOWN) : T_UNKNOWN;
}

/** `from m import name`: a name the module binds, else its submodule `m.name`. */
export function fromImport(ev: PyEvaluator, fromFile: string, dotted: string, level: number, name: string): TValue {
  const mod = importedModule(ev, fromFile, dotted, level);
  const v = ev.member(mod, name);
  if (v.kind !== 'unknown') return v;
  return importedModule(ev, fromFile, dotted ? `${dotted}.${name}` : name, level);
}

/** A name bound at a module's top level (what `from m import name` and `m.name` read). */
export function moduleMember(ev: PyEvaluator, file: string, dotted: string, name: string): TValue {
  const scopes = ev.scopesOf(file);
  const list = scopes?.module.bindings.get(name);
  if (list && list.length > 0) return ev.best(list.map((b) => () => ev.bindingValue(b)));
  if (scopes && scopes.module.stars.length > 0) return ev.best(scopes.module.stars.map((s) => () => ev.bindingValue({ ...s, name })));
  // A package's submodule: `import app` then `app.config`.
  if (file.endsWith('__init__.py')) return importedModule(ev, file, `${dotted}.${name}`, 0);
  return T_UNKNOWN;
}
