import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { KeepaliveSettings } from '../../server/src/service/types';
import { document, Language, ls } from './helpers';

/** Code actions on strings: which actions a diagnostic gets, and the exact text after applying one. */

function diagnosticsOf(text: string, language: Language, version = '9.2'): Diagnostic[] {
  return ls.doValidation(document(text, language), undefined, { openSSHVersion: version });
}

/** The actions offered for the diagnostics with `code` (or for none, when code is undefined). */
function actions(
  text: string,
  language: Language,
  code: string | undefined,
  only?: string[],
  keepalive?: KeepaliveSettings,
  version = '9.2',
): CodeAction[] {
  const diagnostics = code ? diagnosticsOf(text, language, version).filter((d) => d.code === code) : [];
  if (code) assert.ok(diagnostics.length > 0, `expected a ${code} diagnostic`);
  return ls.doCodeActions(document(text, language), { diagnostics, only }, undefined, { openSSHVersion: version, keepalive });
}

function apply(text: string, language: Language, action: CodeAction): string {
  const doc = TextDocument.create('file:///t', language, 1, text);
  return TextDocument.applyEdits(doc, action.edit!.changes!['file:///t']);
}

const titled = (list: CodeAction[], start: string) => {
  const found = list.find((a) => a.title.startsWith(start));
  assert.ok(found, `no action starting with "${start}" in ${JSON.stringify(list.map((a) => a.title))}`);
  return found;
};

const KEEPALIVE = 'Add recommended keepalive';

/** The text after applying "Add recommended keepalive" offered on the file's no-keepalive note. */
const withKeepalive = (text: string, language: Language) =>
  apply(text, language, titled(actions(text, language, 'no-keepalive'), KEEPALIVE));

