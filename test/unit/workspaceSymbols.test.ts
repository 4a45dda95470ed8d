import * as assert from 'assert';
import { SymbolKind } from 'vscode-languageserver-types';
import { queryMatcher, workspaceSymbols } from '../../server/src/service/structure/workspaceSymbols';
import { parsed, span } from './structureHelpers';

/** Workspace symbols: the hosts of every open ssh_config file, filtered by the query. */

const CONFIG = [
  'Host web1 web1.example.com', // 0
  '  HostName 10.0.0.1', // 1
  'Host *.corp !bastion.corp bastion.corp "my host"', // 2
  'Match host db1,db2,!db3,db-* exec "test -f /x"', // 3
  '  User dba', // 4
  'Match !host skip1 originalhost Orig', // 5
  'Match canonical host=canon1', // 6
  'Match exec "host fake" user host', // 7
  '',
].join('\n');

function hosts(query: string, text = CONFIG): Array<[string, string | undefined, [number, number, number, number]]> {
  const open = parsed(text);
  return workspaceSymbols(query, [open]).map((s) => {
    assert.strictEqual(s.kind, SymbolKind.Class);
    assert.strictEqual(s.location.uri, 'file:///t');
    return [s.name, s.containerName, span(s.location.range)];
  });
}

describe('workspace symbols', () => {
  it('each Host pattern that names one host, and the hosts of Match host/originalhost lists', () => {
    assert.deepStrictEqual(hosts(''), [
      ['web1', '10.0.0.1', [0, 5, 0, 9]],
      ['web1.example.com', '10.0.0.1', [0, 10, 0, 26]],
      ['bastion.corp', undefined, [2, 26, 2, 38]],
      // Quotes removed from the name; the range is the word as written.
      ['my host', undefined, [2, 39, 2, 48]],
      ['db1', 'Match host db1,db2,!db3,db-* exec "test -f /x"', [3, 11, 3, 14]],
      ['db2', 'Match host db1,db2,!db3,db-* exec "test -f /x"', [3, 15, 3, 18]],
      ['Orig', 'Match !host skip1 originalhost Orig', [5, 31, 5, 35]],
      ['canon1', 'Match canonical host=canon1', [6, 21, 6, 27]],
    ]);
  });

  it('the query: its characters in order, case-insensitively', () => {
    assert.deepStrictEqual(
      hosts('WEB').map(([name]) => name),
      ['web1', 'web1.example.com'],
    );
    assert.deepStrictEqual(
      hosts('wb1').map(([name]) => name),
      ['web1', 'web1.example.com'],
    );
    assert.deepStrictEqual(
      hosts('excom').map(([name]) => name),
      ['web1.example.com'],
    );
    assert.deepStrictEqual(
      hosts('db 2').map(([name]) => name),
      ['db2'],
    );
    assert.deepStrictEqual(hosts('zz'), []);
  });

  it('the matcher: subsequence, unicode and astral characters', () => {
    const matches = queryMatcher('ÉT🚀');
    assert.ok(matches('étoile-🚀'));
    assert.ok(!matches('🚀étoile'));
    assert.ok(queryMatcher('')('anything'));
    assert.ok(queryMatcher('  ')('anything'));
  });

  it('every open ssh_config file, in order; sshd_config files are left out', () => {
    const a = parsed('Host alpha\n', 'ssh_config', 'file:///a');
    const b = parsed('Match Host client\nHost x\n', 'sshd_config', 'file:///b');
    const c = parsed('Host gamma\n  Hostname %h.example.com\n', 'ssh_config', 'file:///c');
    assert.deepStrictEqual(
      workspaceSymbols('', [a, b, c]).map((s) => [s.name, s.location.uri, s.containerName]),
      [
        ['alpha', 'file:///a', undefined],
        ['gamma', 'file:///c', '%h.example.com'],
      ],
    );
    assert.deepStrictEqual(workspaceSymbols('', []), []);
  });

  it('ranges follow the client’s lines (CRLF, lone CR)', () => {
    assert.deepStrictEqual(hosts('', 'Port 1\r\nHost a b\r\n'), [
      ['a', undefined, [1, 5, 1, 6]],
      ['b', undefined, [1, 7, 1, 8]],
    ]);
    assert.deepStrictEqual(hosts('', '# x\rHost no\nHost a\r\n'), [['a', undefined, [2, 5, 2, 6]]]);
  });
});
