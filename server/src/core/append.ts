/**
 * `target.push(...items)` without the spread: a spread passes every item as an argument, and
 * past ~100k items (a generated file's calls, a config of every scope) the stack overflows.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}
