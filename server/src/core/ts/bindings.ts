import ts from 'typescript';

// A small lexical resolver: maps each identifier reference to the node that declares it.
// The TypeScript checker would do this too, but it needs a Program (and lib files) per file;
// syntax-level scopes are enough for the shapes we trace and cost one walk per file.

type Scope = { parent: Scope | null; names: Map<string, ts.Node> };

export interface Bindings {
  /** The declaring node (VariableDeclaration, BindingElement, ParameterDeclaration, FunctionDeclaration, ClassDeclaration, ImportSpecifier, ImportClause, NamespaceImport, ImportEqualsDeclaration), or undefined for globals. */
  resolve(id: ts.Identifier): ts.Node | undefined;
}

const cache = new WeakMap<ts.SourceFile, Bindings>();

export function bindingsOf(sf: ts.SourceFile): Bindings {
  let b = cache.get(sf);
  if (!b) {
    b = build(sf);
    cache.set(sf, b);
  }
  return b;
}

function isFunctionScope(n: ts.Node): boolean {
  return ts.isFunctionLike(n) || ts.isSourceFile(n) || ts.isClassStaticBlockDeclaration(n) || ts.isModuleBlock(n);
}

function opensBlockScope(n: ts.Node): boolean {
  return ts.isBlock(n) || ts.isForStatement(n) || ts.isForInStatement(n) || ts.isForOfStatement(n) ||
    ts.isCatchClause(n) || ts.isCaseBlock(n) || ts.isClassLike(n);
}

function build(sf: ts.SourceFile): Bindings {
  const scopeOf = new Map<ts.Node, Scope>();
  const root: Scope = { parent: null, names: new Map() };
  scopeOf.set(sf, root);

  function nearestFunctionScope(s: Scope, node: ts.Node): Scope {
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
      if (isFunctionScope(n)) return scopeOf.get(n) ?? s;
    }
    return root;
  }

  function declareBindingName(name: ts.BindingName, decl: ts.Node, scope: Scope): void {
    if (ts.isIdentifier(name)) {
      scope.names.set(name.text, decl);
      return;
    }
    for (const el of name.elements) {
      if (ts.isOmittedExpression(el)) continue;
      declareBindingName(el.name, el, scope);
    }
  }

  function visit(node: ts.Node, scope: Scope): void {
    let inner = scope;
    if (node !== sf && (isFunctionScope(node) || opensBlockScope(node))) {
      inner = { parent: scope, names: new Map() };
      scopeOf.set(node, inner);
    }
    if (ts.isVariableDeclaration(node)) {
      const list = node.parent;
      const isVar = ts.isVariableDeclarationList(list) && !(list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const));
      declareBindingName(node.name, node, isVar ? nearestFunctionScope(scope, node) : scope);
    } else if (ts.isParameter(node)) {
      declareBindingName(node.name, node, scope);
    } else if (ts.isFunctionDeclaration(node) && node.name) {
      // Function declarations are hoisted into the enclosing function scope.
      nearestFunctionScope(scope, node).names.set(node.name.text, node);
    } else if ((ts.isClassDeclaration(node) || ts.isEnumDeclaration(node)) && node.name) {
      scope.names.set(node.name.text, node);
    } else if (ts.isFunctionExpression(node) && node.name) {
      inner.names.set(node.name.text, node);
    } else if (ts.isImportClause(node) && node.name) {
      root.names.set(node.name.text, node);
    } else if (ts.isNamespaceImport(node) || ts.isImportSpecifier(node) || ts.isImportEqualsDeclaration(node)) {
      root.names.set(node.name.text, node);
    }
    // Parameters live in the function's own scope, so visit children with `inner`.
    ts.forEachChild(node, (c) => visit(c, inner));
  }
  visit(sf, root);

  function scopeFor(node: ts.Node): Scope {
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
      const s = scopeOf.get(n);
      if (s) return s;
    }
    return root;
  }

  return {
    resolve(id) {
      // A binding element's own name resolves to itself.
      for (let s: Scope | null = scopeFor(id); s; s = s.parent) {
        const d = s.names.get(id.text);
        if (d) return d;
      }
      return undefined;
    },
  };
}
