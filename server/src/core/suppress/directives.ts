import type { Span } from '../model';

// Inline suppressions: `klaviyo-scopes-ignore <code>[, <code>] -- <reason>` in a comment accepts
// the findings with those codes that start on the comment's line; `klaviyo-scopes-ignore-next-line`
// those on the line after it. One reader for every language: only which characters open a
// comment differs, and that is a table (COMMENT_OPENERS), not code.

export const DIRECTIVE = 'klaviyo-scopes-ignore';

/** One directive as written. Plain data: it crosses from scan worker threads. */
export interface Directive {
  /** From `klaviyo-scopes-ignore` to the end of the reason (what unused/invalid findings point at). */
  range: Span;
  /** The line the directive applies to (its own, or the next), without the line break. */
  target: Span;
  next: boolean;
  codes: { code: string; range: Span }[];
  /** Null when there is none: a suppression must say why (it then suppresses nothing). */
  reason: string | null;
  /** What removing the whole comment removes: its line when the comment is alone on it, else the comment and the blanks before it. */
  removal: Span;
}

export type CommentStyle = 'c' | 'hash' | 'php';

/** What may open a comment, per style: `//` and `/* … *\/` (and ` * ` lines inside one), `#`, or both. */
const COMMENT_OPENERS: Record<CommentStyle, RegExp> = {
  c: /(?:\/\/|\/\*|^[ \t]*\*)[ \t*/]*$/,
  hash: /#[ \t#]*$/,
  php: /(?:\/\/|#|\/\*|^[ \t]*\*)[ \t*/#]*$/,
};

/** Every directive in a text whose comments have this style. Cheap when there is none (one `indexOf`). */
export function findDirectives(text: string, style: CommentStyle): Directive[] {
  const out: Directive[] = [];
  for (let at = text.indexOf(DIRECTIVE); at >= 0; at = text.indexOf(DIRECTIVE, at + DIRECTIVE.length)) {
    const lineStart = lineStartOf(text, at);
    const lineEnd = lineEndOf(text, at);
    const opener = COMMENT_OPENERS[style].exec(text.slice(lineStart, at));
    if (!opener) continue;
    let after = at + DIRECTIVE.length;
    const next = text.startsWith('-next-line', after);
    if (next) after += '-next-line'.length;
    // `klaviyo-scopes-ignored`, `…-ignore-all`: another word, not this directive.
    if (after < lineEnd && !/[ \t]/.test(text[after])) continue;
    // A block comment may close on the same line: what follows `*/` is code, not the reason.
    let rest = text.slice(after, lineEnd);
    const close = style === 'hash' ? -1 : rest.indexOf('*/');
    if (close >= 0) rest = rest.slice(0, close);
    rest = rest.replace(/[ \t]+$/, '');
    const dashes = rest.indexOf('--');
    const codesText = dashes < 0 ? rest : rest.slice(0, dashes);
    const codes: Directive['codes'] = [];
    for (const c of codesText.matchAll(/[^\s,]+/g)) codes.push({ code: c[0], range: { start: after + c.index, end: after + c.index + c[0].length } });
    const reason = dashes < 0 ? null : rest.slice(dashes + 2).trim() || null;
    const commentEnd = close >= 0 ? after + close + 2 : lineEnd;
    const openAt = lineStart + opener.index;
    const before = text.slice(lineStart, openAt);
    const alone = /^[ \t]*$/.test(before) && /^[ \t]*$/.test(text.slice(commentEnd, lineEnd));
    const removal = alone ? { start: lineStart, end: nextLine(text, lineEnd).start } : { start: openAt - (/[ \t]*$/.exec(before)?.[0].length ?? 0), end: commentEnd };
    out.push({ range: { start: at, end: after + rest.length }, target: next ? nextLine(text, lineEnd) : { start: lineStart, end: lineEnd }, next, codes, reason, removal });
  }
  return out;
}

function lineStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEndOf(text: string, at: number): number {
  let i = at;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function nextLine(text: string, lineEnd: number): Span {
  const start = text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : Math.min(lineEnd + 1, text.length);
  return { start, end: lineEndOf(text, start) };
}
