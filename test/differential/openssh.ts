import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { DEBIAN_12, invocation, OPENSSH_ENV, OpenSSHInstallation, OracleSource, sshdWorkDir } from './oracle';

/**
 * The effective configuration as OpenSSH computes it: `ssh -G` for a host and `sshd -T` for a
 * connection, plus `sshd -t`'s verdict. Used to prove that code actions do what they claim.
 */
export class OpenSSH {
  private constructor(
    readonly installation: OpenSSHInstallation,
    private readonly dir: string,
    private readonly hostKey: string,
  ) {}

  /** The OpenSSH of `source` (Debian 12's 9.2 by default), or why it is missing. */
  static create(source: OracleSource = DEBIAN_12): OpenSSH | { missing: string } {
    const located = source.locate();
    if ('missing' in located) return located;
    const { dir, hostKey } = sshdWorkDir('actions');
    return new OpenSSH(located, dir, hostKey);
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private write(text: string): string {
    const file = path.join(this.dir, 'config');
    fs.writeFileSync(file, text);
    return file;
  }

  private run(binary: 'ssh' | 'sshd', args: string[]): { status: number; stdout: string; stderr: string } {
    const [command, commandArgs] = invocation(this.installation, binary, args);
    const result = spawnSync(command, commandArgs, { encoding: 'utf8', timeout: 10_000, env: OPENSSH_ENV });
    return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  }

  /** `ssh -G -F FILE HOST` as option → value (the lower-cased names ssh prints), or throws with ssh's message. */
  clientOptions(text: string, host: string): Map<string, string> {
    const result = this.run('ssh', ['-G', '-F', this.write(text), host]);
    if (result.status !== 0) throw new Error(`ssh -G ${host} rejected the file: ${result.stderr.trim()}`);
    return parseDump(result.stdout);
  }

  /** `sshd -t`: the messages when sshd rejects the file, '' when it accepts it. */
  serverRejects(text: string): string {
    const result = this.run('sshd', ['-t', '-f', this.write(text), '-h', this.hostKey]);
    return result.status === 0 ? '' : result.stderr.trim() || `exit ${result.status}`;
  }

  /** `sshd -T -C user=…,host=…,addr=…`: the options in effect for that connection. */
  serverOptions(text: string, connection: { user: string; host?: string; addr?: string }): Map<string, string> {
    const spec = `user=${connection.user},host=${connection.host ?? 'client.example'},addr=${connection.addr ?? '192.0.2.10'}`;
    const result = this.run('sshd', ['-T', '-f', this.write(text), '-h', this.hostKey, '-C', spec]);
    if (result.status !== 0) throw new Error(`sshd -T rejected the file: ${result.stderr.trim()}`);
    return parseDump(result.stdout);
  }
}

/** `name value…` lines; repeated names (identityfile, sendenv…) keep every value, one per line. */
function parseDump(stdout: string): Map<string, string> {
  const options = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const space = line.indexOf(' ');
    const name = space < 0 ? line : line.slice(0, space);
    const value = space < 0 ? '' : line.slice(space + 1);
    options.set(name, options.has(name) ? `${options.get(name)}\n${value}` : value);
  }
  return options;
}

export const inCI = () => !!process.env.CI && !['false', '0', ''].includes(process.env.CI.toLowerCase());
