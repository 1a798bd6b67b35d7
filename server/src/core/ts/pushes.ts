import ts from 'typescript';
import { bindingsOf } from './bindings';

// `const include = []; if (a) include.push('profile'); if (b) include.push('metric');`: an array
// literal filled by `push` in its own function. Every pushed argument may be there (a conditional
// push included): for scopes, what the code may ask for is what the key must grant.

const memo = new WeakMap<ts.VariableDeclaration, ts.Expression[]>();

/** The arguments of `name.push(…)` calls on this declaration's array, in its function (not nested ones). */
export function pushedItems(decl: ts.VariableDeclaration): ts.Expression[] {
  let hit = memo.get(decl);
  if (!hit) memo.set(decl, (hit = findPushes(decl)));
  return hit;
}

function findPushes(decl: ts.VariableDeclaration): ts.Expression[] {
  if (!ts.isIdentifier(decl.name) || !decl.initializer || !ts.isArrayLiteralExpression(decl.initializer)) return [];
  const scope = ts.findAncestor(decl.parent, (n) => ts.isFunctionLike(n) || ts.isSourceFile(n));
  if (!scope) return [];
  const bindings = bindingsOf(decl.getSourceFile());
  const out: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (n !== scope && ts.isFunctionLike(n)) return;
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'push' &&
        ts.isIdentifier(n.expression.expression) && bindings.resolve(n.expression.expression) === decl) out.push(...n.arguments.filter((a) => !ts.isSpreadElement(a)));
    ts.forEachChild(n, visit);
  };
  visit(scope);
  return out;
}
