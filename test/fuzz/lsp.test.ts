import * as path from 'path';
import * as os from 'os';
import * as fs from 'fs';
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { getLanguageService } from '../../server/src/service/languageService';
import { nodeFileSystem } from '../../server/src/node/nodeFileSystem';
import { pathOfUri } from '../../server/src/service/utils/uris';
import type { ServiceSettings } from '../../server/src/service/types';
import { readClientSettings } from '../../server/src/settings';
import { LspClient } from '../lsp/lspClient';
import { builtConfig, hostileInput, mutatedConfig, realConfigs, runs, SEED, structuredConfig } from './inputs';
import { checkAction, checkDiagnostics, checkHover } from './invariants';

/**
 * Fuzzing the server over stdio (dist/server.js, as an editor runs it): documents opened, changed
 * (whole, by ranges that may lie past the end or run backwards, the same version twice, lists with
 * entries that are no change at all) and closed, with fuzzed text; hovers and code actions asked
 * at random places. The test keeps its own copy of each document, changed by the rules the server
 * states (textSync.ts), written here independently. Every request must be answered within a
 * bound, every version must get its diagnostics, and every answer must be exactly what the
 * language service gives for the text as it is now: so every range lies inside the current text.
 * At the end the server still answers a well-formed request correctly and logged no failure.
 */

/** A request must be answered, and a change's diagnostics published, within this long. */
const ANSWER_BOUND_MS = 5000;

const CLIENT_SETTINGS = { openSSHVersion: '9.2', diagnostics: { maxNumberOfProblems: 200, severity: { 'never-applies': 'information' } } };
const service = getLanguageService();
/**
 * The server reads the files an Include names, and a drop-in's main file, from the disk: the oracle
 * does the same, with the same home directory (an empty one of its own), before it validates.
 */
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ssh-fuzz-home-'));
const diskService = getLanguageService({ fileSystem: { ...nodeFileSystem(), homeDirectory: home } });

async function expectedDiagnostics(document: TextDocument, settings: ServiceSettings): Promise<unknown> {
  const own = pathOfUri(document.uri);
  const openText = (p: string) => (p === own ? document.getText() : undefined);
  const config = diskService.parse(document);
  const tree = await diskService.loadIncludes(document, config, settings, openText);
  const main = await diskService.findMainTree(document, settings, openText);
  return roundTrip(diskService.doValidation(document, config, settings, { tree, main }));
}

/** The settings the server makes of CLIENT_SETTINGS (settings.ts); the release is given, so none is detected. */
function serverSettings(): ServiceSettings {
  const { settings } = readClientSettings(CLIENT_SETTINGS);
  return { ...settings, openSSHVersion: settings.openSSHVersion };
}

const LANGUAGE_IDS = ['ssh_config', 'sshd_config', 'sshconfig', 'sshdconfig', 'plaintext'];
const NAMES = ['config', 'sshd_config', 'ssh_config.d/a.conf', 'sshd_config.d/b.conf', 'notes.txt'];

/** The text after the change entries, by the server's rules (written apart from textSync.ts): an entry that is no change is skipped. */
function applyChanges(text: string, changes: unknown[]): string {
  for (const change of changes) {
    if (!change || typeof change !== 'object') continue;
    const { text: newText, range } = change as { text?: unknown; range?: unknown };
    if (typeof newText !== 'string') continue;
    if (range === undefined || range === null) {
      text = newText;
      continue;
    }
    const { start, end } = range as { start?: unknown; end?: unknown };
    const a = offsetOf(text, start);
    const b = offsetOf(text, end);
    if (a === undefined || b === undefined) continue;
    text = text.slice(0, Math.min(a, b)) + newText + text.slice(Math.max(a, b));
  }
  return text;
}

/** Where an LSP position falls in the text, clamped into it (lines end at CR, LF or CRLF); undefined for no position. */
function offsetOf(text: string, position: unknown): number | undefined {
  if (!position || typeof position !== 'object') return undefined;
  const { line, character } = position as { line?: unknown; character?: unknown };
  if (typeof line !== 'number' || typeof character !== 'number' || !Number.isFinite(line) || !Number.isFinite(character)) return undefined;
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\r' || text[i] === '\n') starts.push(i + 1);
  }
  const l = Math.floor(line);
  if (l >= starts.length) return text.length;
  if (l < 0) return 0;
  const c = Math.floor(character);
  if (c <= 0) return starts[l];
  const next = l + 1 < starts.length ? starts[l + 1] : text.length;
  let offset = Math.min(starts[l] + c, next);
  // Never between a line's last character and its line end, nor inside a CRLF.
  while (offset > starts[l] && (text[offset - 1] === '\r' || text[offset - 1] === '\n')) offset--;
  return offset;
}

