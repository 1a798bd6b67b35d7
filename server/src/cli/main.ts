// Placeholder until the CLI lands: prints the catalog summary.
import { catalog } from '../core/catalog';
const stable = catalog.operations.filter((o) => !o.beta);
console.log(`Klaviyo catalog ${catalog.revision}: ${stable.length} stable + ${catalog.operations.length - stable.length} beta operations, ${catalog.scopes.length} scopes`);
