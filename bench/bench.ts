import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/service/languageService';
import { TYPING_PAUSE_MS } from '../server/src/server';
import { LspClient } from '../test/lsp/lspClient';
import { generateConfig } from './generateConfig';

/**
 * Speed and memory of the language service on a generated ~/.ssh/config of 10,000 hosts
 * (80,000 lines), with baselines measured in the same run: splitting the text into lines, the
 * `ssh-config` npm parser, and OpenSSH's own `ssh -G` on the same file.
 */

// The ssh-config package ships as an ES module; load it the CommonJS way Node 20 allows for it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SSHConfig: { parse(text: string): unknown } = require('ssh-config');

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Run with --expose-gc: the heap figure is what the parsed document keeps alive, and each series starts from a clean heap.
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Median time of `runs` calls, after `warmUps` calls that let V8 optimize the code (not counted). */
function time(runs: number, task: () => void, warmUps = 5): number {
  collectGarbage(); // so that no series pays for the garbage of the one before
  for (let i = 0; i < warmUps; i++) task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * The least CPU time (this process's, all threads) of `runs` calls after warm-ups. The linearity
 * ratio compares two of these: unlike wall time, CPU time leaves out the moments a shared machine
 * takes the processor away, which otherwise swing one size or the other by tens of percent.
 */
function leastCpuTime(runs: number, task: () => void, warmUps = 5): number {
  collectGarbage();
  for (let i = 0; i < warmUps; i++) task();
  let least = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    task();
    const used = process.cpuUsage(start);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

/** Milliseconds from sending didOpen to receiving its publishDiagnostics. */
async function timeOpen(client: LspClient, uri: string, text: string): Promise<number> {
  const start = performance.now();
  await client.open(uri, 'ssh_config', text);
  const elapsed = performance.now() - start;
  // One big file open at a time, as in an editor.
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return elapsed;
}

/** Median of `runs` opens, each of a new document, after five that warm the server up (V8 optimizes the hot code). */
async function timeWarmOpens(client: LspClient, runs: number, text: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 5 + runs; i++) {
    const elapsed = await timeOpen(client, `file:///bench/open-${i}`, text);
    if (i >= 5) samples.push(elapsed);
  }
  return median(samples);
}

/** The first open in a server just started, before V8 has optimized anything: median over fresh servers. */
async function timeColdOpen(servers: number, text: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < servers; i++) {
    const fresh = new LspClient({ openSSHVersion: '9.2' });
    await fresh.initialize();
    samples.push(await timeOpen(fresh, 'file:///bench/cold', text));
    await fresh.stop();
  }
  return median(samples);
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

function p99(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
}

/** Line `line` of host block `block` in the generated file (see generateConfig.ts: eight lines a block, after three). */
const blockLine = (block: number, line: number) => 3 + 8 * block + line;
/** Blocks spread over the whole file, none twice (7919 is prime to 10,000). */
const spreadBlock = (i: number) => (i * 7919) % 10_000;

type Probe = { method: 'textDocument/completion' | 'textDocument/hover'; position: { line: number; character: number } };

/** The requests a user makes in block `block`: a keyword, a value, a half-typed keyword; hovers on a keepalive keyword and another. */
function probesIn(block: number): Probe[] {
  return [
    { method: 'textDocument/completion', position: { line: blockLine(block, 7), character: 0 } },
    { method: 'textDocument/completion', position: { line: blockLine(block, 2), character: 7 } },
    { method: 'textDocument/completion', position: { line: blockLine(block, 5), character: 6 } },
    { method: 'textDocument/hover', position: { line: blockLine(block, 5), character: 4 } },
    { method: 'textDocument/hover', position: { line: blockLine(block, 1), character: 4 } },
  ];
}

/**
 * Completion and hover over LSP while the user types in the open bench file: each edit (`  S` typed
 * on a blank line of another block) is followed at once by a request there, and the next edit comes
 * 0 to 40 ms later, so the validation of the new text is often still running. The request must not
 * wait for it. Returns the round trips of completions and hovers.
 */
async function timeRequestsWhileTyping(client: LspClient, uri: string, edits: number): Promise<{ completion: number[]; hover: number[] }> {
  const completion: number[] = [];
  const hover: number[] = [];
  for (let i = 0; i < edits; i++) {
    const block = spreadBlock(i + 1);
    const line = blockLine(block, 7);
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 100 + i },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '  S' }],
    });
    const probe: Probe =
      i % 2 === 0
        ? { method: 'textDocument/completion', position: { line, character: 3 } }
        : { method: 'textDocument/hover', position: { line: blockLine(block, i % 4 === 1 ? 5 : 1), character: 4 } };
    const start = performance.now();
    await client.connection.sendRequest(probe.method, { textDocument: { uri }, position: probe.position });
    (i % 2 === 0 ? completion : hover).push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, (i * 13) % 41));
  }
  return { completion, hover };
}