describe('code actions: recommended keepalive (ssh_config)', () => {
  it('appends a Host * block at the end, after a blank line, in the file indentation', () => {
    const text = 'Host web\n  HostName 10.0.0.1\n  ServerAliveInterval 15\n';
    const action = titled(actions(text, 'ssh_config', 'no-keepalive'), KEEPALIVE);
    assert.strictEqual(action.kind, 'quickfix');
    assert.strictEqual(action.isPreferred, true);
    assert.strictEqual(apply(text, 'ssh_config', action), `${text}\nHost *\n  ServerAliveInterval 60\n  ServerAliveCountMax 3\n`);
  });

  it('keeps CRLF line ends and adds the missing final line end', () => {
    const text = 'Host web\r\n\tUser deploy';
    const result = withKeepalive(text, 'ssh_config');
    assert.strictEqual(result, 'Host web\r\n\tUser deploy\r\n\r\nHost *\r\n\tServerAliveInterval 60\r\n\tServerAliveCountMax 3\r\n');
  });

  it('adds no second blank line when the file already ends with one', () => {
    const text = 'Host web\n    User deploy\n\n';
    const result = withKeepalive(text, 'ssh_config');
    assert.strictEqual(result, 'Host web\n    User deploy\n\nHost *\n    ServerAliveInterval 60\n    ServerAliveCountMax 3\n');
  });

  it('puts the missing lines into a Host * block that ends the file', () => {
    const text = 'Host web\n  User deploy\n\nHost *\n    ForwardAgent no\n    # trailing comment\n';
    const result = withKeepalive(text, 'ssh_config');
    assert.strictEqual(
      result,
      'Host web\n  User deploy\n\nHost *\n    ForwardAgent no\n    ServerAliveInterval 60\n    ServerAliveCountMax 3\n    # trailing comment\n',
    );
  });

  it('never fills a Host * block at the top: a new block goes to the end', () => {
    const text = 'Host *\n  ForwardAgent no\n\nHost web\n  ServerAliveInterval 15\n';
    const result = withKeepalive(text, 'ssh_config');
    assert.strictEqual(result, `${text}\nHost *\n  ServerAliveInterval 60\n  ServerAliveCountMax 3\n`);
  });

  it('corrects an interval of 0 that every host gets, and adds only what is missing', () => {
    const text = 'ServerAliveCountMax 5\nHost web\n  User deploy\nHost *\n  ServerAliveInterval 0\n';
    const result = withKeepalive(text, 'ssh_config');
    assert.strictEqual(result, 'ServerAliveCountMax 5\nHost web\n  User deploy\nHost *\n  ServerAliveInterval 60\n');
  });

  it('writes the values of the settings', () => {
    const text = 'Host web\n  User deploy\n';
    const keepalive = { ssh_config: { interval: 30, countMax: 6 }, sshd_config: { interval: 90, countMax: 2 } };
    const result = apply(text, 'ssh_config', titled(actions(text, 'ssh_config', undefined, ['refactor'], keepalive), KEEPALIVE));
    assert.strictEqual(result, `${text}\nHost *\n  ServerAliveInterval 30\n  ServerAliveCountMax 6\n`);
  });

  it('is offered as a refactor anywhere, and not at all when every host gets a keepalive', () => {
    const missing = 'Host web\n  User deploy\n';
    assert.deepStrictEqual(
      actions(missing, 'ssh_config', undefined, ['refactor']).map((a) => a.kind),
      ['refactor'],
    );
    const covered = 'Host web\n  User deploy\nHost *\n  ServerAliveInterval 60\n';
    assert.deepStrictEqual(actions(covered, 'ssh_config', undefined), []);
    assert.ok(!diagnosticsOf(covered, 'ssh_config').some((d) => d.code === 'no-keepalive'));
  });

  it('is offered on the other keepalive findings too, once for all of them', () => {
    const text = 'Host *\n  TCPKeepAlive no\n';
    assert.ok(actions(text, 'ssh_config', 'no-dead-peer-detection').some((a) => a.title.startsWith(KEEPALIVE)));
    const diagnostics = diagnosticsOf(text, 'ssh_config').filter((d) => d.code === 'no-dead-peer-detection' || d.code === 'no-keepalive');
    assert.strictEqual(diagnostics.length, 2);
    const offered = ls
      .doCodeActions(document(text, 'ssh_config'), { diagnostics }, undefined, { openSSHVersion: '9.2' })
      .filter((a) => a.title.startsWith(KEEPALIVE));
    assert.strictEqual(offered.length, 1);
    assert.strictEqual(offered[0].diagnostics?.length, 2);
  });

  it('says when an Include read earlier could set the value first', () => {
    const text = 'Include ~/.ssh/config.d/*\nHost web\n  User deploy\n';
    assert.match(titled(actions(text, 'ssh_config', undefined, ['refactor']), KEEPALIVE).title, /Include on line 1/);
  });

  it('works on an empty file', () => {
    const result = apply('', 'ssh_config', titled(actions('', 'ssh_config', undefined, ['refactor']), KEEPALIVE));
    assert.strictEqual(result, 'Host *\n    ServerAliveInterval 60\n    ServerAliveCountMax 3\n');
  });
});

describe('code actions: recommended keepalive (sshd_config)', () => {
  it('inserts above the comments that introduce the first Match block', () => {
    const text = 'Port 22\nX11Forwarding yes\n\n# Restrict sftp users\nMatch Group sftp\n  ForceCommand internal-sftp\n';
    const result = withKeepalive(text, 'sshd_config');
    assert.strictEqual(
      result,
      'Port 22\nX11Forwarding yes\n\nClientAliveInterval 60\nClientAliveCountMax 3\n\n# Restrict sftp users\nMatch Group sftp\n  ForceCommand internal-sftp\n',
    );
  });

  it('appends to the global section when there is no Match block', () => {
    const text = 'Port 22\r\nPermitRootLogin no\r\n';
    const result = withKeepalive(text, 'sshd_config');
    assert.strictEqual(result, 'Port 22\r\nPermitRootLogin no\r\n\r\nClientAliveInterval 60\r\nClientAliveCountMax 3\r\n');
  });

  it('updates a global interval of 0 in place, never a Match block', () => {
    const text = 'ClientAliveInterval 0\nClientAliveCountMax 2\nMatch User bob\n  ClientAliveInterval 300\n';
    const result = withKeepalive(text, 'sshd_config');
    assert.strictEqual(result, 'ClientAliveInterval 60\nClientAliveCountMax 2\nMatch User bob\n  ClientAliveInterval 300\n');
  });

  it("names Debian's Include of sshd_config.d in its title", () => {
    const text = 'Include /etc/ssh/sshd_config.d/*.conf\nPort 22\n';
    assert.match(titled(actions(text, 'sshd_config', 'no-keepalive'), KEEPALIVE).title, /Include on line 1 is read first/);
  });
});

