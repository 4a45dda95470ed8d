// Bundles the extension client, the language server and the command-line checker into dist/,
// for Node (desktop VS Code, other editors, CI) and for the browser (vscode.dev, github.dev).
import { build } from 'esbuild';

const shared = { bundle: true, sourcemap: true, minify: true, logLevel: 'warning' };
const node = { ...shared, platform: 'node', target: 'node20', format: 'cjs' };
// platform 'browser' makes esbuild fail on any Node built-in, so node-only code cannot leak in.
const browser = { ...shared, platform: 'browser', target: 'es2022' };

const outputs = {
  'dist/extension.js': { ...node, entryPoints: ['client/src/node/extension.ts'], external: ['vscode'] },
  'dist/server.js': { ...node, entryPoints: ['server/src/node/main.ts'] },
  'dist/cli.js': { ...node, entryPoints: ['server/src/cli/cli.ts'], banner: { js: '#!/usr/bin/env node' } },
  // The web extension host loads the client as CommonJS; the server runs as a classic worker script.
  'dist/browser/extension.js': { ...browser, format: 'cjs', entryPoints: ['client/src/browser/extension.ts'], external: ['vscode'] },
  'dist/browser/server.js': { ...browser, format: 'iife', entryPoints: ['server/src/browser/main.ts'] },
};

await Promise.all(Object.entries(outputs).map(([outfile, options]) => build({ ...options, outfile })));
console.log(`built ${Object.keys(outputs).join(', ')}`);
