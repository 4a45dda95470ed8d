import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction } from 'vscode-languageserver-types';
import { codes, document, Language, ls, text, timed, withCode } from './helpers';

/**
 * What the fuzz suites (test/fuzz/) found, one focused test each: the counterexample, shrunk, and
 * what must hold instead. Time bounds are generous for a shared 2-core machine; the code they guard
 * took several times longer, and grew with the square of the input.
 */

const settings = (version = '9.2', more: Record<string, unknown> = {}) => ({ openSSHVersion: version, ...more });

function fixes(
  source: string,
  language: Language = 'ssh_config',
  version = '9.2',
  uri = 'file:///t',
): { doc: TextDocument; actions: CodeAction[] } {
  const doc = TextDocument.create(uri, language, 1, source);
  const diagnostics = ls.doValidation(doc, undefined, settings(version));
  return { doc, actions: ls.doCodeActions(doc, { diagnostics }, undefined, settings(version)) };
}

function applied(source: string, title: string, language: Language = 'ssh_config', version = '9.2', uri = 'file:///t'): string {
  const { doc, actions } = fixes(source, language, version, uri);
  const action = actions.find((a) => a.title.startsWith(title));
  assert.ok(action, `no '${title}…' among: ${actions.map((a) => a.title).join(' | ')}`);
  return TextDocument.applyEdits(doc, action.edit!.changes![doc.uri]);
}

