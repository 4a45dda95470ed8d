import { execFile, type ExecFileException } from 'child_process';
import type { OpenSSHOutput, OpenSSHRequest, RunOpenSSH } from '../effectiveConfiguration';

/**
 * "Compare with ssh -G" on the desktop: runs `ssh -G -F FILE DESTINATION` or
 * `sshd -T -f FILE [-C SPEC]`, without a shell, with a time limit, and hands back what it printed.
 * Only the Node entry imports this module, so that the browser bundle never contains child_process.
 * Besides the server's `ssh -V`, this is the only process the extension starts, and only when the
 * user asks for the comparison in a trusted workspace.
 */

const TIMEOUT_MS = 10_000;
const MAX_OUTPUT = 4 * 1024 * 1024;

/** Where sshd lives when it is not on the PATH (it is in sbin, often not on a user's PATH). */
const SSHD_FALLBACKS = ['/usr/sbin/sshd', '/usr/local/sbin/sshd'];

function quoted(word: string): string {
  return /^[\w@%+=:,./~-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function run(program: string, args: string[]): Promise<{ error: ExecFileException | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      program,
      args,
      { timeout: TIMEOUT_MS, maxBuffer: MAX_OUTPUT, windowsHide: true, shell: false, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ error, stdout, stderr }),
    );
    child.stdin?.end(); // nothing to read: OpenSSH never waits on it
  });
}

export const runOpenSSH: RunOpenSSH = async (request: OpenSSHRequest): Promise<OpenSSHOutput> => {
  const args =
    request.program === 'ssh'
      ? ['-G', '-F', request.file, request.destination ?? '']
      : ['-T', '-f', request.file, ...(request.connection ? ['-C', request.connection] : [])];
  if (request.program === 'ssh' && (!request.destination || request.destination.startsWith('-'))) {
    throw new Error(`Not a destination for ssh -G: "${request.destination ?? ''}".`);
  }
  const candidates = request.program === 'sshd' && process.platform !== 'win32' ? ['sshd', ...SSHD_FALLBACKS] : [request.program];
  for (const program of candidates) {
    const command = [program, ...args].map(quoted).join(' ');
    const { error, stdout, stderr } = await run(program, args);
    if (!error) return { command, stdout, stderr };
    if (error.code === 'ENOENT') continue;
    if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
      throw new Error(`${command} printed more than ${MAX_OUTPUT / 1024 / 1024} MB and was stopped.`);
    if (error.killed || error.signal) {
      throw new Error(
        `${command} did not finish within ${TIMEOUT_MS / 1000} s and was stopped.${stderr.trim() ? ` It said: ${stderr.trim()}` : ''}`,
      );
    }
    const said = stderr.trim() || stdout.trim().split('\n').slice(-3).join(' ') || 'no message';
    const root =
      request.program === 'sshd' && typeof process.getuid === 'function' && process.getuid() !== 0
        ? ' (sshd -T reads the host keys, which usually only root may read)'
        : '';
    throw new Error(`${command} failed (exit status ${error.code ?? '?'})${root}: ${said}`);
  }
  throw new Error(
    request.program === 'ssh'
      ? 'ssh was not found on the PATH: install the OpenSSH client to compare with ssh -G.'
      : `sshd was not found on the PATH nor in ${SSHD_FALLBACKS.join(' or ')}: install the OpenSSH server to compare with sshd -T.`,
  );
};
