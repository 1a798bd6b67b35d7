// catalog.json layout: one operation / history record per line, so that a spec update shows up
// in review as a few changed lines, and the same input always produces the same bytes.

import type { CatalogFile } from '../../server/src/core/catalog/types';

function list(items: readonly unknown[]): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
}

function dict(obj: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(obj);
  if (keys.length === 0) return '{}';
  return `{\n${keys.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(obj[k])}`).join(',\n')}\n  }`;
}

export function serializeCatalog(c: CatalogFile): string {
  // Written key by key (not JSON.stringify(c)) so the layout does not depend on how `c` was built.
  const parts: [keyof CatalogFile, string][] = [
    ['revision', JSON.stringify(c.revision)],
    ['betaRevision', JSON.stringify(c.betaRevision)],
    ['revisions', JSON.stringify(c.revisions)],
    ['scopes', JSON.stringify(c.scopes)],
    ['includeExceptions', dict(c.includeExceptions)],
    ['operations', list(c.operations)],
    ['history', list(c.history)],
  ];
  return `{\n${parts.map(([k, v]) => `  ${JSON.stringify(k)}: ${v}`).join(',\n')}\n}\n`;
}
