// The plain data every detector returns and every adapter (CLI, language server) consumes.
// Offsets are UTF-16 code unit offsets into the file text, as JavaScript strings index it.

export interface Span {
  start: number;
  end: number;
}

/** 1-based line and column, as the CLI's JSON contract and SARIF use. */
export interface LineCol {
  line: number;
  column: number;
}

export type Language = 'typescript' | 'javascript' | 'python' | 'php' | 'ruby' | 'shell' | 'go' | 'java' | 'csharp';

/**
 * sdk: an official SDK method; http: a raw request to a.klaviyo.com/api; legacy: a retired
 * v1/v2 endpoint or SDK; client: a /client/ endpoint (public company_id, no private-key scope).
 */
/** oauth: the OAuth token or revoke endpoint, authenticated by an app's client credentials, not a private key. */
export type CallKind = 'sdk' | 'http' | 'legacy' | 'client' | 'oauth';

/** certain: operation pinned; likely: pinned with an assumption (e.g. default method); unresolved: candidates only. */
export type Confidence = 'certain' | 'likely' | 'unresolved';

export interface IncludeUse {
  value: string;
  scopes: string[];
}

/** One Klaviyo API call (or method reference that will be called) found in a file. */
export interface Call {
  /** Detector id that produced it (see detectors registry). */
  detector: string;
  /** Absolute path of the file. */
  file: string;
  language: Language;
  /** The expression that makes the request: the whole call, or the method reference. */
  range: Span;
  /** The part a user reads as the call's name: the SDK method identifier, or the request function. */
  nameRange: Span;
  start: LineCol;
  end: LineCol;
  kind: CallKind;
  /** Today's operationId, or null when the request matches no operation (or is unresolved). */
  operation: string | null;
  method: string | null;
  /** Path template of the operation, or the path as written when it matches none. */
  path: string | null;
  /** Every scope the call needs: operation scopes plus include scopes. Empty for client calls. */
  scopes: string[];
  /** The part of `scopes` added by include values. */
  includeScopes: string[];
  includes: IncludeUse[];
  confidence: Confidence;
  /** Candidate operationIds when unresolved (or when several remain). */
  candidates: string[];
  /** Env var name the call's key (SDK session, Authorization header) is read from, when visible. */
  keyEnv: string | null;
  /** Set when the code uses an older name of the operation (alias or renamed id). */
  alias: { used: string; current: string } | null;
  /** Legacy calls: today's operation that replaces the retired endpoint. */
  replacement: string | null;
  beta: boolean;
  /** Human explanation for special cases: no such endpoint, wrong method, legacy, unresolved. */
  note: string | null;
}

/** What a detector emits before the engine attaches file, positions and scopes. */
export type RawCall = Omit<Call, 'file' | 'start' | 'end' | 'language'>;
