import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Diagnostic } from 'vscode-languageserver-types';
import { readSeverityOverrides } from '../../server/src/service/validation/severityOverrides';
import { SEVERITY_LEVELS, type SeverityOverrides } from '../../server/src/service/types';
import { document, ERROR, HINT, INFO, ls, rangeOf, validate, WARNING } from './helpers';

/**
 * The `sshConfig.diagnostics.severity` setting, through the service and the command line. The
 * assertions look at the codes each input is made for, so that other lints do not disturb them.
 */

// One unknown keyword (error), one keyword of the other file (error), one shadowed line (warning).
const TEXT = 'Host *\n  User alice\nHost web\n  User bob\n  Bogus yes\n  ClientAliveInterval 30\n';
const CODES = ['never-applies', 'unknown-keyword', 'wrong-file', 'unbalanced-quotes', 'not-allowed-in-match'];
const focus = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => CODES.includes(String(d.code)));

function validateWith(overrides: SeverityOverrides | undefined): Diagnostic[] {
  return ls.doValidation(document(TEXT), undefined, { openSSHVersion: '9.2', severityOverrides: overrides });
}

const summary = (diagnostics: Diagnostic[]) => focus(diagnostics).map((d) => [d.code, d.severity, rangeOf(d.range)]);

describe('severity overrides', () => {
  it('changes nothing without overrides or with an empty map', () => {
    const plain = ls.doValidation(document(TEXT), undefined, { openSSHVersion: '9.2' });
    assert.deepStrictEqual(summary(plain), [
      ['never-applies', WARNING, [3, 2, 3, 10]],
      ['unknown-keyword', ERROR, [4, 2, 4, 7]],
      ['wrong-file', ERROR, [5, 2, 5, 21]],
    ]);
    assert.deepStrictEqual(validateWith(undefined), plain);
    assert.deepStrictEqual(validateWith({}), plain);
  });

  it('maps each level to its LSP severity and leaves other codes, ranges and messages alone', () => {
    const expected = { error: ERROR, warning: WARNING, information: INFO, hint: HINT } as const;
    for (const [level, severity] of Object.entries(expected)) {
      const diagnostics = validateWith({ 'never-applies': level as keyof typeof expected });
      assert.deepStrictEqual(
        summary(diagnostics),
        [
          ['never-applies', severity, [3, 2, 3, 10]],
          ['unknown-keyword', ERROR, [4, 2, 4, 7]],
          ['wrong-file', ERROR, [5, 2, 5, 21]],
        ],
        level,
      );
      assert.deepStrictEqual(
        focus(diagnostics).map((d) => d.message),
        focus(validate(TEXT)).map((d) => d.message),
      );
    }
  });

  it('drops a code set to off, and only that code', () => {
    assert.deepStrictEqual(
      summary(validateWith({ 'unknown-keyword': 'off' })).map(([code]) => code),
      ['never-applies', 'wrong-file'],
    );
  });

  it('lowers errors OpenSSH rejects too: the user decides', () => {
    const diagnostics = validateWith({ 'unknown-keyword': 'hint', 'wrong-file': 'information' });
    assert.deepStrictEqual(
      summary(diagnostics).map(([code, severity]) => [code, severity]),
      [
        ['never-applies', WARNING],
        ['unknown-keyword', HINT],
        ['wrong-file', INFO],
      ],
    );
  });

  it('applies to syntax findings found before any keyword check', () => {
    const text = 'Host "web\n';
    assert.deepStrictEqual(
      focus(validate(text)).map((d) => [d.code, d.severity]),
      [['unbalanced-quotes', ERROR]],
    );
    const lowered = ls.doValidation(document(text), undefined, {
      openSSHVersion: '9.2',
      severityOverrides: { 'unbalanced-quotes': 'warning' },
    });
    assert.deepStrictEqual(
      focus(lowered).map((d) => [d.code, d.severity]),
      [['unbalanced-quotes', WARNING]],
    );
  });

  it('works for sshd_config codes', () => {
    const text = 'Match User bob\n  Port 2222\n';
    const off = ls.doValidation(document(text, 'sshd_config'), undefined, {
      openSSHVersion: '9.2',
      severityOverrides: { 'not-allowed-in-match': 'off' },
    });
    assert.deepStrictEqual(
      focus(validate(text, 'sshd_config')).map((d) => d.code),
      ['not-allowed-in-match'],
    );
    assert.deepStrictEqual(focus(off), []);
  });
});

describe('reading severity overrides from settings', () => {
  it('keeps valid levels and names the rejected entries', () => {
    const { overrides, rejected } = readSeverityOverrides({
      'never-applies': 'hint',
      'unknown-keyword': 'loud',
      'wrong-file': 3,
      'no-such-code': 'off',
    });
    assert.deepStrictEqual({ ...overrides }, { 'never-applies': 'hint', 'no-such-code': 'off' });
    assert.deepStrictEqual(rejected, ['unknown-keyword: "loud"', 'wrong-file: 3']);
  });

  it('reads anything that is not an object as no overrides', () => {
    for (const value of [undefined, null, 'off', 42, ['error']]) {
      const { overrides, rejected } = readSeverityOverrides(value);
      assert.deepStrictEqual([{ ...overrides }, rejected], [{}, []], JSON.stringify(value));
    }
  });

  it('treats "__proto__" and inherited names as plain codes', () => {
    const { overrides } = readSeverityOverrides(JSON.parse('{"__proto__": "off", "toString": "hint"}'));
    assert.deepStrictEqual(Object.keys(overrides).sort(), ['__proto__', 'toString']);
    assert.deepStrictEqual(summary(validateWith(overrides)), summary(validate(TEXT)));
  });

  it('offers exactly the five levels of the setting', () => {
    assert.deepStrictEqual([...SEVERITY_LEVELS], ['error', 'warning', 'information', 'hint', 'off']);
  });
});

describe('ssh-config-check --severity', () => {
  const CLI = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'severity-cli-'));
    fs.writeFileSync(path.join(dir, 'config'), TEXT);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]): { status: number; lines: string[] } => {
    try {
      return {
        status: 0,
        lines: execFileSync(process.execPath, [CLI, '--openssh', '9.2', ...args, path.join(dir, 'config')], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        })
          .trim()
          .split('\n'),
      };
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      return { status: failed.status, lines: failed.stdout.trim().split('\n') };
    }
  };
  const findings = (lines: string[]) =>
    lines
      .slice(0, -1)
      .map((line) => / (error|warning|info|hint) ([a-z-]+):/.exec(line)?.slice(1, 3))
      .filter((finding) => CODES.includes(finding?.[1] ?? ''));

  it('fails on errors by default', () => {
    const { status, lines } = run();
    assert.strictEqual(status, 1);
    assert.deepStrictEqual(findings(lines), [
      ['warning', 'never-applies'],
      ['error', 'unknown-keyword'],
      ['error', 'wrong-file'],
    ]);
  });

  it('follows the chosen severities, exit status included', () => {
    const { status, lines } = run('--severity', 'unknown-keyword=warning', '--severity', 'wrong-file=off');
    assert.strictEqual(status, 0);
    assert.deepStrictEqual(findings(lines), [
      ['warning', 'never-applies'],
      ['warning', 'unknown-keyword'],
    ]);
  });

  it('refuses a level it does not know', () => {
    assert.strictEqual(run('--severity', 'unknown-keyword=loud').status, 2);
    assert.strictEqual(run('--severity', 'unknown-keyword').status, 2);
  });
});
