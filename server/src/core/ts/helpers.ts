import ts from 'typescript';
import { bindArgs, callBinding } from './eval-call';
import type { Env, Evaluator } from './evaluator';
import { httpFacts, isRequestTarget, type TsRequestFacts } from './http-facts';
import { endpointOpen, resolveRequest } from '../requests';
import { senderFacts } from './sender-facts';
import { dependsOnParamsOf } from './values';

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
      if (ts.isCallExpression(n) && this.isParametricSite(n, fn)) found.push(n);
      ts.forEachChild(n, visit);
    };
    visit(body);
    this.computing.delete(fn);
    this.sites.set(fn, found);
    return found;
  }

  private isParametricSite(call: ts.CallExpression, fn: ts.SignatureDeclaration): boolean {
    const target = this.ev.eval(call.expression);
    if (isRequestTarget(target)) {
      const facts = httpFacts(this.ev, call, target);
      return !!facts && facts.dependsOnParams && openEndpoint(facts);
    }
    if (target.kind === 'fn' && this.sitesOf(target.node).length > 0) {
      // Only an endpoint still open here makes `fn` a helper: a wrapper passing a fixed path with
      // its own ids, body or options (`getCampaigns(p) { return this.request('GET', '/campaigns', p) }`)
      // is the call, and its callers are not. Holes from a callback's parameters
      // (`server.tool('x', (p) => get(\`/lists/${p.id}\`))`) are not fn's.
      return this.expand(call).some((f) => f.dependsOnParams && openEndpoint(f)) &&
        call.arguments.some((a) => dependsOnParamsOf(this.ev.eval(a), fn));
    }
    const sent = senderFacts(this.ev, call, target);
    if (!sent || !sent.dependsOnParams) return false;
    return openEndpoint(sent);
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
    const b = callBinding(target, call.arguments.map((a) => this.ev.eval(a, env)));
    const inner = bindArgs(target.node, b.args, b.thisValue);
    return sites.flatMap((s) => this.expand(s, inner, depth + 1));
  }
}

/** The request's operation is not decided by what is visible: it waits for the call sites. */
function openEndpoint(f: TsRequestFacts): boolean {
  return endpointOpen(resolveRequest(f));
}
