import type { SyntaxNode } from './loader';

// `node.parent` is not a pointer in tree-sitter: it walks down from the root to the node, so it
// costs the node's depth. Loops that climb to an enclosing class or scope call it once per
// level, and with every node asking, a deeply nested file (800 nested calls, 3 KB) took 28
// seconds. Each node's parent is looked up once per tree here, so a climb costs its length.

const parents = new WeakMap<object, Map<number, SyntaxNode | null>>();

export function parentOf(n: SyntaxNode): SyntaxNode | null {
  let byId = parents.get(n.tree);
  // One cursor walk records every node's parent: asking `n.parent` node by node costs each
  // node's depth, quadratic in a file of thousands of nested definitions.
  if (!byId) parents.set(n.tree, (byId = allParents(n.tree.rootNode)));
  let p = byId.get(n.id);
  if (p === undefined) byId.set(n.id, (p = n.parent));
  return p;
}

function allParents(root: SyntaxNode): Map<number, SyntaxNode | null> {
  const out = new Map<number, SyntaxNode | null>([[root.id, null]]);
  const stack: SyntaxNode[] = [root];
  const cursor = root.walk();
  try {
    for (;;) {
      if (cursor.gotoFirstChild()) {
        const node = cursor.currentNode;
        out.set(node.id, stack[stack.length - 1]);
        stack.push(node);
        continue;
      }
      for (;;) {
        stack.pop();
        if (cursor.gotoNextSibling()) {
          const node = cursor.currentNode;
          out.set(node.id, stack[stack.length - 1]);
          stack.push(node);
          break;
        }
        if (!cursor.gotoParent()) return out;
      }
    }
  } finally {
    cursor.delete();
  }
}

const nearest = new WeakMap<object, Map<string, Map<number, SyntaxNode | null>>>();

/**
 * The nearest strict ancestor of `n` for which `is` holds (the enclosing function, class,
 * scope), or null. `kind` names the predicate: answers are memoized per tree and kind, and a
 * climb stops at the first node already answered, so all the climbs of a file cost about its
 * size instead of its size times its depth.
 */
export function nearestAncestor(n: SyntaxNode, kind: string, is: (p: SyntaxNode) => boolean): SyntaxNode | null {
  let byKind = nearest.get(n.tree);
  if (!byKind) nearest.set(n.tree, (byKind = new Map()));
  let memo = byKind.get(kind);
  if (!memo) byKind.set(kind, (memo = new Map()));
  const chain: SyntaxNode[] = [];
  let answer: SyntaxNode | null = null;
  for (let cur: SyntaxNode = n; ;) {
    const known = memo.get(cur.id);
    if (known !== undefined) {
      answer = known;
      break;
    }
    chain.push(cur);
    const p = parentOf(cur);
    if (!p || is(p)) {
      answer = p;
      break;
    }
    cur = p;
  }
  // Every node on the way has the same answer: none of them matched.
  for (const c of chain) memo.set(c.id, answer);
  return answer;
}
