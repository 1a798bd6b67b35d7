import { z } from 'zod';

// The `data` each finding carries for the editor's quick fixes. Code actions parse it with these
// schemas (it comes back from the client) and never read the message text.

export const missingScopeData = z.object({
  configPath: z.string(),
  key: z.string(),
  keyIndex: z.number().int().nonnegative(),
  scopes: z.array(z.string()).min(1),
});

export const excessScopeData = z.object({
  configPath: z.string(),
  keyIndex: z.number().int().nonnegative(),
  scope: z.string(),
  /** Set when a narrower scope is enough (X:write granted, only X:read needed). */
  suffices: z.string().nullable(),
});

export const unknownScopeData = z.object({
  scope: z.string(),
  suggestion: z.string().optional(),
});

export const aliasData = z.object({
  used: z.string(),
  current: z.string(),
});

export const noKeyData = z.object({
  folder: z.string(),
  reason: z.enum(['no-config', 'no-key', 'config-error']),
  configPath: z.string().nullable(),
});

/** The text an unused `klaviyo-scopes-ignore` code (or the whole comment) takes up. */
export const unusedSuppressionData = z.object({
  remove: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
});

export type UnusedSuppressionData = z.infer<typeof unusedSuppressionData>;
export type MissingScopeData = z.infer<typeof missingScopeData>;
export type ExcessScopeData = z.infer<typeof excessScopeData>;
export type NoKeyData = z.infer<typeof noKeyData>;
