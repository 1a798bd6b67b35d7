// Preloaded (`node --require`) into the CLI by the fault tests, to make the file system fail the
// way real disks and permissions do, which a test running as root cannot arrange with chmod:
//   KLAVIYO_SCOPES_DENY_READ=<absolute path>  reading that file fails with EACCES
//   KLAVIYO_SCOPES_FAIL_RENAME=1              every rename fails with EIO (after the write)
//   KLAVIYO_SCOPES_FAIL_WRITE=1               writes to a temporary file stop halfway with ENOSPC
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function failure(code, syscall, file) {
  const e = new Error(`${code}: simulated failure, ${syscall} '${file}'`);
  e.code = code;
  e.syscall = syscall;
  e.path = file;
  return e;
}

const denied = process.env.KLAVIYO_SCOPES_DENY_READ;
if (denied) {
  for (const name of ['readFileSync', 'openSync']) {
    const original = fs[name];
    fs[name] = function (file, ...rest) {
      if (typeof file === 'string' && path.resolve(file) === denied) throw failure('EACCES', name, file);
      return original.call(this, file, ...rest);
    };
  }
}

if (process.env.KLAVIYO_SCOPES_FAIL_RENAME === '1') {
  fs.renameSync = function (from) {
    throw failure('EIO', 'rename', from);
  };
}

if (process.env.KLAVIYO_SCOPES_FAIL_WRITE === '1') {
  const original = fs.writeFileSync;
  fs.writeFileSync = function (target, data, ...rest) {
    // A file descriptor: the temporary file. Half the text reaches the disk, then it is full.
    if (typeof target === 'number') {
      original.call(this, target, String(data).slice(0, String(data).length >> 1), ...rest);
      throw failure('ENOSPC', 'write', `fd ${target}`);
    }
    return original.call(this, target, data, ...rest);
  };
}