async function main(): Promise<void> {
  const service = getLanguageService();
  const big = generateConfig(10_000);
  // Linear passes take twice the time at twice the size. Two large sizes are compared: below about
  // 40,000 lines a host costs about 4 µs instead of 5 (caches and the collector favour small files).
  const double = generateConfig(20_000);
  const lineCount = big.split('\n').length;
  const document = TextDocument.create('file:///bench/config', 'ssh_config', 1, big);
  const doubleDocument = TextDocument.create('file:///bench/double', 'ssh_config', 1, double);
  const settings = { openSSHVersion: '9.2' };
  const runs = 15;

  const splitMs = time(runs, () => big.split('\n').map((l) => l.trim().split(/\s+/)));
  const sshConfigMs = time(runs, () => SSHConfig.parse(big));
  const parseMs = time(runs, () => service.parse(document));
  const validateMs = time(runs, () => service.doValidation(document, undefined, settings));
  const singleCpuMs = leastCpuTime(runs, () => service.doValidation(document, undefined, settings));
  const doubleCpuMs = leastCpuTime(runs, () => service.doValidation(doubleDocument, undefined, settings));
  const parsed = service.parse(document);
  const hoverMs = time(runs, () => service.doHover(document, { line: lineCount - 4, character: 4 }, parsed, settings));
  // Requests in process, the file's parse at hand: 200 blocks, five requests in each.
  const inProcess = { completion: [] as number[], hover: [] as number[] };
  for (let i = 0; i < 220; i++) {
    for (const probe of probesIn(spreadBlock(i))) {
      const start = performance.now();
      if (probe.method === 'textDocument/completion') service.doComplete(document, probe.position, parsed, settings);
      else service.doHover(document, probe.position, parsed, settings);
      // The first 20 blocks warm V8 up.
      if (i >= 20) inProcess[probe.method === 'textDocument/completion' ? 'completion' : 'hover'].push(performance.now() - start);
    }
  }

  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const kept = service.parse(document);
  collectGarbage();
  const heapAfter = process.memoryUsage().heapUsed;
  void kept.directives.length;

  let sshMs: number | undefined;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ssh-bench-')), 'config');
  fs.writeFileSync(file, big);
  if (spawnSync('ssh', ['-V']).status === 0) {
    sshMs = time(runs, () => execFileSync('ssh', ['-G', '-F', file, 'web9999'], { stdio: 'ignore' }), 2);
  }

  const coldMs = await timeColdOpen(3, big);
  // The protocol's own cost: the same opens answered by a server that analyses nothing.
  const floor = new LspClient({}, process.env, path.join(__dirname, 'lspFloorServer.js'));
  await floor.initialize();
  const floorMs = await timeWarmOpens(floor, runs, big);
  await floor.open('file:///bench/typing', 'ssh_config', big);
  const floorTyping = await timeRequestsWhileTyping(floor, 'file:///bench/typing', 100);
  await floor.stop();

  const client = new LspClient({ openSSHVersion: '9.2' });
  await client.initialize();
  const lspMs = await timeWarmOpens(client, runs, big);
  // A one-character edit in the middle of the open file, as typing does: the whole file is checked
  // again. Each edit follows a pause: while typing goes on, a file this large is checked when it pauses.
  const editUri = 'file:///bench/edit';
  await client.open(editUri, 'ssh_config', big);
  const editSamples: number[] = [];
  for (let version = 2; version < 7 + runs; version++) {
    await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS + 50));
    const start = performance.now();
    const published = client.nextDiagnostics(editUri);
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: editUri, version },
      contentChanges: [{ range: { start: { line: 40_000, character: 2 }, end: { line: 40_000, character: 2 } }, text: 'x' }],
    });
    await published;
    editSamples.push(performance.now() - start);
  }
  const typingUri = 'file:///bench/typing';
  await client.open(typingUri, 'ssh_config', big);
  await timeRequestsWhileTyping(client, typingUri, 20); // warm-up
  const typing = await timeRequestsWhileTyping(client, typingUri, 400);
  await client.stop();
  const editMs = median(editSamples.slice(5));

  console.log(
    `Benchmark: generated ~/.ssh/config, ${lineCount} lines, 10,000 hosts, ${(big.length / 1024).toFixed(0)} KiB (median of ${runs})`,
  );
  console.log(`  split into words (baseline)        ${fmt(splitMs)}`);
  console.log(`  ssh-config npm parse (baseline)    ${fmt(sshConfigMs)}`);
  if (sshMs !== undefined) console.log(`  OpenSSH ssh -G (baseline)          ${fmt(sshMs)}`);
  console.log(
    `  our parse                          ${fmt(parseMs)}   ${(parseMs / splitMs).toFixed(1)}x split, ${(parseMs / sshConfigMs).toFixed(2)}x ssh-config`,
  );
  console.log(
    `  our parse + all diagnostics        ${fmt(validateMs)}   ${(validateMs / sshConfigMs).toFixed(2)}x ssh-config${sshMs !== undefined ? `, ${(validateMs / sshMs).toFixed(2)}x ssh -G` : ''}`,
  );
  console.log(`  linearity: 160k vs 80k lines       ${(doubleCpuMs / singleCpuMs).toFixed(2)}x CPU time for 2x lines`);
  console.log(`  hover on the last block            ${fmt(hoverMs)}`);
  const vsSsh = (ms: number) => (sshMs !== undefined ? `   ${(ms / sshMs).toFixed(2)}x ssh -G` : '');
  console.log(`  LSP open→publish, no analysis (baseline) ${fmt(floorMs)}`);
  console.log(
    `  diagnostics over LSP (open→publish) ${fmt(lspMs)}${vsSsh(lspMs)}   (target: well under 100 ms; ${fmt(lspMs - floorMs)} over the baseline)`,
  );
  console.log(`  the same, first open in a new server ${fmt(coldMs)}${vsSsh(coldMs)}   (before V8 has optimized the code)`);
  console.log(`  one-character edit over LSP        ${fmt(editMs)}${vsSsh(editMs)}   (after a pause in typing)`);
  console.log(
    `  completion p99, in process          ${fmt(p99(inProcess.completion))}   (target: 5 ms; ${inProcess.completion.length} requests)`,
  );
  console.log(`  hover p99, in process               ${fmt(p99(inProcess.hover))}   (target: 5 ms; ${inProcess.hover.length} requests)`);
  const floorRoundTrip = p99([...floorTyping.completion, ...floorTyping.hover]);
  console.log(`  LSP request round trip p99, no analysis (baseline) ${fmt(floorRoundTrip)}   (while typing, as below)`);
  console.log(
    `  completion p99 over LSP while typing ${fmt(p99(typing.completion))}   (target: 5 ms; ${typing.completion.length} requests)`,
  );
  console.log(`  hover p99 over LSP while typing      ${fmt(p99(typing.hover))}   (target: 5 ms; ${typing.hover.length} requests)`);
  console.log(`  parsed document heap               ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MiB`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
