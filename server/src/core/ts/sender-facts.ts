import ts from 'typescript';
import { guessSender, namedForKlaviyo, nearPath } from '../unknown-sender';
import type { Env, Evaluator } from './evaluator';
import type { TsRequestFacts } from './http-facts';
import { includeValues } from './http-facts';
import { dependsOnParams, envOf, literalOf, urlPartsOf, type Value } from './values';

// TS/JS's reading of a call to a sender the engine does not know (`this.httpService.get(url)`
// from NestJS, a fetch a factory returned, `ctx.proxyFetch(url, { method: 'POST' })`): the
// decision is the core's (../unknown-sender.ts).

export interface TsSenderFacts extends TsRequestFacts {
  /** No method was written: GET by default. */
  defaulted: boolean;
}

const KNOWN_NON_CLIENTS = new Set<Value['kind']>(['obj', 'arr', 'str', 'env', 'fn', 'class']);

const toUrl = urlPartsOf;

export function senderFacts(ev: Evaluator, call: ts.CallExpression, target: Value, env?: Env): TsSenderFacts | null {
  if (target.kind !== 'unknown') return null;
  const callee = call.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : null;
  if (!name) return null;
  if (ts.isPropertyAccessExpression(callee) && KNOWN_NON_CLIENTS.has(ev.eval(callee.expression, env).kind)) return null;
  const args = call.arguments.slice(0, 3).map((a) => ev.eval(a, env));
  // `http.request({ url, method })`, or `send(url, { method })`: the options object holds the rest.
  const options = args.find((a) => a.kind === 'obj') ?? null;
  const urlOption = options ? ev.member(options, 'url', env) : null;
  const values = [...args, ...(urlOption && urlOption.kind !== 'unknown' ? [urlOption] : [])];
  const method = options && options.kind === 'obj' && options.props.has('method') ? ev.member(options, 'method', env) : undefined;
  const guess = guessSender({
    name,
    receiver: ts.isPropertyAccessExpression(callee) ? callee.expression.getText() : null,
    args: values.map((v) => ({ url: v.kind === 'obj' ? null : toUrl(v), literal: literalOf(v) })),
    methodOption: method === undefined ? undefined : literalOf(method),
    klaviyoScope: () => namedForKlaviyo(scopeNames(call)),
  });
  if (!guess) return null;
  const url = values[guess.urlIndex]!;
  const headers = options ? ev.member(options, 'headers', env) : null;
  const auth = headers && headers.kind === 'obj' ? (ev.member(headers, 'Authorization', env) ?? null) : null;
  const params = options ? ev.member(options, 'params', env) : null;
  return {
    method: guess.method,
    url: toUrl(url) ?? [],
    include: params && params.kind === 'obj' ? includeValues(ev.member(params, 'include', env)) : [],
    beta: false,
    keyEnv: auth ? envOf(auth) : null,
    dependsOnParams: dependsOnParams(url) || (!!method && dependsOnParams(method)),
    defaulted: guess.defaulted,
    baseUnseen: guess.relative,
  };
}

/** Enclosing class and namespace names, then the file path (see SenderCall.klaviyoScope). */
function scopeNames(node: ts.Node): string[] {
  const out: string[] = [];
  for (let p = node.parent; p; p = p.parent) {
    if ((ts.isClassLike(p) || ts.isModuleDeclaration(p)) && p.name) out.push(p.name.text);
  }
  out.push(nearPath(node.getSourceFile().fileName));
  return out;
}
