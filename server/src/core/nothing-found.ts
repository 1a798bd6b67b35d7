// A check that finds no Klaviyo call passes, which a CI gate pointed at the wrong folder (or at
// a language we do not read) must not mistake for green: every report says plainly that nothing
// was found, where it looked and at what.

import type { ScanResult } from './engine/workspace-types';
import type { Language } from './model';

const NAMES: Record<Language, string> = {
  typescript: 'TypeScript', javascript: 'JavaScript', python: 'Python', php: 'PHP', ruby: 'Ruby',
  go: 'Go', java: 'Java', csharp: 'C#', shell: 'shell',
};

/** `TypeScript 120, Python 3`: the languages looked at, most files first. */
export function languagesLookedAt(scan: ScanResult): string {
  return Object.entries(scan.filesByLanguage ?? {})
    .sort(([a, x], [b, y]) => (y as number) - (x as number) || (a < b ? -1 : 1))
    .map(([l, n]) => `${NAMES[l as Language]} ${(n as number).toLocaleString('en-US')}`)
    .join(', ');
}

/** `No Klaviyo calls found in src: looked at 12 source files (TypeScript 12).`, or null when calls were found. */
export function nothingFound(scan: ScanResult, where: string): string | null {
  if (scan.calls.length > 0) return null;
  if (scan.filesScanned === 0) {
    return `No Klaviyo calls found in ${where}: it holds no source file in a language this tool reads (${Object.values(NAMES).join(', ')}).`;
  }
  const files = `${scan.filesScanned.toLocaleString('en-US')} source file${scan.filesScanned === 1 ? '' : 's'}`;
  const langs = languagesLookedAt(scan);
  return `No Klaviyo calls found in ${where}: looked at ${files}${langs ? ` (${langs})` : ''}.`;
}
