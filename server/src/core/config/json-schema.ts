// The JSON Schema VS Code uses for klaviyo.keys.json (package.json `jsonValidation`), so users
// get hover docs and scope completion even where the language server is not running. It is
// generated from the zod schema so the two cannot disagree, except on purpose: here scopes are
// an enum of today's catalog (completion needs the list), while the loader also accepts old
// spellings with a warning.

import { z } from 'zod';
import { catalog } from '../catalog';
import { keyConfigSchema, scopeStringSchema } from './schema';

export function keyConfigJsonSchema(): Record<string, unknown> {
  const scopes = [...catalog.scopes].sort();
  const generated = z.toJSONSchema(keyConfigSchema, {
    target: 'draft-7',
    override: (ctx) => {
      if (ctx.zodSchema === scopeStringSchema) {
        ctx.jsonSchema.enum = scopes;
        delete ctx.jsonSchema.minLength;
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'klaviyo.keys.json',
    ...rest,
    // VS Code-specific: comments and trailing commas are fine in this file (it is parsed as JSONC).
    allowComments: true,
    allowTrailingCommas: true,
  };
}
