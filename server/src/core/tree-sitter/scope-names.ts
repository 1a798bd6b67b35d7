import type { SyntaxNode } from './loader';
import { parentOf } from './parents';
import { nearPath } from '../unknown-sender';

// The names of the modules, classes and namespaces a node sits in (innermost first), plus its
// file path: what says a call is in code written for Klaviyo (unknown-sender.ts klaviyoScope).

/**
 * How far up the walk goes. Real code nests classes and modules a few levels; generated or
 * hostile code can nest thousands of blocks, and a walk to the root from every call in them was
 * quadratic (3,000 nested `def`s: 9 s for one file).
 */
const MAX_ANCESTORS = 256;

export function scopeNames(node: SyntaxNode, file: string, containers: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let steps = 0;
  for (let p = parentOf(node); p && steps < MAX_ANCESTORS; p = parentOf(p), steps++) {
    if (containers.has(p.type)) {
      const name = p.childForFieldName('name');
      if (name) out.push(name.text);
    }
  }
  out.push(nearPath(file));
  return out;
}
