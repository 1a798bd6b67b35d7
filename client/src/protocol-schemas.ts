// Runtime checks for what reaches the client from outside its own code: command arguments
// (command links, keybindings, other extensions) and the server's answers and notifications.
// The shapes are server/src/lsp/protocol.ts's; `satisfies` keeps the two from drifting.
// zod/mini rather than zod: it tree-shakes, which keeps ~70 KB out of dist/extension.js.
import * as z from 'zod/mini';
import type { CreateKeyArgs, VerifyReportResult, GenerateConfigResult, RescanResult, ShowReportResult, StatusParams } from '../../server/src/lsp/protocol';

/**
 * Arguments of `generateConfig` / `showReport` as a caller may pass them: nothing, a folder URI
 * string, or `{ folderUri }`. (A `vscode.Uri`, as the explorer passes, is handled before this.)
 */
export const folderArgSchema = z.union([
  z.undefined(),
  z.null(),
  z.string().check(z.minLength(1)),
  z.object({ folderUri: z.optional(z.string().check(z.minLength(1))) }),
]);

/** The folder URI string named by a valid argument, or undefined when none was named. */
export function folderUriOf(arg: z.infer<typeof folderArgSchema>): string | undefined {
  if (arg === undefined || arg === null) return undefined;
  return typeof arg === 'string' ? arg : arg.folderUri;
}

/**
 * `generateConfig` also accepts `{ apply: true }` (with or without `folderUri`): write the
 * proposal without showing the diff and asking, for a keybinding or an end-to-end test.
 */
export const generateOptionsSchema = z.object({ apply: z.optional(z.boolean()) });

/** Only Klaviyo's Create Private API Key page, with nothing but a scope list after it. */
const CREATE_KEY_URL = /^https:\/\/www\.klaviyo\.com\/create-private-api-key(\?scopes=[a-z0-9:,_-]*)?$/;
const scopeName = z.string().check(z.regex(/^[a-z0-9_-]+:[a-z]+$/));

export const createKeyArgsSchema = z.object({
  key: z.string().check(z.minLength(1)),
  url: z.string().check(z.regex(CREATE_KEY_URL, "must be Klaviyo's Create Private API Key page")),
  scopes: z.array(scopeName),
  betaOnly: z.array(scopeName),
  notice: z.optional(z.boolean()),
}) satisfies z.ZodMiniType<CreateKeyArgs>;

export const generateConfigResultSchema = z.object({
  configUri: z.string().check(z.minLength(1)),
  currentText: z.nullable(z.string()),
  proposedText: z.nullable(z.string()),
  problems: z.array(z.string()),
  checklist: z.array(z.object({ key: z.string(), items: z.array(z.string()), createKey: createKeyArgsSchema })),
}) satisfies z.ZodMiniType<GenerateConfigResult>;

export const verifyReportResultSchema = z.object({ markdown: z.string(), ok: z.boolean() }) satisfies z.ZodMiniType<VerifyReportResult>;

export const showReportResultSchema = z.object({ markdown: z.string() }) satisfies z.ZodMiniType<ShowReportResult>;

export const rescanResultSchema = z.object({
  files: z.int().check(z.nonnegative()),
  calls: z.int().check(z.nonnegative()),
}) satisfies z.ZodMiniType<RescanResult>;

export const statusParamsSchema = z.object({
  state: z.enum(['scanning', 'ready', 'error']),
  keys: z.int().check(z.nonnegative()),
  missing: z.int().check(z.nonnegative()),
  calls: z.int().check(z.nonnegative()),
  message: z.optional(z.string()),
}) satisfies z.ZodMiniType<StatusParams>;

/** One line naming what was wrong, for an error message. */
export function describeZodError(error: z.core.$ZodError): string {
  return error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
