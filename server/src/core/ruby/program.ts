import path from 'node:path';
import type { SyntaxNode, Tree } from '../tree-sitter/loader';
import { nodeKey } from '../tree-sitter/values';
import { callParts, field, named, plainString, qualifiedName, SCOPE_TYPES } from './nodes';

// The Ruby files one analysis sees: the file itself plus the files it loads with
// `require_relative` (transitively), indexed by class/module name, constant and method, so the
// evaluator can follow `Klaviyo::BASE`, `KlaviyoClient.request(...)` or `@client` across them.

const MAX_FILES = 24;
/** Autoload probes (file reads) one analysis may make. */
const MAX_PROBES = 400;
/** Where Rails/Zeitwerk apps keep autoloaded constants, under each `app/` folder. */
const APP_DIRS = ['models', 'services', 'clients', 'jobs', 'controllers', 'lib', 'workers', 'interactors', 'api', 'presenters',
  'subscribers', 'models/concerns', 'controllers/concerns', 'mailers', 'helpers', 'queries', 'adapters', 'integrations',
  'operations', 'commands', 'forms', 'decorators', 'serializers'];

export interface RbFileIndex {
  file: string;
  tree: Tree;
  /** Qualified class/module name → every definition node (classes reopen). */
  classes: Map<string, SyntaxNode[]>;
  /** Qualified constant name (`BASE`, `Klaviyo::BASE`) → value node. */
  constants: Map<string, SyntaxNode>;
  /** Top-level `def`s (private methods of Object: callable from anywhere). */
  methods: Map<string, SyntaxNode>;
  /** `require 'x'` names. */
  requires: string[];
  /** Files loaded with require_relative, resolved. */
  relatives: string[];
}

export class RbProgram {
  readonly files: RbFileIndex[] = [];
  private readonly byTree = new Map<Tree, RbFileIndex>();
  private readonly seen: Set<string>;
  private readonly misses = new Set<string>();
  private probes = 0;
  /** Trees this program parsed (not the main file's, which belongs to the caller). */
  private readonly owned: Tree[] = [];
  private readonly parse: (file: string) => Tree | undefined;

  constructor(main: string, tree: Tree, parseFile: (file: string) => Tree | undefined, private readonly root: string) {
    this.parse = (file) => {
      const t = parseFile(file);
      if (t) this.owned.push(t);
      return t;
    };
    this.seen = new Set([main]);
    this.load([[main, tree]]);
  }

  /** Frees the trees of loaded files: WASM memory no garbage collector reclaims. */
  dispose(): void {
    for (const t of this.owned.splice(0)) t.delete();
  }

  private load(queue: [string, Tree][]): void {
    const seen = this.seen;
    const parse = this.parse;
    while (queue.length && this.files.length < MAX_FILES) {
      const [file, t] = queue.shift()!;
      const idx = indexFile(file, t);
      this.files.push(idx);
      this.byTree.set(t, idx);
      for (const rel of idx.relatives) {
        if (seen.has(rel)) continue;
        seen.add(rel);
        const other = parse(rel);
        if (other) queue.push([rel, other]);
      }
    }
  }

  /**
   * Loads the file Rails/Zeitwerk would autoload for a constant (`SpreeKlaviyo::Klaviyo::Client` →
   * `app/<dir>/spree_klaviyo/klaviyo/client.rb` or `lib/…`), looking in the `app/` folders above the
   * main file and at the workspace root. True when a file defining it was loaded.
   */
  autoload(qualified: string): boolean {
    if (this.misses.has(qualified) || this.files.length >= MAX_FILES) return false;
    const rel = qualified.split('::').map(underscore).join('/') + '.rb';
    for (const base of this.autoloadBases()) {
      if (this.probes++ > MAX_PROBES) break;
      const file = path.join(base, rel);
      if (this.seen.has(file)) continue;
      const tree = this.parse(file);
      if (!tree) continue;
      this.seen.add(file);
      this.load([[file, tree]]);
      if (this.classDefs(qualified).length || this.constant(qualified)) return true;
    }
    this.misses.add(qualified);
    return false;
  }

