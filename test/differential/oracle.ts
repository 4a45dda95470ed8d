import { execFile, execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Runs the real OpenSSH binaries as the reference ("oracle") for which lines of a config they reject:
 * `ssh -G -F FILE HOST` for ssh_config and `sshd -t -f FILE -h KEY` for sshd_config.
 *
 * OpenSSH stops at the first fatal error, so one run shows only the rejected lines up to it. To get the
 * complete set, `check` iterates: every rejected line found so far is neutralized (replaced by a comment,
 * or a `Host`/`Match` header by one that never matches, so the block structure stays) and the file runs
 * again, until OpenSSH accepts it. A run that fails without reporting any new line is an unattributed
 * rejection (e.g. sshd's post-parse checks): it is reported in `problems`, never guessed at.
 *
 * Which OpenSSH runs is an `OpenSSHInstallation`: Debian 12's installed 9.2 (`DEBIAN_12`) or Debian 13's
 * 10.0 unpacked by scripts/openssh-oracle-10.sh and run through its own loader (`DEBIAN_13`).
 */

export type OracleLanguage = 'ssh_config' | 'sshd_config';

export interface OracleRun {
  /** The text OpenSSH read in this run (earlier rejected lines neutralized). */
  text: string;
  exitCode: number;
  stderr: string;
}

export interface OracleResult {
  /** Zero-based lines OpenSSH rejects, sorted. */
  rejectedLines: number[];
  /** The OpenSSH message(s) for each rejected line (zero-based line → messages). */
  messages: Map<number, string[]>;
  runs: OracleRun[];
  /** Rejections the iteration could not attribute to a line. Empty when the result is trustworthy. */
  problems: string[];
}

/**
 * One OpenSSH release to run: its ssh and sshd and, for a release unpacked rather than installed, the
 * dynamic loader and library folder that run them (`LOADER --library-path DIR BINARY ARGS`), so that
 * they load their own libraries and never the system's.
 */
export interface OpenSSHInstallation {
  /** The release `-V` reports and the language service is set to: '9.2', '10.0'. */
  release: string;
  ssh: string;
  sshd: string;
  loader?: { path: string; libraryPath: string };
}

/** Where an oracle's OpenSSH comes from, and how to find it on this machine. */
export interface OracleSource {
  release: string;
  /** For titles and messages: which build, and how it got here. */
  description: string;
  /** What to do when it is missing; printed with the skip, and in the failure under CI. */
  remedy: string;
  /** The installation, checked to run and to report `release`, or why it is unusable. */
  locate(): OpenSSHInstallation | { missing: string };
}

const REPO = path.join(__dirname, '..', '..', '..');

/** Debian 12's openssh-client and openssh-server, installed (`DIFFERENTIAL_SSH`/`DIFFERENTIAL_SSHD` override the paths). */
export const DEBIAN_12: OracleSource = {
  release: '9.2',
  description: "Debian 12's OpenSSH 9.2, installed",
  remedy: "install Debian 12's openssh-client and openssh-server (.ci/run and npm test's pretest do)",
  locate() {
    const ssh = findExecutable('ssh', process.env.DIFFERENTIAL_SSH, ['/usr/bin/ssh', '/usr/local/bin/ssh']);
    const sshd = findExecutable('sshd', process.env.DIFFERENTIAL_SSHD, ['/usr/sbin/sshd', '/usr/local/sbin/sshd']);
    if (!ssh)
      return { missing: `ssh (openssh-client) not found${process.env.DIFFERENTIAL_SSH ? ` at ${process.env.DIFFERENTIAL_SSH}` : ''}` };
    if (!sshd) return { missing: `sshd (openssh-server) not found at ${process.env.DIFFERENTIAL_SSHD || '/usr/sbin/sshd'}` };
    return verified({ release: '9.2', ssh, sshd });
  },
};

/**
 * Debian 13's OpenSSH 10.0, unpacked by scripts/openssh-oracle-10.sh into OPENSSH10_CACHE (default
 * .test-work/openssh-10.0), which describes it in installation.json (paths relative to that folder).
 */
export const DEBIAN_13: OracleSource = {
  release: '10.0',
  description: "Debian 13's OpenSSH 10.0, unpacked in .test-work (not installed)",
  remedy: "run `bash scripts/openssh-oracle-10.sh` (npm test's pretest does): it unpacks Debian 13's OpenSSH 10.0 into .test-work/",
  locate() {
    const cache = process.env.OPENSSH10_CACHE || path.join(REPO, '.test-work', 'openssh-10.0');
    const manifest = path.join(cache, 'installation.json');
    let description: { release: string; ssh: string; sshd: string; loader: string; libraryPath: string };
    try {
      description = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    } catch (error) {
      return {
        missing: `no OpenSSH 10.0 in ${cache} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message} reading installation.json)`,
      };
    }
    if (description.release !== '10.0') return { missing: `${manifest} describes OpenSSH ${description.release}, not 10.0` };
    const inCache = (file: string) => path.resolve(cache, file);
    return verified({
      release: '10.0',
      ssh: inCache(description.ssh),
      sshd: inCache(description.sshd),
      loader: { path: inCache(description.loader), libraryPath: inCache(description.libraryPath) },
    });
  },
};

/** The oracles the differential suites run against, oldest first. */
export const ORACLE_SOURCES: readonly OracleSource[] = [DEBIAN_12, DEBIAN_13];

/** The installation when both binaries run and report its release; else why not. */
function verified(installation: OpenSSHInstallation): OpenSSHInstallation | { missing: string } {
  const sshVersion = versionOf(installation, 'ssh');
  const sshdVersion = versionOf(installation, 'sshd');
  if (sshVersion !== installation.release || sshdVersion !== installation.release) {
    return {
      missing:
        `OpenSSH ${installation.release} required, found ssh ${sshVersion ?? '?'} (${installation.ssh}), ` +
        `sshd ${sshdVersion ?? '?'} (${installation.sshd})${installation.loader ? ` run through ${installation.loader.path}` : ''}`,
    };
  }
  return installation;
}

/** The program and arguments that run `binary` of `installation`: directly, or through its own loader. */
export function invocation(installation: OpenSSHInstallation, binary: 'ssh' | 'sshd', args: string[]): [string, string[]] {
  const program = installation[binary];
  if (!installation.loader) return [program, args];
  // --inhibit-cache: the system's ld.so.cache must not supply a library the unpacked folder lacks.
  return [installation.loader.path, ['--inhibit-cache', '--library-path', installation.loader.libraryPath, program, ...args]];
}

/** The environment OpenSSH runs in: messages in English, nothing else inherited. */
export const OPENSSH_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C', LC_ALL: 'C' };

/** The host name `ssh -G` resolves the configuration for. */
export const ORACLE_HOST = 'example.com';

/** At most this many runs per config (each run removes at least one rejected line). */
const MAX_RUNS = 25;
const RUN_TIMEOUT_MS = 10_000;

/** Neutral replacements, one per line, so line numbers never move. */
const NEUTRAL_COMMENT = '# differential: line rejected by OpenSSH, neutralized';
const NEUTRAL_HEADER: Record<OracleLanguage, Record<string, string>> = {
  ssh_config: { host: 'Host __corpus_never__', match: 'Match User __corpus_never__' },
  sshd_config: { match: 'Match User __corpus_never__' },
};

/**
 * A temp dir with a throw-away ed25519 host key (sshd -t and -T need one), and sshd's privilege
 * separation directory when running as root (sshd checks it then).
 */
export function sshdWorkDir(name: string): { dir: string; hostKey: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ssh-${name}-`));
  const hostKey = path.join(dir, 'host_ed25519_key');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', hostKey], { stdio: 'ignore' });
  if (process.getuid?.() === 0) fs.mkdirSync('/run/sshd', { recursive: true });
  return { dir, hostKey };
}

/**
 * Messages that carry a line number but are not rejections (OpenSSH exits 0 when they are the only ones):
 * ssh's `Unsupported option "rsaauthentication"` and sshd's `Deprecated option X` / `Unsupported option X`.
 * Case matters: ssh's value error `unsupported option "maybe".` is a rejection.
 */
const WARNING = /line \d+: (?:Deprecated|Unsupported) option "?[A-Za-z0-9]+"?\s*$/;
const LINE_NUMBER = /\bline (\d+)\b/;
const COUNTED_SUMMARY = /terminating, \d+ bad configuration options/;

export class Oracle {
  private constructor(
    readonly installation: OpenSSHInstallation,
    private readonly workDir: string,
    private readonly hostKey: string,
  ) {}

  /** Creates the temp dir and the throw-away host key sshd -t needs. */
  static create(installation: OpenSSHInstallation): Oracle {
    const { dir, hostKey } = sshdWorkDir('differential');
    return new Oracle(installation, dir, hostKey);
  }

  dispose(): void {
    fs.rmSync(this.workDir, { recursive: true, force: true });
  }

  /** The complete set of lines OpenSSH rejects in `text`. `id` names the temp file (unique per call). */
  async check(language: OracleLanguage, text: string, id: string): Promise<OracleResult> {
    const file = path.join(this.workDir, `${id.replace(/[^A-Za-z0-9_.-]/g, '_')}.conf`);
    const lines = text.split('\n');
    const rejected = new Set<number>();
    const messages = new Map<number, string[]>();
    const runs: OracleRun[] = [];
    const problems: string[] = [];
    try {
      for (;;) {
        if (runs.length >= MAX_RUNS) {
          problems.push(`gave up after ${MAX_RUNS} runs`);
          break;
        }
        const current = neutralize(lines, rejected, language);
        fs.writeFileSync(file, current);
        const run = await this.run(language, file);
        runs.push({ text: current, ...run });
        if (run.exitCode === 0) break;
        let added = 0;
        for (const message of run.stderr.split('\n')) {
          const line = rejectedLineOf(message, file);
          if (line === undefined || line < 0 || line >= lines.length) continue;
          if (!messages.has(line)) messages.set(line, []);
          const list = messages.get(line)!;
          if (!list.includes(message)) list.push(message);
          if (!rejected.has(line)) {
            rejected.add(line);
            added++;
          }
        }
        // "Missing Match criteria for x" and similar line-less messages precede their "line N: Bad Match condition".
        attachLinelessMessages(run.stderr, file, messages);
        if (added === 0) {
          const mapped = attributeLineless(run.stderr, lines, rejected);
          if (mapped) {
            rejected.add(mapped.line);
            messages.set(mapped.line, [
              ...(messages.get(mapped.line) ?? []),
              `${mapped.message} (no line given; attributed to the first ${mapped.keyword} line)`,
            ]);
            continue;
          }
          const kind = COUNTED_SUMMARY.test(run.stderr) ? 'counted error' : 'fatal error';
          problems.push(`OpenSSH exited ${run.exitCode} with a ${kind} on no new line: ${run.stderr.trim() || '(no output)'}`);
          break;
        }
      }
    } finally {
      fs.rmSync(file, { force: true });
    }
    const relabel = (s: string) => s.split(file).join('FILE');
    for (const run of runs) run.stderr = relabel(run.stderr);
    for (const [line, list] of messages) messages.set(line, list.map(relabel));
    return {
      rejectedLines: [...rejected].sort((a, b) => a - b),
      messages,
      runs,
      problems: problems.map(relabel),
    };
  }

  private run(language: OracleLanguage, file: string): Promise<{ exitCode: number; stderr: string }> {
    const [command, args] =
      language === 'ssh_config'
        ? invocation(this.installation, 'ssh', ['-G', '-F', file, ORACLE_HOST])
        : invocation(this.installation, 'sshd', ['-t', '-f', file, '-h', this.hostKey]);
    return new Promise((resolve) => {
      const child = execFile(command, args, { timeout: RUN_TIMEOUT_MS, maxBuffer: 8 << 20, env: OPENSSH_ENV }, (error, _stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        const killed = error && (error as { killed?: boolean }).killed ? `\n(killed after ${RUN_TIMEOUT_MS} ms)` : '';
        resolve({
          exitCode: code,
          stderr:
            String(stderr)
              .replace(/\r\n/g, '\n')
              .replace(/^Pseudo-terminal will not be allocated.*(?:\n|$)/gm, '') + killed,
        });
      });
      child.stdin?.end();
    });
  }
}

/**
 * Fatal checks that OpenSSH runs after parsing and that name no line. Each is attributed deliberately to
 * the first (not yet neutralized) line with the keyword at fault: the value OpenSSH keeps, since the
 * first one obtained wins. Any other line-less rejection is reported as an oracle problem.
 */
const LINELESS_FATALS: Array<{ message: RegExp; keyword: string }> = [
  { message: /^Invalid number of ConnectionAttempts/m, keyword: 'ConnectionAttempts' },
  { message: /^AuthorizedKeysCommand set without AuthorizedKeysCommandUser/m, keyword: 'AuthorizedKeysCommand' },
  { message: /^AuthorizedPrincipalsCommand set without AuthorizedPrincipalsCommandUser/m, keyword: 'AuthorizedPrincipalsCommand' },
];

function attributeLineless(
  stderr: string,
  lines: string[],
  rejected: Set<number>,
): { line: number; keyword: string; message: string } | undefined {
  for (const { message, keyword } of LINELESS_FATALS) {
    const found = message.exec(stderr);
    if (!found) continue;
    const line = lines.findIndex((text, index) => !rejected.has(index) && keywordOf(text) === keyword.toLowerCase());
    if (line >= 0) return { line, keyword, message: stderr.slice(found.index).split('\n')[0] };
  }
  return undefined;
}

/** The lower-cased keyword of a config line, quotes and `=` aside. */
function keywordOf(line: string): string {
  return /^\s*"?([A-Za-z0-9]+)/.exec(line)?.[1]?.toLowerCase() ?? '';
}

/** The zero-based line a stderr message rejects, or undefined for line-less messages, warnings and other files. */
export function rejectedLineOf(message: string, file: string): number | undefined {
  const match = LINE_NUMBER.exec(message);
  if (!match || WARNING.test(message)) return undefined;
  // Messages about other files (an Include that exists) start with that file's name.
  const prefix = /^(\/\S*?):? line \d+/.exec(message);
  if (prefix && prefix[1] !== file) return undefined;
  return Number(match[1]) - 1;
}

function attachLinelessMessages(stderr: string, file: string, messages: Map<number, string[]>): void {
  const pending: string[] = [];
  for (const message of stderr.split('\n')) {
    if (!message.trim()) continue;
    const line = rejectedLineOf(message, file);
    if (line === undefined) {
      if (!LINE_NUMBER.test(message) && !COUNTED_SUMMARY.test(message)) pending.push(message);
      continue;
    }
    const list = messages.get(line);
    if (list) for (const p of pending.splice(0)) if (!list.includes(p)) list.unshift(p);
  }
}

/** The text with the given lines replaced by neutral ones; line count and line ends unchanged. */
export function neutralize(lines: string[], rejected: Set<number>, language: OracleLanguage): string {
  return lines
    .map((line, index) => {
      if (!rejected.has(index)) return line;
      const cr = line.endsWith('\r') ? '\r' : '';
      return (NEUTRAL_HEADER[language][keywordOf(line)] ?? NEUTRAL_COMMENT) + cr;
    })
    .join('\n');
}

/** `override` (DIFFERENTIAL_SSH/DIFFERENTIAL_SSHD) when set, else the first hit on PATH or among `candidates`. */
function findExecutable(name: string, override: string | undefined, candidates: string[]): string | undefined {
  const dirs = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name));
  return (override ? [override] : [...dirs, ...candidates]).find((candidate) => {
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return fs.statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}

/** The release `-V` reports, e.g. '9.2' for `OpenSSH_9.2p1 Debian-2+deb12u10`. */
function versionOf(installation: OpenSSHInstallation, binary: 'ssh' | 'sshd'): string | undefined {
  try {
    const [command, args] = invocation(installation, binary, ['-V']);
    const result = spawnSync(command, args, { encoding: 'utf8', timeout: 5000, env: OPENSSH_ENV });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    const match = /OpenSSH_(\d+)\.(\d+)/.exec(output);
    return match ? `${match[1]}.${match[2]}` : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `worker` over `items` with at most `limit` in flight, keeping the order of results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, worker: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await worker(items[index], index);
    }
  });
  await Promise.all(lanes);
  return results;
}
