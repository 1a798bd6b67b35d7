import type { LineCol, Span } from '../model';

/** Offsets to 1-based line/column (UTF-16 columns, as editors and SARIF count them). */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    // Most files have no CR: the native indexOf finds their line ends several times faster than a
    // loop over every character (the language server builds this map after every edit).
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  at(offset: number): LineCol {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }

  /** The offset of a 1-based line/column, clamped to the text. */
  offsetOf(line: number, column: number): number {
    const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
    return start + Math.max(column, 1) - 1;
  }

  span(s: Span): { start: LineCol; end: LineCol } {
    return { start: this.at(s.start), end: this.at(s.end) };
  }
}
