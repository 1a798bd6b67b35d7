import { GitIgnore } from './gitignore';
import { findKeys, findKeysIn, keyScanKind, type KeyFinding, type KeyHit } from './hardcoded-key';
import { findDirectives, type Directive } from '../suppress/directives';

// A workspace's `hardcoded-key` findings, kept per file so that an edit re-checks one file.
// Source files' hits come from the scan's prefilter (which reads every source file anyway);
// `.env` files and notebooks, which no detector reads, are read here.

export class KeyScan {
  private readonly found = new Map<string, KeyFinding[]>();
  /** The `klaviyo-scopes-ignore` comments of the tracked .env files (sources' come with the scan). */
  private readonly envDirectives = new Map<string, Directive[]>();
  /** The .env files and notebooks of the last scan. */
  private others: string[] = [];
  private gitignore: GitIgnore;

  constructor(private readonly root: string, private readonly read: (file: string) => string | undefined) {
    this.gitignore = new GitIgnore(root, read);
  }

  /** A new scan: `others` are the listed .env files and notebooks the scan takes. */
  reset(others: string[]): void {
    this.found.clear();
    this.envDirectives.clear();
    this.others = others;
    this.gitignore = new GitIgnore(this.root, this.read);
  }

  /** A source file's hits, as the prefilter found them. */
  setSource(file: string, hits: readonly KeyHit[] | undefined): void {
    if (hits?.length) this.found.set(file, hits.map((h) => ({ ...h, file, kind: 'source' })));
    else this.found.delete(file);
  }

  /** Reads and checks the .env files and notebooks; returns those too big to read, with why. */
  scanOthers(maxBytes: number): { file: string; reason: string }[] {
    const skipped: { file: string; reason: string }[] = [];
    for (const f of this.others) {
      const why = this.scanOther(f, maxBytes);
      if (why) skipped.push({ file: f, reason: why });
    }
    return skipped;
  }

  private scanOther(file: string, maxBytes: number): string | null {
    this.found.delete(file);
    this.envDirectives.delete(file);
    const kind = keyScanKind(file);
    // A .env file git ignores is where keys belong.
    if (!kind || (kind === 'env' && this.gitignore.ignores(file))) return null;
    const text = this.read(file);
    if (text === undefined) return null;
    // Only the size counts: notebooks keep images on one long line and would look minified.
    if (text.length > maxBytes) return `larger than ${maxBytes} bytes`;
    const hits = findKeysIn(kind, text);
    if (hits.length) this.found.set(file, hits.map((h) => ({ ...h, file, kind })));
    const directives = kind === 'env' ? findDirectives(text, 'hash') : [];
    if (directives.length) this.envDirectives.set(file, directives);
    return null;
  }

  /** A source file changed: its text, or undefined when it was deleted or is not analyzed. */
  updateSource(file: string, text: string | undefined): void {
    this.setSource(file, text === undefined ? undefined : findKeys(text));
  }

  /** A .env file or notebook changed; `taken` is false when it is gone, ignored or excluded. */
  updateOther(file: string, taken: boolean, maxBytes: number): void {
    this.others = this.others.filter((f) => f !== file);
    this.found.delete(file);
    this.envDirectives.delete(file);
    if (!taken) return;
    this.others = [...this.others, file].sort();
    this.scanOther(file, maxBytes);
  }

  /** A .gitignore changed: which .env files git tracks may have too. */
  gitignoreChanged(maxBytes: number): void {
    this.gitignore = new GitIgnore(this.root, this.read);
    this.scanOthers(maxBytes);
  }

  /** The tracked .env files' directives. */
  directives(): ReadonlyMap<string, Directive[]> {
    return this.envDirectives;
  }

  /** Every finding, by file then position. */
  all(): KeyFinding[] {
    return [...this.found.keys()].sort().flatMap((f) => this.found.get(f) ?? []);
  }
}
