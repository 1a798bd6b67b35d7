#!/usr/bin/env bash
# A stand-in for a VS Code executable, for machines where @vscode/test-electron cannot download
# VS Code: runTests({ vscodeExecutablePath: this }) passes it VS Code's test arguments, and it
# runs the same tests in code-server's extension host (see vscode-stand-in.ts).
root="$(cd "$(dirname "$0")/../.." && pwd)"
exec node --import "file://$root/node_modules/tsx/dist/loader.mjs" "$root/test/e2e/vscode-stand-in.ts" "$@"
