import * as assert from 'assert';
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Debian 12's Neovim 0.7.2 and Emacs 28.2 with eglot 1.9 as real LSP clients of dist/server.js,
 * configured with exactly the snippets of the README's "Using the server from other editors"
 * (read from README.md here, so the README cannot drift from what was run). Each editor runs
 * headless with a throw-away HOME, and a driver (neovim-driver.lua, emacs-driver.el) does what a
 * person would: open ~/.ssh/config and an sshd_config, wait for the diagnostics, ask for a hover,
 * pick the quick fix from the code-action menu; the checks below read what it saw.
 *
 * Without the editors the suite skips with a message, except under CI (CI=true), where it fails:
 * scripts/test-setup.sh installs them (neovim, emacs-nox, elpa-eglot).
 */

const ROOT = path.join(__dirname, '..', '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const DRIVERS = path.join(ROOT, 'test', 'editors');
const PLACEHOLDER = '/path/to/dist/server.js';
/** How long a driver waits for one thing (an attach, diagnostics, a hover...). */
const WAIT_MS = 6_000;
/** How long one editor may run in all; then it is killed and the test fails. */
const RUN_MS = 25_000;

const inCI = () => !!process.env.CI && !['false', '0', ''].includes(process.env.CI.toLowerCase());

/** The code block that follows `<!-- editors-test: NAME -->` in README.md. */
function readmeSnippet(name: string): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const marker = `<!-- editors-test: ${name} -->\n`;
  const at = readme.indexOf(marker);
  assert.ok(at >= 0 && readme.indexOf(marker, at + 1) < 0, `README.md must have exactly one "${marker.trim()}"`);
  const block = /^```[a-z]+\n([\s\S]*?)\n```\n/.exec(readme.slice(at + marker.length));
  assert.ok(block, `a fenced code block must follow "${marker.trim()}" in README.md`);
  assert.ok(block[1].includes(PLACEHOLDER), `the ${name} snippet must start the server as ${PLACEHOLDER}`);
  return `${block[1]}\n`;
}

// The files both editors open, and what must come of them.
const CLIENT_TEXT = 'Host example\n    HostName example.com\n    ClientAliveInterval 60\n    User alice\n    User bob\n';
const CLIENT_FIXED = 'Host example\n    HostName example.com\n    ServerAliveInterval 60\n    User alice\n    User bob\n';
const SERVER_TEXT = 'PermitRootLogin no\nServerAliveInterval 60\n';
const SERVER_FIXED = 'PermitRootLogin no\nClientAliveInterval 60\n';
const CLIENT_FIX = "Change 'ClientAliveInterval' to 'ServerAliveInterval'";
const SERVER_FIX = "Change 'ServerAliveInterval' to 'ClientAliveInterval'";
const INFORMATION = 3;

interface PlannedFile {
  path: string;
  /** The driver waits until these diagnostics are there (a severity too, when given). */
  expect: Array<{ code: string; severity?: number }>;
  hover: { line: number; character: number };
  /** Where to ask for code actions, the start of the quick fix's title, and the code it fixes. */
  fix: { line: number; character: number; title: string; code: string };
}

function plannedFiles(home: string): { client: PlannedFile; server: PlannedFile } {
  return {
    client: {
      path: path.join(home, '.ssh', 'config'),
      // The README's setting makes never-applies information; waiting for it shows the setting arrived.
      expect: [{ code: 'wrong-file' }, { code: 'never-applies', severity: INFORMATION }],
      hover: { line: 2, character: 4 },
      fix: { line: 2, character: 4, title: CLIENT_FIX, code: 'wrong-file' },
    },
    server: {
      path: path.join(home, 'etc', 'ssh', 'sshd_config'),
      expect: [{ code: 'wrong-file' }],
      hover: { line: 0, character: 0 },
      fix: { line: 1, character: 0, title: SERVER_FIX, code: 'wrong-file' },
    },
  };
}

interface SeenDiagnostic {
  code: string;
  severity: number;
  line: number;
  character: number;
  message: string;
}

