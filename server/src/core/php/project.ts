import path from 'node:path';
import type { SyntaxNode, Tree } from '../tree-sitter/loader';
import { tLiteral, type TValue } from '../tree-sitter/values';
import type { SourceIndex } from '../engine/tree-languages';
import { keyOf, PhpFile, type ClassInfo } from './file-index';
import { filesDefining } from './global-functions';

// The files one analysis can see: the analyzed file, files it `require`s (for constants,
// functions and the variables a bootstrap file sets), and class files found the way Composer
// would (PSR-4 prefixes from the nearest composer.json, or ClassName.php beside the file).
// Trees parsed here are freed when the analysis ends.

export interface ProjectInput {
  root: string;
  read(file: string): string | undefined;
  parse(file: string): Tree | undefined;
  /** The listed source files: where a global function no require names is looked for. */
  sources?: SourceIndex;
}

const MAX_FILES = 40;

export class PhpProject {
  private readonly byTree = new Map<Tree, PhpFile>();
  private readonly byPath = new Map<string, PhpFile | null>();
  private readonly owned: Tree[] = [];
  private readonly requiredCache = new Map<PhpFile, PhpFile[]>();
  /** Other files this analysis read. */
  readonly imports = new Set<string>();
  /** Evaluates a require path expression; set by the evaluator (they need each other). */
  evalPath: (n: SyntaxNode) => TValue = () => ({ kind: 'unknown' });

  constructor(readonly main: PhpFile, private readonly input: ProjectInput) {
    this.byTree.set(main.tree, main);
    this.byPath.set(main.file, main);
  }

  fileOf(n: SyntaxNode): PhpFile {
    return this.byTree.get(n.tree) ?? this.main;
  }

  /** A node's identity across the files of this analysis. */
  key(n: SyntaxNode): string {
    return `${this.fileOf(n).file}#${keyOf(n)}`;
  }

  load(file: string): PhpFile | undefined {
    const hit = this.byPath.get(file);
    if (hit !== undefined) return hit ?? undefined;
    if (this.byPath.size > MAX_FILES) return undefined;
    const tree = this.input.parse(file);
    if (!tree) {
      this.byPath.set(file, null);
      return undefined;
    }
    this.owned.push(tree);
    this.imports.add(file);
    const f = new PhpFile(file, tree);
    this.byTree.set(tree, f);
    this.byPath.set(file, f);
    return f;
  }

  /** Files `from` requires or includes with a path we can read (`__DIR__ . '/config.php'`). */
  required(from: PhpFile): PhpFile[] {
    const hit = this.requiredCache.get(from);
    if (hit) return hit;
    this.requiredCache.set(from, []);
    const out: PhpFile[] = [];
    for (const expr of from.requires) {
      const p = tLiteral(this.evalPath(expr));
      if (!p || !p.endsWith('.php')) continue;
      const f = this.load(path.resolve(path.dirname(from.file), p));
      if (f) out.push(f);
    }
    this.requiredCache.set(from, out);
    return out;
  }

  findClass(fqn: string, from: PhpFile): ClassInfo | undefined {
    const local = from.classByFqn(fqn) ?? this.main.classByFqn(fqn);
    if (local) return local;
    for (const f of this.required(from)) {
      const c = f.classByFqn(fqn);
      if (c) return c;
    }
    for (const file of this.classFiles(fqn, from)) {
      const c = this.load(file)?.classByFqn(fqn);
      if (c) return c;
    }
    return undefined;
  }

  /** A function by FQN or global name, in the file, the files it requires, or the main file. */
  findFunction(names: string[], from: PhpFile): SyntaxNode | undefined {
    for (const f of [from, ...this.required(from), this.main]) {
      for (const n of names) {
        const hit = f.functions.get(n.toLowerCase());
        if (hit) return hit;
      }
    }
    // Loaded by some other file (a bootstrap that requires both): PHP functions are global.
    for (const n of names) {
      for (const file of filesDefining(n, this.input.sources, this.input.read)) {
        if (file === from.file) continue;
        const hit = this.load(file)?.functions.get(n.toLowerCase());
        if (hit) return hit;
      }
    }
    return undefined;
  }

  findConstant(name: string, from: PhpFile): SyntaxNode | undefined {
    for (const f of [from, ...this.required(from), this.main]) {
      const hit = f.constants.get(name) ?? f.constants.get(name.split('\\').pop()!);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Laravel's `config/<name>.php`, in the nearest directory up from `from` (to the root) that has one. */
  configFile(name: string, from: PhpFile): PhpFile | undefined {
    if (!/^[\w-]+$/.test(name)) return undefined;
    for (let d = path.dirname(from.file); ; d = path.dirname(d)) {
      const f = this.load(path.join(d, 'config', `${name}.php`));
      if (f) return f;
      if (path.dirname(d) === d || d === this.input.root || path.relative(this.input.root, d).startsWith('..')) return undefined;
    }
  }

  /** Where Composer's autoloader would look for a class: PSR-4 prefixes, then beside the file. */
  private classFiles(fqn: string, from: PhpFile): string[] {
    const out: string[] = [];
    for (const [prefix, dirs, base] of this.psr4(path.dirname(from.file))) {
      if (!fqn.toLowerCase().startsWith(prefix.toLowerCase())) continue;
      const rest = fqn.slice(prefix.length).split('\\').join('/') + '.php';
      for (const d of dirs) out.push(path.resolve(base, d, rest));
    }
    out.push(path.join(path.dirname(from.file), fqn.split('\\').pop() + '.php'));
    return out;
  }

  private psr4(dir: string): [string, string[], string][] {
    for (let d = dir; ; d = path.dirname(d)) {
      const text = this.input.read(path.join(d, 'composer.json'));
      if (text !== undefined) {
        try {
          const json = JSON.parse(text) as Record<string, { 'psr-4'?: Record<string, string | string[]> } | undefined>;
          const map = { ...json['autoload']?.['psr-4'], ...json['autoload-dev']?.['psr-4'] };
          return Object.entries(map).map(([p, v]) => [p, Array.isArray(v) ? v : [v], d]);
        } catch {
          return [];
        }
      }
      if (path.dirname(d) === d || path.relative(this.input.root, d).startsWith('..') || d === this.input.root) return [];
    }
  }

  /** Frees the trees this analysis parsed (the workspace owns the main one). */
  dispose(): void {
    for (const t of this.owned) t.delete();
    this.owned.length = 0;
  }
}
