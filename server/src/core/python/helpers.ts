import { endpointOpen, resolveRequest } from '../requests';
import type { SyntaxNode } from '../tree-sitter/loader';
import { tDependsOnParams, type TValue } from '../tree-sitter/values';
import { evalArgs } from './eval-calls';
import { attrSite, bindArgs, classInfo, mro } from './eval-classes';
import type { Env, PyEvaluator } from './evaluator';
import { httpFacts, isRequestTarget, type PyRequestFacts } from './http-facts';
import { frameworkOf, frameworkRequest } from './frameworks';
import { feasible } from './guards';
import { senderFacts } from './sender-facts';
import { requestOwner } from './syntax';

// Request helpers: project functions whose request URL or method comes from their parameters
// (`def _request(self, path, method='GET')`), or from attributes of `self` that subclasses set
// (`path = '/campaigns'`). Their requests are reported at each call site (or subclass) with the
// operation those arguments select.

const MAX_EXPANSION_DEPTH = 5;

export class PyHelperIndex {
  private readonly sites = new Map<string, SyntaxNode[]>();
  private readonly computing = new Set<string>();

  constructor(private readonly ev: PyEvaluator) {}

  /** Calls inside `fn` whose request is only known once its parameters (or `self`'s class) are. */
  sitesOf(fn: SyntaxNode): SyntaxNode[] {
    const key = this.ev.key(fn);
    const hit = this.sites.get(key);
    if (hit) return hit;
    const body = fn.childForFieldName('body');
    if (!body || this.computing.has(key)) return [];
    this.computing.add(key);
    const found: SyntaxNode[] = [];
    const file = this.ev.program.fileOf(fn);
    const scopes = this.ev.scopesOf(file);
    for (const c of this.ev.program.nodesOf(file, 'call')) {
      // Calls of this function's own body: not those of functions, lambdas or classes inside it.
      if (c.startIndex < body.startIndex || c.endIndex > body.endIndex) continue;
      if (!scopes?.scopeAt(c).node.equals(fn) && !requestOwner(c)?.equals(fn)) continue;
      if (this.isParametric(c)) found.push(c);
    }
    this.computing.delete(key);
    this.sites.set(key, found);
    return found;
  }

  private isParametric(call: SyntaxNode): boolean {
    return this.expand(call).some((f) => f.dependsOnParams && unresolved(f));
  }

  /** The requests a call makes, following helpers down to the HTTP library calls, arguments bound. */
  expand(call: SyntaxNode, env?: Env, depth = 0): PyRequestFacts[] {
    if (depth > MAX_EXPANSION_DEPTH) return [];
    const callee = call.childForFieldName('function');
    if (!callee) return [];
    const target = this.ev.eval(callee, env);
    if (isRequestTarget(target)) {
      const f = httpFacts(this.ev, call, target, env);
      return f ? [f] : [];
    }
    const fn = helperOf(target);
    if (!fn) {
      const f = senderFacts(this.ev, call, target, env);
      return f ? [f] : [];
    }
    const sites = this.sitesOf(fn.node);
    if (sites.length === 0) return [];
    const inner = bindArgs(this.ev, fn.node, evalArgs(this.ev, call, env), fn.self);
    const out = sites.flatMap((s) => (feasible(this.ev, s, fn.node, inner) ? this.expand(s, inner, depth + 1) : []));
    // Holes of the helper's own parameters that this call leaves unbound stay holes of the caller only
    // if the caller's arguments depend on its parameters.
    const argsDepend = [...callArgsValues(this.ev, call, env)].some((v) => tDependsOnParams(v)) || (!!fn.self && this.ev.openSelf.has(fn.self));
    return out.map((f) => ({ ...f, dependsOnParams: f.dependsOnParams && argsDepend }));
  }

  /**
   * A class whose bases make requests from attributes of an open `self`: each such request with
   * `self` an instance of this class, and the attribute of this class that fills the hole.
   */
  subclassRequests(cls: SyntaxNode): { facts: PyRequestFacts; at: SyntaxNode; fn: string }[] {
    const { classes, library } = mro(this.ev, cls);
    const own = classInfo(this.ev, cls);
    const inst: TValue = { kind: 'instance', key: this.ev.key(cls), file: this.ev.program.fileOf(cls), node: cls };
    const out: { facts: PyRequestFacts; at: SyntaxNode; fn: string }[] = [];
    const overridden = new Set(own.methods.keys());
    for (const base of classes.slice(1)) {
      for (const [name, method] of classInfo(this.ev, base).methods) {
        if (overridden.has(name)) continue;
        overridden.add(name);
        for (const site of this.sitesOf(method)) {
          const attrs = this.expand(site).flatMap((f) => f.selfAttrs);
          const at = attrs.map((a) => attrSite(own, a)).find((n) => n);
          if (!at) continue;
          const env = new Map<string, TValue>([[`${this.ev.key(method)}|${selfName(method)}`, inst]]);
          for (const facts of this.expand(site, env)) out.push({ facts, at, fn: this.ev.key(method) });
        }
      }
    }
    // A stream framework's base class (Singer SDK, Airbyte CDK) makes the request itself.
    const fw = frameworkOf(library);
    const r = fw ? frameworkRequest(this.ev, cls, fw) : null;
    if (r) out.push({ ...r, fn: this.ev.key(cls) });
    return out;
  }
}

function unresolved(f: PyRequestFacts): boolean {
  return endpointOpen(resolveRequest(f));
}

function helperOf(v: TValue): Extract<TValue, { kind: 'fn' }> | null {
  return v.kind === 'fn' ? v : null;
}

function* callArgsValues(ev: PyEvaluator, call: SyntaxNode, env?: Env): Generator<TValue> {
  const a = evalArgs(ev, call, env);
  yield* a.positional;
  yield* a.keywords.values();
}

function selfName(method: SyntaxNode): string {
  const p = method.childForFieldName('parameters')?.namedChild(0);
  return p?.type === 'identifier' ? p.text : 'self';
}
