import path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import type { TValue } from '../tree-sitter/values';

// Framework configuration files, read as one flat map of setting keys to text: Spring's
// `application.yml`/`.yaml`/`.properties` and .NET's `appsettings.json`. A base URL is often only
// there (`@Value("${klaviyo.base-url}")`, `configuration["Klaviyo:BaseUrl"]`). Keys compare the
// way both frameworks bind them: case, `-` and `_` ignored, `.` and `:` alike.

export interface Settings {
  /** The setting's text, with Spring `${ENV:default}` placeholders read; null when no file sets it. */
  get(key: string): TValue | null;
  /** The files read, nearest first (a change there re-analyzes the file). */
  files: readonly string[];
}

export const NO_SETTINGS: Settings = { get: () => null, files: [] };

/** Where a language's configuration files sit relative to a source file's folders. */
export interface SettingsLayout {
  /** File names tried in each folder from the source file's up to the root (`appsettings.json`). */
  names: string[];
  /** Folders below each of those where they also sit (`src/main/resources`). */
  under: string[];
}

export function normalKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '').replace(/:/g, '.');
}

/**
 * The settings a source file sees: configuration files in its folder and each folder above it
 * (and `extra` folders, e.g. the web project's where Program.cs sits), nearest first; a key set
 * in a nearer file wins.
 */
export function readSettings(file: string, root: string, layout: SettingsLayout, read: (f: string) => string | undefined, extra: readonly string[] = []): Settings {
  const dirs: string[] = [];
  for (let d = path.dirname(file); ; d = path.dirname(d)) {
    dirs.push(d);
    if (d === root || !d.startsWith(root) || path.dirname(d) === d) break;
  }
  dirs.push(...extra.filter((d) => !dirs.includes(d)));
  const map = new Map<string, string>();
  const files: string[] = [];
  for (const d of dirs) {
    for (const sub of ['', ...layout.under]) {
      for (const name of layout.names) {
        const f = path.join(d, sub, name);
        const text = read(f);
        if (text === undefined) continue;
        files.push(f);
        for (const [k, v] of flatten(parseSettings(name, text))) if (!map.has(k)) map.set(k, v);
      }
    }
  }
  if (!map.size) return { get: () => null, files };
  return { get: (key) => { const v = map.get(normalKey(key)); return v === undefined ? null : placeholders(v); }, files };
}

function parseSettings(name: string, text: string): unknown {
  try {
    if (name.endsWith('.json')) return parseJsonc(text, [], { allowTrailingComma: true });
    if (name.endsWith('.properties')) return Object.fromEntries(properties(text));
    // Several documents (`---`, Spring profiles): the first one is the default profile.
    return parseYaml(text.split(/^---\s*$/m)[0] ?? '', { maxAliasCount: 50 });
  } catch {
    return null; // A broken file sets nothing; the build that reads it would fail the same way.
  }
}

function properties(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^#!\s=:][^=:]*?)\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (m) out.push([m[1], m[2]]);
  }
  return out;
}

/** Nested objects as `a.b.c` keys (normalised); only text and number leaves. */
function flatten(v: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof v === 'string' || typeof v === 'number') out.set(normalKey(prefix), String(v));
  else if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

/** `${KLAVIYO_URL:https://a.klaviyo.com}`: its default; `${KLAVIYO_URL}`: that env var. */
function placeholders(v: string): TValue {
  const m = /^\$\{([^:}]+)(?::([^}]*))?\}$/.exec(v.trim());
  if (!m) return { kind: 'str', parts: [v] };
  return m[2] !== undefined && m[2] !== '' ? { kind: 'str', parts: [m[2]] } : { kind: 'env', name: m[1] };
}