describe('fuzz findings: ranges', () => {
  it("the 'too many problems' note ends on the editor's first line, which a lone CR ends", () => {
    // Counterexample: "\rXAFSTokenPassing0 \n" with maxNumberOfProblems 1: the note ended at character 18 of line 0 (length 0).
    const doc = document('\rXAFSTokenPassing0 \n');
    const [note] = withCode(ls.doValidation(doc, undefined, settings('6.0', { maxNumberOfProblems: 1 })), 'too-many-problems');
    assert.deepStrictEqual(note.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    const crlf = document('Bogus\r\nMore\r\n');
    const [second] = withCode(ls.doValidation(crlf, undefined, settings('9.2', { maxNumberOfProblems: 1 })), 'too-many-problems');
    assert.deepStrictEqual(second.range.end, { line: 0, character: 5 });
  });
});

describe('fuzz findings: IgnoreUnknown', () => {
  it('is not offered, nor advised, where the target release does not have it (before 6.3)', () => {
    // Counterexample: "XAFSTokenPassing0 \n" at 6.0: the fix wrote an IgnoreUnknown line, which 6.0 rejects as well.
    for (const version of ['6.0', '6.2']) {
      const { actions } = fixes('UseKeychain yes\n', 'ssh_config', version);
      assert.deepStrictEqual(
        actions.filter((a) => a.title.includes('IgnoreUnknown')).map((a) => a.title),
        [],
        version,
      );
      const [unknown] = withCode(ls.doValidation(document('UseKeychain yes\n'), undefined, settings(version)), 'unknown-keyword');
      assert.doesNotMatch(text(unknown), /IgnoreUnknown/, version);
    }
    assert.strictEqual(
      applied('UseKeychain yes\n', "Add 'UseKeychain'", 'ssh_config', '6.3'),
      'IgnoreUnknown UseKeychain\nUseKeychain yes\n',
    );
  });

  it('does not join a list with an entry too long for OpenSSH, which ignores nothing: the name gets a list of its own', () => {
    // Counterexample: the corpus entry ignoreunknown-long-entry; `,UseKeychain` after a 1,023-byte entry left the line unknown.
    const long = `IgnoreUnknown Use*,${'x'.repeat(1023)}\n`;
    const result = applied(`${long}UseKeychain yes\n`, "Add 'UseKeychain'");
    assert.strictEqual(result, `IgnoreUnknown UseKeychain\n${long}UseKeychain yes\n`);
    assert.deepStrictEqual(
      codes(ls.doValidation(document(result), undefined, settings())).filter((c) => c !== 'no-keepalive'),
      ['never-applies', 'ignored-unknown'],
    );
  });

  it('carries a later list over as written, quotes included', () => {
    // `IgnoreUnknown "a b"` carried by its value became `IgnoreUnknown a b,Foo`: two words, which ssh rejects.
    const result = applied('Foo 1\nIgnoreUnknown "a b"\n', "Add 'Foo'");
    assert.strictEqual(result, 'IgnoreUnknown "a b",Foo\nFoo 1\nIgnoreUnknown "a b"\n');
    assert.deepStrictEqual(withCode(ls.doValidation(document(result), undefined, settings()), 'extra-arguments'), []);
    assert.strictEqual(withCode(ls.doValidation(document(result), undefined, settings()), 'ignored-unknown').length, 1);
  });
});

describe('fuzz findings: a byte-order mark stays first', () => {
  // Moved off the start of the file, the mark silently joins a keyword; at the start it is reported.
  it('when a fix writes a line at the top', () => {
    // Counterexample: "\ufeffXAFSTokenPassing0 \n": the IgnoreUnknown line went in front of the mark.
    assert.strictEqual(applied('\ufeffFoo 1\n', "Add 'Foo'"), '\ufeffIgnoreUnknown Foo\nFoo 1\n');
    assert.strictEqual(applied('\ufeffMatch User bob\n  Port 22\n', "Move 'Port'", 'sshd_config'), '\ufeffPort 22\nMatch User bob\n');
    assert.strictEqual(
      applied(
        '\ufeffMatch User bob\n  X11Forwarding no\n',
        'Add recommended keepalive',
        'sshd_config',
        '9.2',
        'file:///etc/ssh/sshd_config',
      ),
      '\ufeffClientAliveInterval 60\nClientAliveCountMax 3\n\nMatch User bob\n  X11Forwarding no\n',
    );
  });

  it('when a fix moves or removes the first line', () => {
    assert.strictEqual(
      applied('\ufeffHost *\n  User a\nHost b\n  User c\n', "Move the 'Host *' block"),
      '\ufeffHost b\n  User c\n\nHost *\n  User a\n',
    );
    assert.strictEqual(applied('\ufeffUser a\nUser a\n', 'Remove the User line (line 2)'), '\ufeffUser a\n');
  });
});

describe('fuzz findings: splitting a header line', () => {
  it("keeps the header's comment out of a command keyword's value, which runs to the end of the line", () => {
    // `Match User bob ForceCommand /bin/x # note` became `ForceCommand /bin/x # note`: the comment part of the command.
    assert.strictEqual(
      applied('Match User bob ForceCommand /bin/x # note\n', "Put 'ForceCommand /bin/x'", 'sshd_config'),
      'Match User bob # note\n    ForceCommand /bin/x\n',
    );
    assert.strictEqual(
      applied('Host * ProxyCommand nc %h %p # via nc\n', "Put 'ProxyCommand nc %h %p'"),
      'Host * # via nc\n    ProxyCommand nc %h %p\n',
    );
    // Any other keyword takes the comment along, as before.
    assert.strictEqual(
      applied('Host * ServerAliveInterval 60 # keepalive\n', "Put 'ServerAliveInterval 60'"),
      'Host *\n    ServerAliveInterval 60 # keepalive\n',
    );
  });

  it('finds the indentation of a block body once per document: 20,000 splits stay linear', () => {
    // Each split scanned every block of the file for its indentation: 4 s for 20,000 Host lines.
    const doc = document(Array.from({ length: 20_000 }, (_, i) => `Host h${i} ServerAliveInterval ${i}`).join('\n'));
    const options = settings('9.2', { maxNumberOfProblems: 100_000 });
    const diagnostics = ls.doValidation(doc, undefined, options);
    const actions = timed(2500, () => ls.doCodeActions(doc, { diagnostics }, undefined, options));
    assert.strictEqual(actions.filter((a) => a.title.startsWith('Put')).length, 20_000);
  });
});

describe('fuzz findings: ${VAR} references', () => {
  it('are read as ssh reads them, going on after the closing brace', () => {
    // `${${A}`: ssh looks up one variable, named `${A` ("env var ${${A} has no value"), not also `A`.
    const [finding] = withCode(ls.doValidation(document('IdentityFile ${${A}/x\n'), undefined, settings()), 'environment-variable');
    assert.match(text(finding), /takes \$\{\$\{A\} from ssh's environment: when \$\{A is not set/);
    assert.deepStrictEqual([finding.range.start.character, finding.range.end.character], [13, 19]);
  });

  it('a line of 200,000 `${` and one of 30,000 distinct variables are checked in linear time', () => {
    // Each `${` searched for its `}` to the end of the line, and each name was looked up in a list of all before it.
    timed(1500, () => ls.doValidation(document(`IdentityFile ${'${'.repeat(200_000)}}\n`), undefined, settings()));
    const many = ls.doValidation(
      document(`ControlPath ${Array.from({ length: 30_000 }, (_, i) => `\${V${i}}`).join('')}\n`),
      undefined,
      settings(),
    );
    assert.strictEqual(withCode(many, 'environment-variable').length, 1);
    timed(1500, () =>
      ls.doValidation(
        document(`IdentityAgent ${Array.from({ length: 30_000 }, (_, i) => `\${V${i}}`).join('/')}\n`),
        undefined,
        settings(),
      ),
    );
  });
});

describe('fuzz findings: requests a client should not send', () => {
  // Over LSP the server caught these and logged "failed" each time; a document opened with a null
  // language id never got diagnostics at all.
  it('a document without a language id is checked by its file name', () => {
    const doc = TextDocument.create('file:///etc/ssh/sshd_config', null as unknown as string, 1, 'ServerAliveInterval 5\n');
    assert.deepStrictEqual(codes(ls.doValidation(doc, undefined, settings())), ['wrong-file', 'no-keepalive']);
  });

  it('code actions without a context, or with a null one, offer what needs no diagnostic', () => {
    const doc = document('Host a\n  User b\n');
    for (const context of [undefined, null]) {
      const titles = ls.doCodeActions(doc, context as never, undefined, settings()).map((a) => a.title);
      assert.deepStrictEqual(
        titles,
        ['Add recommended keepalive for all hosts (ServerAliveInterval 60, ServerAliveCountMax 3)'],
        String(context),
      );
    }
  });

  it('a hover without a position is no hover', () => {
    assert.strictEqual(ls.doHover(document('Port 22\n'), null as never, undefined, settings()), null);
  });
});
