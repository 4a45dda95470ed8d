import { execFile } from 'child_process';
import { buildSync } from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { getLanguageService } from '../server/src/service/languageService';
import { generateConfig } from './generateConfig';

/**
 * Machine instructions, counted by valgrind's callgrind, to parse and diagnose the benchmark file.
 * Unlike times, the counts barely move between runs on a busy shared machine, so they tell
 * whether a change to the hot path helps (`npm run bench:instructions`, before and after).
 *
 * - first run: one parse and validation in a fresh process, V8 compiling as it goes (what the
 *   first open in a new server does), minus a process that only loads and generates;
 * - warm: the cost of one more parse and validation after warm-up, each preceded by a full
 *   collection so that every run pays the same collector work;
 * - linearity: warm at 20,000 hosts against 10,000.
 *
 * The language service is bundled by esbuild as in `dist/server.js` (calls between modules cost
 * differently in tsc's CommonJS output). `--single-threaded` keeps V8's compilers and collector
 * on the counted thread.
 */

const run = promisify(execFile);

type Mode = 'load' | 'first' | 'warm';

/** The measured process: `instructions.js --measure <bundle> <mode> <hosts> <iterations>`. */
function measure(bundle: string, mode: Mode, hosts: number, iterations: number): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const service = (require(bundle) as { getLanguageService: typeof getLanguageService }).getLanguageService();
  const document = TextDocument.create('file:///bench/config', 'ssh_config', 1, generateConfig(hosts));
  const settings = { openSSHVersion: '9.2' };
  const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const runs = mode === 'load' ? 0 : mode === 'first' ? 1 : iterations;
  for (let i = 0; i < runs; i++) {
    if (mode === 'warm') collectGarbage();
    service.doValidation(document, service.parse(document), settings);
  }
}

async function count(bundle: string, mode: Mode, hosts: number, iterations = 0): Promise<number> {
  const { stderr } = await run(
    'valgrind',
    [
      '--tool=callgrind',
      '--callgrind-out-file=/dev/null',
      process.execPath,
      '--single-threaded',
      '--expose-gc',
      __filename,
      '--measure',
      bundle,
      mode,
      String(hosts),
      String(iterations),
    ],
    { maxBuffer: 1 << 24 },
  );
  const collected = /Collected : (\d+)/.exec(stderr);
  if (!collected) throw new Error(`callgrind printed no count:\n${stderr}`);
  return Number(collected[1]);
}

/** Instructions of one warm parse and validation: the difference between 14 and 6 runs, over 8. */
async function warm(bundle: string, hosts: number): Promise<number> {
  const [few, many] = await Promise.all([count(bundle, 'warm', hosts, 6), count(bundle, 'warm', hosts, 14)]);
  return (many - few) / 8;
}

async function main(): Promise<void> {
  try {
    await run('valgrind', ['--version']);
  } catch {
    console.error('valgrind is not installed (Debian: apt-get install valgrind); nothing measured.');
    process.exitCode = 1;
    return;
  }
  const bundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ssh-instructions-')), 'service.js');
  const root = path.join(__dirname, '..', '..');
  buildSync({
    entryPoints: [path.join(root, 'server/src/service/languageService.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'warning',
  });
  const millions = (n: number) => `${(n / 1e6).toFixed(0)} M`;
  const [load, first] = await Promise.all([count(bundle, 'load', 10_000), count(bundle, 'first', 10_000)]);
  const single = await warm(bundle, 10_000);
  const double = await warm(bundle, 20_000);
  console.log('Instructions (callgrind) to parse and diagnose the generated ~/.ssh/config, 10,000 hosts');
  console.log(`  first run in a fresh process        ${millions(first - load)}`);
  console.log(`  warm run                            ${millions(single)}`);
  console.log(`  linearity: 20,000 vs 10,000 hosts   ${(double / single).toFixed(2)}x instructions for 2x lines`);
}

const measuring = process.argv.indexOf('--measure');
if (measuring >= 0) {
  const [bundle, mode, hosts, iterations] = process.argv.slice(measuring + 1);
  measure(bundle, mode as Mode, Number(hosts), Number(iterations));
} else {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
