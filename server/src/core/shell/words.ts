import type { SyntaxNode } from '../tree-sitter/loader';
import { nodeKey, T_UNKNOWN, tConcat, tstr, type TValue } from '../tree-sitter/values';
import { nearestAncestor } from '../tree-sitter/parents';

// Shell words as the shared abstract values: quotes removed, `$VAR`/`${VAR}` replaced by the
// variable's last assignment before the use (in the same function, else at top level), and a
// variable the script never assigns read as the environment variable of that name. `$1`… inside
// a function are its parameters, bound at a call site when the function is a request helper.

export interface ShEnv {
  /** nodeKey of the function whose positional parameters `args` binds. */
  fn: string;
  args: TValue[];
}

export class ShEvaluator {
  private readonly assigns = new Map<string, SyntaxNode[]>();

  constructor(readonly file: string, root: SyntaxNode) {
    const visit = (n: SyntaxNode): void => {
      for (const c of n.namedChildren) {
        if (!c) continue;
        if (c.type === 'variable_assignment') {
          const name = c.childForFieldName('name')?.text;
          if (name) this.assigns.set(name, [...(this.assigns.get(name) ?? []), c]);
        }
        visit(c);
      }
    };
    visit(root);
  }

  key(n: SyntaxNode): string {
    return nodeKey(this.file, n);
  }

  word(n: SyntaxNode | null | undefined, env?: ShEnv, depth = 0): TValue {
    if (!n || depth > 20) return T_UNKNOWN;
    switch (n.type) {
      case 'word':
        return tstr(n.text.replace(/\\(.)/g, '$1'));
      case 'raw_string':
        return tstr(n.text.slice(1, -1));
      case 'ansi_c_string':
        return tstr(n.text.slice(2, -1).replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\(.)/g, '$1'));
      case 'number':
        return tstr(n.text);
      case 'string':
        return this.stringWithGaps(n, env, depth);
      case 'concatenation': {
        let v: TValue = tstr('');
        for (const c of n.namedChildren) if (c) v = tConcat(v, this.part(c, env, depth));
        return v;
      }
      case 'simple_expansion':
      case 'expansion':
        return this.expansion(n, env, depth);
      default:
        return T_UNKNOWN;
    }
  }

  private part(c: SyntaxNode, env: ShEnv | undefined, depth: number): TValue {
    if (c.type === 'string_content') return tstr(c.text.replace(/\\([$`"\\])/g, '$1'));
    const v = this.word(c, env, depth + 1);
    return v.kind === 'str' || v.kind === 'env' || v.kind === 'unknown' ? v : T_UNKNOWN;
  }

  /** A double-quoted string: its text between the quotes (not every literal run is a node), with each expansion evaluated. */
  private stringWithGaps(n: SyntaxNode, env: ShEnv | undefined, depth: number): TValue {
    const text = n.text;
    let at = n.startIndex + 1;
    let v: TValue = tstr('');
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.startIndex > at) v = tConcat(v, tstr(unquote(text.slice(at - n.startIndex, c.startIndex - n.startIndex))));
      v = tConcat(v, c.type === 'string_content' ? tstr(unquote(c.text)) : this.part(c, env, depth));
      at = c.endIndex;
    }
    const end = n.endIndex - 1;
    if (end > at) v = tConcat(v, tstr(unquote(text.slice(at - n.startIndex, end - n.startIndex))));
    return v;
  }

  private expansion(n: SyntaxNode, env: ShEnv | undefined, depth: number): TValue {
    const nameNode = n.namedChildren.find((c) => c?.type === 'variable_name' || c?.type === 'special_variable_name');
    if (!nameNode) return T_UNKNOWN;
    const name = nameNode.text;
    const op = n.childForFieldName('operator')?.text;
    // `${VAR:-default}` / `${VAR:=default}`: the default applies when the script never sets VAR.
    const dflt = op === ':-' || op === '-' || op === ':=' || op === '=' ? n.namedChildren.filter((c) => c && c.id !== nameNode.id).pop() : null;
    if (op && !dflt) return T_UNKNOWN;
    return this.variable(name, n, env, depth, dflt ?? null);
  }

  variable(name: string, at: SyntaxNode, env: ShEnv | undefined, depth: number, dflt: SyntaxNode | null = null): TValue {
    if (/^\d+$/.test(name)) {
      const fn = enclosingFunction(at);
      if (!fn) return T_UNKNOWN;
      const key = this.key(fn);
      if (env && env.fn === key) return env.args[Number(name) - 1] ?? T_UNKNOWN;
      return { kind: 'unknown', param: { fn: key, index: Number(name) - 1, name: `$${name}`, path: [] } };
    }
    const assign = this.lastAssignment(name, at);
    if (assign) {
      const value = assign.childForFieldName('value');
      return value ? this.word(value, env, depth + 1) : tstr('');
    }
    if (dflt) {
      const d = this.word(dflt, env, depth + 1);
      // `${KLAVIYO_URL:-https://a.klaviyo.com/api}`: the default URL says where requests go; other defaults keep the env name.
      if (d.kind === 'str' && typeof d.parts[0] === 'string' && /^https?:\/\//i.test(d.parts[0])) return d;
    }
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? { kind: 'env', name } : T_UNKNOWN;
  }

  /** The assignment to `name` that ends last before `at`: in `at`'s function first, else outside every function. */
  private lastAssignment(name: string, at: SyntaxNode): SyntaxNode | null {
    const fn = enclosingFunction(at);
    let best: SyntaxNode | null = null;
    for (const a of this.assigns.get(name) ?? []) {
      if (a.endIndex > at.startIndex) continue;
      const owner = enclosingFunction(a);
      if (owner && (!fn || owner.id !== fn.id)) continue;
      if (!best || a.startIndex > best.startIndex) best = a;
    }
    return best;
  }
}

export function enclosingFunction(n: SyntaxNode): SyntaxNode | null {
  return nearestAncestor(n, 'sh-function', (p) => p.type === 'function_definition');
}

function unquote(s: string): string {
  return s.replace(/\\([$`"\\])/g, '$1');
}
