// A throw-away code-server for the end-to-end test: its own profile and extensions folder in a run
// folder, the packaged extension installed into it, listening on 127.0.0.1 only.
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { e2eCache, freePort, repoRoot, RunFolder, setupHint } from './runFolder';

const codeServerBin = path.join(e2eCache, 'code-server/node_modules/.bin/code-server');

/** The .vsix that `npm run package` writes (its --out option), else vsce's default name. */
export function vsixPath(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const out = /--out\s+(\S+)/.exec(pkg.scripts?.package ?? '');
  return path.resolve(repoRoot, out ? out[1] : `${pkg.name}-${pkg.version}.vsix`);
}

/** Fails with what to do when something is missing: the suite must never pass by skipping. */
export function checkCodeServer(): void {
  if (!fs.existsSync(codeServerBin)) throw new Error(`The end-to-end test needs code-server at ${codeServerBin}. ${setupHint}`);
  if (!fs.existsSync(vsixPath()))
    throw new Error(`No ${path.relative(repoRoot, vsixPath())}: run \`npm run package\` first (npm run test:e2e does).`);
}

export class CodeServer {
  private proc: ChildProcess | undefined;

  private constructor(
    readonly run: RunFolder,
    readonly url: string,
  ) {}

  /** Installs the .vsix into a fresh profile in `run` and starts code-server. */
  static async start(run: RunFolder): Promise<CodeServer> {
    const server = new CodeServer(run, `http://127.0.0.1:${await freePort()}`);
    try {
      server.install();
      await server.launch();
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  private profileArgs(): string[] {
    return ['--user-data-dir', path.join(this.run.path, 'user-data'), '--extensions-dir', path.join(this.run.path, 'extensions')];
  }

  private install(): void {
    const settings = {
      // VS Code for the web saves edited files after 1 s by default: a quick fix must not reach the disk.
      'files.autoSave': 'off',
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'extensions.ignoreRecommendations': true,
      'workbench.enableExperiments': false,
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': false,
      'git.enabled': false,
      'window.commandCenter': false,
      'editor.minimap.enabled': false,
      'editor.fontSize': 15,
    };
    fs.mkdirSync(path.join(this.run.path, 'user-data/User'), { recursive: true });
    fs.writeFileSync(path.join(this.run.path, 'user-data/User/settings.json'), JSON.stringify(settings, null, 2));
    const result = spawnSync(codeServerBin, [...this.profileArgs(), '--install-extension', vsixPath()], {
      env: this.run.env(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (result.status !== 0) {
      throw new Error(`code-server --install-extension failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
    }
  }

  private async launch(): Promise<void> {
    const logFile = path.join(this.run.path, 'logs/code-server.log');
    const log = fs.openSync(logFile, 'w');
    this.proc = spawn(
      codeServerBin,
      [
        '--bind-addr',
        new URL(this.url).host,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        ...this.profileArgs(),
      ],
      { env: this.run.env(), stdio: ['ignore', log, log], detached: true },
    ); // detached: a process group of its own
    fs.closeSync(log);
    const proc = this.proc;
    const exited = new Promise<never>((_, reject) =>
      proc.once('exit', (code) => reject(new Error(`code-server exited (${code}); see ${logFile}`))),
    );
    exited.catch(() => undefined);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (
        await Promise.race([
          fetch(`${this.url}/healthz`).then(
            (r) => r.ok,
            () => false,
          ),
          exited,
        ])
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`code-server did not answer on ${this.url}/healthz within 30 s; see ${logFile}`);
  }

  /** Stops code-server and every process it started (extension host, language server, file watcher). */
  async stop(): Promise<void> {
    const proc = this.proc;
    if (proc?.pid === undefined) return;
    const group = -proc.pid;
    if (proc.exitCode === null && proc.signalCode === null) {
      const gone = new Promise((resolve) => proc.once('exit', resolve));
      signal(group, 'SIGTERM');
      const timer = setTimeout(() => signal(group, 'SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
    }
    // Children of the group leave a moment after code-server itself.
    for (const deadline = Date.now() + 5_000; signal(group, 0);) {
      if (Date.now() > deadline) {
        signal(group, 'SIGKILL');
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Sends a signal; false when no such process (group) is left. */
function signal(target: number, sig: NodeJS.Signals | 0): boolean {
  try {
    process.kill(target, sig);
    return true;
  } catch {
    return false;
  }
}
