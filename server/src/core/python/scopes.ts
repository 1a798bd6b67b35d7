import type { SyntaxNode } from '../tree-sitter/loader';
import { nodeKey } from '../tree-sitter/values';
import { COMPREHENSION_TYPES, namedChildren, SCOPE_TYPES } from './syntax';

// Python name binding: which statement gives a name its value at a use. Functions, lambdas and
// classes open scopes (a class body is not visible from its methods); `global` sends
// assignments to the module; imports, `def`, `class`, `with … as`, `for`, walrus and
// parameters bind names.

export type BindingKind = 'assign' | 'aug' | 'import' | 'from' | 'def' | 'class' | 'param' | 'with' | 'loop' | 'star';

export interface Binding {
  name: string;
  kind: BindingKind;
  /** The statement or definition that binds (assignment, import, function_definition, …). */
  node: SyntaxNode;
  /** The expression whose value the name gets, when there is one. */
  value?: SyntaxNode;
  /** Position after which the binding is in effect (end of the assignment: `x = x + 1` reads the old x). */
  pos: number;
  scope: Scope;
  /** import / from: dotted module name, leading dots, imported member (from), whole dotted path bound (import a.b as c). */
  module?: string;
  level?: number;
  member?: string;
  /** `a, b = …`: position of the name in the target tuple. */
  unpack?: number;
  /** Parameters: index among positional parameters, `*`/`**` kind, default value. */
  index?: number;
  splat?: 'args' | 'kwargs';
}

export interface Scope {
  key: string;
  node: SyntaxNode;
  kind: 'module' | 'function' | 'class' | 'lambda';
  parent: Scope | null;
  bindings: Map<string, Binding[]>;
  globals: Set<string>;
  /** `from m import *` of this scope, in order. */
  stars: Binding[];
}

export class FileScopes {
  private readonly scopes = new Map<string, Scope>();
  readonly module: Scope;

  constructor(readonly file: string, root: SyntaxNode) {
    this.module = this.scopeFor(root, null);
    // `global x` inside a function assigns the module's x: collect those functions now.
    for (const g of root.descendantsOfType('global_statement')) if (g) this.scopeAt(g);
  }

  /** The scope a scope-opening node (module, def, class, lambda) opens. */
  scopeFor(node: SyntaxNode, parent: Scope | null): Scope {
    const key = nodeKey(this.file, node);
    const hit = this.scopes.get(key);
    if (hit) return hit;
    const kind = node.type === 'module' ? 'module' : node.type === 'class_definition' ? 'class' : node.type === 'lambda' ? 'lambda' : 'function';
    const scope: Scope = { key, node, kind, parent, bindings: new Map(), globals: new Set(), stars: [] };
    this.scopes.set(key, scope);
    if (kind === 'function' || kind === 'lambda') collectParams(scope);
    const body = kind === 'module' ? node : node.childForFieldName('body');
    if (body) collect(body, scope, this.module ?? scope);
    return scope;
  }

  /** The scope the code at `node` runs in. */
  scopeAt(node: SyntaxNode): Scope {
    const chain: SyntaxNode[] = [];
    for (let n: SyntaxNode = node, p = node.parent; p; n = p, p = p.parent) {
      // Default values and decorators run in the enclosing scope: only bodies count.
      if (SCOPE_TYPES.has(p.type) && p.childForFieldName('body')?.equals(n)) chain.push(p);
    }
    let scope = this.module;
    for (const s of chain.reverse()) scope = this.scopeFor(s, scope);
    return scope;
  }

