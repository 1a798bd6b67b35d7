// Every diagnostic the server emits: its stable code, default severity and README anchor.
// The editor settings (one severity-or-off switch per code) and the CLI's SARIF rules are
// generated from this table, so a finding has one name everywhere.

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = SeverityName | 'off';

export interface DiagnosticCodeInfo {
  code: string;
  /** camelCase setting key under `klaviyoScopes.diagnostics.` */
  setting: string;
  severity: SeverityName;
  description: string;
}

const c = (code: string, severity: SeverityName, description: string): DiagnosticCodeInfo => ({
  code,
  setting: code.replace(/-([a-z])/g, (_, x: string) => x.toUpperCase()),
  severity,
  description,
});

export const DIAGNOSTIC_CODES: readonly DiagnosticCodeInfo[] = [
  c('missing-scope', 'error', 'A call needs a scope the key that serves it lacks.'),
  c('excess-scope', 'warning', 'A key grants a scope no call needs (shown once the whole workspace was scanned).'),
  c('unknown-scope', 'error', 'A scope in klaviyo.keys.json that Klaviyo does not have.'),
  c('deprecated-scope', 'warning', 'An old spelling of a scope in klaviyo.keys.json.'),
  c('invalid-config', 'error', 'klaviyo.keys.json is not valid JSON or does not match the schema.'),
  c('duplicate-key', 'error', 'Two keys in klaviyo.keys.json have the same name.'),
  c('secret-in-config', 'error', 'klaviyo.keys.json holds what looks like an actual private key.'),
  c('hardcoded-key', 'error', 'A Klaviyo private API key is written in a source file, a .env file git would track, or a notebook.'),
  c('unmatched-glob', 'warning', 'A glob in klaviyo.keys.json matches no file.'),
  c('no-key', 'information', 'No klaviyo.keys.json, or no key in it, serves this call.'),
  c('unresolved-call', 'information', 'A Klaviyo call whose operation depends on values not visible here.'),
  c('no-such-endpoint', 'warning', 'A request Klaviyo\'s API does not have (unknown path, or a method the path does not allow).'),
  c('legacy-endpoint', 'warning', 'A call to Klaviyo\'s retired v1/v2 API or a retired SDK.'),
  c('deprecated-alias', 'hint', 'An SDK method called by an older name.'),
  c('beta-endpoint', 'information', 'A call to a beta (pre-release) operation.'),
  c('unused-suppression', 'warning', 'A klaviyo-scopes-ignore comment that accepts no finding.'),
  c('invalid-baseline', 'error', 'The baseline file (klaviyo-scopes.baseline.json) is not valid JSON or not a baseline.'),
  c('invalid-suppression', 'warning', 'A klaviyo-scopes-ignore comment without a reason, or naming a code that does not exist or cannot be suppressed.'),
];

export const DIAGNOSTIC_SOURCE = 'klaviyo-scopes';

export function codeInfo(code: string): DiagnosticCodeInfo | undefined {
  return DIAGNOSTIC_CODES.find((d) => d.code === code);
}

/** Link shown next to each diagnostic: the README section that explains it. */
export function docsUrl(code: string): string {
  return `https://github.com/klaviyo-scopes/klaviyo-scopes#diag-${code}`;
}
