import { resolveRequest, endpointOpen } from '../requests';
import type { SyntaxNode } from '../tree-sitter/loader';
import { tDependsOnParams, tLiteral, type TValue } from '../tree-sitter/values';
import { bindArgs, evalArgs } from './eval-call';
import type { Env, RbEvaluator } from './evaluator';
import { senderFacts } from './sender-facts';
import { httpFacts, isRequestTarget, type RbRequestFacts } from './http-facts';
import { field, named, SCOPE_TYPES, scopeStatements } from './nodes';
import { parentOf } from '../tree-sitter/parents';

// Request helpers: the project's methods whose request URL or method comes from their
// parameters (`request(:post, '/profiles', body)`, `klaviyo_get("/lists")`). Their requests are
// reported at each call site, with the operation that call's arguments select; a `case method`
// or `if method == :post` around a request keeps only the branch the arguments take.

const MAX_EXPANSION_DEPTH = 5;

export class RbHelperIndex {
  private readonly sites = new Map<string, SyntaxNode[]>();
  private readonly computing = new Set<string>();

  constructor(private readonly ev: RbEvaluator) {}

  /** Calls inside `def` whose request is only known once its parameters are. Empty for non-helpers. */
  sitesOf(def: SyntaxNode): SyntaxNode[] {
    const key = this.ev.prog.key(def);
    const hit = this.sites.get(key);
    if (hit) return hit;
    if (this.computing.has(key)) return [];
    this.computing.add(key);
    const found: SyntaxNode[] = [];
    const visit = (c: SyntaxNode): void => {
      if (SCOPE_TYPES.has(c.type)) return;
      if (c.type === 'call' && this.isParametricSite(c)) found.push(c);
      for (const x of named(c)) visit(x);
    };
    for (const s of scopeStatements(def)) visit(s);
    this.computing.delete(key);
    this.sites.set(key, found);
    return found;
  }

  private isParametricSite(call: SyntaxNode): boolean {
    const target = this.ev.callee(call);
    if (isRequestTarget(target)) {
      const facts = httpFacts(this.ev, call, target);
      return !!facts && facts.dependsOnParams && openEndpoint(facts);
    }
    if (target.kind === 'fn' && this.sitesOf(target.node).length > 0) {
      const args = evalArgs(this.ev, call);
      // Only an endpoint still open here makes this a helper: a wrapper passing a fixed path with
      // its own ids, body or options is the call itself, and its callers are not.
      return [...args.positional, ...(args.keywords?.values() ?? [])].some((a) => tDependsOnParams(a) || (a.kind === 'obj' && [...a.props.values()].some((f) => tDependsOnParams(f())))) &&
        this.expand(call).some((f) => f.dependsOnParams && openEndpoint(f));
    }
    const sent = senderFacts(this.ev, call, target);
    return !!sent && sent.dependsOnParams && openEndpoint(sent);
  }

  /** The requests a call makes, following helpers down to the HTTP library calls, with arguments bound. */
  expand(call: SyntaxNode, env?: Env, depth = 0): RbRequestFacts[] {
    if (depth > MAX_EXPANSION_DEPTH) return [];
    const target = this.ev.callee(call, env);
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
    const inner: Env = { fn: target.key, args: bindArgs(target.node, evalArgs(this.ev, call, env)), self: target.self };
    return sites.filter((s) => reachable(this.ev, s, target.node, inner)).flatMap((s) => this.expand(s, inner, depth + 1));
  }
}

function openEndpoint(f: RbRequestFacts): boolean {
  return endpointOpen(resolveRequest(f));
}

/** False when a `case`/`if` between the site and the method provably skips the site for these arguments. */
function reachable(ev: RbEvaluator, site: SyntaxNode, def: SyntaxNode, env: Env): boolean {
  let child = site;
  for (let p = parentOf(site); p && p.id !== def.id; child = p, p = parentOf(p)) {
    if (p.type === 'when') {
      const subject = caseSubject(ev, p, env);
      if (subject === null) continue;
      const body = field(p, 'body');
      if (body && body.id === child.id && !whenMatches(ev, p, subject, env)) return false;
    } else if (p.type === 'else' && p.parent?.type === 'case') {
      const subject = tLiteral(ev.eval(field(p.parent, 'value'), env));
      if (subject !== null && named(p.parent).some((w) => w.type === 'when' && whenMatches(ev, w, subject, env))) return false;
    } else if (p.type === 'if' || p.type === 'unless' || p.type === 'elsif' || p.type === 'conditional' || p.type === 'if_modifier' || p.type === 'unless_modifier') {
      let truth = condition(ev, field(p, 'condition'), env);
      if (truth === null) continue;
      if (p.type === 'unless' || p.type === 'unless_modifier') truth = !truth;
      const inThen = field(p, 'consequence')?.id === child.id || field(p, 'body')?.id === child.id;
      const inElse = field(p, 'alternative')?.id === child.id;
      if ((inThen && !truth) || (inElse && truth)) return false;
    }
  }
  return true;
}

function caseSubject(ev: RbEvaluator, when: SyntaxNode, env: Env): string | null {
  const c = when.parent;
  return c && c.type === 'case' ? tLiteral(ev.eval(field(c, 'value'), env)) : null;
}

function whenMatches(ev: RbEvaluator, when: SyntaxNode, subject: string, env: Env): boolean {
  return when.childrenForFieldName('pattern').some((p) => {
    const v = p ? tLiteral(ev.eval(named(p)[0], env)) : null;
    return v === null || v.toLowerCase() === subject.toLowerCase();
  });
}

/** `method == :post`, `method.to_s == 'post'`, `verb != :get`: true/false when both sides are known. */
function condition(ev: RbEvaluator, cond: SyntaxNode | null, env: Env): boolean | null {
  if (!cond) return null;
  if (cond.type === 'parenthesized_statements') return condition(ev, named(cond)[0] ?? null, env);
  if (cond.type !== 'binary') return null;
  const op = field(cond, 'operator')?.text;
  if (op !== '==' && op !== '!=' && op !== '===') return null;
  const a = lit(ev.eval(field(cond, 'left'), env));
  const b = lit(ev.eval(field(cond, 'right'), env));
  if (a === null || b === null) return null;
  return (a === b) === (op !== '!=');
}

function lit(v: TValue): string | null {
  const s = tLiteral(v);
  return s === null ? null : s.toLowerCase();
}

