// Writes package.json's `contributes.configuration` from the server's settings schema
// (server/src/lsp/settings.ts), so the Settings UI and the server agree on names, types,
// defaults and descriptions. Rerun (`npm run settings`) after changing the schema or the
// diagnostic codes; a unit test fails while package.json is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SETTINGS_SECTION } from '../server/src/lsp/protocol';
import { settingsSchema } from '../server/src/lsp/settings';

export const PACKAGE_JSON_PATH = join(__dirname, '..', 'package.json');

interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  [keyword: string]: unknown;
}

/** JSON Schema keywords copied to a setting as they are; any other keyword fails the script. */
const COPIED = ['type', 'enum', 'default', 'items', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems'];
const IGNORED = ['description', 'properties', 'required', 'additionalProperties'];

/** Settings the server does not read, but vscode-languageclient does. */
const CLIENT_SETTINGS: Record<string, Record<string, unknown>> = {
  [`${SETTINGS_SECTION}.trace.server`]: {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    enumDescriptions: ['No tracing.', 'Traces each message\'s name.', 'Traces each message with its content.'],
    default: 'off',
    scope: 'window',
    description: 'Traces the communication between VS Code and the Klaviyo Scopes language server in the output channel.',
  },
};

export function renderConfiguration(): { title: string; properties: Record<string, Record<string, unknown>> } {
  const root = z.toJSONSchema(settingsSchema, { io: 'input' }) as JsonSchema;
  const properties: Record<string, Record<string, unknown>> = {};
  flatten(root, SETTINGS_SECTION, properties);
  let order = 0;
  for (const setting of Object.values(properties)) setting.order = order++;
  for (const [id, setting] of Object.entries(CLIENT_SETTINGS)) properties[id] = { ...setting, order: order++ };
  return { title: 'Klaviyo Scopes', properties };
}

/** Nested objects become dotted setting ids (`klaviyoScopes.diagnostics.missingScope`). */
function flatten(node: JsonSchema, prefix: string, out: Record<string, Record<string, unknown>>): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const id = `${prefix}.${key}`;
    if (child.type === 'object' && child.properties) flatten(child, id, out);
    else out[id] = setting(id, child);
  }
}

function setting(id: string, schema: JsonSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (IGNORED.includes(keyword)) continue;
    if (!COPIED.includes(keyword)) throw new Error(`${id}: JSON Schema keyword ${keyword} has no mapping to a VS Code setting; extend scripts/generate-settings.ts`);
    // `.int()` bounds integers to the safe range; that is no limit worth showing.
    if ((keyword === 'maximum' && value === Number.MAX_SAFE_INTEGER) || (keyword === 'minimum' && value === Number.MIN_SAFE_INTEGER)) continue;
    out[keyword] = value;
  }
  if (out.default === undefined) throw new Error(`${id}: every setting needs a default (.default() in the schema)`);
  if (!schema.description) throw new Error(`${id}: every setting needs a description (.describe() in the schema)`);
  // The server reads settings per resource, so they may differ between workspace folders.
  out.scope = 'resource';
  out.description = schema.description.replace(/`/g, '');
  out.markdownDescription = schema.description;
  return out;
}

/** package.json with `contributes.configuration` replaced (key order and everything else kept). */
export function renderPackageJson(text: string): string {
  const pkg = JSON.parse(text) as { contributes?: Record<string, unknown> };
  pkg.contributes = { ...pkg.contributes, configuration: renderConfiguration() };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(PACKAGE_JSON_PATH, renderPackageJson(readFileSync(PACKAGE_JSON_PATH, 'utf8')));
  console.log(`updated contributes.configuration in ${PACKAGE_JSON_PATH}`);
}
