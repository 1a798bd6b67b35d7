// Writes klaviyo.keys.json without ever leaving a half-written file or overwriting changes
// made since it was read: the new text goes to a temporary file in the same folder (so the
// rename stays on one file system and is atomic), is flushed to disk, and is only moved into
// place when the file still holds what was read. Any failure (disk full, permissions, a
// failing rename) removes the temporary file and leaves the original as it was.

import fs from 'node:fs';
import path from 'node:path';

export class WriteConflict extends Error {}

function tempPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

/** Writes `text` to a new file `tmp` and flushes it to disk; on any failure nothing is left behind. */
function writeTemp(tmp: string, text: string, mode: number): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', mode);
    fs.writeFileSync(fd, text);
    // Without this a crash right after the rename can leave an empty file on some file systems.
    fs.fsyncSync(fd);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fd = undefined;
    fs.rmSync(tmp, { force: true });
    throw e;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Replaces `file`, which must still contain `expected`. A symbolic link stays a link: its
 * target is what gets replaced (a rename onto the link itself would turn it into a file).
 */
export function replaceFile(file: string, expected: string, text: string): void {
  const target = fs.realpathSync(file);
  const mode = fs.statSync(target).mode & 0o777;
  const tmp = tempPath(target);
  writeTemp(tmp, text, mode);
  try {
    if (fs.readFileSync(target, 'utf8') !== expected) throw new WriteConflict(`${file} changed while klaviyo-scopes was running; nothing was written.`);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Creates `file`, failing when it already exists (a hard link never replaces a file). */
export function createFile(file: string, text: string): void {
  const tmp = tempPath(file);
  writeTemp(tmp, text, 0o644);
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

/** Writes a report (`--output`): whole or not at all, replacing what was there. */
export function writeReport(file: string, text: string): void {
  const tmp = tempPath(file);
  writeTemp(tmp, text, 0o644);
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
