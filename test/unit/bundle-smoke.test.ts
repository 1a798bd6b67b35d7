// Loads the bundles in dist/ (what the VSIX ships) in plain Node, as VS Code and a shell would:
// a bundle that esbuild built but that throws at load, misses a file or cannot talk is caught
// here, without an editor. `npm test` builds dist/ first; `npm run package` builds it minified.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';

const DIST = path.resolve(__dirname, '../../dist');
const { version } = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };

/** One LSP message with its Content-Length header. */
const frame = (msg: object): string => {
  const body = JSON.stringify(msg);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

describe('bundles in dist/', () => {
  it('server.js answers initialize over stdio and exits on shutdown + exit', async () => {
    const server = spawn(process.execPath, [path.join(DIST, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    const initialized = new Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }>((resolve, reject) => {
      server.on('exit', (code) => reject(new Error(`server exited (${code}) before answering; it wrote: ${out}`)));
      server.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const m = /Content-Length: (\d+)\r\n\r\n/.exec(out);
        if (!m) return;
        const body = out.slice(m.index + m[0].length, m.index + m[0].length + Number(m[1]));
        if (Buffer.byteLength(body) < Number(m[1])) return;
        const msg = JSON.parse(body) as { id?: number; result?: never };
        if (msg.id === 1 && msg.result) resolve(msg.result);
        else out = out.slice(m.index + m[0].length + body.length); // a notification first; keep reading
      });
    });
    server.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null } }));
    const result = await initialized;
    assert.ok(result.capabilities.textDocumentSync !== undefined, 'no textDocumentSync capability');
    assert.ok(result.capabilities.hoverProvider, 'no hoverProvider capability');

    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    server.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
    server.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
    assert.equal(await exited, 0);
  });

  it('cli.js prints its version', () => {
    const r = spawnSync(process.execPath, [path.join(DIST, 'cli.js'), '--version'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^klaviyo-scopes ${version.replace(/\./g, '\\.')} `));
  });

  it('extension.js loads against a stub vscode module and exports activate and deactivate', () => {
    // The extension host provides `vscode`; here every property of it is an empty class, which
    // is all a bundle needs at load time (vscode-languageclient subclasses a few of them).
    const stub = (): unknown => {
      const cache = new Map<PropertyKey, unknown>();
      return new Proxy(class {}, {
        get: (target, p) => {
          if (p === 'prototype' || p === Symbol.hasInstance) return Reflect.get(target, p);
          if (!cache.has(p)) cache.set(p, stub());
          return cache.get(p);
        },
      });
    };
    // esbuild's ESM interop copies the module's own properties onto an object with the module's
    // prototype, so the catch-all sits in the prototype of the module object.
    const vscode = Object.create(stub() as object) as object;
    const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const load = mod._load;
    mod._load = (request, ...rest) => (request === 'vscode' ? vscode : load(request, ...rest));
    try {
      const ext = createRequire(__filename)(path.join(DIST, 'extension.js')) as Record<string, unknown>;
      assert.equal(typeof ext.activate, 'function');
      assert.equal(typeof ext.deactivate, 'function');
    } finally {
      mod._load = load;
    }
  });
});
