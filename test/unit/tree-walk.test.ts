import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parserFor, type SyntaxNode } from '../../server/src/core/tree-sitter/loader';
import { namedNodes } from '../../server/src/core/tree-sitter/walk';

/** The reference: a recursive walk over `namedChildren`. */
function recursive(n: SyntaxNode, out: string[] = []): string[] {
  out.push(`${n.type}@${n.startIndex}`);
  for (const c of n.namedChildren) if (c) recursive(c, out);
  return out;
}

describe('namedNodes', () => {
  it('lists the named nodes of a tree and of a subtree in document order, as a recursive walk does', async () => {
    const parser = await parserFor('php');
    const tree = parser.parse('<?php\nnamespace A;\nclass B { function c($x) { return f($x, [1, 2]); } }\n$y = new B();\n');
    assert.ok(tree);
    try {
      const all = namedNodes(tree.rootNode).map((n) => `${n.type}@${n.startIndex}`);
      assert.deepEqual(all, recursive(tree.rootNode));
      assert.ok(all.length > 15, `only ${all.length} nodes`);
      const cls = tree.rootNode.descendantsOfType('class_declaration')[0];
      assert.ok(cls);
      // A subtree's walk stays inside it.
      assert.deepEqual(namedNodes(cls).map((n) => `${n.type}@${n.startIndex}`), recursive(cls));
    } finally {
      tree.delete();
    }
  });
});
