import * as assert from 'assert';
import { builtinModules } from 'module';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../../server/src/service/rules';
import { SEVERITY_LEVELS } from '../../server/src/service/types';

/** The extension manifest (package.json) against the code: settings, commands, entries, trust, web bundles. */

const ROOT = path.join(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Setting {
  type: string;
  default?: unknown;
  minimum?: number;
  description?: string;
  markdownDescription?: string;
  propertyNames?: { enum: string[]; markdownEnumDescriptions?: string[] };
  additionalProperties?: { enum: string[] };
}

const manifest = JSON.parse(read('package.json'));
const settings = manifest.contributes.configuration.properties as Record<string, Setting>;

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(relative) : [relative];
  });
}

describe('the extension manifest', () => {
  it('targets VS Code 1.100 with matching typings, and activates on both languages', () => {
    assert.strictEqual(manifest.engines.vscode, '^1.100.0');
    assert.strictEqual(manifest.devDependencies['@types/vscode'], '1.100.0');
    assert.deepStrictEqual(manifest.activationEvents, ['onLanguage:ssh_config', 'onLanguage:sshd_config']);
  });

  it('points main and browser at the built bundles', () => {
    assert.strictEqual(manifest.main, './dist/extension.js');
    assert.strictEqual(manifest.browser, './dist/browser/extension.js');
    for (const file of [manifest.main, manifest.browser, 'dist/server.js', 'dist/browser/server.js']) {
      assert.ok(fs.existsSync(path.join(ROOT, file)), `${file} is missing: run npm run build`);
    }
  });

  it('declares limited support in untrusted workspaces and works in virtual ones', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.strictEqual(trust.supported, 'limited');
    assert.match(trust.description, /ssh -V/);
    assert.strictEqual(manifest.capabilities.virtualWorkspaces, true);
  });

  it('gives every setting a default and a description', () => {
    assert.deepStrictEqual(Object.keys(settings).sort(), [
      'sshConfig.diagnostics.maxNumberOfProblems',
      'sshConfig.diagnostics.severity',
      'sshConfig.format.keywordCase',
      'sshConfig.format.separator',
      'sshConfig.include.relativeTo',
      'sshConfig.inlayHints.keepalive',
      'sshConfig.keepalive.clientAliveCountMax',
      'sshConfig.keepalive.clientAliveInterval',
      'sshConfig.keepalive.networkIdleTimeout',
      'sshConfig.keepalive.serverAliveCountMax',
      'sshConfig.keepalive.serverAliveInterval',
      'sshConfig.openSSHVersion',
      'sshConfig.trace.server',
    ]);
    for (const [name, setting] of Object.entries(settings)) {
      assert.ok(setting.default !== undefined, `${name} has no default`);
      assert.ok((setting.markdownDescription ?? setting.description ?? '').length > 40, `${name} has no real description`);
    }
  });

  it("lists every setting in the README's settings table with its default", () => {
    const readme = read('README.md');
    for (const [name, setting] of Object.entries(settings)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      assert.ok(row, `${name} is not in the README's settings table`);
      const shown = typeof setting.default === 'object' ? JSON.stringify(setting.default) : String(setting.default);
      assert.ok(
        row.includes(`\`${shown}\``) || (shown === '' && row.includes('`""`')),
        `${name}: the README row does not show the default ${shown}`,
      );
    }
  });

  it('offers the keepalive values of the quick fix with sane defaults', () => {
    const expected = { serverAliveInterval: 60, serverAliveCountMax: 3, clientAliveInterval: 60, clientAliveCountMax: 3 };
    for (const [key, value] of Object.entries(expected)) {
      const setting = settings[`sshConfig.keepalive.${key}`];
      assert.deepStrictEqual([setting.type, setting.default, setting.minimum], ['integer', value, 1], key);
      assert.match(setting.markdownDescription ?? '', /quick fix/);
    }
  });

  it('lets the severity of exactly the diagnostic codes be chosen, with the levels the server reads', () => {
    const codes = ALL_RULES.map((rule) => rule.code);
    const severity = settings['sshConfig.diagnostics.severity'];
    assert.deepStrictEqual(
      [...severity.propertyNames!.enum].sort(),
      [...codes].sort(),
      'sshConfig.diagnostics.severity.propertyNames in package.json must list the codes of the rule table (rules.ts)',
    );
    const descriptions = new Map(
      severity.propertyNames!.enum.map((code, i) => [code, severity.propertyNames!.markdownEnumDescriptions?.[i]]),
    );
    for (const rule of ALL_RULES)
      assert.strictEqual(descriptions.get(rule.code), rule.description, `${rule.code}: its description in package.json`);
    assert.deepStrictEqual(severity.additionalProperties!.enum, [...SEVERITY_LEVELS]);
  });

  it("lists every rule in the README's table of codes, with its default severity", () => {
    const readme = read('README.md');
    const table = readme.slice(readme.indexOf('## Diagnostic codes'), readme.indexOf('\n## ', readme.indexOf('## Diagnostic codes') + 5));
    const rows = table.split('\n').filter((line) => line.startsWith('| `'));
    const listed = new Map<string, string>();
    for (const row of rows) {
      const [codes, severity] = row.split(' | ');
      for (const [, code] of codes.matchAll(/`([a-z-]+)`/g)) listed.set(code, severity.trim());
    }
    assert.deepStrictEqual(
      [...listed.keys()].sort(),
      ALL_RULES.map((rule) => rule.code).sort(),
      'the README lists exactly the codes of rules.ts',
    );
    const name = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' } as const;
    for (const rule of ALL_RULES) {
      // A row of codes with different severities says so ("error / warning"); one alone names its own.
      assert.ok(
        listed.get(rule.code)!.includes(name[rule.severity]),
        `${rule.code}: README says "${listed.get(rule.code)}", the table ${name[rule.severity]}`,
      );
    }
  });

  it('registers in the client exactly the commands it contributes', () => {
    const contributed = (manifest.contributes.commands as Array<{ command: string; category: string }>).map((c) => c.command).sort();
    const source = filesUnder('client/src')
      .filter((file) => file.endsWith('.ts'))
      .map((file) => read(file))
      .join('\n');
    const registered = [...source.matchAll(/registerCommand\('([\w.]+)'/g)].map((match) => match[1]).sort();
    assert.deepStrictEqual(registered, contributed);
    assert.ok(contributed.includes('sshConfig.restartServer'));
  });
});

describe('the browser bundles', () => {
  const required = (file: string) => new Set([...read(file).matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]));
  const nodeModules = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

  it('load nothing from Node: the client needs only vscode, the worker nothing', () => {
    assert.deepStrictEqual([...required('dist/browser/extension.js')], ['vscode']);
    assert.deepStrictEqual([...required('dist/browser/server.js')], []);
  });

  it('leave running OpenSSH to the desktop client: its bundle alone starts processes (Compare with ssh -G)', () => {
    assert.ok(required('dist/extension.js').has('child_process'), 'the desktop client no longer requires child_process');
    assert.ok(!/\bexecFile\b/.test(read('dist/browser/extension.js')), 'the web client bundle mentions execFile');
  });

  it('the check would see a Node module in a bundle (the node server requires child_process)', () => {
    const leaked = [...required('dist/server.js')].filter((name) => nodeModules.has(name));
    assert.ok(leaked.includes('child_process'), `found ${leaked.join(', ')}`);
  });
});
