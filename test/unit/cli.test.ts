import * as assert from 'assert';
import { execFileSync, spawnSync, SpawnSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MAX_FILE_BYTES } from '../../server/src/cli/files';

/**
 * The bundled command-line checker (dist/cli.js, so `npm run build` comes first) against paths
 * that are not plain readable files: FIFOs, devices, endless /proc files, dangling symlinks and
 * symlink loops, unreadable files and directories, files over the size cap. Every run is a child
 * process with a time limit, so a checker that blocks (on a FIFO, say) fails its test instead of
 * hanging mocha. EACCES is tested as the user nobody when the tests run as root, since root reads
 * through chmod 000; EIO comes from /proc/self/mem, whose read at offset 0 fails with it.
 */

const BUILT_CLI = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
const RUN_TIMEOUT_MS = 10_000;
const ERRONEOUS = 'Host x\n  Bogus yes\n'; // one unknown-keyword error
const CLEAN = 'Port 22\n'; // no error or warning in either file

interface Run {
  status: number | null;
  /** file and code of each finding on stdout */
  findings: string[];
  summary: string;
  stderr: string[];
}

interface RunOptions {
  cwd: string;
  /** standard input: text, or a file descriptor */
  stdin?: string | number;
  /** as the user nobody when the tests run as root, so that file modes apply */
  unprivileged?: boolean;
  cli?: string;
}

