import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { LineMap } from '../engine/positions';

// klaviyo-scopes.baseline.json: the findings a team accepted when it adopted the check, so that
// `check --baseline` fails only on new ones. Entries are identified by code, file, operation and
// a fingerprint that survives line moves (fingerprint.ts), never by line number. Paths are POSIX
// paths relative to the folder that was scanned. It holds no source text and no key: messages
// are redacted like every finding's.

export const BASELINE_FILE_NAME = 'klaviyo-scopes.baseline.json';

export const baselineEntrySchema = z.strictObject({
  code: z.string().min(1),
  file: z.string().min(1).describe('POSIX path relative to the scanned folder.'),
  operation: z.string().nullable().describe('The call\'s operation (or request), null for findings not about a call.'),
  fingerprint: z.string().regex(/^[0-9a-f]{32}$/, 'a fingerprint is 32 hexadecimal digits'),
  message: z.string().describe('For people reading the file; not used to match.'),
});

export const baselineSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  findings: z.array(baselineEntrySchema),
});

export type BaselineEntry = z.infer<typeof baselineEntrySchema>;
export type Baseline = z.infer<typeof baselineSchema>;

export interface BaselineProblem {
  message: string;
  /** 1-based. */
  line: number;
  column: number;
  offset: number;
}

export type BaselineLoad = { ok: true; baseline: Baseline } | { ok: false; problem: BaselineProblem };

/** Parses and validates a baseline file; a problem names the first thing wrong and where. */
export function parseBaseline(text: string): BaselineLoad {
  const lines = new LineMap(text);
  const at = (offset: number, message: string): BaselineLoad => {
    const { line, column } = lines.at(offset);
    return { ok: false, problem: { message, line, column, offset } };
  };
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || !root) {
    const e = errors[0];
    return at(e?.offset ?? 0, `not valid JSON (${e ? printParseErrorCode(e.error) : 'empty'})`);
  }
  const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  const r = baselineSchema.safeParse(value);
  if (r.success) return { ok: true, baseline: r.data };
  const issue = r.error.issues[0];
  // A missing property has no node: the closest one that exists (the object lacking it) is where to look.
  const steps = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  let node = findNodeAtLocation(root, steps);
  for (let n = steps.length - 1; !node && n >= 0; n--) node = findNodeAtLocation(root, steps.slice(0, n));
  const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
  return at(node?.offset ?? 0, `${issue.message}${where}`);
}

/** The file's text: entries sorted by file, code, fingerprint, so a regenerated baseline diffs cleanly. */
export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const sorted = [...entries].sort((x, y) => cmp(x.file, y.file) || cmp(x.code, y.code) || cmp(x.fingerprint, y.fingerprint));
  return JSON.stringify({ version: 1, findings: sorted } satisfies Baseline, null, 2) + '\n';
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
