import path from 'node:path';
import type { TreeAnalysisInput } from '../engine/tree-languages';
import type { SyntaxNode, Tree } from '../tree-sitter/loader';
import { BINDERS } from './scopes';
import { climbsOut } from '../path-escape';

// The Python files one analysis can see: the file analyzed and the modules it imports (parsed on
// demand with the already-loaded grammar, and freed when the analysis ends), and where an
// import statement leads.

const INDEXED = [...new Set([
  ...BINDERS, 'lambda', 'global_statement', 'call', 'attribute',
  'list_comprehension', 'dictionary_comprehension', 'set_comprehension', 'generator_expression',
])];

/**
 * Where a module name may be, in lookup order: `level` leading dots make it relative to the
 * importing file's package; otherwise it is looked up from each directory between the file and
 * the root (projects nested in a monorepo), then a `src/` layout.
 */
export function pyModulePaths(fromFile: string, dotted: string, level: number, root: string): string[] {
  const parts = dotted ? dotted.split('.') : [];
  let bases: string[];
  if (level > 0) {
    let dir = path.dirname(fromFile);
    for (let i = 1; i < level; i++) dir = path.dirname(dir);
    bases = [dir];
  } else {
    bases = [];
    for (let dir = path.dirname(fromFile); ; dir = path.dirname(dir)) {
      bases.push(dir);
      if (path.relative(root, dir) === '' || path.dirname(dir) === dir || climbsOut(path.relative(root, dir))) break;
    }
    bases.push(path.join(root, 'src'));
  }
  return bases.flatMap((base) => {
    const stem = path.join(base, ...parts);
    return parts.length === 0 ? [path.join(stem, '__init__.py')] : [`${stem}.py`, path.join(stem, '__init__.py')];
  });
}

export class PyProgram {
  private readonly trees = new Map<string, Tree | null>();
  private readonly fileByTree = new Map<Tree, string>();
  private readonly resolved = new Map<string, string | null>();
  private readonly indexes = new Map<string, Map<string, SyntaxNode[]>>();
  /** Files other than the analyzed one whose values were read. */
  readonly imports = new Set<string>();

  constructor(private readonly input: TreeAnalysisInput) {
    this.trees.set(input.file, input.tree);
    this.fileByTree.set(input.tree, input.file);
  }

  get file(): string {
    return this.input.file;
  }

  get root(): string {
    return this.input.root;
  }

  fileOf(node: SyntaxNode): string {
    return this.fileByTree.get(node.tree) ?? this.input.file;
  }

  /** The module node of a file, parsing it on first use. */
  rootOf(file: string): SyntaxNode | null {
    let tree = this.trees.get(file);
    if (tree === undefined) {
      tree = this.input.parse(file) ?? null;
      this.trees.set(file, tree);
      if (tree) this.fileByTree.set(tree, file);
    }
    if (tree && file !== this.input.file) this.imports.add(file);
    return tree?.rootNode ?? null;
  }

  /** A file's text (a committed `.env`), recorded as read so a change there re-analyzes this file. */
  readText(file: string): string | undefined {
    const text = this.input.read(file);
    if (text !== undefined && file !== this.input.file) this.imports.add(file);
    return text;
  }

  exists(file: string): boolean {
    return this.trees.has(file) ? this.trees.get(file) !== null : this.input.read(file) !== undefined;
  }

  /** The file a module name leads to (see pyModulePaths); undefined: not a project module. */
  resolveModule(fromFile: string, dotted: string, level: number): string | undefined {
    const key = `${fromFile}|${level}|${dotted}`;
    const hit = this.resolved.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const found = pyModulePaths(fromFile, dotted, level, this.input.root).find((c) => c !== fromFile && this.exists(c)) ?? null;
    this.resolved.set(key, found);
    return found ?? undefined;
  }

  /**
   * Nodes of the types the analysis looks up across a file (definitions, comprehensions,
   * `global`, calls, assignments, attributes), in document order, from one query of the tree:
   * moving through a web-tree-sitter tree costs a WASM round trip per step.
   */
  nodesOf(file: string, type: string): SyntaxNode[] {
    let index = this.indexes.get(file);
    if (!index) {
      index = new Map(INDEXED.map((t) => [t, []]));
      this.indexes.set(file, index);
      // One descendantsOfType call for all types: far cheaper than moving a cursor node by node.
      for (const n of this.rootOf(file)?.descendantsOfType(INDEXED) ?? []) if (n) index.get(n.type)?.push(n);
    }
    return index.get(type) ?? [];
  }

  /** Frees the trees parsed for imported modules (the analyzed file's tree belongs to the caller). */
  dispose(): void {
    for (const [file, tree] of this.trees) if (tree && file !== this.input.file) tree.delete();
    this.trees.clear();
    this.fileByTree.clear();
    this.indexes.clear();
  }
}