function runCli(args: string[], options: RunOptions): Run {
  const cli = options.cli ?? BUILT_CLI;
  const [command, commandArgs] =
    options.unprivileged && isRoot()
      ? ['setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, cli, ...args]]
      : [process.execPath, [cli, ...args]];
  const spawnOptions: SpawnSyncOptions = { cwd: options.cwd, encoding: 'utf8', timeout: RUN_TIMEOUT_MS, killSignal: 'SIGKILL' };
  if (typeof options.stdin === 'number') spawnOptions.stdio = [options.stdin, 'pipe', 'pipe'];
  else spawnOptions.input = options.stdin ?? '';
  const result = spawnSync(command, commandArgs as string[], spawnOptions);
  assert.strictEqual(result.signal, null, `ssh-config-check ${args.join(' ')} did not end within ${RUN_TIMEOUT_MS} ms`);
  const stdout = String(result.stdout).trimEnd().split('\n');
  const findings = stdout.slice(0, -1).map((line) => {
    const match = /^(.*):\d+:\d+: (?:error|warning|info|hint) ([a-z-]+): /.exec(line);
    assert.ok(match, `not a finding: ${line}`);
    return `${match[1]} ${match[2]}`;
  });
  const stderr = String(result.stderr)
    .split('\n')
    .filter((line) => line !== '');
  return { status: result.status, findings, summary: stdout[stdout.length - 1], stderr };
}

const isRoot = () => process.getuid?.() === 0;
const errorsIn = (run: Run) => run.findings.filter((finding) => !finding.endsWith(' no-keepalive'));
const checkedFiles = (run: Run) => [...new Set(run.findings.map((finding) => finding.split(' ')[0]))].sort();
const message = (file: string, why: string) => `ssh-config-check: ${file}: ${why}`;

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/** A file of size bytes that costs no disk. */
function sparseFile(file: string, size: number): void {
  const fd = fs.openSync(file, 'w');
  fs.ftruncateSync(fd, size);
  fs.closeSync(fd);
}

describe('ssh-config-check on awkward paths', function () {
  this.timeout(60_000);
  let base: string;

  before(function () {
    if (process.platform === 'win32') this.skip(); // FIFOs, /dev and /proc are what is tested
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-paths-'));
    fs.chmodSync(base, 0o755); // the unprivileged runs must get in
    const tree = path.join(base, 'tree');
    fs.mkdirSync(path.join(tree, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(tree, 'config'), ERRONEOUS);
    fs.writeFileSync(path.join(tree, 'sshd_config'), CLEAN);
    fs.writeFileSync(path.join(tree, 'notes.txt'), ERRONEOUS); // not named like a config: not checked
    fs.writeFileSync(path.join(tree, 'sub', 'nested.conf'), CLEAN);
    fs.symlinkSync('..', path.join(tree, 'sub', 'back')); // a directory loop
    mkfifo(path.join(tree, 'fifo.conf'));
    mkfifo(path.join(tree, 'cm-socket')); // like a ControlPath: passed over silently
    fs.symlinkSync('does-not-exist', path.join(tree, 'dangling.conf'));
    fs.symlinkSync('loop.conf', path.join(tree, 'loop.conf'));
    fs.symlinkSync('/dev/zero', path.join(tree, 'zero.conf'));
    sparseFile(path.join(tree, 'big.conf'), MAX_FILE_BYTES + 1);
    fs.writeFileSync(path.join(base, 'erroneous.conf'), ERRONEOUS);
    fs.writeFileSync(path.join(base, '-dash.conf'), ERRONEOUS);
  });

  after(() => {
    if (base) fs.rmSync(base, { recursive: true, force: true });
  });

  describe('a directory with one of each', () => {
    let run: Run;
    before(() => {
      run = runCli(['--openssh', '9.2', 'tree'], { cwd: base });
    });

    it('checks every readable config, once, and not the other files', () => {
      assert.deepStrictEqual(checkedFiles(run), ['tree/config', 'tree/sshd_config', 'tree/sub/nested.conf']);
      assert.deepStrictEqual(errorsIn(run), ['tree/config unknown-keyword']);
      assert.strictEqual(run.findings.filter((finding) => finding.startsWith('tree/sub/nested.conf')).length, 1);
      assert.strictEqual(
        run.summary,
        '3 file(s) checked against OpenSSH 9.2: 1 error(s), 0 warning(s), 3 note(s); 5 path(s) could not be checked',
      );
    });

    it('names each path it could not check and why, one line each, in walking order', () => {
      assert.deepStrictEqual(run.stderr, [
        message('tree/big.conf', `skipped, larger than 16 MiB (${MAX_FILE_BYTES + 1} bytes)`),
        message('tree/dangling.conf', 'cannot read, dangling symbolic link (ENOENT)'),
        message('tree/fifo.conf', 'skipped, a FIFO, not a regular file'),
        message('tree/loop.conf', 'cannot read, too many symbolic links encountered (ELOOP)'),
        message('tree/sub/back', 'skipped, directory already searched (a symbolic link loop or a second link to it)'),
        message('tree/zero.conf', 'skipped, a character device, not a regular file'),
      ]);
    });

    it('exits 2 when a path could not be checked, even with errors found', () => {
      assert.notDeepStrictEqual(errorsIn(run), []);
      assert.strictEqual(run.status, 2);
    });
  });

  it('reports FIFOs and devices named on the command line without opening them', () => {
    const run = runCli(['tree/fifo.conf', '/dev/zero', '/dev/urandom', 'erroneous.conf'], { cwd: base });
    assert.deepStrictEqual(run.stderr, [
      message('tree/fifo.conf', 'skipped, a FIFO, not a regular file'),
      message('/dev/zero', 'skipped, a character device, not a regular file'),
      message('/dev/urandom', 'skipped, a character device, not a regular file'),
    ]);
    assert.deepStrictEqual(errorsIn(run), ['erroneous.conf unknown-keyword']);
    assert.strictEqual(run.status, 2);
  });

  it('reads a file of exactly the cap, and stops reading a file whose size stat does not tell', function () {
    const exact = path.join(base, 'exact.conf');
    sparseFile(exact, MAX_FILE_BYTES);
    const exactRun = runCli(['exact.conf'], { cwd: base });
    assert.match(exactRun.summary, /^1 file\(s\) checked .*note\(s\)$/);
    assert.deepStrictEqual(exactRun.stderr, []);
    // /proc/self/pagemap: a regular file of size 0 per stat, gigabytes when read.
    if (!fs.existsSync('/proc/self/pagemap')) this.skip();
    const run = runCli(['/proc/self/pagemap'], { cwd: base });
    assert.deepStrictEqual(run.stderr, [message('/proc/self/pagemap', 'skipped, larger than 16 MiB')]);
    assert.strictEqual(run.status, 2);
  });

  it('reports an I/O error and goes on with the next file', function () {
    if (!fs.existsSync('/proc/self/mem')) this.skip();
    const run = runCli(['/proc/self/mem', 'erroneous.conf'], { cwd: base });
    assert.deepStrictEqual(run.stderr, [message('/proc/self/mem', 'cannot read, i/o error (EIO)')]);
    assert.deepStrictEqual(errorsIn(run), ['erroneous.conf unknown-keyword']);
    assert.strictEqual(run.status, 2);
  });

  it('tells a dangling symlink from a missing path', () => {
    const run = runCli(['tree/dangling.conf', 'missing.conf'], { cwd: base });
    assert.deepStrictEqual(run.stderr, [
      message('tree/dangling.conf', 'cannot read, dangling symbolic link (ENOENT)'),
      message('missing.conf', 'cannot read, no such file or directory (ENOENT)'),
    ]);
    assert.strictEqual(run.status, 2);
  });

  describe('files and directories it may not read', () => {
    let cli: string;
    before(function () {
      const unreadable = path.join(base, 'unreadable');
      fs.mkdirSync(path.join(unreadable, 'locked'), { recursive: true });
      fs.writeFileSync(path.join(unreadable, 'config'), ERRONEOUS);
      fs.writeFileSync(path.join(unreadable, 'locked', 'inside.conf'), ERRONEOUS);
      fs.writeFileSync(path.join(unreadable, 'secret.conf'), ERRONEOUS);
      fs.chmodSync(path.join(unreadable, 'locked'), 0o000);
      fs.chmodSync(path.join(unreadable, 'secret.conf'), 0o000);
      // A copy next to the files, so that nobody can run it wherever the checkout lives.
      cli = path.join(base, 'cli.js');
      fs.copyFileSync(BUILT_CLI, cli);
      if (isRoot()) {
        const probe = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, cli, '--help'], {
          timeout: RUN_TIMEOUT_MS,
        });
        if (probe.status !== 0) {
          console.warn(`    (skipped: cannot run the checker as nobody: ${probe.error?.message ?? String(probe.stderr).trim()})`);
          this.skip();
        }
      }
    });

    after(() => {
      // Give the permissions back so that a non-root run can delete the tree.
      const locked = path.join(base, 'unreadable', 'locked');
      if (fs.existsSync(locked)) fs.chmodSync(locked, 0o755);
    });

    it('reports EACCES for each and checks the rest', () => {
      const run = runCli(['unreadable'], { cwd: base, cli, unprivileged: true });
      assert.deepStrictEqual(run.stderr, [
        message('unreadable/locked', 'cannot list directory, permission denied (EACCES)'),
        message('unreadable/secret.conf', 'cannot read, permission denied (EACCES)'),
      ]);
      assert.deepStrictEqual(errorsIn(run), ['unreadable/config unknown-keyword']);
      assert.strictEqual(run.status, 2);
    });
  });

  describe('arguments', () => {
    it('takes what follows -- as paths, and refuses an unknown option', () => {
      const run = runCli(['--', '-dash.conf'], { cwd: base });
      assert.deepStrictEqual(errorsIn(run), ['-dash.conf unknown-keyword']);
      assert.strictEqual(run.status, 1);
      const refused = runCli(['-dash.conf'], { cwd: base });
      assert.strictEqual(refused.status, 2);
      assert.match(refused.stderr[0], /^ssh-config-check: unknown option -dash\.conf /);
      assert.deepStrictEqual(refused.findings, []);
    });

    it('reads standard input for -, bounded like a file', () => {
      const run = runCli(['--language', 'sshd_config', '-'], { cwd: base, stdin: 'Bogus yes\n' });
      assert.deepStrictEqual(errorsIn(run), ['- unknown-keyword']);
      assert.strictEqual(run.status, 1);
      const zero = fs.openSync('/dev/zero', 'r');
      try {
        const endless = runCli(['-'], { cwd: base, stdin: zero });
        assert.deepStrictEqual(endless.stderr, [message('-', 'skipped, larger than 16 MiB')]);
        assert.strictEqual(endless.status, 2);
      } finally {
        fs.closeSync(zero);
      }
    });

    it('exits 0 without errors, 1 on errors, and 1 on warnings only with --warnings-as-errors', () => {
      const demoted = ['--severity', 'unknown-keyword=warning'];
      assert.strictEqual(runCli(['tree/sshd_config'], { cwd: base }).status, 0);
      assert.strictEqual(runCli(['erroneous.conf'], { cwd: base }).status, 1);
      assert.strictEqual(runCli([...demoted, 'erroneous.conf'], { cwd: base }).status, 0);
      assert.strictEqual(runCli([...demoted, '--warnings-as-errors', 'erroneous.conf'], { cwd: base }).status, 1);
    });

    it('reports at most --max-problems findings per file, errors first, and counts the rest', () => {
      fs.writeFileSync(path.join(base, 'many.conf'), `${'ServerAliveCountMax 0\n'.repeat(5)}Bogus yes\n${'Prot 1\n'.repeat(4)}`);
      const run = runCli(['--max-problems', '3', 'many.conf'], { cwd: base });
      assert.deepStrictEqual(run.findings, [
        'many.conf unknown-keyword',
        'many.conf unknown-keyword',
        'many.conf unknown-keyword',
        'many.conf too-many-problems',
      ]);
      assert.strictEqual(run.status, 1);
      assert.strictEqual(runCli(['--max-problems', '0', 'many.conf'], { cwd: base }).status, 2);
    });

    it('keeps usage errors at 2 and documents the exit statuses in --help', () => {
      assert.strictEqual(runCli([], { cwd: base }).status, 2);
      assert.strictEqual(runCli(['--openssh', 'x', 'erroneous.conf'], { cwd: base }).status, 2);
      assert.strictEqual(runCli(['--language', 'yaml', 'erroneous.conf'], { cwd: base }).status, 2);
      assert.strictEqual(runCli(['-', '-'], { cwd: base }).status, 2);
      const help = spawnSync(process.execPath, [BUILT_CLI, '--help'], { encoding: 'utf8', timeout: RUN_TIMEOUT_MS });
      assert.strictEqual(help.status, 0);
      assert.match(help.stdout, /Exit status: 0 no errors found; 1 errors found/);
    });
  });
});

