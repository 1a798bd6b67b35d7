import { resolveRequest, endpointOpen } from '../requests';
import type { SyntaxNode } from '../tree-sitter/loader';
import { tDependsOnParams } from '../tree-sitter/values';
import { curlUnsentFacts } from './curl';
import { feasible } from './guards';
import { bindArgs, callTarget } from './eval-calls';
import type { Env, PhpEvaluator } from './evaluator';
import { isRequestTarget, requestFacts, type PhpRequestFacts } from './http-facts';
import { keyOf, varScope } from './file-index';
import { senderFacts } from './sender-facts';
import { argsOf, enclosingFunction, field } from './syntax';

// Request helpers: project functions and methods whose request URL or method comes from their
// parameters (`$this->callApi('GET', 'lists')`, `klaviyo_request('POST', 'events', $body)`).
// Their requests are reported at each call site, with the operation that call's arguments select.

const MAX_EXPANSION_DEPTH = 5;

export class PhpHelpers {
  private readonly sites = new Map<string, SyntaxNode[]>();
  private readonly computing = new Set<string>();

  constructor(private readonly ev: PhpEvaluator) {}

  /** Calls inside `fn` whose request is only known once `fn`'s parameters are. Empty for non-helpers. */
  sitesOf(fn: SyntaxNode): SyntaxNode[] {
    const key = this.ev.project.key(fn);
    const hit = this.sites.get(key);
    if (hit) return hit;
    if (this.computing.has(key)) return [];
    this.computing.add(key);
    const file = this.ev.project.fileOf(fn);
    // An arrow function shares its parent's scope: its calls are the parent's that sit inside it.
    const calls = fn.type === 'arrow_function'
      ? file.callsIn(varScope(fn)).filter((c) => c.startIndex >= fn.startIndex && c.endIndex <= fn.endIndex && enclosingFunction(c)?.startIndex === fn.startIndex)
      : file.callsIn(fn);
    const found = calls.filter((c) => this.isParametricSite(c));
    this.computing.delete(key);
    this.sites.set(key, found);
    return found;
  }

  /** The request a call makes directly (an HTTP library call, curl, a sender the engine does not know), or null. */
  direct(call: SyntaxNode, env?: Env): PhpRequestFacts | null {
    const target = callTarget(this.ev, call, env);
    if (isRequestTarget(target)) return requestFacts(this.ev, call, target, env);
    const curl = call.type === 'function_call_expression' ? curlUnsentFacts(this.ev, call, env) : null;
    return curl ?? senderFacts(this.ev, call, target, env);
  }

  private isParametricSite(call: SyntaxNode): boolean {
    const facts = this.direct(call);
    if (facts) {
      return facts.dependsOnParams && openEndpoint(facts);
    }
    const target = callTarget(this.ev, call);
    if (target.kind === 'fn' && this.sitesOf(target.node).length > 0) {
      // Only an endpoint still open here makes this a helper: a wrapper passing a fixed path with
      // its own ids, body or options is the call itself, and its callers are not.
      const args = argsOf(call);
      return [...args.positional, ...args.named.values()].some((a) => tDependsOnParams(this.ev.eval(a))) &&
        this.expand(call).some((f) => f.dependsOnParams && openEndpoint(f));
    }
    return false;
  }

  /** The requests a call makes, following helpers down to the HTTP calls, with arguments bound. */
  expand(call: SyntaxNode, env?: Env, depth = 0): PhpRequestFacts[] {
    if (depth > MAX_EXPANSION_DEPTH) return [];
    const facts = this.direct(call, env);
    if (facts) return [facts];
    const target = callTarget(this.ev, call, env);
    if (target.kind !== 'fn') return [];
    const sites = this.sitesOf(target.node);
    if (sites.length === 0) return [];
    const choices = alternatives(call);
    return choices.flatMap((choose) => {
      const inner = bindArgs(this.ev, call, target.node, env, target.self, choose);
      const out = sites.flatMap((s) => (feasible(this.ev, s, target.node, inner) ? this.expand(s, inner, depth + 1) : []));
      return choices.length > 1 ? out.map((f) => ({ ...f, alternative: true })) : out;
    });
  }
}

function openEndpoint(f: PhpRequestFacts): boolean {
  return endpointOpen(resolveRequest(f));
}

/**
 * `$this->call($once ? 'track-once' : 'track')`: one binding per branch of each conditional
 * argument (at most two such arguments), so each request the call may make is reported.
 */
function alternatives(call: SyntaxNode): ((arg: SyntaxNode) => SyntaxNode)[] {
  const args = argsOf(call);
  const conds = [...args.positional, ...args.named.values()].filter((a) => a.type === 'conditional_expression' && field(a, 'body')).slice(0, 2);
  let combos: Map<string, SyntaxNode>[] = [new Map()];
  for (const c of conds) {
    combos = combos.flatMap((m) => [field(c, 'body')!, field(c, 'alternative')!].map((branch) => new Map([...m, [keyOf(c), branch]])));
  }
  return combos.map((m) => (a: SyntaxNode) => m.get(keyOf(a)) ?? a);
}
