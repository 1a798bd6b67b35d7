// Writes klaviyo.keys.json without ever leaving a half-written file or overwriting changes
// made since it was read: the new text goes to a temporary file in the same folder (so the
// rename stays on one file system and is atomic), and is only moved into place when the file
// still holds what was read.

import fs from 'node:fs';
import path from 'node:path';

export class WriteConflict extends Error {}

function tempPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

/** Replaces `file`, which must still contain `expected`. */
export function replaceFile(file: string, expected: string, text: string): void {
  const mode = fs.statSync(file).mode & 0o777;
  const tmp = tempPath(file);
  fs.writeFileSync(tmp, text, { flag: 'wx', mode });
  try {
    if (fs.readFileSync(file, 'utf8') !== expected) throw new WriteConflict(`${file} changed while klaviyo-scopes was running; nothing was written.`);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Creates `file`, failing when it already exists (a hard link never replaces a file). */
export function createFile(file: string, text: string): void {
  const tmp = tempPath(file);
  fs.writeFileSync(tmp, text, { flag: 'wx', mode: 0o644 });
  try {
    fs.linkSync(tmp, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new WriteConflict(`${file} appeared while klaviyo-scopes was running; nothing was written.`);
    // File systems without hard links: check, then rename (a narrow race, but never a torn file).
    if (fs.existsSync(file)) throw new WriteConflict(`${file} appeared while klaviyo-scopes was running; nothing was written.`);
    fs.renameSync(tmp, file);
    return;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
