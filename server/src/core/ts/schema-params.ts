import ts from 'typescript';
import { choices, type ParamRef, type Value } from './values';

// A tool handler's arguments declared by a zod schema beside it (MCP's
// `server.tool(name, { kind: z.enum(['list', 'segment']) }, async (params) => …)`): a property
// the schema makes an enum is one of its literals, so a path built from it has alternatives.

/** The handler's first parameter as the schema describes it, or null when no schema argument precedes it. */
export function schemaParameter(p: ts.ParameterDeclaration, ref: ParamRef): Value | null {
  const fn = p.parent;
  if (fn.parameters[0] !== p || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !ts.isCallExpression(fn.parent)) return null;
  const args = fn.parent.arguments;
  const schema = args.slice(0, args.indexOf(fn)).reverse().find(ts.isObjectLiteralExpression);
  if (!schema) return null;
  const props = new Map<string, () => Value>();
  for (const prop of schema.properties) {
    if (!ts.isPropertyAssignment(prop) || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) continue;
    const items = zodEnum(prop.initializer);
    if (items) props.set(prop.name.text, () => choices(items.map((t) => ({ kind: 'str', parts: [t] }))));
  }
  // Every other property stays the caller's (a hole that depends on this parameter).
  return props.size ? { kind: 'obj', props, spreads: [{ kind: 'unknown', param: ref }] } : null;
}

/** `z.enum(['a', 'b'])`, with `.describe(…)`, `.optional()`… chained after it: its literals. */
function zodEnum(e: ts.Expression): string[] | null {
  let x: ts.Expression = e;
  while (ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression)) {
    const call: ts.CallExpression = x;
    const callee = call.expression as ts.PropertyAccessExpression;
    if (callee.name.text === 'enum' && ts.isIdentifier(callee.expression) && callee.expression.text === 'z') {
      const list = call.arguments[0];
      if (!list || !ts.isArrayLiteralExpression(list) || !list.elements.every(ts.isStringLiteral)) return null;
      return list.elements.map((s) => (s as ts.StringLiteral).text);
    }
    x = callee.expression;
  }
  return null;
}
