import { z } from 'zod';
import { DIAGNOSTIC_CODES } from '../core/diagnostic-codes';

// The extension's settings, validated where they enter the server. package.json's
// `contributes.configuration` is generated from this schema (`npm run settings`), and a test
// fails when the two drift.

const severity = z.enum(['error', 'warning', 'information', 'hint', 'off']);

const diagnosticsShape = Object.fromEntries(
  DIAGNOSTIC_CODES.map((d) => [d.setting, severity.default(d.severity).describe(`Severity of \`${d.code}\`: ${d.description} \`off\` hides it.`)]),
) as Record<string, z.ZodDefault<typeof severity>>;

export const settingsSchema = z.object({
  enable: z.boolean().default(true).describe('Analyze Klaviyo API calls and check them against klaviyo.keys.json.'),
  maxFileSize: z.number().int().min(1024).default(2 * 1024 * 1024)
    .describe('Files larger than this many bytes are skipped (named once in the output channel).'),
  exclude: z.array(z.string()).default([])
    .describe('Extra globs (relative to the workspace folder) never scanned, on top of node_modules, vendor, dist, build and .git.'),
  problems: z.enum(['workspace', 'openFiles']).default('workspace')
    .describe('Where findings are reported in the Problems panel: `workspace` (every file with findings, open or not) or `openFiles` (only open files, for very large repositories).'),
  baselineFile: z.string().default('klaviyo-scopes.baseline.json')
    .describe('The baseline `klaviyo-scopes baseline` writes, relative to the workspace folder. Findings it holds are shown at `baselineSeverity`. Empty: no baseline.'),
  baselineSeverity: severity.default('hint').describe('Severity of findings the baseline holds (the accepted backlog); `off` hides them.'),
  diagnostics: z.object(diagnosticsShape).default(() => Object.fromEntries(DIAGNOSTIC_CODES.map((d) => [d.setting, d.severity])) as never),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/**
 * Validates what the client sent. An invalid value falls back to its default and is reported,
 * so one typo in settings.json does not switch the whole extension off.
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const full = settingsSchema.safeParse(input);
  if (full.success) return { settings: full.data, problems: [] };
  const problems = full.error.issues.map((i) => `klaviyoScopes.${i.path.join('.')}: ${i.message}`);
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const one = (field as z.ZodType).safeParse(input[key]);
    if (one.success) settings[key] = one.data;
  }
  const diags = input.diagnostics && typeof input.diagnostics === 'object' ? (input.diagnostics as Record<string, unknown>) : {};
  settings.diagnostics = Object.fromEntries(
    DIAGNOSTIC_CODES.map((d) => {
      const one = severity.safeParse(diags[d.setting]);
      return [d.setting, one.success ? one.data : d.severity];
    }),
  );
  return { settings: settings as Settings, problems };
}
