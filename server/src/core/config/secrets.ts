// Klaviyo private API keys are `pk_` followed by a long alphanumeric token. People paste them
// into config files by mistake (in a string, a comment, an "env" entry such as
// `KEY=pk_...`), so the whole raw text is searched, not just parsed string values, and the
// key is never echoed back: messages end up in CI logs.

import type { Span } from '../model';

// Not preceded by a letter or digit so that words merely ending in "pk_" do not count.
const SECRET_PATTERN = /(?<![A-Za-z0-9])pk_[A-Za-z0-9]{20,}/gi;

export interface SecretHit {
  range: Span;
  redacted: string;
}

export function findSecrets(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const m of text.matchAll(SECRET_PATTERN)) {
    const start = m.index ?? 0;
    hits.push({ range: { start, end: start + m[0].length }, redacted: redactSecret(m[0]) });
  }
  return hits;
}

/** `pk_…` and the last 4 characters: enough to tell which key it was, useless to an attacker. */
export function redactSecret(secret: string): string {
  return `pk_…${secret.slice(-4)}`;
}

// Redaction is broader than detection: a key glued to a word (`xpk_…`, a path `/lpk_…` built
// from pieces) is not reported as a key, but its characters are still never shown.
const REDACT_PATTERN = /pk_[A-Za-z0-9]{20,}/gi;

/** `text` with every key-shaped token redacted. */
export function redactAll(text: string): string {
  return text.replace(REDACT_PATTERN, (m) => redactSecret(m));
}
