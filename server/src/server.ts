// Entry point of dist/server.js: create the connection (stdio, IPC or pipe, as the client's
// command line says) and hand it to the server, which owns nothing global.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/start-server';

startServer(createConnection(ProposedFeatures.all));
