import type { SyntaxNode } from './loader';
import { parentOf } from './parents';
import { nearPath } from '../unknown-sender';

// The names of the modules, classes and namespaces a node sits in (innermost first), plus its
// file path: what says a call is in code written for Klaviyo (unknown-sender.ts klaviyoScope).

export function scopeNames(node: SyntaxNode, file: string, containers: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let p = parentOf(node); p; p = parentOf(p)) {
    if (containers.has(p.type)) {
      const name = p.childForFieldName('name');
      if (name) out.push(name.text);
    }
  }
  out.push(nearPath(file));
  return out;
}
