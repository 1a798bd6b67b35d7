import ts from 'typescript';

// A small lexical resolver: maps an identifier reference to the node that declares it.
// The TypeScript checker would do this too, but it needs a Program (and lib files) per file.
// Scopes are collected lazily, the first time a lookup passes through them: detectors resolve
// only the few identifiers that may hold a Klaviyo value, so most scopes are never built.

export interface Bindings {
  /** The declaring node (VariableDeclaration, BindingElement, ParameterDeclaration, FunctionDeclaration, ClassDeclaration, ImportSpecifier, ImportClause, NamespaceImport, ImportEqualsDeclaration), or undefined for globals. */
  resolve(id: ts.Identifier): ts.Node | undefined;
}

const cache = new WeakMap<ts.SourceFile, Bindings>();

export function bindingsOf(sf: ts.SourceFile): Bindings {
  let b = cache.get(sf);
  if (!b) {
    b = build();
    cache.set(sf, b);
  }
  return b;
}

function isFunctionScope(n: ts.Node): boolean {
  return ts.isFunctionLike(n) || ts.isSourceFile(n) || ts.isClassStaticBlockDeclaration(n) || ts.isModuleBlock(n);
}

function isBlockScope(n: ts.Node): boolean {
  return ts.isBlock(n) || ts.isForStatement(n) || ts.isForInStatement(n) || ts.isForOfStatement(n) ||
    ts.isCatchClause(n) || ts.isCaseBlock(n) || ts.isClassLike(n);
}

function declareName(name: ts.BindingName, decl: ts.Node, into: Map<string, ts.Node>): void {
  if (ts.isIdentifier(name)) {
    into.set(name.text, decl);
    return;
  }
  for (const el of name.elements) {
    if (!ts.isOmittedExpression(el)) declareName(el.name, el, into);
  }
}

/** The names a scope node declares itself: `var`s and function declarations hoist to function scopes. */
function collect(scope: ts.Node): Map<string, ts.Node> {
  const names = new Map<string, ts.Node>();
  const fnScope = isFunctionScope(scope);
  if (ts.isFunctionLike(scope)) {
    for (const p of scope.parameters) declareName(p.name, p, names);
    if (ts.isFunctionExpression(scope) && scope.name) names.set(scope.name.text, scope);
  }
  if (ts.isClassExpression(scope) && scope.name) names.set(scope.name.text, scope);
  if (ts.isCatchClause(scope) && scope.variableDeclaration) declareName(scope.variableDeclaration.name, scope.variableDeclaration, names);

  const walk = (n: ts.Node, nested: boolean): void => {
    ts.forEachChild(n, (c) => {
      if (ts.isParameter(c) && c.parent === scope) return;
      if (isFunctionScope(c)) {
        if (ts.isFunctionDeclaration(c) && c.name && !nested) names.set(c.name.text, c);
        return;
      }
      if (ts.isClassLike(c)) {
        if (ts.isClassDeclaration(c) && c.name && !nested) names.set(c.name.text, c);
        return;
      }
      // Expressions and types declare nothing here (function and class expressions are scopes of
      // their own, handled above): most of a file's nodes, never walked.
      if (ts.isExpression(c) || ts.isTypeNode(c)) return;
      if ((ts.isEnumDeclaration(c) || ts.isModuleDeclaration(c)) && ts.isIdentifier(c.name) && !nested) names.set(c.name.text, c);
      if (ts.isVariableDeclarationList(c)) {
        const isVar = !(c.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using));
        if (isVar ? fnScope : !nested) for (const d of c.declarations) declareName(d.name, d, names);
      }
      if (ts.isImportClause(c) && c.name) names.set(c.name.text, c);
      if (ts.isNamespaceImport(c) || ts.isImportSpecifier(c) || ts.isImportEqualsDeclaration(c)) names.set(c.name.text, c);
      if (isBlockScope(c)) {
        // A nested block's own let/const belong to it; only `var`s inside it hoist up to here.
        if (fnScope) walk(c, true);
        return;
      }
      walk(c, nested);
    });
  };
  walk(scope, false);
  return names;
}

function build(): Bindings {
  const scopes = new Map<ts.Node, Map<string, ts.Node>>();
  const namesOf = (scope: ts.Node): Map<string, ts.Node> => {
    let m = scopes.get(scope);
    if (!m) scopes.set(scope, (m = collect(scope)));
    return m;
  };
  return {
    resolve(id) {
      for (let n: ts.Node | undefined = id.parent; n; n = n.parent) {
        if (!isFunctionScope(n) && !isBlockScope(n)) continue;
        const d = namesOf(n).get(id.text);
        if (d) return d;
      }
      return undefined;
    },
  };
}
