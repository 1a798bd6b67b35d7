import type { SyntaxNode } from '../tree-sitter/loader';
import { nodeKey } from '../tree-sitter/values';
import { COMPREHENSION_TYPES, namedChildren, SCOPE_TYPES } from './syntax';
import { parentOf } from '../tree-sitter/parents';

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

/** A scope-opening node's body span: code inside it runs in that scope. */
interface BodyRange {
  node: SyntaxNode;
  start: number;
  end: number;
}

export class FileScopes {
  private readonly scopes = new Map<string, Scope>();
  private readonly bodies: BodyRange[] = [];
  /** Comprehensions and the names their `for` clauses bind, by span. */
  private readonly comprehensions: { start: number; end: number; names: Set<string> }[] = [];
  readonly module: Scope;

  /** `nodesOf(type)`: the file's nodes of a type, in document order (PyProgram.nodesOf). */
  constructor(readonly file: string, root: SyntaxNode, nodesOf: (type: string) => SyntaxNode[]) {
    // Spans are read once per file, so finding a node's scope never walks up the tree.
    for (const n of [...SCOPE_TYPES].flatMap(nodesOf)) {
      const body = n.childForFieldName('body');
      if (body) this.bodies.push({ node: n, start: body.startIndex, end: body.endIndex });
    }
    for (const n of [...COMPREHENSION_TYPES].flatMap(nodesOf)) {
      const names = new Set(namedChildren(n).filter((c) => c.type === 'for_in_clause').flatMap((c) => identifiersOf(c.childForFieldName('left'))).map((id) => id.text));
      this.comprehensions.push({ start: n.startIndex, end: n.endIndex, names });
    }
    this.module = this.scopeFor(root, null);
    // `global x` first: it sends the function's assignments to x to the module.
    for (const g of nodesOf('global_statement')) for (const id of namedChildren(g)) this.scopeAt(g).globals.add(id.text);
    // Every binding construct of the file, in document order, into the scope it runs in.
    const binders = BINDERS.flatMap(nodesOf).sort((a, b) => a.startIndex - b.startIndex);
    for (const n of binders) bind(n, this.scopeAt(n), this.module);
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
    return scope;
  }

  /** The scope the code at `node` runs in (default values and decorators run in the enclosing one). */
  scopeAt(node: SyntaxNode): Scope {
    return this.scopeAtPos(node.startIndex, node.endIndex);
  }

  private scopeAtPos(start: number, end: number): Scope {
    let inner: BodyRange | null = null;
    for (const b of this.bodies) {
      if (b.start <= start && end <= b.end && (!inner || b.start >= inner.start)) inner = b;
    }
    if (!inner) return this.module;
    const parent = this.scopeAtPos(inner.node.startIndex, inner.node.endIndex);
    return this.scopeFor(inner.node, parent);
  }

  /**
   * Bindings a name can have at `use`: the nearest earlier one in the same scope, else every
   * binding of the scope that holds it (a function reading a global sees the module's final state).
   */
  resolve(name: string, use: SyntaxNode): { bindings: Binding[]; scope: Scope } | null {
    // `[p for p in paths]`: a comprehension's own loop names are not the enclosing scope's.
    if (this.comprehensions.some((c) => c.start <= use.startIndex && use.endIndex <= c.end && c.names.has(name))) return null;
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

/** Node types that bind names (PyProgram indexes them). */
export const BINDERS = [
  'function_definition', 'class_definition', 'assignment', 'augmented_assignment', 'named_expression',
  'import_statement', 'import_from_statement', 'with_item', 'for_statement',
];

/** Records the names one binding construct binds in its scope. */
function bind(c: SyntaxNode, scope: Scope, module: Scope): void {
  switch (c.type) {
    case 'function_definition':
    case 'class_definition': {
      const name = c.childForFieldName('name');
      if (name) add(scope, { name: name.text, kind: c.type === 'class_definition' ? 'class' : 'def', node: c, pos: c.startIndex }, module);
      return;
    }
    case 'assignment':
      return assignment(c, scope, module);
    case 'augmented_assignment': {
      const left = c.childForFieldName('left');
      if (left?.type === 'identifier') add(scope, { name: left.text, kind: 'aug', node: c, value: c.childForFieldName('right') ?? undefined, pos: c.endIndex }, module);
      return;
    }
    case 'named_expression': {
      const name = c.childForFieldName('name');
      if (name) add(scope, { name: name.text, kind: 'assign', node: c, value: c.childForFieldName('value') ?? undefined, pos: c.endIndex }, module);
      return;
    }
    case 'import_statement':
      return importStatement(c, scope, module);
    case 'import_from_statement':
      return fromStatement(c, scope, module);
    case 'with_item': {
      const v = c.childForFieldName('value');
      if (v?.type === 'as_pattern') {
        const target = v.childForFieldName('alias')?.namedChild(0) ?? null;
        const value = v.namedChild(0);
        if (target?.type === 'identifier' && value) add(scope, { name: target.text, kind: 'with', node: c, value, pos: c.endIndex }, module);
      }
      return;
    }
    case 'for_statement':
      for (const id of identifiersOf(c.childForFieldName('left'))) add(scope, { name: id.text, kind: 'loop', node: c, pos: id.endIndex }, module);
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
  for (let p = parentOf(b); p; p = parentOf(p)) {
    if (a.startIndex < p.startIndex || a.endIndex > p.endIndex) continue;
    if (!BRANCHING.has(p.type)) return false;
    const branch = (n: SyntaxNode): number => namedChildren(p).findIndex((c) => c.startIndex <= n.startIndex && n.endIndex <= c.endIndex);
    return branch(a) !== branch(b);
  }
  return false;
}
