import ts from 'typescript';

// `options = assign(defaults, options)` at the top of a function: reads of the parameter after
// that statement see the new value (the evaluator is otherwise declaration-based).

const reassignments = new WeakMap<ts.ParameterDeclaration, ts.BinaryExpression[]>();

/** The last unconditional `param = …` among the function body's statements that ends before `use`. */
export function reassignedBefore(p: ts.ParameterDeclaration, use: ts.Identifier): ts.Expression | undefined {
  let list = reassignments.get(p);
  if (!list) reassignments.set(p, (list = topLevelAssignments(p)));
  let found: ts.Expression | undefined;
  for (const a of list) if (a.parent.end <= use.pos) found = a.right;
  return found;
}

function topLevelAssignments(p: ts.ParameterDeclaration): ts.BinaryExpression[] {
  const body = ts.isFunctionLike(p.parent) ? (p.parent as ts.FunctionLikeDeclaration).body : undefined;
  if (!body || !ts.isBlock(body) || !ts.isIdentifier(p.name)) return [];
  const name = p.name.text;
  return body.statements.flatMap((st) => {
    const e = ts.isExpressionStatement(st) ? st.expression : undefined;
    return e && ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(e.left) && e.left.text === name ? [e] : [];
  });
}
