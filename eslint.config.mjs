import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.tools/**', 'examples/**', 'test/fixtures/**', '.artifacts/**', '.bench/**'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The analysis core takes text and config and returns plain data: it must stay usable
    // from the CLI and from tests without an editor, so editor APIs are off limits here.
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-*', 'vscode-languageclient', 'vscode-languageclient/*'],
            message: 'server/src/core must not depend on editor APIs: return plain data and convert in server/src/lsp.' },
          { group: ['**/lsp/**', '**/cli/**', '**/client/**'], message: 'server/src/core must not import its adapters.' },
        ],
      }],
    },
  },
);
