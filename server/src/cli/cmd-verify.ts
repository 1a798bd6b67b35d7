// `klaviyo-scopes verify [dir]`: the account's real keys (GET /api/api-keys) against
// klaviyo.keys.json and what the code needs. The only command that opens a connection, only to
// Klaviyo (or a loopback stand-in in tests). Exit 0 when no live key lacks a scope its calls
// need and none the config uses is disabled, 1 otherwise, 2 on usage, config or API errors.

import { redactAll, redactSecret } from '../core/config/secrets';
import { keyIdsOf, verifyKeys, type VerifyResult } from '../core/verify';
import { apiOrigin, KlaviyoApiError, listApiKeys } from '../host/klaviyo-api';
import { analyze, type Analysis } from './analyze';
import { UsageError, type Command } from './args';
import type { z } from 'zod';
import type { jsonVerifySchema } from './json-contract';
import { verifyMarkdown } from '../core/report-verify';
import { formatVerifyGithub, formatVerifySarif, verifyDiagnostics } from './format-verify';
import { formatVerifyText } from './format-verify-text';
import { displayPath, rootPath, writeOutput, type Io } from './io';

const DEFAULT_TIMEOUT_MS = 30_000;

export async function runVerify(cmd: Extract<Command, { command: 'verify' }>, io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const key = env[cmd.keyEnv]?.trim();
  if (!key) throw new UsageError(`set ${cmd.keyEnv} to a private key with credentials:read (Klaviyo: Credentials, Read access); it is read from the environment only`);
  if (!/^pk_[A-Za-z0-9]{20,}$/.test(key)) throw new UsageError(`${cmd.keyEnv} does not hold a Klaviyo private key (pk_…)`);
  let origin: string;
  try {
    origin = apiOrigin(env);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const a = await analyze(cmd.dir, cmd.config, io);
  if (a.check.configErrors) {
    io.err('klaviyo-scopes: not verifying: fix the errors in klaviyo.keys.json first.\n');
    return 2;
  }
  // A longer wait only makes sense against a stand-in that is meant to hang (tests).
  const timeoutMs = origin !== 'https://a.klaviyo.com' && Number(env.KLAVIYO_SCOPES_API_TIMEOUT_MS) > 0 ? Number(env.KLAVIYO_SCOPES_API_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
  let live;
  try {
    live = await listApiKeys(key, { origin, timeoutMs });
  } catch (e) {
    if (!(e instanceof KlaviyoApiError)) throw e;
    io.err(`klaviyo-scopes: could not list the account's keys with ${redactSecret(key)}: ${redactAll(e.message)}\n`);
    return 2;
  }
  const result = verifyKeys(a.check, live, keyIdsOf(a.configs));
  const code = result.ok ? 0 : 1;
  const report = formatted(cmd.format, a, result, io, code);
  if (cmd.output) {
    if (!writeOutput(io, cmd.output, report)) return 2;
    io.out(formatVerifyText(a, result, io.cwd, io.color));
  } else io.out(report);
  return code;
}

function formatted(format: string, a: Analysis, r: VerifyResult, io: Io, code: number): string {
  switch (format) {
    case 'json':
      return JSON.stringify(verifyJson(a, r), null, 2) + '\n';
    case 'sarif':
      return formatVerifySarif(a, verifyDiagnostics(a, r), io.cwd, code);
    case 'github':
      return formatVerifyGithub(a, verifyDiagnostics(a, r), io.cwd);
    case 'markdown':
      return verifyMarkdown(r, (f) => displayPath(io.cwd, f));
    default:
      return formatVerifyText(a, r, io.cwd, io.color);
  }
}

/** The `--format json` of verify: version 1, like check's contract. */
export function verifyJson(a: Analysis, r: VerifyResult): z.infer<typeof jsonVerifySchema> {
  const rel = (p: string) => rootPath(a.root, p);
  const liveKey = (k: NonNullable<VerifyResult['keys'][number]['live']>) => ({ id: k.id, name: k.name, status: k.status, scopes: k.scopes, redacted: k.redacted });
  return {
    version: 1 as const,
    command: 'verify' as const,
    root: a.root,
    ok: r.ok,
    keys: r.keys.map((k) => ({
      name: k.name,
      config: rel(k.configPath),
      live: k.live ? liveKey(k.live) : null,
      matchedBy: k.matchedBy,
      required: k.required,
      missing: k.missing,
      excess: k.excess.map((e) => e.scope),
      excessDetails: k.excess,
      disabled: k.disabled,
    })),
    unclaimed: r.unclaimed.map(liveKey),
  };
}
