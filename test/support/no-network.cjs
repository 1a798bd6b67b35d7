// Preloaded (`node --require`) into the CLI and the language server by the no-network tests:
// every way Node opens a connection or resolves a name throws, and each attempt is also
// appended to $KLAVIYO_SCOPES_NET_LOG, so an attempt whose error the code swallowed is still
// caught. Workers inherit it through NODE_OPTIONS.
'use strict';
const fs = require('node:fs');

const logFile = process.env.KLAVIYO_SCOPES_NET_LOG;

function blocked(what) {
  return function () {
    const message = `network access attempted: ${what}`;
    if (logFile) fs.appendFileSync(logFile, `${message}\n${new Error().stack}\n\n`);
    throw new Error(message);
  };
}

function block(mod, name, names) {
  for (const n of names) if (typeof mod[n] === 'function') mod[n] = blocked(`${name}.${n}`);
}

const net = require('node:net');
block(net, 'net', ['connect', 'createConnection']);
net.Socket.prototype.connect = blocked('net.Socket.connect');
block(require('node:tls'), 'tls', ['connect']);
block(require('node:http'), 'http', ['request', 'get']);
block(require('node:https'), 'https', ['request', 'get']);
block(require('node:http2'), 'http2', ['connect']);
block(require('node:dgram'), 'dgram', ['createSocket']);
const dns = require('node:dns');
block(dns, 'dns', ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'resolveSrv', 'lookupService', 'reverse']);
block(dns.promises, 'dns.promises', ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'lookupService', 'reverse']);
globalThis.fetch = blocked('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = blocked('WebSocket');
