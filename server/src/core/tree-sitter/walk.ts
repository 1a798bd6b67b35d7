import type { SyntaxNode } from './loader';

/**
 * Every named node under `root` (itself included), in document order, from one cursor walk:
 * each step of a web-tree-sitter walk crosses into WebAssembly, so a pass that needs the nodes
 * twice (index, then detectors) keeps this list rather than walking again.
 */
export function namedNodes(root: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const cursor = root.walk();
  try {
    for (;;) {
      if (cursor.nodeIsNamed) out.push(cursor.currentNode);
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return out;
      }
    }
  } finally {
    cursor.delete();
  }
}