  /**
   * Bindings a name can have at `use`: the nearest earlier one in the same scope, else every
   * binding of the scope that holds it (a function reading a global sees the module's final state).
   */
  resolve(name: string, use: SyntaxNode): { bindings: Binding[]; scope: Scope } | null {
    if (inComprehensionTarget(name, use)) return null;
    const here = this.scopeAt(use);
    let scope: Scope | null = here.globals.has(name) ? this.module : here;
    for (; scope; scope = scope.parent) {
      // A class body is not an enclosing scope of the functions inside it.
      if (scope !== here && scope.kind === 'class') continue;
      const list = scope.bindings.get(name);
      if (list && list.length > 0) {
        if (scope === here) {
          const before = list.filter((b) => b.pos <= use.startIndex);
          if (before.length > 0) {
            // `try: x = A` / `except: x = None` (or if/else): every branch's binding may reach the use.
            const reaching = [before[before.length - 1]];
            for (let i = before.length - 2; i >= 0 && alternatives(before[i].node, reaching[0].node); i--) reaching.unshift(before[i]);
            return { bindings: reaching, scope };
          }
        }
        return { bindings: list, scope };
      }
      if (scope.kind === 'module' && scope.stars.length > 0) return { bindings: scope.stars.map((s) => ({ ...s, name })), scope };
    }
    return null;
  }
}

function add(scope: Scope, b: Omit<Binding, 'scope'>, module: Scope): void {
  const target = scope.globals.has(b.name) ? module : scope;
  const list = target.bindings.get(b.name) ?? [];
  list.push({ ...b, scope: target });
  target.bindings.set(b.name, list);
}

function collectParams(scope: Scope): void {
  const params = scope.node.childForFieldName('parameters');
  if (!params) return;
  let index = 0;
  for (const p of namedChildren(params)) {
    const nameNode = p.type === 'identifier' ? p : p.childForFieldName('name') ?? namedChildren(p).find((c) => c.type === 'identifier');
    if (!nameNode) continue;
    const splat = p.type === 'list_splat_pattern' ? 'args' : p.type === 'dictionary_splat_pattern' ? 'kwargs' : undefined;
    const b: Binding = { name: nameNode.text, kind: 'param', node: p, value: p.childForFieldName('value') ?? undefined, pos: -1, scope, splat };
    if (!splat) b.index = index++;
    scope.bindings.set(b.name, [b]);
  }
}

/** Records the bindings of one scope body, not descending into nested scopes. */
function collect(node: SyntaxNode, scope: Scope, module: Scope): void {
  for (const c of namedChildren(node)) {
    switch (c.type) {
      case 'function_definition':
      case 'class_definition': {
        const name = c.childForFieldName('name');
        if (name) add(scope, { name: name.text, kind: c.type === 'class_definition' ? 'class' : 'def', node: c, pos: c.startIndex }, module);
        continue;
      }
      case 'lambda':
        continue;
      case 'global_statement':
      case 'nonlocal_statement':
        if (c.type === 'global_statement') for (const id of namedChildren(c)) scope.globals.add(id.text);
        continue;
      case 'assignment':
        assignment(c, scope, module);
        break;
      case 'augmented_assignment': {
        const left = c.childForFieldName('left');
        if (left?.type === 'identifier') add(scope, { name: left.text, kind: 'aug', node: c, value: c.childForFieldName('right') ?? undefined, pos: c.endIndex }, module);
        break;
      }
      case 'named_expression': {
        const name = c.childForFieldName('name');
        if (name) add(scope, { name: name.text, kind: 'assign', node: c, value: c.childForFieldName('value') ?? undefined, pos: c.endIndex }, module);
        break;
      }
      case 'import_statement':
        importStatement(c, scope, module);
        continue;
      case 'import_from_statement':
        fromStatement(c, scope, module);
        continue;
      case 'with_item': {
        const v = c.childForFieldName('value');
        if (v?.type === 'as_pattern') {
          const target = v.childForFieldName('alias')?.namedChild(0) ?? null;
          const value = v.namedChild(0);
          if (target?.type === 'identifier' && value) add(scope, { name: target.text, kind: 'with', node: c, value, pos: c.endIndex }, module);
        }
        break;
      }
      case 'for_statement':
      case 'for_in_clause': {
        for (const id of identifiersOf(c.childForFieldName('left'))) add(scope, { name: id.text, kind: 'loop', node: c, pos: id.endIndex }, module);
        break;
      }
    }
    if (COMPREHENSION_TYPES.has(c.type)) continue;
    collect(c, scope, module);
  }
}

function identifiersOf(target: SyntaxNode | null): SyntaxNode[] {
  if (!target) return [];
  if (target.type === 'identifier') return [target];
  return namedChildren(target).flatMap(identifiersOf);
}

