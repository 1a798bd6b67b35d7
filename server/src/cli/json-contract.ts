// The `--format json` output of `scan` and `check`: a stable contract for scripts and CI.
// Version 1 fields are never renamed or removed; new fields may be added (consumers must
// ignore fields they do not know). A breaking change bumps `version`.
//
// Positions are 1-based; columns count UTF-16 code units; `endColumn` is exclusive (the
// column just after the call), as in SARIF. Paths are POSIX paths relative to `root`.

import { z } from 'zod';

const position = z.number().int().min(1);

export const jsonCallSchema = z.object({
  file: z.string().describe('POSIX path of the file, relative to root.'),
  line: position,
  column: position,
  endLine: position,
  endColumn: position.describe('Exclusive: the column just after the call.'),
  language: z.enum(['typescript', 'javascript', 'python', 'php', 'ruby', 'shell', 'go', 'java', 'csharp']),
  kind: z.enum(['sdk', 'http', 'legacy', 'client', 'oauth']).describe('sdk: official SDK method; http: raw request; legacy: retired v1/v2 API; client: /client/ endpoint (no private key); oauth: OAuth token or revoke endpoint (client credentials, no private key).'),
  operation: z.string().nullable().describe("Today's operationId, or null when the call matches no operation or is unresolved."),
  method: z.string().nullable(),
  path: z.string().nullable().describe('Path template of the operation, or the path as written.'),
  scopes: z.array(z.string()).describe('Every private-key scope the call needs (operation + include), sorted.'),
  includeScopes: z.array(z.string()).describe('The scopes the include values add.'),
  confidence: z.enum(['certain', 'likely', 'unresolved']),
  candidates: z.array(z.string()).describe('Candidate operationIds of an unresolved call.'),
  key: z.string().nullable().describe('Name of the key that serves the call, or null.'),
  // Added fields (v1 may grow; these are part of it from the start).
  config: z.string().nullable().describe('POSIX path (relative to root) of the klaviyo.keys.json that applies, or null.'),
  keyEnv: z.string().nullable().describe('Name of the environment variable the key is read from, when visible.'),
  includes: z.array(z.object({ value: z.string(), scopes: z.array(z.string()) })),
  alias: z.object({ used: z.string(), current: z.string() }).nullable(),
  replacement: z.string().nullable().describe('Legacy calls: the operation that replaces them.'),
  beta: z.boolean(),
  note: z.string().nullable(),
});

export const jsonKeySchema = z.object({
  name: z.string(),
  granted: z.array(z.string()).describe('Scopes declared in klaviyo.keys.json (today\'s spelling).'),
  required: z.array(z.string()).describe('Union of the scopes of the calls the key serves.'),
  missing: z.array(z.string()).describe('Required scopes the key does not grant (X:write grants X:read).'),
  excess: z.array(z.string()).describe('Granted scopes no call needs, including X:write where X:read suffices.'),
  config: z.string().describe('POSIX path (relative to root) of the klaviyo.keys.json declaring the key.'),
  excessDetails: z.array(z.object({ scope: z.string(), suffices: z.string().nullable() })),
  callsByScope: z.record(z.string(), z.array(z.number().int().min(0))).describe('Indexes into calls of the calls that need each required scope.'),
});

export const jsonProblemSchema = z.object({
  config: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  line: position,
  column: position,
});

export const jsonDiagnosticSchema = z.object({
  code: z.string(),
  level: z.enum(['error', 'warning', 'note']),
  file: z.string().describe('POSIX path of the file, relative to root.'),
  line: position,
  column: position,
  endLine: position,
  endColumn: position,
  message: z.string(),
  operation: z.string().nullable().describe('The call\'s operation (or request), null for findings not about a call.'),
  fingerprint: z.string().describe('Stable across line moves; what a baseline matches by.'),
  suppression: z.object({ kind: z.enum(['inSource', 'external']), justification: z.string() }).nullable()
    .describe('Set when the finding is accepted: inSource by a klaviyo-scopes-ignore comment, external by the baseline. Accepted findings do not fail the check.'),
  baselineState: z.enum(['new', 'unchanged']).nullable().describe('With --baseline: whether the baseline holds the finding.'),
});

export const jsonReportSchema = z.object({
  version: z.literal(1),
  root: z.string().describe('Absolute path of the scanned directory.'),
  filesScanned: z.number().int().min(0),
  calls: z.array(jsonCallSchema),
  keys: z.array(jsonKeySchema),
  // Added fields.
  command: z.enum(['scan', 'check']),
  ok: z.boolean().describe('No key lacks a scope and every call that needs scopes has a key.'),
  filesParsed: z.number().int().min(0),
  unserved: z.array(z.object({ call: z.number().int().min(0), reason: z.enum(['no-config', 'config-error', 'no-key']) })),
  problems: z.array(jsonProblemSchema).describe('Problems in klaviyo.keys.json files.'),
  secrets: z.array(z.object({
    file: z.string().describe('POSIX path of the file, relative to root.'),
    line: position,
    column: position,
    redacted: z.string().describe('`pk_…` and the last 4 characters: the key itself is never printed.'),
  })).describe('Private API keys written in source files, .env files git would track, and notebooks (hardcoded-key).'),
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })).describe('Files not analyzed (too big, minified, binary, unreadable), with why.'),
  diagnostics: z.array(jsonDiagnosticSchema).optional().describe('check only: every finding, with the same codes as the editor, accepted ones marked.'),
  baselineAbsent: z.array(z.object({ code: z.string(), file: z.string(), operation: z.string().nullable(), fingerprint: z.string(), message: z.string() })).optional()
    .describe('check --baseline only: baseline entries that no longer occur (prune them with `baseline --prune`).'),
});

export type JsonReport = z.infer<typeof jsonReportSchema>;
export type JsonCall = z.infer<typeof jsonCallSchema>;

const jsonLiveKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['active', 'disabled']),
  scopes: z.array(z.string()),
  redacted: z.string().nullable().describe('As Klaviyo masks it (`pk_****abcd`), or null.'),
});

/** `verify --format json`: the account's live keys against klaviyo.keys.json. */
export const jsonVerifySchema = z.object({
  version: z.literal(1),
  command: z.literal('verify'),
  root: z.string(),
  ok: z.boolean().describe('No live key lacks a scope its calls need, and none the config uses is disabled.'),
  keys: z.array(z.object({
    name: z.string(),
    config: z.string(),
    live: jsonLiveKeySchema.nullable().describe('The live key the entry matched, or null when none did.'),
    matchedBy: z.enum(['id', 'name']).nullable(),
    required: z.array(z.string()),
    missing: z.array(z.string()).describe('Scopes the calls need that the live key lacks.'),
    excess: z.array(z.string()).describe('Scopes the live key has that no call needs.'),
    excessDetails: z.array(z.object({ scope: z.string(), suffices: z.string().nullable() })),
    disabled: z.boolean(),
  })),
  unclaimed: z.array(jsonLiveKeySchema).describe('Live keys no entry claims.'),
});
