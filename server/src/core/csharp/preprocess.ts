// C# conditional compilation: generated clients declare a method's signature twice, under
// `#if NETSTANDARD…` and `#else`, around one shared body, which no grammar can parse. The
// analysis reads the first branch of each `#if`: directive lines and the other branches become
// blanks of the same length, so every offset still points into the file as written.

const DIRECTIVE = /^[ \t]*#[ \t]*(if|elif|else|endif|nullable|region|endregion|pragma)\b/;

export function firstBranchOnly(text: string): string {
  if (!text.includes('#')) return text;
  const lines = text.split(/(?<=\n)/);
  // One frame per open #if: whether the branch being read is one we keep.
  const keep: boolean[] = [];
  const kept = () => keep.every(Boolean);
  return lines.map((line) => {
    const m = DIRECTIVE.exec(line);
    const blank = () => line.replace(/[^\r\n]/g, ' ');
    if (m) {
      if (m[1] === 'if') keep.push(true);
      else if (m[1] === 'elif' || m[1] === 'else') { if (keep.length) keep[keep.length - 1] = false; }
      else if (m[1] === 'endif') keep.pop();
      return blank();
    }
    return kept() ? line : blank();
  }).join('');
}
