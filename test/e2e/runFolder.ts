// One folder per test run under .e2e-cache, holding everything the programs under test write:
// their home, XDG folders and temp files. Nothing goes to the real $HOME or is left in /tmp.
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

export const repoRoot = path.resolve(__dirname, '../../..');
export const e2eCache = process.env.E2E_CACHE ?? path.join(repoRoot, '.e2e-cache');
export const setupHint = 'Run `bash scripts/e2e/setup.sh` once (as root: it installs Debian packages) and try again.';

export class RunFolder {
  readonly path: string;
  /** Stands in for the user's home folder. */
  readonly home: string;
  readonly tmp: string;
  private readonly tmpOutside: boolean;
  private readonly savedTmpdir = process.env.TMPDIR;

  constructor(files: Record<string, string> = {}) {
    fs.mkdirSync(e2eCache, { recursive: true });
    this.path = fs.mkdtempSync(path.join(e2eCache, 'run-'));
    this.home = path.join(this.path, 'home');
    // VS Code's extension host puts a vscode-ipc-<uuid>.sock in TMPDIR and a unix socket path must
    // stay under 108 bytes: a deep checkout uses a folder in the system temp instead, removed at the end.
    const inside = path.join(this.path, 't');
    this.tmpOutside = inside.length + '/vscode-ipc-00000000-0000-0000-0000-000000000000.sock'.length > 100;
    this.tmp = this.tmpOutside ? fs.mkdtempSync(path.join(os.tmpdir(), 'sshcfg-e2e-')) : inside;
    for (const dir of [this.home, this.tmp, 'xdg/config', 'xdg/data', 'xdg/cache', 'logs']) {
      fs.mkdirSync(path.resolve(this.path, dir), { recursive: true });
    }
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(this.home, name)), { recursive: true });
      fs.writeFileSync(path.join(this.home, name), text);
    }
    // Playwright makes its browser profiles under os.tmpdir() of this process.
    process.env.TMPDIR = this.tmp;
  }

  /**
   * Environment for the programs under test. code-server writes ~/.config/code-server and
   * ~/.local/share/code-server, VS Code ~/.cache, chromium ~/.config/chromium and ~/.cache/dconf.
   */
  env(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    return {
      ...env,
      HOME: this.home,
      XDG_CONFIG_HOME: path.join(this.path, 'xdg/config'),
      XDG_DATA_HOME: path.join(this.path, 'xdg/data'),
      XDG_CACHE_HOME: path.join(this.path, 'xdg/cache'),
      TMPDIR: this.tmp,
    };
  }

  /** Removes the run folder, or keeps it (for a look after a failure); the system-temp part always goes. */
  dispose(keep: boolean): void {
    if (this.savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = this.savedTmpdir;
    if (this.tmpOutside) fs.rmSync(this.tmp, { recursive: true, force: true });
    if (!keep) fs.rmSync(this.path, { recursive: true, force: true });
  }
}

/** A port on 127.0.0.1 that nothing listens on at the moment. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
