/**
 * Whether a `path.relative` result climbs out of its base: `..` or `../x`, not a sibling folder
 * whose name starts with two dots (`..cache/x`), which a bare `startsWith('..')` mistakes for one.
 */
export function climbsOut(rel: string): boolean {
  return rel === '..' || rel.startsWith('../') || rel.startsWith('..\\');
}
