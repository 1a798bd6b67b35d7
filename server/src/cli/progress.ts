// A progress line on stderr while a big tree is read. The scan is synchronous, so the line is
// drawn from inside the host's read(); it appears only after a moment (small scans stay
// silent) and only on a terminal, and it is erased before anything else is printed.

import type { WorkspaceHost } from '../core/engine/workspace';

const DELAY_MS = 400;
const INTERVAL_MS = 100;

export class ProgressHost implements WorkspaceHost {
  private readonly seen = new Set<string>();
  private readonly listed = new Set<string>();
  private readonly started: number;
  private last = 0;
  private drawn = false;

  constructor(private readonly inner: WorkspaceHost, private readonly write: ((s: string) => void) | null, private readonly now: () => number = Date.now) {
    this.started = now();
  }

  listFiles(root: string): string[] {
    const files = this.inner.listFiles(root);
    for (const f of files) this.listed.add(f);
    return files;
  }

  read(file: string): string | undefined {
    this.tick(file);
    return this.inner.read(file);
  }

  private tick(file: string): void {
    if (this.write) {
      // The engine reads a file more than once (prefilter, parse, imports); count each once, and
      // only listed ones: manifests and ignore files read on the side would overrun the total.
      if (this.listed.has(file)) this.seen.add(file);
      const now = this.now();
      if (now - this.started >= DELAY_MS && now - this.last >= INTERVAL_MS) {
        this.last = now;
        this.drawn = true;
        this.write(`\r\x1b[Kklaviyo-scopes: scanning… ${this.seen.size.toLocaleString('en-US')} of ${this.listed.size.toLocaleString('en-US')} files`);
      }
    }
  }

  peek(file: string): string | undefined {
    this.tick(file);
    return this.inner.peek ? this.inner.peek(file) : this.inner.read(file);
  }

  size(file: string): number | undefined {
    return this.inner.size?.(file);
  }

  done(): void {
    if (this.drawn && this.write) this.write('\r\x1b[K');
    this.drawn = false;
  }
}
