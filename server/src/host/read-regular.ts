import fs from 'node:fs';

// Every file the tool reads goes through here. Only regular files are read: a FIFO named
// `package.json` would block a plain read forever (and with it every request of the language
// server), and `/dev/zero` or `/proc` entries behind a symlink never end. The file is opened
// non-blocking and checked after opening, so it cannot be swapped for a FIFO in between.

/** Nothing the tool reads is legitimately this big; a larger "file" is not read at all. */
export const MAX_READ_BYTES = 256 * 1024 * 1024;

const NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

export function readRegularFile(file: string, maxBytes = MAX_READ_BYTES): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NONBLOCK);
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) return undefined;
    return fs.readFileSync(fd, 'utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The size of a regular file, or undefined for anything else (a FIFO, a device, a folder). */
export function regularFileSize(file: string): number | undefined {
  try {
    const st = fs.statSync(file);
    return st.isFile() ? st.size : undefined;
  } catch {
    return undefined;
  }
}
