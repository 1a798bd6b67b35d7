// Which documents the language server analyzes, and which files it must hear about on disk.
// Plain data (no editor API): package.json's activationEvents are tested against it.

/** VS Code language ids whose files may contain Klaviyo API calls. */
export const ANALYZED_LANGUAGES = [
  'typescript',
  'typescriptreact',
  'javascript',
  'javascriptreact',
  'python',
  'php',
  'ruby',
  'shellscript',
  'go',
  'java',
  'csharp',
] as const;

export const CONFIG_GLOB = '**/klaviyo.keys.json';

/** Files only the `hardcoded-key` check reads: .env files and notebooks (opened as text). */
export const KEY_SCAN_GLOBS = ['**/.env', '**/.env.*', '**/*.ipynb'] as const;

/** Documents synced to the server: analyzed source files, the key config, and key-scanned files. */
export const DOCUMENT_SELECTOR = [
  ...ANALYZED_LANGUAGES.map((language) => ({ scheme: 'file', language })),
  { scheme: 'file', pattern: CONFIG_GLOB },
  ...KEY_SCAN_GLOBS.map((pattern) => ({ scheme: 'file', pattern })),
];

/** Where the language status item shows: the analyzed languages and the (JSONC) key config. */
export const STATUS_SELECTOR = [
  ...ANALYZED_LANGUAGES.map((language) => ({ scheme: 'file', language })),
  { scheme: 'file', language: 'jsonc', pattern: CONFIG_GLOB },
];

/** Once the workspace has a config or calls, the status item shows beside every file. */
export const ANY_FILE_SELECTOR = [{ scheme: 'file' }];

/**
 * Files whose creation, change or deletion on disk the server must hear about, open or not:
 * the key config, manifests and lockfiles (they pin the klaviyo-api SDK version, hence the API
 * revision), and source files (a call added or removed in a closed file changes the scopes).
 */
export const WATCHED_GLOBS = [
  CONFIG_GLOB,
  '**/package.json',
  '**/{package-lock.json,npm-shrinkwrap.json,yarn.lock,pnpm-lock.yaml}',
  // The manifests the other SDKs' versions are read from.
  '**/{requirements*.txt,pyproject.toml,Pipfile,Pipfile.lock,poetry.lock,composer.json,composer.lock,Gemfile,Gemfile.lock}',
  '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,py,php,rb,sh,go,java,cs}',
  // Files the hardcoded-key check reads, and what decides whether git tracks a .env file.
  ...KEY_SCAN_GLOBS,
  '**/.gitignore',
  // The baseline the editor shows accepted findings from (klaviyoScopes.baselineFile).
  '**/*.baseline.json',
] as const;