describe('code actions: repairs', () => {
  it('replaces a keyword of the other file with its counterpart, keeping the value', () => {
    const text = 'Host web\n  ClientAliveInterval 30\n';
    const action = titled(actions(text, 'ssh_config', 'wrong-file'), "Change 'ClientAliveInterval' to 'ServerAliveInterval'");
    assert.strictEqual(action.isPreferred, true);
    assert.strictEqual(apply(text, 'ssh_config', action), 'Host web\n  ServerAliveInterval 30\n');
    const server = 'ServerAliveCountMax=4\n';
    assert.strictEqual(
      apply(server, 'sshd_config', titled(actions(server, 'sshd_config', 'wrong-file'), 'Change')),
      'ClientAliveCountMax=4\n',
    );
  });

  it('offers at most three typo fixes, best first and only that one preferred', () => {
    const text = 'Host web\n  Prot 22\n';
    const fixes = actions(text, 'ssh_config', 'unknown-keyword').filter((a) => a.title.startsWith('Change'));
    assert.ok(fixes.length >= 1 && fixes.length <= 3);
    assert.strictEqual(fixes[0].title, "Change 'Prot' to 'Port' (line 2)");
    assert.deepStrictEqual(
      fixes.map((a) => a.isPreferred === true),
      fixes.map((_, i) => i === 0),
    );
    assert.strictEqual(apply(text, 'ssh_config', fixes[0]), 'Host web\n  Port 22\n');
  });

  it('renames deprecated keywords to their successor', () => {
    const sshd = 'ChallengeResponseAuthentication no\n';
    const code = diagnosticsOf(sshd, 'sshd_config').find((d) => d.code !== 'no-keepalive')!.code as string;
    assert.strictEqual(
      apply(sshd, 'sshd_config', titled(actions(sshd, 'sshd_config', code), 'Change')),
      'KbdInteractiveAuthentication no\n',
    );
    const ssh = 'PubkeyAcceptedKeyTypes +ssh-rsa\n';
    const sshCode = diagnosticsOf(ssh, 'ssh_config').find((d) => d.code !== 'no-keepalive')!.code as string;
    assert.strictEqual(
      apply(ssh, 'ssh_config', titled(actions(ssh, 'ssh_config', sshCode), 'Change')),
      'PubkeyAcceptedAlgorithms +ssh-rsa\n',
    );
  });

  it('removes the line of a deprecated keyword that has no successor', () => {
    const text = 'UsePrivilegeSeparation sandbox\nPort 22\n';
    assert.strictEqual(apply(text, 'sshd_config', titled(actions(text, 'sshd_config', 'deprecated'), 'Remove')), 'Port 22\n');
  });

  it('removes a line that never takes effect, and only that line', () => {
    const text = 'Host web\n  User a\n  User b\n';
    assert.strictEqual(
      apply(
        text,
        'ssh_config',
        titled(actions(text, 'ssh_config', 'never-applies'), 'Remove the User line (line 3): it never takes effect'),
      ),
      'Host web\n  User a\n',
    );
    const last = 'User a\nUser b';
    assert.strictEqual(
      apply(last, 'ssh_config', titled(actions(last, 'ssh_config', 'never-applies'), 'Remove the User line (line 2)')),
      'User a',
    );
  });

  it('moves a Host * block from the top to the end of the file', () => {
    const text = '# defaults\nHost *\n  User admin\n  Port 2222\n\n# web servers\nHost web\n  User deploy\n';
    const action = titled(actions(text, 'ssh_config', 'never-applies'), "Move the 'Host *' block (line 2) to the end");
    assert.match(action.title, /host-specific settings take precedence/);
    assert.strictEqual(
      apply(text, 'ssh_config', action),
      '# defaults\n\n# web servers\nHost web\n  User deploy\n\nHost *\n  User admin\n  Port 2222\n',
    );
  });

  it('sshd: moves a line below a Match block above the first Match', () => {
    const text = 'Port 22\n\nMatch User bob\n    X11Forwarding no\n\nPasswordAuthentication no  # global?\n';
    const action = titled(
      actions(text, 'sshd_config', 'after-match-block'),
      "Move 'PasswordAuthentication' (line 6) above the first Match",
    );
    assert.strictEqual(
      apply(text, 'sshd_config', action),
      'Port 22\n\nPasswordAuthentication no  # global?\nMatch User bob\n    X11Forwarding no\n\n',
    );
  });

  it('adds a platform keyword to a new IgnoreUnknown line at the top', () => {
    const text = '# mine\nHost *\n  UseKeychain yes\n';
    const action = titled(actions(text, 'ssh_config', 'unknown-keyword'), "Add 'UseKeychain' (line 3) to IgnoreUnknown");
    assert.strictEqual(apply(text, 'ssh_config', action), '# mine\nIgnoreUnknown UseKeychain\nHost *\n  UseKeychain yes\n');
  });

  it('offers no IgnoreUnknown for a typo of a real keyword', () => {
    assert.ok(!actions('Host web\n  Prot 22\n', 'ssh_config', 'unknown-keyword').some((a) => a.title.includes('IgnoreUnknown')));
  });

  it('adds to an IgnoreUnknown that already applies before the line', () => {
    const text = 'IgnoreUnknown AddKeysToAgentX\nHost *\n  UseKeychain yes\n';
    const action = titled(actions(text, 'ssh_config', 'unknown-keyword'), "Add 'UseKeychain' (line 3) to IgnoreUnknown");
    const result = apply(text, 'ssh_config', action);
    assert.strictEqual(result, 'IgnoreUnknown AddKeysToAgentX,UseKeychain\nHost *\n  UseKeychain yes\n');
    assert.ok(!diagnosticsOf(result, 'ssh_config').some((d) => d.severity === 1), 'no error left');
  });
});

