// Lint rules: typescript-eslint's recommended set, and no import cycles (a layer that imports
// from a layer above it shows up as a cycle). `npm run lint` runs it with prettier's check.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', '.e2e-cache/', '.test-work/', 'test/fixtures/', 'images/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'] })],
      // The rule reads the imported files too: with the TypeScript parser, or it silently sees nothing.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The layers (ARCHITECTURE.md): the language service is pure (no transport, no platform), and
    // its knowledge base reads no document model.
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vscode-languageserver', 'fs', 'child_process', 'path', 'os', 'net', 'http', 'https'].map((name) => ({
            name,
            message: 'The language service is pure: the LSP layer or the platform provides this.',
          })),
          patterns: [
            {
              group: ['vscode-languageserver/*', 'node:*'],
              message: 'The language service is pure: the LSP layer or the platform provides this.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/service/knowledge/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './server/src/service/knowledge',
              from: [
                './server/src/service/parser',
                './server/src/service/analysis',
                './server/src/service/validation',
                './server/src/service/hover',
                './server/src/service/codeActions',
              ],
              message: 'The knowledge base is facts: it reads no document model and runs no check.',
            },
          ],
        },
      ],
    },
  },
  {
    // Node scripts, and the test reporter mocha loads as CommonJS.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
