// Entry point of the bundled VS Code client (dist/extension.js): lands with the editor issue.
export function activate(): void {}
export function deactivate(): void {}
