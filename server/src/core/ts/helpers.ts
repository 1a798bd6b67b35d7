import ts from 'typescript';
import { bindArgs } from './eval-call';
import type { Env, Evaluator } from './evaluator';
import { httpFacts, isRequestTarget, type TsRequestFacts } from './http-facts';
import { resolveRequest } from '../requests';
import { senderFacts } from './sender-facts';
import { dependsOnParams } from './values';

// Request helpers: user functions whose request URL or method comes from their parameters
// (`klaviyoRequest('/profiles', 'POST')`, `this.request({ url: '/lists' })`). Their requests are
// reported at each call site, with the operation that call's arguments select.

const MAX_EXPANSION_DEPTH = 5;

export class HelperIndex {
  private readonly sites = new Map<ts.Node, ts.CallExpression[]>();
  private readonly computing = new Set<ts.Node>();

  constructor(private readonly ev: Evaluator) {}

  /** Calls inside `fn` whose request is only known once `fn`'s parameters are. Empty for non-helpers. */
  sitesOf(fn: ts.SignatureDeclaration): ts.CallExpression[] {
    const hit = this.sites.get(fn);
    if (hit) return hit;
    const body = (fn as ts.FunctionLikeDeclaration).body;
    if (!body || this.computing.has(fn)) return [];
    this.computing.add(fn);
    const found: ts.CallExpression[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionDeclaration(n) || ts.isClassLike(n) || ts.isMethodDeclaration(n)) return;
      if (ts.isCallExpression(n) && this.isParametricSite(n)) found.push(n);
      ts.forEachChild(n, visit);
    };
    visit(body);
    this.computing.delete(fn);
    this.sites.set(fn, found);
    return found;
  }

  private isParametricSite(call: ts.CallExpression): boolean {
    const target = this.ev.eval(call.expression);
    if (isRequestTarget(target)) {
      const facts = httpFacts(this.ev, call, target);
      if (!facts || !facts.dependsOnParams) return false;
      const r = resolveRequest(facts);
      return !r || r.confidence === 'unresolved' || r.operation === null;
    }
    if (target.kind === 'fn' && this.sitesOf(target.node).length > 0) {
      return call.arguments.some((a) => dependsOnParams(this.ev.eval(a)));
    }
    const sent = senderFacts(this.ev, call, target);
    if (!sent || !sent.dependsOnParams) return false;
    const r = resolveRequest(sent);
    return !r || r.confidence === 'unresolved' || r.operation === null;
  }

  /** The requests a call makes, following helpers down to the HTTP library calls, with arguments bound. */
  expand(call: ts.CallExpression, env?: Env, depth = 0): TsRequestFacts[] {
    if (depth > MAX_EXPANSION_DEPTH) return [];
    const target = this.ev.eval(call.expression, env);
    if (isRequestTarget(target)) {
      const f = httpFacts(this.ev, call, target, env);
      return f ? [f] : [];
    }
    if (target.kind !== 'fn') {
      const f = senderFacts(this.ev, call, target, env);
      return f ? [f] : [];
    }
    const sites = this.sitesOf(target.node);
    if (sites.length === 0) return [];
    const inner = bindArgs(target.node, call.arguments.map((a) => this.ev.eval(a, env)), target.thisValue);
    return sites.flatMap((s) => this.expand(s, inner, depth + 1));
  }
}
