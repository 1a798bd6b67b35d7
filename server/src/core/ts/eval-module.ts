import ts from 'typescript';
import { bindingsOf } from './bindings';
import type { Evaluator } from './evaluator';
import { libraryValue } from './libraries';
import { UNKNOWN, type Value } from './values';

/** `require('x')` (possibly `require('x').default`): the specifier, else null. */
export function requireSpecifier(expr: ts.Expression): string | null {
  let e = expr;
  while (ts.isParenthesizedExpression(e) || ts.isAwaitExpression(e)) e = e.expression;
  if (ts.isCallExpression(e) && e.arguments.length === 1 && ts.isStringLiteralLike(e.arguments[0])) {
    const callee = e.expression;
    if ((ts.isIdentifier(callee) && callee.text === 'require') || callee.kind === ts.SyntaxKind.ImportKeyword) {
      return e.arguments[0].text;
    }
  }
  return null;
}


/** What `import { name } from spec` gives in `from`; name is 'default' or '*' for whole-module imports. */
export function moduleValue(ev: Evaluator, from: ts.SourceFile, spec: string, name: string): Value {
  const lib = libraryValue(spec, name);
  if (lib) return lib;
  if (!spec.startsWith('.') && !spec.startsWith('/')) return UNKNOWN;
  const target = ev.host.resolveModule(from.fileName, spec);
  if (!target) return UNKNOWN;
  if (name === '*') return namespaceValue(ev, target);
  return exportValue(ev, target, name);
}

function namespaceValue(ev: Evaluator, sf: ts.SourceFile): Value {
  const props = new Map<string, () => Value>();
  for (const name of exportNames(sf)) props.set(name, () => exportValue(ev, sf, name));
  // A CommonJS module imported as a namespace exposes module.exports' members.
  const cjs = commonJsExports(sf);
  const spreads = cjs ? [ev.eval(cjs)] : [];
  return { kind: 'obj', props, spreads };
}

export function exportValue(ev: Evaluator, sf: ts.SourceFile, name: string): Value {
  // Per evaluator: a module's exports can depend on other modules, which may change meanwhile.
  let perFile = ev.exportCache.get(sf);
  if (!perFile) ev.exportCache.set(sf, (perFile = new Map()));
  const hit = perFile.get(name);
  if (hit) return hit;
  perFile.set(name, UNKNOWN); // guards export cycles
  const v = computeExport(ev, sf, name);
  perFile.set(name, v);
  return v;
}

function hasExport(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function isDefault(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
}

function computeExport(ev: Evaluator, sf: ts.SourceFile, name: string): Value {
  const b = bindingsOf(sf);
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st) && hasExport(st)) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.name.text === name) return ev.evalDeclaration(d);
      }
    } else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && hasExport(st)) {
      const declared = isDefault(st) ? 'default' : st.name?.text;
      if (declared === name) return ev.evalDeclaration(st);
    } else if (ts.isExportAssignment(st) && !st.isExportEquals && name === 'default') {
      return ev.eval(st.expression);
    } else if (ts.isExportDeclaration(st) && !st.isTypeOnly) {
      const spec = st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : null;
      if (st.exportClause && ts.isNamedExports(st.exportClause)) {
        for (const el of st.exportClause.elements) {
          if (el.name.text !== name) continue;
          const local = el.propertyName ?? el.name;
          if (spec !== null) return moduleValue(ev, sf, spec, local.text);
          const decl = ts.isIdentifier(local) ? b.resolve(local) : undefined;
          return decl ? ev.evalDeclaration(decl) : UNKNOWN;
        }
      } else if (!st.exportClause && spec !== null && name !== 'default') {
        const v = moduleValue(ev, sf, spec, name);
        if (v.kind !== 'unknown') return v;
      }
    }
  }
  const cjs = commonJsExports(sf);
  if (cjs) {
    const whole = ev.eval(cjs);
    if (name === 'default') return whole;
    return ev.member(whole, name);
  }
  const assigned = commonJsNamedExport(sf, name);
  if (assigned) return ev.eval(assigned);
  // `const client = require('./client')` of a module that only sets `exports.x = …`.
  if (name === 'default') {
    const props = new Map<string, () => Value>();
    for (const st of sf.statements) {
      const t = cjsNamedTarget(st);
      if (t && !props.has(t.name)) props.set(t.name, () => ev.eval(t.value));
    }
    if (props.size > 0) return { kind: 'obj', props };
  }
  return UNKNOWN;
}

function exportNames(sf: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st) && hasExport(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && hasExport(st) && st.name) {
      names.push(isDefault(st) ? 'default' : st.name.text);
    } else if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) names.push(el.name.text);
    } else if (ts.isExportAssignment(st)) {
      names.push('default');
    } else {
      const n = cjsNamedTarget(st);
      if (n) names.push(n.name);
    }
  }
  return names;
}

/** `module.exports = expr` */
function commonJsExports(sf: ts.SourceFile): ts.Expression | undefined {
  for (const st of sf.statements) {
    if (!ts.isExpressionStatement(st) || !ts.isBinaryExpression(st.expression)) continue;
    const e = st.expression;
    if (e.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(e.left) &&
        ts.isIdentifier(e.left.expression) && e.left.expression.text === 'module' && e.left.name.text === 'exports') {
      return e.right;
    }
  }
  return undefined;
}

/** `module.exports.x = expr` / `exports.x = expr` */
function cjsNamedTarget(st: ts.Statement): { name: string; value: ts.Expression } | null {
  if (!ts.isExpressionStatement(st) || !ts.isBinaryExpression(st.expression)) return null;
  const e = st.expression;
  if (e.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isPropertyAccessExpression(e.left)) return null;
  const obj = e.left.expression;
  const isExports = (ts.isIdentifier(obj) && obj.text === 'exports') ||
    (ts.isPropertyAccessExpression(obj) && ts.isIdentifier(obj.expression) && obj.expression.text === 'module' && obj.name.text === 'exports');
  return isExports ? { name: e.left.name.text, value: e.right } : null;
}

function commonJsNamedExport(sf: ts.SourceFile, name: string): ts.Expression | undefined {
  for (const st of sf.statements) {
    const t = cjsNamedTarget(st);
    if (t && t.name === name) return t.value;
  }
  return undefined;
}
