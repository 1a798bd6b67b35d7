import type { Range } from 'vscode-languageserver';
import { LineMap } from '../core/engine/positions';
import type { Span } from '../core/model';

/** Turns the core's offsets into LSP ranges (0-based lines and UTF-16 characters). */
export class Ranges {
  private readonly lines: LineMap;
  /** The last text's line map: hovers and diagnostics ask about the same document version again and again. */
  private static last: { text: string; lines: LineMap } | null = null;

  constructor(readonly text: string) {
    const last = Ranges.last;
    if (last && last.text === text) this.lines = last.lines;
    else Ranges.last = { text, lines: (this.lines = new LineMap(text)) };
  }

  range(span: Span): Range {
    const s = this.lines.at(span.start);
    const e = this.lines.at(span.end);
    return { start: { line: s.line - 1, character: s.column - 1 }, end: { line: e.line - 1, character: e.column - 1 } };
  }

  offset(line: number, character: number): number {
    return this.lines.offsetOf(line + 1, character + 1);
  }
}