function assignment(c: SyntaxNode, scope: Scope, module: Scope): void {
  const left = c.childForFieldName('left');
  let right = c.childForFieldName('right');
  // `a = b = value`: every target gets the innermost value.
  while (right?.type === 'assignment') right = right.childForFieldName('right');
  if (!left) return;
  if (left.type === 'identifier') {
    add(scope, { name: left.text, kind: 'assign', node: c, value: right ?? undefined, pos: c.endIndex }, module);
  } else if (['pattern_list', 'tuple_pattern', 'list_pattern'].includes(left.type)) {
    const items = namedChildren(left);
    const values = right && ['expression_list', 'tuple', 'list'].includes(right.type) ? namedChildren(right) : null;
    items.forEach((t, i) => {
      if (t.type !== 'identifier') return;
      add(scope, { name: t.text, kind: 'assign', node: c, value: values ? values[i] : right ?? undefined, unpack: values ? undefined : i, pos: c.endIndex }, module);
    });
  }
}

function importStatement(c: SyntaxNode, scope: Scope, module: Scope): void {
  for (const n of namedChildren(c)) {
    if (n.type === 'dotted_name') {
      // `import a.b.c` binds `a` to the top package.
      const first = n.namedChild(0)?.text;
      if (first) add(scope, { name: first, kind: 'import', node: c, module: first, level: 0, pos: c.endIndex }, module);
    } else if (n.type === 'aliased_import') {
      const dotted = n.childForFieldName('name')?.text;
      const alias = n.childForFieldName('alias')?.text;
      if (dotted && alias) add(scope, { name: alias, kind: 'import', node: c, module: dotted, level: 0, pos: c.endIndex }, module);
    }
  }
}

function fromStatement(c: SyntaxNode, scope: Scope, module: Scope): void {
  const mod = c.childForFieldName('module_name');
  if (!mod) return;
  let level = 0;
  let dotted = mod.text;
  if (mod.type === 'relative_import') {
    const prefix = namedChildren(mod).find((x) => x.type === 'import_prefix')?.text ?? '';
    level = prefix.length;
    dotted = namedChildren(mod).find((x) => x.type === 'dotted_name')?.text ?? '';
  }
  for (const n of namedChildren(c)) {
    if (n.equals(mod)) continue;
    if (n.type === 'wildcard_import') {
      scope.stars.push({ name: '*', kind: 'star', node: c, module: dotted, level, pos: c.endIndex, scope });
    } else if (n.type === 'dotted_name' || n.type === 'aliased_import') {
      const member = n.type === 'dotted_name' ? n.text : n.childForFieldName('name')?.text;
      const alias = n.type === 'dotted_name' ? n.text : n.childForFieldName('alias')?.text;
      if (member && alias) add(scope, { name: alias, kind: 'from', node: c, module: dotted, level, member, pos: c.endIndex }, module);
    }
  }
}

const BRANCHING = new Set(['if_statement', 'try_statement', 'match_statement']);

/** Two statements in different branches of one if/try/match: neither overwrites the other. */
function alternatives(a: SyntaxNode, b: SyntaxNode): boolean {
  for (let p = b.parent; p; p = p.parent) {
    if (a.startIndex < p.startIndex || a.endIndex > p.endIndex) continue;
    if (!BRANCHING.has(p.type)) return false;
    const branch = (n: SyntaxNode): number => namedChildren(p).findIndex((c) => c.startIndex <= n.startIndex && n.endIndex <= c.endIndex);
    return branch(a) !== branch(b);
  }
  return false;
}

/** `[p for p in paths]`: a comprehension's own loop names are not the enclosing scope's. */
function inComprehensionTarget(name: string, use: SyntaxNode): boolean {
  for (let p = use.parent; p && !SCOPE_TYPES.has(p.type); p = p.parent) {
    if (!COMPREHENSION_TYPES.has(p.type)) continue;
    for (const clause of namedChildren(p)) {
      if (clause.type === 'for_in_clause' && identifiersOf(clause.childForFieldName('left')).some((id) => id.text === name)) return true;
    }
  }
  return false;
}
