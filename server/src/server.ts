// Entry point of the bundled language server (dist/server.js): the LSP layer lands with the editor issue.
process.stderr.write('klaviyo-scopes language server: not implemented yet\n');
