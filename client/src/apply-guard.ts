// Whether Generate Config may write its proposal: only onto exactly the text it was computed
// from (or, for a new file, onto no file). Pure, so the rule is unit-tested without an editor;
// generate-config.ts applies it, and VS Code's own version check on the edit closes the gap
// between this check and the write.

export type ApplyPlan = 'replace' | 'create' | 'refuse';

/**
 * @param expected the text the proposal was computed from (null: the file did not exist)
 * @param current the file's text now, as the editor has it (undefined: there is no file)
 */
export function planApply(expected: string | null, current: string | undefined): ApplyPlan {
  if (current === undefined) return expected === null ? 'create' : 'refuse';
  return expected !== null && current === expected ? 'replace' : 'refuse';
}
