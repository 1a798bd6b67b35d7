// The custom protocol between the VS Code client and the language server: command ids,
// their argument and result shapes, and the status notification. Both sides import this file,
// so it holds only constants and types (no runtime dependency on either side's libraries).

export const COMMANDS = {
  /** Server: computes the least-privilege config for a workspace folder. Client: previews it as a diff, then applies. */
  generateConfig: 'klaviyoScopes.generateConfig',
  /** Server: the Markdown scope report. Client: opens it in a preview. */
  showReport: 'klaviyoScopes.showReport',
  /** Server: rescans every workspace folder. */
  rescan: 'klaviyoScopes.rescan',
  /** Client only: opens the output channel. */
  showOutput: 'klaviyoScopes.showOutput',
  /** Server: compares live keys (fetched by the client) with the folder's config and code; Markdown. */
  verifyReport: 'klaviyoScopes.verifyReport',
  /** Client only: lists the account's keys with the key kept in SecretStorage, then shows verifyReport. */
  verifyKeys: 'klaviyoScopes.verifyKeys',
  /** Client only: forgets the key verifyKeys keeps. */
  forgetKey: 'klaviyoScopes.forgetKey',
  /** Client only: shows a key's least-privilege scopes, then opens Klaviyo's pre-filled Create Key page. */
  createKey: 'klaviyoScopes.createKey',
} as const;

/** Server-side commands, executed with `workspace/executeCommand`. */
export const SERVER_COMMANDS = [COMMANDS.generateConfig, COMMANDS.showReport, COMMANDS.rescan, COMMANDS.verifyReport] as const;

export interface GenerateConfigArgs {
  /** Workspace folder URI; the first folder when omitted. */
  folderUri?: string;
}

export interface GenerateConfigResult {
  /** Where the config is (or would be) written. */
  configUri: string;
  /** Current text of that file, or null when it does not exist. */
  currentText: string | null;
  /** The merged (or new) text: adds what the code needs, never removes. */
  proposedText: string | null;
  /** Why no text was proposed (the existing config has errors). */
  problems: string[];
  /** What to tick on Klaviyo's Create Private API Key page, per key, and the link that pre-selects it. */
  checklist: { key: string; items: string[]; createKey: CreateKeyArgs }[];
}

/** Argument of `createKey`: the server computes it (core/create-key-link.ts); the client only shows and opens it. */
export interface CreateKeyArgs {
  key: string;
  /** `https://www.klaviyo.com/create-private-api-key?scopes=…` */
  url: string;
  scopes: string[];
  betaOnly: string[];
  /** Shown after a fix changed the config: a notification with the link, not a dialog that stops the user. */
  notice?: boolean;
}

export interface ShowReportArgs {
  folderUri?: string;
}

export interface ShowReportResult {
  markdown: string;
}

/**
 * Argument of `verifyReport`. The client lists the keys (it holds the admin key, which never
 * crosses to the server) and sends only what Klaviyo returned about them.
 */
export interface VerifyReportArgs {
  folderUri?: string;
  keys: { id: string; name: string; status: 'active' | 'disabled'; scopes: string[]; redacted: string | null }[];
}

export interface VerifyReportResult {
  markdown: string;
  ok: boolean;
}

export interface RescanResult {
  files: number;
  calls: number;
}

/** Sent by the server after every scan or config change, for the language status item. */
export const STATUS_NOTIFICATION = 'klaviyoScopes/status';

export interface StatusParams {
  state: 'scanning' | 'ready' | 'error';
  keys: number;
  /** Number of distinct missing (key, scope) pairs. */
  missing: number;
  calls: number;
  message?: string;
}

export const SETTINGS_SECTION = 'klaviyoScopes';