/** What a driver saw in one file. */
interface SeenFile {
  path: string;
  timeouts: string[];
  languageId?: string;
  filetype?: string;
  syntax?: string;
  mode?: string;
  diagnostics?: SeenDiagnostic[];
  hover?: string;
  actions?: string[];
  /** Emacs: what eglot-code-actions said when it failed. */
  codeActionError?: string;
  diagnosticsAfterFix?: SeenDiagnostic[];
  text?: string;
}

interface DriverResult {
  files: SeenFile[];
  compiled?: Array<{ path: string; error: string | null }>;
  error?: string | null;
}

interface Run {
  result: DriverResult;
  client: SeenFile;
  server: SeenFile;
}

describe('other editors as LSP clients, configured as the README says', function () {
  this.timeout(RUN_MS + 10_000);
  const running = new Set<ChildProcess>();
  let work: string;
  let failed = false;

  before(function () {
    assert.ok(fs.existsSync(SERVER), 'run `npm run build` first: dist/server.js is missing');
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ssh-config-editors-'));
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') failed = true;
  });

  after(function () {
    // An editor killed on timeout may leave its server behind: end each whole process group.
    for (const child of running) killGroup(child);
    if (!work) return;
    if (failed) console.log(`    editors test: kept ${work} (editor homes, plans, results, logs)`);
    else fs.rmSync(work, { recursive: true, force: true });
  });

  /** Runs an editor (in its own process group) to its end, or kills it after RUN_MS. */
  function runEditor(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, resultFile: string): Promise<DriverResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { env, cwd: work, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      running.add(child);
      let output = '';
      child.stdout!.on('data', (chunk) => (output += chunk));
      child.stderr!.on('data', (chunk) => (output += chunk));
      const timer = setTimeout(() => killGroup(child), RUN_MS);
      const fail = (error: Error) => {
        failed = true;
        reject(error);
      };
      child.on('error', (error) => {
        clearTimeout(timer);
        fail(error);
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        running.delete(child);
        fs.writeFileSync(path.join(work, `${name}.log`), output);
        if (!fs.existsSync(resultFile)) {
          const why = signal ? `was killed (${signal}) after ${RUN_MS / 1000} s` : `exited with ${code}`;
          fail(new Error(`${name} ${why} without writing its result. Its output:\n${output}`));
          return;
        }
        const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as DriverResult;
        if (result.error) fail(new Error(`the ${name} driver failed: ${result.error}\nIts output:\n${output}`));
        else resolve(result);
      });
    });
  }

  /** A throw-away home with the two files, and the plan the driver follows. */
  function prepare(name: string): { home: string; planFile: string; resultFile: string; files: ReturnType<typeof plannedFiles> } {
    const home = path.join(work, name, 'home');
    const files = plannedFiles(home);
    for (const [file, text] of [
      [files.client.path, CLIENT_TEXT],
      [files.server.path, SERVER_TEXT],
    ]) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
    return { home, planFile: path.join(work, name, 'plan.json'), resultFile: path.join(work, name, 'result.json'), files };
  }

  function writePlan(planFile: string, resultFile: string, files: ReturnType<typeof plannedFiles>, compile: string[] = []): void {
    fs.writeFileSync(planFile, JSON.stringify({ waitMs: WAIT_MS, result: resultFile, compile, files: [files.client, files.server] }));
  }

  /** The editor's environment: a throw-away home and temp folder, and `node` (the snippets' command) on PATH. */
  function editorEnv(home: string, planFile: string): NodeJS.ProcessEnv {
    const tmp = path.join(home, '..', 'tmp');
    fs.mkdirSync(tmp, { recursive: true });
    return {
      ...process.env,
      HOME: home,
      TMPDIR: tmp,
      XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_DATA_HOME: path.join(home, '.local', 'share'),
      XDG_STATE_HOME: path.join(home, '.local', 'state'),
      XDG_CACHE_HOME: path.join(home, '.cache'),
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      EDITORS_PLAN: planFile,
    };
  }

  function skipOrFail(context: Mocha.Context, missing: string): void {
    if (inCI())
      throw new Error(
        `editors test cannot run: ${missing}. CI must install Debian 12's neovim, emacs-nox and elpa-eglot (scripts/test-setup.sh does).`,
      );
    console.log(
      `\n    SKIPPING ${context.test?.parent?.title}: ${missing}.\n    Install Debian 12's neovim, emacs-nox and elpa-eglot to run it (under CI=true this is a failure).\n`,
    );
    context.skip();
  }

  /** The checks both editors must pass; `run()` is the driver's result once the suite's `before` has run. */
  function sharedChecks(run: () => Run): void {
    it('sends the documented language ids', function () {
      const { client, server } = run();
      assert.strictEqual(client.languageId, 'ssh_config', `timeouts: ${client.timeouts}`);
      assert.strictEqual(server.languageId, 'sshd_config', `timeouts: ${server.timeouts}`);
    });

    it('shows wrong-file in both files and nothing for PermitRootLogin no', function () {
      const { client, server } = run();
      // no-keepalive is the file's note about keepalive; it sits on the first line.
      assert.deepStrictEqual(
        codesByLine(client.diagnostics),
        [
          [0, 'no-keepalive'],
          [2, 'wrong-file'],
          [4, 'never-applies'],
        ],
        JSON.stringify(client.diagnostics),
      );
      assert.deepStrictEqual(
        codesByLine(server.diagnostics),
        [
          [0, 'no-keepalive'],
          [1, 'wrong-file'],
        ],
        JSON.stringify(server.diagnostics),
      );
      assert.ok(!server.diagnostics!.some((d) => d.message.includes('PermitRootLogin')), JSON.stringify(server.diagnostics));
    });

    it("hands the README's setting to the server: never-applies shown as information", function () {
      const { client } = run();
      const neverApplies = client.diagnostics?.find((d) => d.code === 'never-applies');
      assert.ok(neverApplies, JSON.stringify(client.diagnostics));
      assert.strictEqual(
        neverApplies.severity,
        INFORMATION,
        `never-applies arrived with severity ${neverApplies.severity}, not 3 (information): the settings did not reach the server`,
      );
    });

    it('shows the hover of the keyword under the cursor', function () {
      const { client, server } = run();
      assert.ok(
        client.hover?.includes('ClientAliveInterval'),
        `hover on ClientAliveInterval: ${client.hover} (timeouts: ${client.timeouts})`,
      );
      assert.ok(server.hover?.includes('PermitRootLogin'), `hover on PermitRootLogin: ${server.hover} (timeouts: ${server.timeouts})`);
    });

    it('offers the quick fix in the code-action menu and applies exactly it', function () {
      const { client, server } = run();
      for (const [file, title] of [
        [client, CLIENT_FIX],
        [server, SERVER_FIX],
      ] as const) {
        assert.ok(
          file.actions?.some((offered) => offered.startsWith(title)),
          `offered: ${JSON.stringify(file.actions)}; ${file.codeActionError ?? ''} (timeouts: ${file.timeouts})`,
        );
        assert.strictEqual(file.codeActionError, undefined);
      }
      assert.strictEqual(client.text, CLIENT_FIXED);
      assert.strictEqual(server.text, SERVER_FIXED);
      // The server checked the edited text again: the fixed finding is gone, the others stay.
      assert.deepStrictEqual(
        codesByLine(client.diagnosticsAfterFix),
        [
          [0, 'no-keepalive'],
          [4, 'never-applies'],
        ],
        JSON.stringify(client.diagnosticsAfterFix),
      );
      assert.deepStrictEqual(codesByLine(server.diagnosticsAfterFix), [], JSON.stringify(server.diagnosticsAfterFix));
    });
  }

  describe('Neovim 0.7 (the README snippet for Neovim 0.7)', function () {
    let run: Run | undefined;

    before(async function () {
      const version = spawnSync('nvim', ['--version'], { encoding: 'utf8', timeout: 10_000 });
      if (version.error) return skipOrFail(this, notRunnable('nvim', version.error));
      if (!/^NVIM v0\.7\./.test(version.stdout))
        return skipOrFail(this, `nvim is ${version.stdout.split('\n')[0]}, and this test drives Debian 12's 0.7`);
      const { home, planFile, resultFile, files } = prepare('neovim');
      const init = path.join(home, '.config', 'nvim', 'init.lua');
      fs.mkdirSync(path.dirname(init), { recursive: true });
      fs.writeFileSync(init, readmeSnippet('neovim-0.7').replaceAll(PLACEHOLDER, SERVER));
      // The snippets for later releases cannot run on 0.7; the driver compiles them.
      const later = ['neovim-0.8', 'neovim-0.11'].map((name) => {
        const file = path.join(work, 'neovim', `${name}.lua`);
        fs.writeFileSync(file, readmeSnippet(name));
        return file;
      });
      writePlan(planFile, resultFile, files, later);
      const result = await runEditor(
        'neovim',
        'nvim',
        ['--headless', '-c', `luafile ${path.join(DRIVERS, 'neovim-driver.lua')}`],
        editorEnv(home, planFile),
        resultFile,
      );
      run = { result, client: result.files[0], server: result.files[1] };
    });

    it("keeps Neovim's filetypes and their syntax highlighting", function () {
      const { client, server } = run!;
      assert.deepStrictEqual([client.filetype, client.syntax], ['sshconfig', 'sshconfig']);
      assert.deepStrictEqual([server.filetype, server.syntax], ['sshdconfig', 'sshdconfig']);
    });

    sharedChecks(() => run!);

    it('the snippets for Neovim 0.8 to 0.10 and 0.11 are valid Lua', function () {
      const compiled = run!.result.compiled ?? [];
      assert.strictEqual(compiled.length, 2);
      for (const { path: file, error } of compiled) assert.strictEqual(error, null, `${file}: ${error}`);
    });
  });

  describe('Emacs with eglot (the README snippet for Emacs)', function () {
    let run: Run | undefined;

    before(async function () {
      const probe = spawnSync('emacs', ['--batch', '--eval', "(progn (require 'eglot) (princ emacs-version))"], {
        encoding: 'utf8',
        timeout: 10_000,
      });
      if (probe.error) return skipOrFail(this, notRunnable('emacs', probe.error));
      if (probe.status !== 0) return skipOrFail(this, `emacs cannot load eglot: ${probe.stderr.trim().split('\n').pop()}`);
      const { home, planFile, resultFile, files } = prepare('emacs');
      const init = path.join(home, '.emacs.d', 'init.el');
      fs.mkdirSync(path.dirname(init), { recursive: true });
      fs.writeFileSync(init, readmeSnippet('emacs').replaceAll(PLACEHOLDER, SERVER));
      writePlan(planFile, resultFile, files);
      // --batch reads no init file by itself: load the README's, as Emacs would at start.
      const args = ['--batch', '-l', init, '-l', path.join(DRIVERS, 'emacs-driver.el')];
      const result = await runEditor('emacs', 'emacs', args, editorEnv(home, planFile), resultFile);
      run = { result, client: result.files[0], server: result.files[1] };
    });

    it("opens the files in the snippet's modes", function () {
      assert.strictEqual(run!.client.mode, 'ssh-config-mode');
      assert.strictEqual(run!.server.mode, 'sshd-config-mode');
    });

    sharedChecks(() => run!);
  });

  it('the README shows every editor the same server command and setting', function () {
    for (const name of ['neovim-0.7', 'neovim-0.8', 'neovim-0.11', 'emacs', 'helix']) {
      assert.match(readmeSnippet(name), /never-applies/, `the ${name} snippet lacks the example setting`);
    }
  });
});

function notRunnable(command: string, error: NodeJS.ErrnoException): string {
  return error.code === 'ENOENT' ? `${command} is not installed` : `${command} cannot be run: ${error.message}`;
}

/** [line, code] of each diagnostic, sorted, to compare what arrived with what must. */
function codesByLine(diagnostics: SeenDiagnostic[] | undefined): Array<[number, string]> {
  return (diagnostics ?? []).map((d): [number, string] => [d.line, d.code]).sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
