import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { renderSchema } from '../../scripts/generate-schema';
import { catalog } from '../../server/src/core/catalog';
import { keyConfigJsonSchema } from '../../server/src/core/config/json-schema';
import { keyConfigSchema } from '../../server/src/core/config/schema';

const SCHEMA_FILE = join(__dirname, '..', '..', 'schemas', 'klaviyo-keys.schema.json');

type Schema = Record<string, unknown>;

/**
 * Enough of draft-07 for this schema (ajv is not a dependency). Unknown keywords fail loudly so
 * that a schema change cannot silently make this validator accept everything.
 */
function validate(schema: Schema, value: unknown): boolean {
  const known = new Set(['$schema', 'title', 'description', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'pattern', 'patternErrorMessage', 'minLength', 'allowComments', 'allowTrailingCommas']);
  for (const k of Object.keys(schema)) assert.ok(known.has(k), `mini validator does not know keyword ${k}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) return false;
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return false;
      if (typeof schema.minLength === 'number' && value.length < schema.minLength) return false;
      return typeof schema.pattern !== 'string' || new RegExp(schema.pattern, 'u').test(value);
    case 'array':
      return Array.isArray(value) && value.every((v) => validate(schema.items as Schema, v));
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      const obj = value as Record<string, unknown>;
      if (((schema.required ?? []) as string[]).some((r) => !(r in obj))) return false;
      if (schema.additionalProperties === false && Object.keys(obj).some((k) => !(k in props))) return false;
      return Object.entries(obj).every(([k, v]) => !props[k] || validate(props[k], v));
    }
    default:
      assert.fail(`unexpected type ${String(schema.type)}`);
  }
}

describe('JSON Schema', () => {
  it('the committed schemas/klaviyo-keys.schema.json is up to date', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    assert.ok(committed === renderSchema(), 'schemas/klaviyo-keys.schema.json is stale: run npm run schema');
    assert.deepEqual(JSON.parse(committed), keyConfigJsonSchema(), 'run npm run schema');
  });

  it('is draft-07 with VS Code\'s JSONC flags', () => {
    const s = keyConfigJsonSchema();
    assert.equal(s.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(s.allowComments, true);
    assert.equal(s.allowTrailingCommas, true);
  });

  it('offers every catalog scope for completion, and only those', () => {
    const s = keyConfigJsonSchema() as { properties: { keys: { items: { properties: { scopes: { items: Schema } } } } } };
    const items = s.properties.keys.items.properties.scopes.items;
    assert.deepEqual(items.enum, [...catalog.scopes].sort());
    assert.equal(typeof items.description, 'string');
  });

  it('describes every property, for hovers', () => {
    const undocumented: string[] = [];
    const walk = (node: Schema, at: string) => {
      if (at !== '' && typeof node.description !== 'string') undocumented.push(at);
      for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, Schema>)) walk(v, `${at}/${k}`);
      if (node.items) walk(node.items as Schema, `${at}[]`);
    };
    walk(keyConfigJsonSchema(), '');
    assert.deepEqual(undocumented, []);
  });

  const agreeing: { name: string; value: unknown; valid: boolean }[] = [
    { name: 'minimal', value: { keys: [] }, valid: true },
    { name: 'full', value: { $schema: 'x', keys: [{ name: 'a', scopes: ['lists:read', 'data-privacy:write'], files: ['a/**'], env: ['A_KEY'] }], ignore: ['**/fixtures/**'] }, valid: true },
    { name: 'missing keys', value: { ignore: [] }, valid: false },
    { name: 'unknown root property', value: { keys: [], extra: 1 }, valid: false },
    { name: 'unknown key property', value: { keys: [{ name: 'a', scopes: [], scope: [] }] }, valid: false },
    { name: 'missing name', value: { keys: [{ scopes: [] }] }, valid: false },
    { name: 'blank name', value: { keys: [{ name: ' ', scopes: [] }] }, valid: false },
    { name: 'scopes not an array', value: { keys: [{ name: 'a', scopes: 'lists:read' }] }, valid: false },
    { name: 'bad env name', value: { keys: [{ name: 'a', scopes: [], env: ['1KEY'] }] }, valid: false },
    { name: 'empty glob', value: { keys: [{ name: 'a', scopes: [], files: [''] }] }, valid: false },
    { name: 'ignore not an array', value: { keys: [], ignore: '**' }, valid: false },
    { name: 'root not an object', value: [], valid: false },
  ];
  for (const c of agreeing) {
    it(`zod and the JSON Schema agree: ${c.name}`, () => {
      assert.equal(keyConfigSchema.safeParse(c.value).success, c.valid, 'zod');
      assert.equal(validate(keyConfigJsonSchema(), c.value), c.valid, 'JSON Schema');
    });
  }

  it('differs from zod only on scope spelling, on purpose', () => {
    // The loader accepts old spellings (with a warning) and suggests fixes for typos itself;
    // the JSON Schema lists only today's scopes so that completion offers nothing stale.
    const value = { keys: [{ name: 'a', scopes: ['List Read'] }] };
    assert.equal(keyConfigSchema.safeParse(value).success, true);
    assert.equal(validate(keyConfigJsonSchema(), value), false);
  });
});
