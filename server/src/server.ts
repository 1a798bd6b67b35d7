// Entry point of dist/server.js: create the connection (stdio, IPC or pipe, as the client's
// command line says) and hand it to the server, which owns nothing global.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { preferSmallHeap } from './core/engine/heap-budget';
import { useBundledGrammars } from './host/bundle-paths';
import { startServer } from './lsp/start-server';

useBundledGrammars();
preferSmallHeap();
startServer(createConnection(ProposedFeatures.all));
