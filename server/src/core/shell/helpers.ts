import { endpointOpen, resolveRequest } from '../requests';
import type { SyntaxNode } from '../tree-sitter/loader';
import { tDependsOnParams, type TValue } from '../tree-sitter/values';
import { curlFacts, type ShRequestFacts } from './curl';
import { enclosingFunction, type ShEnv, type ShEvaluator } from './words';

// Shell functions that wrap curl with their positional parameters (`klaviyo POST /profiles`):
// the curl inside is reported at each call of the function, with `$1`, `$2`… bound.

const MAX_DEPTH = 4;

export class ShHelpers {
  private readonly functions = new Map<string, SyntaxNode>();
  private readonly sites = new Map<string, SyntaxNode[]>();

  constructor(private readonly ev: ShEvaluator, root: SyntaxNode) {
    const visit = (n: SyntaxNode): void => {
      for (const c of n.namedChildren) {
        if (!c) continue;
        if (c.type === 'function_definition') {
          const name = c.childForFieldName('name')?.text;
          if (name) this.functions.set(name, c);
        }
        visit(c);
      }
    };
    visit(root);
  }

  /** The function a command calls, when the script defines it. */
  functionOf(cmd: SyntaxNode): SyntaxNode | null {
    const name = commandName(cmd);
    return name ? (this.functions.get(name) ?? null) : null;
  }

  /** Commands inside a function whose request depends on its parameters: curl, or calls of other such functions. */
  sitesOf(fn: SyntaxNode, depth = 0): SyntaxNode[] {
    const key = this.ev.key(fn);
    const hit = this.sites.get(key);
    if (hit) return hit;
    this.sites.set(key, []);
    const out: SyntaxNode[] = [];
    const visit = (n: SyntaxNode): void => {
      for (const c of n.namedChildren) {
        if (!c) continue;
        if (c.type === 'command') {
          const args = argsOf(c).map((a) => this.ev.word(a));
          if (commandName(c) === 'curl' && curlFacts(args).some((f) => f.dependsOnParams && unresolved(f))) out.push(c);
          const inner = this.functionOf(c);
          if (inner && inner.id !== fn.id && depth < MAX_DEPTH && args.some((a) => tDependsOnParams(a)) && this.sitesOf(inner, depth + 1).length) out.push(c);
        }
        visit(c);
      }
    };
    const body = fn.childForFieldName('body');
    if (body) visit(body);
    this.sites.set(key, out);
    return out;
  }

  /** The requests a command makes, following functions down to curl with arguments bound. */
  expand(cmd: SyntaxNode, env?: ShEnv, depth = 0): ShRequestFacts[] {
    const args = argsOf(cmd).map((a) => this.ev.word(a, env));
    if (commandName(cmd) === 'curl') return curlFacts(args);
    const fn = this.functionOf(cmd);
    if (!fn || depth > MAX_DEPTH || enclosingFunction(cmd)?.id === fn.id) return [];
    const inner: ShEnv = { fn: this.ev.key(fn), args: args as TValue[] };
    return this.sitesOf(fn).flatMap((s) => this.expand(s, inner, depth + 1));
  }
}

/** A request that needs the call site's arguments to name one operation. */
export function unresolved(f: ShRequestFacts): boolean {
  const r = resolveRequest(f);
  return endpointOpen(r);
}

export function commandName(cmd: SyntaxNode): string | null {
  return cmd.childForFieldName('name')?.text ?? null;
}

export function argsOf(cmd: SyntaxNode): SyntaxNode[] {
  return cmd.childrenForFieldName('argument').filter((a): a is SyntaxNode => a !== null);
}
