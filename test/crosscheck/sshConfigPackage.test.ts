import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseConfig } from '../../server/src/service/parser/parser';

/**
 * Cross-check with the `ssh-config` npm package on well-formed client configs: both parsers must
 * see the same directives with the same values. The package cannot be our parser (no positions,
 * throws on half-typed text), but on complete files it is an independent second reading.
 */

// The package ships as an ES module; Node 20 loads it through require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SSHConfig: { parse(text: string): Line[] } = require('ssh-config');

interface Line {
  type: number;
  param?: string;
  value?: string | Array<{ val: string }>;
  config?: Line[];
}

function flatten(lines: Line[], out: Array<[string, string]> = []): Array<[string, string]> {
  for (const line of lines) {
    if (line.param === undefined) continue;
    const value = Array.isArray(line.value) ? line.value.map((v) => v.val).join(' ') : String(line.value);
    out.push([line.param.toLowerCase(), value]);
    if (line.config) flatten(line.config, out);
  }
  return out;
}

function ours(text: string): Array<[string, string]> {
  return parseConfig(text, 'ssh_config').directives.map((d) => [d.name, d.args.map((a) => a.value).join(' ')] as [string, string]);
}

const ROOT = path.join(__dirname, '..', '..', '..');
const SAMPLES: Record<string, string> = {
  'examples/config': fs.readFileSync(path.join(ROOT, 'examples', 'config'), 'utf8'),
  'keepalive block':
    'Host web1 web2\n  HostName 10.0.0.1\n  User deploy\n  Port 2222\n\nHost *\n  ServerAliveInterval 60\n  ServerAliveCountMax 3\n',
  'equals separators and comments':
    '# top\nUser=alice\nPort = 2200\nHost a # trailing comment\n  IdentityFile ~/.ssh/id_ed25519\n  LocalForward 8080 localhost:80\n',
  'match blocks': 'Match host *.internal user admin\n  ProxyJump bastion\nMatch all\n  Compression yes\n',
  'quoted values': 'Host q\n  IdentityFile "/home/u/My Keys/id"\n  User "bob"\n',
};

describe('parser agrees with the ssh-config npm package on well-formed files', () => {
  for (const [name, text] of Object.entries(SAMPLES)) {
    it(name, () => {
      assert.deepStrictEqual(ours(text), flatten(SSHConfig.parse(text)));
    });
  }
});
