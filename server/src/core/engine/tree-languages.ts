import type { RawCall } from '../model';
import type { Language } from '../model';
import type { GrammarName, Tree } from '../tree-sitter/loader';

/** What a tree-sitter language's analysis of one file returns (the TS engine returns the same shape). */
export interface FileAnalysis {
  calls: RawCall[];
  /** Requests inside helpers, reported (unresolved) only if no file calls the helper. Keys identify the helper. */
  deferred: { fn: unknown; call: RawCall }[];
  /** Helpers this file calls (same keys as `deferred[].fn`). */
  usedHelpers: Set<unknown>;
  /** Files whose values this analysis read (a change there re-analyzes this file). */
  imports: string[];
}

export interface TreeAnalysisInput {
  file: string;
  text: string;
  tree: Tree;
  root: string;
  /** Revision the official SDK version in use sends (from this language's manifests), or null. */
  sdkRevision: string | null;
  /** Another file's text (for constants and helpers imported from it). */
  read(file: string): string | undefined;
  /** Another file's syntax tree, parsed with the same (already loaded) grammar. */
  parse(file: string): Tree | undefined;
  /** The listed source files (for languages whose files reach others by folder or type name: Go, Java, C#). */
  sources?: SourceIndex;
}

/** A language analyzed through a tree-sitter grammar (Python, PHP, Ruby, shell). */
export interface TreeLanguage {
  language: Language;
  grammar: GrammarName;
  /** Lower-case file extensions, with the dot. */
  extensions: string[];
  /** The official SDK's API revision for a file, from the nearest manifest/lockfile; null when unknown. */
  sdkRevision(file: string, read: (p: string) => string | undefined, root: string): string | null;
  analyze(input: TreeAnalysisInput): FileAnalysis;
  /**
   * For the prefilter, from the text alone (a regex, not a parse): names of project files this
   * file may read values from (imports, requires, classes it uses). Over-reporting costs a parse;
   * missing one loses the calls of a file that reaches Klaviyo only through another file.
   */
  importSpecs?(text: string): string[];
  /**
   * The text the grammar parses, the same length as the file's (offsets stay true): C# keeps
   * only the first branch of each `#if`, which the grammar cannot parse around a split signature.
   */
  parseText?(text: string): string;
  /** Its files reach others by folder (Go packages) or type name (Java, C#): analyses get `sources`. */
  reachesByName?: boolean;
  /** The listed source files one of those names may lead to (no disk access). */
  resolveImport?(from: string, spec: string, files: SourceIndex): string[];
}

/** The listed source files, as the prefilter's import resolution sees them. */
export interface SourceIndex {
  root: string;
  has(file: string): boolean;
  /** Listed files with this base name (`Client.php`). */
  named(base: string): readonly string[];
  /** Whether some listed file sits in a folder of this name (at any depth). */
  hasFolder(name: string): boolean;
  /** Listed files directly in this folder. */
  inFolder(dir: string): readonly string[];
  /** Listed files with this extension (`.cs`), for the few facts only a look at every file gives. */
  withExtension(ext: string): readonly string[];
}