describe('ssh-config-check explain', function () {
  this.timeout(30_000);
  let base: string;
  const explain = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [BUILT_CLI, 'explain', ...args], {
      cwd: base,
      encoding: 'utf8',
      timeout: RUN_TIMEOUT_MS,
      env: { ...process.env, HOME: base, ...env },
    });
  const lines = (stdout: string) => stdout.split('\n').filter((line) => line !== '');

  before(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'ssh-config-explain-'));
    fs.mkdirSync(path.join(base, '.ssh', 'config.d'), { recursive: true });
    fs.writeFileSync(
      path.join(base, 'config'),
      'Include config.d/*.conf\nHost web*\n  User alice\n  Port 2222\nMatch exec "touch ran"\n  User exec\n',
    );
    fs.writeFileSync(path.join(base, '.ssh', 'config.d', 'a.conf'), 'Host web1\n  HostName 192.0.2.5\n  User first\n');
    fs.writeFileSync(path.join(base, 'sshd_config'), 'PasswordAuthentication yes\nMatch User bob\n  PasswordAuthentication no\n');
  });

  after(() => fs.rmSync(base, { recursive: true, force: true }));

  it('prints the configuration of a host in ssh -G format, following Include, each value with its line', () => {
    const run = explain(['web1', '-F', 'config', '--openssh', '9.2', '--origin']);
    assert.strictEqual(run.status, 0, run.stderr);
    const printed = lines(run.stdout);
    assert.ok(
      printed.some((line) => /^user first +# ~\/\.ssh\/config\.d\/a\.conf:3$/.test(line)),
      printed.join('\n'),
    );
    assert.ok(printed.some((line) => /^port 2222 +# .*config:4$/.test(line)));
    assert.ok(printed.some((line) => /^hostname 192\.0\.2\.5 /.test(line)));
    // Never run: the Match exec block is reported as undecided and counts as not matching.
    assert.ok(!fs.existsSync(path.join(base, 'ran')));
    assert.match(run.stderr, /Match exec touch ran is never run/);
    const plain = lines(explain(['web2', '-F', 'config', '--openssh', '9.2']).stdout);
    assert.ok(plain.includes('user alice') && plain.every((line) => !line.includes('#')));
  });

  it('takes user@host and -l as ssh does', () => {
    assert.ok(lines(explain(['carol@web2', '-F', 'config']).stdout).includes('user carol'));
    assert.ok(lines(explain(['web2', '-l', 'dave', '-F', 'config']).stdout).includes('user dave'));
  });

  it('prints what sshd -T -C prints for a connection, and refuses a bad spec', () => {
    const forBob = lines(explain(['-f', 'sshd_config', '-C', 'user=bob,host=h,addr=192.0.2.1', '--openssh', '9.2']).stdout);
    assert.ok(forBob.includes('passwordauthentication no'), forBob.join('\n'));
    const startup = lines(explain(['-f', 'sshd_config', '--openssh', '9.2']).stdout);
    assert.ok(startup.includes('passwordauthentication yes'));
    const bad = explain(['-f', 'sshd_config', '-C', 'colour=blue']);
    assert.strictEqual(bad.status, 2);
    assert.match(bad.stderr, /colour=blue/);
    assert.strictEqual(explain([]).status, 2);
    assert.strictEqual(explain(['web1', '-F', 'missing']).status, 2);
  });
});
