// Writes schemas/klaviyo-keys.schema.json, the schema package.json's `jsonValidation` points
// VS Code at. Rerun after changing the config schema or regenerating the catalog; a unit test
// fails while the committed file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyConfigJsonSchema } from '../server/src/core/config/json-schema';

export const SCHEMA_PATH = join(__dirname, '..', 'schemas', 'klaviyo-keys.schema.json');

export function renderSchema(): string {
  return `${JSON.stringify(keyConfigJsonSchema(), null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(SCHEMA_PATH, renderSchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