describe('code actions: source.fixAll', () => {
  it('applies the safe fixes and leaves choices alone', () => {
    const text = 'Host web\n  ClientAliveInterval 30\n  Prot 22\n  PubkeyAcceptedKeyTypes +ssh-rsa\n  Bogus yes\n';
    const [fixAll] = actions(text, 'ssh_config', undefined, ['source.fixAll']);
    assert.strictEqual(fixAll.kind, 'source.fixAll');
    assert.strictEqual(
      apply(text, 'ssh_config', fixAll),
      'Host web\n  ServerAliveInterval 30\n  Port 22\n  PubkeyAcceptedAlgorithms +ssh-rsa\n  Bogus yes\n',
    );
  });

  it('is not offered unless asked for, nor when nothing is safe', () => {
    const text = 'Host web\n  Prot 22\n';
    assert.ok(!actions(text, 'ssh_config', undefined).some((a) => a.kind === 'source.fixAll'));
    assert.deepStrictEqual(actions('Host web\n  Bogus yes\n', 'ssh_config', undefined, ['source.fixAll']), []);
  });

  it('only touches keyword ranges: the rest of the text stays byte for byte', () => {
    const text = 'Host web # note\r\n  "ClientAliveCountMax" = 2  # keep\r\n';
    const [fixAll] = actions(text, 'ssh_config', undefined, ['source.fixAll']);
    assert.strictEqual(apply(text, 'ssh_config', fixAll), 'Host web # note\r\n  ServerAliveCountMax = 2  # keep\r\n');
  });
});
