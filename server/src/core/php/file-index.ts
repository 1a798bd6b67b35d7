import type { SyntaxNode, Tree } from '../tree-sitter/loader';
import { CLASS_TYPES, docComment, enclosingClass, enclosingFunction, field, named, paramsOf, varName, type ParamInfo } from './syntax';
import { namedNodes } from '../tree-sitter/walk';

// What one PHP file declares, read in a single walk: namespace and `use` imports (to resolve
// class names), classes with their constants/properties/methods, functions, constants
// (`const`, `define`), `require`d files, and every assignment grouped by variable scope.

export interface PropInfo {
  name: string;
  type: SyntaxNode | null;
  doc: string | null;
  defaultValue: SyntaxNode | null;
  promoted: ParamInfo | null;
  /** `$this->x = …` / `self::$x = …` inside the class's methods. */
  assigns: { rhs: SyntaxNode; method: SyntaxNode }[];
}

export interface ClassInfo {
  node: SyntaxNode;
  file: PhpFile;
  fqn: string;
  parent: string | null;
  traits: string[];
  consts: Map<string, SyntaxNode>;
  props: Map<string, PropInfo>;
  methods: Map<string, SyntaxNode>;
}

/** Identity of a node inside its tree (tree-sitter wraps the same node in new objects). */
export function keyOf(n: SyntaxNode): string {
  return `${n.startIndex}:${n.endIndex}:${n.type}`;
}

export class PhpFile {
  private readonly uses = new Map<string, string>();
  private readonly namespaces: { start: number; end: number; name: string }[] = [];
  readonly classes = new Map<string, ClassInfo>();
  readonly functions = new Map<string, SyntaxNode>();
  readonly constants = new Map<string, SyntaxNode>();
  readonly requires: SyntaxNode[] = [];
  /** Scope key (function node key, or '' for the file) → variable → nodes that set it, in text order. */
  private readonly scopes = new Map<string, Map<string, SyntaxNode[]>>();
  /** Calls by scope, in text order (for curl handles and helper bodies). */
  private readonly callsByScope = new Map<string, SyntaxNode[]>();
  readonly root: SyntaxNode;
  /** The named nodes, in document order: indexed here, then visited by the detectors. */
  readonly nodes: SyntaxNode[];

  constructor(readonly file: string, readonly tree: Tree) {
    this.root = tree.rootNode;
    this.nodes = namedNodes(this.root);
    for (const n of this.nodes) this.visit(n);
  }

  namespaceAt(pos: number): string {
    let ns = '';
    for (const n of this.namespaces) if (n.start <= pos && pos <= n.end) ns = n.name;
    return ns;
  }

  /** Fully-qualified class name (no leading backslash) for a name as written at `pos`. */
  resolveClass(written: string, pos: number): string {
    if (written.startsWith('\\')) return written.slice(1);
    const [head, ...rest] = written.split('\\');
    const imported = this.uses.get(head.toLowerCase());
    if (imported) return [imported, ...rest].join('\\');
    const ns = this.namespaceAt(pos);
    return ns ? `${ns}\\${written}` : written;
  }

  /** Was this FQN imported with `use` (so a short name surely means it)? */
  imports(fqn: string): boolean {
    const lower = fqn.toLowerCase();
    return [...this.uses.values()].some((u) => u.toLowerCase() === lower || u.toLowerCase().startsWith(lower + '\\'));
  }

  classByFqn(fqn: string): ClassInfo | undefined {
    return this.classes.get(fqn.toLowerCase());
  }

  assignmentsOf(scope: SyntaxNode | null, name: string): SyntaxNode[] {
    return this.scopes.get(scope ? keyOf(scope) : '')?.get(name) ?? [];
  }

  callsIn(scope: SyntaxNode | null): SyntaxNode[] {
    return this.callsByScope.get(scope ? keyOf(scope) : '') ?? [];
  }

  private addTo<T>(map: Map<string, T[]>, key: string, v: T): void {
    const list = map.get(key);
    if (list) list.push(v);
    else map.set(key, [v]);
  }

