import { codeInfo } from '../diagnostic-codes';
import type { Finding } from '../findings';
import { redactAll } from '../config/secrets';
import { DIRECTIVE, type Directive } from './directives';
import type { UnusedSuppressionData } from '../finding-data';

// Applies the inline directives (directives.ts) to the findings of the files they are in: an
// accepted finding is kept, marked with its justification, so SARIF and JSON can still carry it
// and only the adapters decide to hide it. Directives that accept nothing, name a code that does
// not exist, or give no reason are findings themselves (as ESLint reports unused disables).

/**
 * Codes a suppression cannot accept: a klaviyo.keys.json that does not say what it means (the
 * check stops on it, exit 2) and the findings about suppressions themselves.
 */
const UNSUPPRESSIBLE = new Set(['invalid-config', 'duplicate-key', 'secret-in-config', 'unknown-scope', 'unused-suppression', 'invalid-suppression']);

/** Codes whose findings exist only once the whole workspace was scanned (see FindingOptions.complete). */
const COMPLETE_ONLY = new Set(['excess-scope']);

export interface SuppressOptions {
  /** Excess scopes are only known once the whole workspace was scanned: until then no directive for them is called unused. */
  complete: boolean;
}

/** The findings with every accepted one marked, plus findings about the directives, for the files in `directives`. */
export function applyDirectives(findings: readonly Finding[], directives: ReadonlyMap<string, readonly Directive[]>, opts: SuppressOptions): Finding[] {
  if (directives.size === 0) return [...findings];
  const used = new Map<Directive, Set<string>>();
  const out = findings.map((f) => {
    const list = directives.get(f.file);
    if (!list || f.suppression || UNSUPPRESSIBLE.has(f.code)) return f;
    const d = list.find((x) => x.reason !== null && f.span.start >= x.target.start && f.span.start <= x.target.end && x.codes.some((c) => c.code === f.code));
    if (!d) return f;
    let codes = used.get(d);
    if (!codes) used.set(d, (codes = new Set()));
    codes.add(f.code);
    return { ...f, suppression: { kind: 'inSource' as const, justification: redactAll(d.reason ?? '') } };
  });
  for (const [file, list] of directives) for (const d of list) out.push(...directiveFindings(file, d, used.get(d), opts));
  return out;
}

function directiveFindings(file: string, d: Directive, used: Set<string> | undefined, opts: SuppressOptions): Finding[] {
  const name = d.next ? `${DIRECTIVE}-next-line` : DIRECTIVE;
  const where = d.next ? 'the next line' : 'this line';
  const invalid = (message: string, span = d.range): Finding => ({ code: 'invalid-suppression', file, span, title: 'Invalid suppression', message: redactAll(message) });
  if (d.codes.length === 0) return [invalid(`${name} names no diagnostic code: write \`${name} <code> -- <reason>\`, e.g. \`${name} missing-scope -- <why it is accepted>\`.`)];
  if (d.reason === null) return [invalid(`${name} needs a reason after \`--\` (\`${name} ${d.codes.map((c) => c.code).join(', ')} -- <why it is accepted>\`); until it has one it suppresses nothing.`)];
  const out: Finding[] = [];
  for (const c of d.codes) {
    if (!codeInfo(c.code)) out.push(invalid(`"${c.code}" is not a klaviyo-scopes diagnostic code.`, c.range));
    else if (UNSUPPRESSIBLE.has(c.code)) out.push(invalid(`${c.code} cannot be suppressed: ${c.code.endsWith('suppression') ? 'fix the directive itself' : 'fix klaviyo.keys.json, the check cannot tell what it means until then'}.`, c.range));
    else if (!used?.has(c.code) && (opts.complete || !COMPLETE_ONLY.has(c.code))) {
      out.push({
        code: 'unused-suppression', file, span: c.range, title: 'Unused suppression', tags: ['unnecessary'], data: { remove: removalOf(d, c) } satisfies UnusedSuppressionData,
        message: `${name} ${c.code} suppresses nothing: no ${c.code} finding starts on ${where}.`,
      });
    }
  }
  return out;
}

/** The code and one comma beside it, or the whole comment when it is the only code. */
function removalOf(d: Directive, c: Directive['codes'][number]): { start: number; end: number } {
  if (d.codes.length === 1) return d.removal;
  const i = d.codes.indexOf(c);
  // `a, b, c`: removing b takes `b, ` (up to the next code); removing c, the last, takes `, c`.
  return i < d.codes.length - 1 ? { start: c.range.start, end: d.codes[i + 1].range.start } : { start: d.codes[i - 1].range.end, end: c.range.end };
}

/** Only the findings nobody accepted: what the editor shows and what fails a check. */
export function active(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.suppression);
}
