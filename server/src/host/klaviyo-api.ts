// The one place that talks to Klaviyo: `GET /api/api-keys` (beta) for `klaviyo-scopes verify`
// and the editor's "Verify keys against Klaviyo", only when a user runs them. Every page is
// read (following `links.next` on the same origin only), 429 waits for `Retry-After`, and each
// request times out. The key goes in the Authorization header and nowhere else: errors name it
// as `pk_…` and its last four characters at most.

import * as z from 'zod/mini';
import { redactAll } from '../core/config/secrets';
import type { LiveKey } from '../core/verify';

export const KLAVIYO_ORIGIN = 'https://a.klaviyo.com';
/** The beta revision that has the api-keys endpoints. */
export const API_KEYS_REVISION = '2026-07-15.pre';

export class KlaviyoApiError extends Error {}

export interface ApiOptions {
  origin: string;
  timeoutMs: number;
  /** Waits this long (ms); injectable so tests need not sleep. */
  sleep?: (ms: number) => Promise<void>;
  maxPages?: number;
  maxRetries?: number;
}

// zod/mini: the editor's client bundles this file too, and mini tree-shakes.
const liveKeySchema = z.object({
  id: z.string().check(z.minLength(1)),
  attributes: z.object({
    name: z._default(z.string(), ''),
    status: z.catch(z.enum(['active', 'disabled']), 'active'),
    scopes: z._default(z.array(z.string()), []),
    redacted_key: z.nullish(z.string()),
  }),
});

const pageSchema = z.object({
  data: z.array(liveKeySchema),
  links: z.nullish(z.object({ next: z.nullish(z.string()) })),
});

/** Every private key of the account the key belongs to. */
export async function listApiKeys(key: string, options: ApiOptions): Promise<LiveKey[]> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const out: LiveKey[] = [];
  let url: string | null = `${options.origin}/api/api-keys?additional-fields[api-key]=redacted_key`;
  for (let page = 0; url; page++) {
    if (page >= (options.maxPages ?? 100)) throw new KlaviyoApiError(`stopped after ${page} pages of keys: the listing does not end`);
    const body = await getJson(url, key, options, sleep);
    const parsed = pageSchema.safeParse(body);
    if (!parsed.success) throw new KlaviyoApiError(`Klaviyo answered with an unexpected shape: ${parsed.error.issues[0]?.path.join('.') || 'body'}: ${parsed.error.issues[0]?.message}`);
    for (const k of parsed.data.data) {
      out.push({ id: k.id, name: k.attributes.name, status: k.attributes.status, scopes: [...k.attributes.scopes].sort(), redacted: k.attributes.redacted_key ? redactAll(k.attributes.redacted_key) : null });
    }
    const next = parsed.data.links?.next ?? null;
    // A next link elsewhere would send the key to another host.
    if (next && new URL(next).origin !== new URL(options.origin).origin) throw new KlaviyoApiError(`refusing to follow a next link to another host (${new URL(next).origin})`);
    url = next;
  }
  return out;
}

async function getJson(url: string, key: string, options: ApiOptions, sleep: (ms: number) => Promise<void>): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(url, {
        headers: { Authorization: `Klaviyo-API-Key ${key}`, revision: API_KEYS_REVISION, accept: 'application/vnd.api+json' },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'error',
      });
    } catch (e) {
      const name = (e as { name?: string }).name;
      if (name === 'TimeoutError' || name === 'AbortError') throw new KlaviyoApiError(`Klaviyo did not answer within ${seconds(options.timeoutMs)} s`);
      throw new KlaviyoApiError(`could not reach ${new URL(url).origin}: ${redactAll(e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e))}`);
    }
    if (res.status === 429 && attempt < (options.maxRetries ?? 5)) {
      await res.body?.cancel();
      await sleep(retryAfterMs(res.headers.get('retry-after')));
      continue;
    }
    const text = await readBody(res, options.timeoutMs);
    if (res.status === 401) throw new KlaviyoApiError('Klaviyo rejected the key (401): it is wrong, revoked or not a private key');
    if (res.status === 403) throw new KlaviyoApiError('the key may not list API keys (403): it needs the credentials:read scope (Klaviyo: Credentials, Read access)');
    if (res.status === 429) throw new KlaviyoApiError('Klaviyo kept answering 429 (rate limited); try again later');
    if (!res.ok) throw new KlaviyoApiError(`Klaviyo answered ${res.status}${errorDetail(text)}`);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new KlaviyoApiError('Klaviyo answered with something that is not JSON');
    }
  }
}

/** Seconds or an HTTP date; capped, so a hostile answer cannot park the command for hours. */
export function retryAfterMs(value: string | null, now = Date.now()): number {
  const MAX = 60_000;
  if (!value) return 1000;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.min(Math.max(seconds, 0) * 1000, MAX);
  const at = Date.parse(value);
  return Number.isNaN(at) ? 1000 : Math.min(Math.max(at - now, 0), MAX);
}

/** The body, but not forever: a server that sends headers and then stalls is a timeout too. */
async function readBody(res: Response, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new KlaviyoApiError(`Klaviyo did not finish answering within ${seconds(timeoutMs)} s`)), timeoutMs);
  });
  try {
    return await Promise.race([res.text(), stalled]);
  } finally {
    clearTimeout(timer);
  }
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(ms < 1000 ? 1 : 0);
}

function errorDetail(text: string): string {
  try {
    const detail = (JSON.parse(text) as { errors?: { detail?: string }[] }).errors?.[0]?.detail;
    return detail ? `: ${redactAll(detail).slice(0, 200)}` : '';
  } catch {
    return '';
  }
}

/**
 * Where requests go: Klaviyo, or, for tests only, `KLAVIYO_SCOPES_API_ORIGIN` when it is a
 * loopback address (anything else is refused, so an environment cannot redirect the key).
 */
export function apiOrigin(env: NodeJS.ProcessEnv): string {
  const override = env.KLAVIYO_SCOPES_API_ORIGIN;
  if (!override) return KLAVIYO_ORIGIN;
  let u: URL;
  try {
    u = new URL(override);
  } catch {
    throw new KlaviyoApiError(`KLAVIYO_SCOPES_API_ORIGIN is not a URL: ${redactAll(override)}`);
  }
  const loopback = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  if (!loopback || !/^https?:$/.test(u.protocol) || u.pathname !== '/' || u.search || u.username) {
    throw new KlaviyoApiError('KLAVIYO_SCOPES_API_ORIGIN is for tests: only http(s)://127.0.0.1, localhost or [::1] with a port is accepted');
  }
  return u.origin;
}