  private bases: string[] | null = null;

  private autoloadBases(): string[] {
    if (this.bases) return this.bases;
    const apps = new Set<string>();
    for (let dir = path.dirname(this.main.file); ; dir = path.dirname(dir)) {
      if (path.basename(dir) === 'app') apps.add(dir);
      const rel = path.relative(this.root, dir);
      if (rel === '' || rel.startsWith('..') || path.dirname(dir) === dir) break;
    }
    apps.add(path.join(this.root, 'app'));
    const out: string[] = [];
    for (const app of apps) out.push(...APP_DIRS.map((d) => path.join(app, d)), path.join(path.dirname(app), 'lib'));
    this.bases = [...new Set(out)];
    return this.bases;
  }

  get main(): RbFileIndex {
    return this.files[0];
  }

  /** Files other than the main one that values were read from. */
  get imports(): string[] {
    return this.files.slice(1).map((f) => f.file);
  }

  fileOf(n: SyntaxNode): string {
    return this.byTree.get(n.tree)?.file ?? this.main.file;
  }

  key(n: SyntaxNode): string {
    return nodeKey(this.fileOf(n), n);
  }

  classDefs(qualified: string): SyntaxNode[] {
    return this.files.flatMap((f) => f.classes.get(qualified) ?? []);
  }

  constant(qualified: string): SyntaxNode | null {
    for (const f of this.files) {
      const hit = f.constants.get(qualified);
      if (hit) return hit;
    }
    return null;
  }

  topMethod(name: string): SyntaxNode | null {
    for (const f of this.files) {
      const hit = f.methods.get(name);
      if (hit) return hit;
    }
    return null;
  }

  requiresAny(names: string[]): boolean {
    return this.files.some((f) => f.requires.some((r) => names.includes(r)));
  }
}

function indexFile(file: string, tree: Tree): RbFileIndex {
  const idx: RbFileIndex = { file, tree, classes: new Map(), constants: new Map(), methods: new Map(), requires: [], relatives: [] };
  const visit = (n: SyntaxNode, owner: string): void => {
    for (const c of named(n)) {
      if (c.type === 'class' || c.type === 'module') {
        const q = qualifiedName(c);
        idx.classes.set(q, [...(idx.classes.get(q) ?? []), c]);
        const body = field(c, 'body');
        if (body) visit(body, q);
      } else if (c.type === 'assignment' && field(c, 'left')?.type === 'constant') {
        const name = field(c, 'left')!.text;
        const right = field(c, 'right');
        if (right) idx.constants.set(owner ? `${owner}::${name}` : name, right);
      } else if (c.type === 'method' && !owner) {
        const name = field(c, 'name')?.text;
        if (name) idx.methods.set(name, c);
      } else if (c.type === 'call' && !owner) {
        readRequire(c, file, idx);
        visit(c, owner);
      } else if (!SCOPE_TYPES.has(c.type)) {
        visit(c, owner);
      }
    }
  };
  visit(tree.rootNode, '');
  return idx;
}

function readRequire(c: SyntaxNode, file: string, idx: RbFileIndex): void {
  const parts = callParts(c);
  if (!parts || parts.receiver || parts.args.length !== 1) return;
  const spec = plainString(parts.args[0]);
  if (spec === null) return;
  if (parts.name === 'require_relative' || (parts.name === 'require' && spec.startsWith('.'))) idx.relatives.push(loadedFile(file, spec));
  else if (parts.name === 'require') idx.requires.push(spec);
}

/** `SpreeKlaviyo` → `spree_klaviyo`, `HTTPClient` → `http_client` (ActiveSupport's underscore). */
function underscore(name: string): string {
  return name.replace(/([A-Z\d]+)([A-Z][a-z])/g, '$1_$2').replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase();
}

/** The file `require_relative spec` (or `require './spec'`) in `file` loads. */
export function loadedFile(file: string, spec: string): string {
  const p = path.resolve(path.dirname(file), spec);
  return p.endsWith('.rb') ? p : `${p}.rb`;
}
