// Query values in code are decoded to read include lists (`include=lists%2Ctags`). Code under
// edit, or odd code, holds malformed escapes (`%`, `%zz`, a cut `%E0%A4`): decodeURIComponent
// throws on those, which made the whole file's analysis fail. The text is kept as written.

export function decodeComponent(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