  private setVar(at: SyntaxNode, name: string, node: SyntaxNode): void {
    const scope = varScope(at);
    const key = scope ? keyOf(scope) : '';
    let vars = this.scopes.get(key);
    if (!vars) this.scopes.set(key, (vars = new Map()));
    this.addTo(vars, name, node);
  }

  private visit(n: SyntaxNode): void {
    switch (n.type) {
      case 'namespace_definition': {
        const name = field(n, 'name')?.text ?? '';
        const body = field(n, 'body');
        this.namespaces.push({ start: n.startIndex, end: body ? n.endIndex : this.root.endIndex, name });
        // An unbraced namespace runs until the next one.
        const prev = this.namespaces[this.namespaces.length - 2];
        if (prev && prev.end === this.root.endIndex && !body) prev.end = n.startIndex;
        break;
      }
      case 'namespace_use_declaration':
        this.addUses(n);
        break;
      case 'function_definition': {
        const name = field(n, 'name')?.text;
        if (name) {
          const ns = this.namespaceAt(n.startIndex);
          this.functions.set((ns ? `${ns}\\${name}` : name).toLowerCase(), n);
        }
        break;
      }
      case 'const_declaration':
        if (!enclosingClass(n)) for (const el of named(n)) if (el.type === 'const_element') this.addConst(el);
        break;
      case 'function_call_expression': {
        this.addTo(this.callsByScope, scopeKey(n), n);
        const fn = field(n, 'function');
        const args = field(n, 'arguments');
        const first = args ? named(args)[0] : undefined;
        const lit = first ? named(first)[0] : undefined;
        if (fn?.text.replace(/^\\/, '').toLowerCase() === 'define' && (lit?.type === 'string' || lit?.type === 'encapsed_string') && named(lit).every((c) => c.type === 'string_content')) {
          const value = named(args!)[1];
          if (value) this.constants.set(lit.text.slice(1, -1), named(value)[named(value).length - 1] ?? value);
        }
        break;
      }
      case 'member_call_expression':
      case 'nullsafe_member_call_expression':
      case 'scoped_call_expression':
        this.addTo(this.callsByScope, scopeKey(n), n);
        break;
      case 'require_expression':
      case 'require_once_expression':
      case 'include_expression':
      case 'include_once_expression':
        if (named(n)[0]) this.requires.push(named(n)[0]);
        break;
      case 'assignment_expression':
      case 'augmented_assignment_expression':
      case 'reference_assignment_expression':
        this.addAssignment(n);
        break;
      case 'static_variable_declaration': {
        const v = field(n, 'name');
        const name = v ? varName(v) : null;
        if (name) this.setVar(n, name, n);
        break;
      }
      case 'foreach_statement':
      case 'global_declaration':
        // Loop variables and globals are set here without a value we can read.
        for (const v of n.descendantsOfType('variable_name')) {
          const name = v && varName(v);
          if (v && name && (n.type === 'global_declaration' || isForeachTarget(n, v))) this.setVar(n, name, n);
        }
        break;
      default:
        if (CLASS_TYPES.has(n.type)) this.addClass(n);
    }
  }

  private addUses(n: SyntaxNode): void {
    // `use function …` / `use const …` import functions and constants, not classes.
    if (n.children.some((c) => c && !c.isNamed && (c.text === 'function' || c.text === 'const'))) return;
    const group = named(n).find((c) => c.type === 'namespace_use_group');
    const prefix = group ? (named(n).find((c) => c.type === 'namespace_name')?.text ?? '') : '';
    for (const clause of (group ? named(group) : named(n)).filter((c) => c.type === 'namespace_use_clause')) {
      const target = named(clause).find((c) => c.type === 'qualified_name' || c.type === 'name');
      if (!target) continue;
      const fqn = (prefix ? `${prefix}\\${target.text}` : target.text).replace(/^\\/, '');
      const alias = field(clause, 'alias')?.text ?? fqn.split('\\').pop()!;
      this.uses.set(alias.toLowerCase(), fqn);
    }
  }

  private addConst(el: SyntaxNode): void {
    const [name, value] = named(el);
    if (name && value) this.constants.set(name.text, value);
  }

