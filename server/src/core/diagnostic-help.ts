// What each diagnostic means and how to fix it, in Markdown: SARIF rules carry it as `help`
// (code scanning shows it beside each alert), so the explanation travels with the finding.

export interface DiagnosticHelp {
  /** Tags for code scanning's filters. */
  tags: string[];
  /** CVSS-like 0–10, for findings that are security problems (code scanning ranks by it). */
  securitySeverity?: string;
  markdown: string;
}

const CREATE = 'Klaviyo cannot change a key\'s scopes after it is created: create a new key with the scopes `klaviyo-scopes check` lists (its pre-filled *Create key* link selects them), put it where the old key is used, then delete the old key.';

export const DIAGNOSTIC_HELP: Readonly<Record<string, DiagnosticHelp>> = {
  'missing-scope': { tags: ['correctness', 'klaviyo'], markdown: `The call needs a scope the key that serves it (per \`klaviyo.keys.json\`) does not grant, so Klaviyo answers 403 in production.\n\n**Fix:** ${CREATE} Then add the scope to the key in \`klaviyo.keys.json\`.` },
  'excess-scope': { tags: ['security', 'least-privilege', 'klaviyo'], securitySeverity: '3.0', markdown: `The key grants a scope no call it serves needs (or Full access where Read suffices). A leaked key can do more than the code ever does.\n\n**Fix:** ${CREATE}` },
  'unknown-scope': { tags: ['correctness', 'config'], markdown: 'The scope in `klaviyo.keys.json` is not one Klaviyo has.\n\n**Fix:** use the suggested scope, or the name on Klaviyo\'s key page (`resource:read` / `resource:write`).' },
  'deprecated-scope': { tags: ['maintainability', 'config'], markdown: 'An older spelling of a scope (for example `list:read`).\n\n**Fix:** write today\'s spelling; the quick fix does it.' },
  'invalid-config': { tags: ['correctness', 'config'], markdown: '`klaviyo.keys.json` is not valid JSON with comments, or does not match its schema. The message gives the position.\n\n**Fix:** correct the file; the schema in `schemas/klaviyo-keys.schema.json` describes it.' },
  'duplicate-key': { tags: ['correctness', 'config'], markdown: 'Two keys in `klaviyo.keys.json` have the same name; only the first is used.\n\n**Fix:** give each key a unique name.' },
  'secret-in-config': { tags: ['security', 'secret', 'config'], securitySeverity: '9.0', markdown: '`klaviyo.keys.json` holds what looks like a real private key. The file describes keys; it must never hold one.\n\n**Fix:** remove it, and revoke the key in Klaviyo (Settings › API keys): it has been committed.' },
  'hardcoded-key': { tags: ['security', 'secret', 'external/cwe/cwe-798'], securitySeverity: '9.0', markdown: 'A Klaviyo private API key is written in a file the repository tracks. Anyone who can read the repository can use it.\n\n**Fix:** read the key from the environment or a secret store, and revoke this one in Klaviyo (Settings › API keys).' },
  'unmatched-glob': { tags: ['maintainability', 'config'], markdown: 'A `files` glob in `klaviyo.keys.json` matches no file, so the key serves nothing through it.\n\n**Fix:** correct the glob (it is relative to the folder of the config) or remove it.' },
  'no-key': { tags: ['correctness', 'klaviyo'], markdown: 'No key in `klaviyo.keys.json` serves this call (no config applies, or none of its keys matches the file or the key\'s environment variable).\n\n**Fix:** `klaviyo-scopes generate --write` adds a key for it, or add the file to a key\'s `files`.' },
  'unresolved-call': { tags: ['klaviyo'], markdown: 'The call reaches Klaviyo, but which operation depends on values the analysis cannot see (a path from a request, a method from configuration).\n\n**Fix:** none needed; the candidates are listed. A literal path, or a helper per endpoint, makes it exact.' },
  'no-such-endpoint': { tags: ['correctness', 'klaviyo'], markdown: 'Klaviyo\'s API has no such request: an unknown path, or a method the path does not allow. It fails at run time.\n\n**Fix:** check the path against Klaviyo\'s API reference.' },
  'legacy-endpoint': { tags: ['maintainability', 'klaviyo'], markdown: 'A call to Klaviyo\'s retired v1/v2 API or a retired SDK, which Klaviyo no longer serves.\n\n**Fix:** move to the named replacement operation of today\'s API.' },
  'deprecated-alias': { tags: ['maintainability', 'klaviyo'], markdown: 'An SDK method called by an older name that still works.\n\n**Fix:** rename it to today\'s name; the quick fix does it.' },
  'beta-endpoint': { tags: ['klaviyo'], markdown: 'A beta (pre-release) operation: it may change without notice and needs a `.pre` revision.' },
  'invalid-baseline': { tags: ['correctness', 'config'], markdown: 'The baseline file is not valid JSON, or not what `klaviyo-scopes baseline` writes. The message gives the position. Until it is fixed, `check --baseline` stops with exit 2 and the editor shows no finding as in the baseline.\n\n**Fix:** correct it, or write it again with `klaviyo-scopes baseline`.' },
  'unused-suppression': { tags: ['maintainability'], markdown: 'A `klaviyo-scopes-ignore` comment names a code no finding on its line (or, for `-next-line`, the next line) has: the problem was fixed, or the comment moved away from it.\n\n**Fix:** remove the code from the comment, or the comment.' },
  'invalid-suppression': { tags: ['maintainability'], markdown: 'A `klaviyo-scopes-ignore` comment without a reason after `--`, without a code, or naming a code that does not exist or cannot be accepted (problems that make `klaviyo.keys.json` unreadable). It accepts nothing until it is fixed.\n\n**Fix:** write `klaviyo-scopes-ignore <code>[, <code>] -- <why it is accepted>`.' },
};
