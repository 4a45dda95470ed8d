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

export interface OracleBinaries {
  ssh: string;
  sshd: string;
  version: string;
}

/** The OpenSSH release the suite compares against. */
export const ORACLE_VERSION = '9.2';

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
    readonly binaries: OracleBinaries,
    private readonly workDir: string,
    private readonly hostKey: string,
  ) {}

  /** Finds ssh and sshd and checks their release; returns the reason when they are unusable. */
  static locate(): OracleBinaries | { missing: string } {
    const ssh = findExecutable('ssh', process.env.DIFFERENTIAL_SSH, ['/usr/bin/ssh', '/usr/local/bin/ssh']);
    const sshd = findExecutable('sshd', process.env.DIFFERENTIAL_SSHD, ['/usr/sbin/sshd', '/usr/local/sbin/sshd']);
    if (!ssh) return { missing: `ssh (openssh-client) not found${process.env.DIFFERENTIAL_SSH ? ` at ${process.env.DIFFERENTIAL_SSH}` : ''}` };
    if (!sshd) return { missing: `sshd (openssh-server) not found at ${process.env.DIFFERENTIAL_SSHD || '/usr/sbin/sshd'}` };
    const sshVersion = versionOf(ssh, ['-V']);
    const sshdVersion = versionOf(sshd, ['-V']);
    if (sshVersion !== ORACLE_VERSION || sshdVersion !== ORACLE_VERSION) {
      return { missing: `OpenSSH ${ORACLE_VERSION} required, found ssh ${sshVersion ?? '?'} (${ssh}), sshd ${sshdVersion ?? '?'} (${sshd})` };
    }
    return { ssh, sshd, version: ORACLE_VERSION };
  }

  /** Creates the temp dir and the throw-away host key sshd -t needs. */
  static create(binaries: OracleBinaries): Oracle {
    const { dir, hostKey } = sshdWorkDir('differential');
    return new Oracle(binaries, dir, hostKey);
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
            messages.set(mapped.line, [...(messages.get(mapped.line) ?? []), `${mapped.message} (no line given; attributed to the first ${mapped.keyword} line)`]);
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
        ? [this.binaries.ssh, ['-G', '-F', file, ORACLE_HOST]]
        : [this.binaries.sshd, ['-t', '-f', file, '-h', this.hostKey]];
    return new Promise((resolve) => {
      const child = execFile(
        command,
        args,
        { timeout: RUN_TIMEOUT_MS, maxBuffer: 8 << 20, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C', LC_ALL: 'C' } },
        (error, _stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
          const killed = error && (error as { killed?: boolean }).killed ? `\n(killed after ${RUN_TIMEOUT_MS} ms)` : '';
          resolve({ exitCode: code, stderr: String(stderr).replace(/\r\n/g, '\n').replace(/^Pseudo-terminal will not be allocated.*(?:\n|$)/gm, '') + killed });
        },
      );
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

function attributeLineless(stderr: string, lines: string[], rejected: Set<number>): { line: number; keyword: string; message: string } | undefined {
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
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, name));
  return (override ? [override] : [...dirs, ...candidates]).find((candidate) => {
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return fs.statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}

function versionOf(binary: string, args: string[]): string | undefined {
  try {
    const result = spawnSync(binary, args, { encoding: 'utf8', timeout: 5000 });
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