  private addAssignment(n: SyntaxNode): void {
    const left = field(n, 'left');
    const rhs = field(n, 'right');
    if (!left || !rhs) return;
    const name = varName(left);
    if (name) return this.setVar(n, name, n);
    // `$this->x = …` and `self::$x = …` / `static::$x = …` inside a class's methods.
    const cls = enclosingClass(n);
    const method = enclosingFunction(n);
    if (!cls || !method) return;
    let prop: string | null = null;
    if (left.type === 'member_access_expression' && field(left, 'object')?.text === '$this') prop = field(left, 'name')?.text ?? null;
    if (left.type === 'scoped_property_access_expression' && /^(self|static)$/i.test(field(left, 'scope')?.text ?? '')) prop = varName(field(left, 'name')!) ?? null;
    if (!prop) return;
    const info = this.classInfo(cls);
    if (!info) return;
    const p = info.props.get(prop) ?? newProp(prop);
    info.props.set(prop, p);
    p.assigns.push({ rhs, method });
  }

  private classInfo(cls: SyntaxNode): ClassInfo | undefined {
    const name = field(cls, 'name')?.text;
    return name ? this.classes.get(this.qualify(name, cls.startIndex).toLowerCase()) : undefined;
  }

  private qualify(name: string, pos: number): string {
    const ns = this.namespaceAt(pos);
    return ns ? `${ns}\\${name}` : name;
  }

  private addClass(n: SyntaxNode): void {
    const name = field(n, 'name')?.text;
    if (!name) return;
    const fqn = this.qualify(name, n.startIndex);
    const base = named(n).find((c) => c.type === 'base_clause');
    const baseName = base ? named(base).find((c) => c.type === 'name' || c.type === 'qualified_name') : undefined;
    const info: ClassInfo = {
      node: n, file: this, fqn, parent: baseName ? this.resolveClass(baseName.text, n.startIndex) : null, traits: [],
      consts: new Map(), props: new Map(), methods: new Map(),
    };
    const body = field(n, 'body');
    for (const m of body ? named(body) : []) {
      if (m.type === 'const_declaration') for (const el of named(m)) if (el.type === 'const_element') {
        const [cn, cv] = named(el);
        if (cn && cv) info.consts.set(cn.text, cv);
      }
      if (m.type === 'use_declaration') info.traits.push(...named(m).filter((c) => c.type === 'name' || c.type === 'qualified_name').map((c) => this.resolveClass(c.text, c.startIndex)));
      if (m.type === 'property_declaration') {
        for (const el of named(m).filter((c) => c.type === 'property_element')) {
          const pn = field(el, 'name');
          const pname = pn ? varName(pn) : null;
          if (!pname) continue;
          const p = info.props.get(pname) ?? newProp(pname);
          p.type = field(m, 'type');
          p.doc = docComment(m);
          p.defaultValue = field(el, 'default_value');
          info.props.set(pname, p);
        }
      }
      if (m.type === 'method_declaration') {
        const mn = field(m, 'name')?.text;
        if (mn) info.methods.set(mn.toLowerCase(), m);
        if (mn?.toLowerCase() === '__construct') for (const param of paramsOf(m).filter((x) => x.promoted)) {
          const p = info.props.get(param.name) ?? newProp(param.name);
          p.promoted = param;
          p.type = param.type;
          info.props.set(param.name, p);
        }
      }
    }
    this.classes.set(fqn.toLowerCase(), info);
  }
}

function newProp(name: string): PropInfo {
  return { name, type: null, doc: null, defaultValue: null, promoted: null, assigns: [] };
}

/** The scope whose variables `n` reads and writes: the enclosing function (arrow functions share their parent's). */
export function varScope(n: SyntaxNode): SyntaxNode | null {
  let f = enclosingFunction(n);
  while (f && f.type === 'arrow_function') f = enclosingFunction(f);
  return f;
}

function scopeKey(n: SyntaxNode): string {
  const s = varScope(n);
  return s ? keyOf(s) : '';
}

function isForeachTarget(stmt: SyntaxNode, v: SyntaxNode): boolean {
  const body = field(stmt, 'body');
  const first = named(stmt)[0];
  return v.startIndex > (first?.endIndex ?? 0) && (!body || v.endIndex <= body.startIndex);
}