/** What the client does next. */
type Step =
  | { kind: 'full'; text: string; sameVersion: boolean }
  | { kind: 'edits'; changes: unknown[]; sameVersion: boolean }
  | { kind: 'burst'; texts: string[] }
  | { kind: 'hover'; line: number; character: number }
  | { kind: 'actions'; from: number; to: number; only?: string[] }
  | { kind: 'reopen'; text: string }
  | { kind: 'malformed'; which: number };

const position = fc.record({
  line: fc.oneof(fc.nat({ max: 40 }), fc.integer({ min: -3, max: 1000 }), fc.double({ min: -2, max: 50, noNaN: true })),
  character: fc.oneof(fc.nat({ max: 120 }), fc.integer({ min: -5, max: 100_000 }), fc.constant(0.5)),
});
const insertText = fc.oneof(
  fc.constantFrom(
    '',
    '\n',
    '\r\n',
    '\r',
    'Host *\n',
    '  Port 22\n',
    'Prot',
    '"',
    '#',
    '=',
    '\0',
    '\ufeff',
    'ServerAliveInterval 60\n',
    'Match User bob\n',
  ),
  fc.string({ maxLength: 12 }),
);
const goodChange = fc.oneof(
  fc.record({ range: fc.record({ start: position, end: position }), text: insertText }),
  fc.record({ range: fc.record({ start: position, end: position }), rangeLength: fc.nat({ max: 5 }), text: insertText }),
);
const garbageChange = fc.constantFrom<unknown>(
  null,
  5,
  'text',
  [],
  {},
  { text: 7 },
  { range: { start: { line: 'x' } }, text: 'a' },
  { range: { start: { line: 0, character: 0 } }, text: 'a' },
  { range: { start: null, end: { line: 0, character: 0 } }, text: 'b' },
  { range: null, text: 'Port 22\n' },
  { text: 'User x\n', range: undefined },
);
const fuzzedText = fc.oneof(
  { weight: 3, arbitrary: builtConfig },
  { weight: 3, arbitrary: structuredConfig.map((c) => c.text) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

const step = (texts: fc.Arbitrary<string>): fc.Arbitrary<Step> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('full' as const), text: texts, sameVersion: fc.boolean() }) },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('edits' as const),
        changes: fc.array(fc.oneof({ weight: 4, arbitrary: goodChange }, { weight: 1, arbitrary: garbageChange }), {
          minLength: 1,
          maxLength: 4,
        }),
        sameVersion: fc.boolean(),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('burst' as const), texts: fc.array(texts, { minLength: 2, maxLength: 4 }) }) },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('hover' as const),
        line: fc.integer({ min: -1, max: 40 }),
        character: fc.integer({ min: -1, max: 200 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('actions' as const),
        from: fc.nat({ max: 30 }),
        to: fc.nat({ max: 30 }),
        only: fc.option(fc.constantFrom<string[]>(['quickfix'], ['refactor'], ['source.fixAll'], ['source'], []), { nil: undefined }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen' as const), text: texts }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('malformed' as const), which: fc.nat({ max: MALFORMED.length - 1 }) }) },
  );

/** A promise that fails when it takes longer than the bound. */
async function within<T>(what: string, promise: Promise<T>, bound = ANSWER_BOUND_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const started = performance.now();
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${bound} ms`)), bound))),
    ]);
  } finally {
    clearTimeout(timer);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < bound, `${what} took ${Math.round(elapsed)} ms`);
  }
}

/** The publications for each document, in order, to be taken one at a time. */
class Publications {
  private readonly queues = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiting = new Map<string, (params: PublishDiagnosticsParams) => void>();

  constructor(client: LspClient) {
    client.publishListeners.push((params) => {
      const waiter = this.waiting.get(params.uri);
      if (waiter) {
        this.waiting.delete(params.uri);
        waiter(params);
      } else {
        this.queues.set(params.uri, [...(this.queues.get(params.uri) ?? []), params]);
      }
    });
  }

  next(uri: string): Promise<PublishDiagnosticsParams> {
    const queued = this.queues.get(uri);
    if (queued?.length) return Promise.resolve(queued.shift()!);
    return new Promise((resolve) => this.waiting.set(uri, resolve));
  }

  /** Publications that nobody waited for. */
  pending(uri: string): number {
    return this.queues.get(uri)?.length ?? 0;
  }
}

/**
 * Messages no client should send. Changes without a version, or with no change at all, change
 * nothing and publish nothing; requests without a position or context are answered as the service
 * answers them; a document opened without a language id is checked by its file name.
 */
const MALFORMED = [
  'change without version',
  'change of no document version',
  'empty change list',
  'hover without position',
  'actions without context',
  'actions with null context',
  'actions with garbage context',
  'open without language id',
] as const;

const roundTrip = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

describe('fuzz: the server over LSP', function () {
  this.timeout(120_000);
  let client: LspClient;
  let publications: Publications;
  const settings = serverSettings();
  let run = 0;

  before(async () => {
    client = new LspClient(CLIENT_SETTINGS, { ...process.env, HOME: home });
    publications = new Publications(client);
    await client.initialize({ openSSHVersion: '9.2' });
  });

  after(async () => {
    await client?.stop().catch(() => undefined);
  });

  /** Drives one document through the steps, checking every answer against the service on the client's copy. */
  async function drive(initial: string, steps: Step[], languageId: string, name: string): Promise<number> {
    const uri = `file:///fuzz/${run++}/${name}`;
    let text = initial;
    let version = 1 + (run % 5);
    let checked = 0;
    const documentNow = () => TextDocument.create(uri, languageId, version, text);
    const expected = () => expectedDiagnostics(documentNow(), settings);

    /** Waits for the diagnostics of the state the client is in now; earlier states may publish first. */
    const published = async (states: Array<{ version: number; text: string }>) => {
      const final = states[states.length - 1];
      for (;;) {
        const params = await within(`diagnostics of version ${final.version}`, publications.next(uri));
        const matching = states.filter((state) => state.version === params.version);
        assert.ok(matching.length, `published version ${params.version}, the client is at ${final.version}`);
        let fits: (typeof matching)[number] | undefined;
        for (const state of matching) {
          const document = TextDocument.create(uri, languageId, state.version, state.text);
          const wanted = await expectedDiagnostics(document, settings);
          try {
            assert.deepStrictEqual(params.diagnostics, wanted);
            fits = state;
            break;
          } catch {
            // another state may fit
          }
        }
        // None fits: fail, showing how they differ from the service's for the text as it is now.
        if (!fits)
          assert.deepStrictEqual(
            params.diagnostics,
            await expected(),
            `the diagnostics of version ${params.version} are the service's for the text as it is\n${JSON.stringify(text)}`,
          );
        checkDiagnostics(TextDocument.create(uri, languageId, fits!.version, fits!.text), params.diagnostics as Diagnostic[]);
        checked++;
        if (fits === final) return;
      }
    };

    const open = async () => {
      void client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
      await published([{ version, text }]);
    };
    await open();

    for (const s of steps) {
      switch (s.kind) {
        case 'full':
        case 'edits': {
          if (!s.sameVersion) version++;
          const changes = s.kind === 'full' ? [{ text: s.text }] : s.changes;
          text = applyChanges(text, changes);
          void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
          await published([{ version, text }]);
          break;
        }
        case 'burst': {
          const states: Array<{ version: number; text: string }> = [];
          for (const next of s.texts) {
            version++;
            text = next;
            states.push({ version, text });
            void client.connection.sendNotification('textDocument/didChange', {
              textDocument: { uri, version },
              contentChanges: [{ text }],
            });
          }
          await published(states);
          break;
        }
        case 'hover': {
          const at = { line: s.line, character: s.character };
          const hover = await within(
            `hover at ${JSON.stringify(at)}`,
            client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at }) as Promise<Hover | null>,
          );
          const document = documentNow();
          assert.deepStrictEqual(
            hover,
            roundTrip(service.doHover(document, at, undefined, settings)),
            `hover at ${JSON.stringify(at)} in ${JSON.stringify(text)}`,
          );
          checkHover(document, hover as never, at);
          checked++;
          break;
        }
        case 'actions': {
          const document = documentNow();
          const diagnostics = (client.published.get(uri) ?? []) as Diagnostic[];
          const range = { start: document.positionAt(Math.min(s.from, s.to) * 3), end: document.positionAt(Math.max(s.from, s.to) * 7) };
          const inRange = diagnostics.filter((d) => d.range.end.line >= range.start.line && d.range.start.line <= range.end.line);
          const context = { diagnostics: inRange, only: s.only };
          const actions = await within(
            'code actions',
            client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context }) as Promise<CodeAction[]>,
          );
          assert.deepStrictEqual(actions, roundTrip(service.doCodeActions(document, roundTrip(context), undefined, settings)));
          const sent = new Set(inRange.map((d) => JSON.stringify(d)));
          for (const action of actions) checkAction(document, action, (d) => sent.has(JSON.stringify(d)), s.only);
          checked++;
          break;
        }
        case 'malformed': {
          const document = documentNow();
          const what = MALFORMED[s.which];
          if (what === 'change without version' || what === 'change of no document version' || what === 'empty change list') {
            const textDocument =
              what === 'change without version'
                ? { uri, version: null }
                : what === 'empty change list'
                  ? { uri, version: version + 1 }
                  : { uri };
            void client.connection.sendNotification('textDocument/didChange', {
              textDocument,
              contentChanges: what === 'empty change list' ? [] : [{ text: 'ClientAliveInterval 5\n' }],
            });
            // Nothing changed: the next answer is still about the text as it was.
            const hover = await within(
              'hover after a malformed change',
              client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }),
            );
            assert.deepStrictEqual(hover, roundTrip(service.doHover(document, { line: 0, character: 1 }, undefined, settings)), what);
          } else if (what === 'hover without position') {
            assert.strictEqual(
              await within(what, client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: null })),
              null,
            );
          } else if (what === 'open without language id') {
            const other = `${uri}.no-id`;
            void client.connection.sendNotification('textDocument/didOpen', {
              textDocument: { uri: other, languageId: null, version: 1, text },
            });
            const params = await within('diagnostics of a document opened without language id', publications.next(other));
            assert.deepStrictEqual(
              params.diagnostics,
              await expectedDiagnostics(TextDocument.create(other, null as unknown as string, 1, text), settings),
            );
            void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: other } });
            assert.deepStrictEqual((await within('diagnostics cleared on close', publications.next(other))).diagnostics, []);
          } else {
            const context =
              what === 'actions without context'
                ? undefined
                : what === 'actions with null context'
                  ? null
                  : { diagnostics: {}, only: 'quickfix' };
            const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            const actions = await within(
              what,
              client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context }) as Promise<CodeAction[]>,
            );
            assert.deepStrictEqual(actions, roundTrip(service.doCodeActions(document, context as never, undefined, settings)), what);
          }
          checked++;
          break;
        }
        case 'reopen': {
          void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
          const cleared = await within('diagnostics cleared on close', publications.next(uri));
          assert.deepStrictEqual([cleared.version, cleared.diagnostics], [undefined, []]);
          // A change to a closed document changes nothing and publishes nothing (the next publication is the reopen's).
          void client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: version + 1 },
            contentChanges: [{ text: 'ClientAliveInterval 5\n' }],
          });
          text = s.text;
          version = 1;
          await open();
          break;
        }
      }
    }
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepStrictEqual((await within('diagnostics cleared on close', publications.next(uri))).diagnostics, []);
    assert.strictEqual(publications.pending(uri), 0, 'no publication after the close');
    return checked;
  }

  it("fuzzed documents, opened, changed in every way a client might and closed: every version published, every answer the service's", async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        fuzzedText,
        fc.array(step(fuzzedText), { minLength: 3, maxLength: 10 }),
        fc.nat({ max: LANGUAGE_IDS.length - 1 }),
        async (text, steps, language) => {
          checked += await drive(text, steps, LANGUAGE_IDS[language], NAMES[language]);
        },
      ),
      { seed: SEED + 10, numRuns: runs(150) },
    );
    assert.ok(checked >= 750, `only ${checked} answers were checked`);
  });

  it('real configs mutated, and hostile shapes at a tenth of their scale', async () => {
    const real = realConfigs();
    const mutatedSteps = (texts: fc.Arbitrary<string>) => fc.array(step(texts), { minLength: 2, maxLength: 5 });
    const inputs = fc.oneof(
      mutatedConfig(real).map((entry) => ({ text: entry.text, language: entry.language })),
      hostileInput.map((hostile) => ({ text: hostile.text, language: hostile.language })),
    );
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(inputs, mutatedSteps(mutatedConfig(real).map((entry) => entry.text)), async ({ text, language }, steps) => {
        checked += await drive(text, steps, language, language === 'ssh_config' ? 'config' : 'sshd_config');
      }),
      { seed: SEED + 11, numRuns: runs(40) },
    );
    assert.ok(checked >= 120, `only ${checked} answers were checked`);
  });

  it('is still alive and answers a well-formed request correctly, having logged no failure', async () => {
    process.kill(client.pid, 0); // throws when the process is gone
    const uri = 'file:///fuzz/final/config';
    const text = 'Prot 22\nPort 22\n';
    const diagnostics = await within('diagnostics', client.open(uri, 'ssh_config', text));
    assert.ok(
      diagnostics.some((d) => d.code === 'unknown-keyword' && d.range.start.line === 0),
      JSON.stringify(diagnostics),
    );
    assert.deepStrictEqual(diagnostics, await expectedDiagnostics(TextDocument.create(uri, 'ssh_config', 1, text), settings));
    const hover = await within(
      'hover',
      client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } }) as Promise<{
        contents: { value: string };
      }>,
    );
    assert.match(hover.contents.value, /\*\*Port\*\*/);
    // The library refuses the malformed changes (and says so); the service must have thrown nowhere.
    const failures = client.logs.filter((line) => /^(Validation of .* failed|Hover failed|Code actions failed)/.test(line));
    assert.deepStrictEqual(failures, [], 'the server caught no exception from the service');
    assert.ok(
      client.logs.some((line) => line.includes('without valid version identifier')),
      'malformed changes were sent',
    );
  });
});
