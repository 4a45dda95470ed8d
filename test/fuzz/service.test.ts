import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Position } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service/languageService';
import type { ServiceSettings } from '../../server/src/service/types';
import {
  builtConfig,
  structuredConfig,
  hostileAt,
  hostileInput,
  HOSTILE_SHAPES,
  Language,
  LANGUAGES,
  mutate,
  mutatedConfig,
  realConfigs,
  runs,
  SEED,
} from './inputs';
import { checkFixEffect } from './fixEffects';
import { checkAction, checkDiagnostics, checkHover, checkReparses, slowest, timed, wordBoundaries } from './invariants';

/**
 * Fuzzing the pure language service: configs built from pieces, real configs mutated, and hostile
 * shapes, checked as both files against several target releases and settings. For each input:
 * parse, validation, hovers at every word boundary and at random places, and code actions for all
 * the diagnostics and for what a client would send for a random range and kind. No call throws or
 * takes longer than CALL_BOUND_MS; every range is inside the document; every code action's edits
 * stay inside it, do not overlap, change nothing outside their ranges, and give a text that parses.
 * On inputs up to 20 KB the fixed text is validated too, and each fix must have done what its title
 * says to the directives and nothing else (fixEffects.ts).
 *
 * Fixed seed by default; FUZZ_SEED and FUZZ_RUNS explore (FUZZ_STATS prints what was checked).
 */

const service = getLanguageService();
/** How many fixes of each kind had their effect checked. */
const effects = new Map<string, number>();

const VERSIONS = ['6.0', '8.3', '9.2', '10.0', '10.5'];
const URIS = [
  'file:///home/u/.ssh/config',
  'file:///etc/ssh/sshd_config',
  'file:///etc/ssh/sshd_config.d/50-x.conf',
  'untitled:Untitled-1',
];
const ONLY: Array<string[] | undefined> = [
  undefined,
  ['quickfix'],
  ['refactor'],
  ['source.fixAll'],
  ['source'],
  ['refactor.rewrite'],
  ['quickfix', 'source.fixAll'],
  [],
  [''],
];

interface Options {
  version: string;
  uri: string;
  /** Small limits exercise the "too many problems" path. */
  maxNumberOfProblems?: number;
  offCode?: boolean;
  /** Random offsets (taken modulo the length) for hovers and for the range a client asks code actions for. */
  offsets: number[];
  only: number;
}

const options: fc.Arbitrary<Options> = fc.record({
  version: fc.constantFrom(...VERSIONS),
  uri: fc.constantFrom(...URIS),
  maxNumberOfProblems: fc.option(fc.constantFrom(1, 3, 50, 100_000), { nil: undefined, freq: 3 }),
  offCode: fc.boolean(),
  offsets: fc.array(fc.nat(), { minLength: 4, maxLength: 8 }),
  only: fc.nat({ max: ONLY.length - 1 }),
});

function settingsOf(o: Options): ServiceSettings {
  return {
    openSSHVersion: o.version,
    maxNumberOfProblems: o.maxNumberOfProblems,
    severityOverrides: o.offCode ? { 'never-applies': 'off', 'unknown-keyword': 'hint', 'no-keepalive': 'error' } : undefined,
  };
}

/**
 * How much of a large input to go through: every word boundary and every action of a small one, a
 * spread of a large one (each action applied costs a parse of the whole text).
 */
const SMALL = 20_000;
const HOVERS_ON_LARGE = 100;
const ACTIONS_APPLIED_ON_LARGE = 4;

/** Every check of the service on one input; returns how many code actions it applied, so that a run can tell it did work. */
function checkService(text: string, language: Language, o: Options): number {
  const document = TextDocument.create(o.uri, language, 1, text);
  const settings = settingsOf(o);
  const small = text.length <= SMALL;
  const config = timed('parse', () => service.parse(document));
  const diagnostics = timed('doValidation', () => service.doValidation(document, config, settings));
  checkDiagnostics(document, diagnostics);

  const end = document.positionAt(text.length);
  const positions: Position[] = [
    ...wordBoundaries(text, small ? Infinity : HOVERS_ON_LARGE).map((offset) => document.positionAt(offset)),
    ...o.offsets.map((offset) => document.positionAt(offset % (text.length + 1))),
    // Places a client should not send, but might.
    { line: end.line, character: end.character + 5 },
    { line: document.lineCount + 2, character: 0 },
    { line: 0, character: 1e6 },
  ];
  for (const position of positions) {
    const hover = timed(`doHover at ${JSON.stringify(position)}`, () => service.doHover(document, position, config, settings));
    checkHover(document, hover, position);
  }

  // What a client sends: the diagnostics it holds in the range it asks about (the whole file, or a random range).
  const [a, b] = [o.offsets[0] % (text.length + 1), o.offsets[1] % (text.length + 1)].sort((x, y) => x - y);
  const inRange = diagnostics.filter((d) => document.offsetAt(d.range.end) >= a && document.offsetAt(d.range.start) <= b);
  // And diagnostics the text no longer has: moved by a line, with another code.
  const stale: Diagnostic[] = diagnostics
    .slice(0, 20)
    .map((d, i) =>
      i % 2
        ? { ...d, range: { start: { line: d.range.start.line + 1, character: d.range.start.character }, end: d.range.end } }
        : { ...d, code: 'unknown-keyword' },
    );
  const requests: Array<{ sent: Diagnostic[]; only: string[] | undefined }> = [
    { sent: diagnostics, only: undefined },
    ...(small ? [{ sent: diagnostics, only: ['quickfix'] }] : []),
    { sent: inRange, only: ONLY[o.only] },
    { sent: [], only: ['source.fixAll'] },
    { sent: [], only: ['refactor'] },
    { sent: stale, only: ONLY[(o.only + 1) % ONLY.length] },
  ];
  let applied = 0;
  for (const { sent, only } of requests) {
    const actions: CodeAction[] = timed(`doCodeActions for ${sent.length} diagnostics, only ${JSON.stringify(only)}`, () =>
      service.doCodeActions(document, { diagnostics: sent, only }, config, settings),
    );
    assert.ok(Array.isArray(actions));
    const chosen =
      small || actions.length <= ACTIONS_APPLIED_ON_LARGE
        ? actions
        : [...actions.slice(0, ACTIONS_APPLIED_ON_LARGE / 2), ...actions.slice(-ACTIONS_APPLIED_ON_LARGE / 2)];
    const sentSet = new Set(sent);
    for (const action of chosen) {
      const result = checkAction(document, action, (d) => sentSet.has(d), only);
      timed(`parse after '${action.title}'`, () => checkReparses(result, language));
      if (small) {
        const fixed = TextDocument.create(o.uri, language, 2, result);
        const after = timed(`doValidation after '${action.title}'`, () => service.doValidation(fixed, undefined, settings));
        checkDiagnostics(fixed, after);
        const kind = checkFixEffect(text, result, language, action, () => after);
        effects.set(kind, (effects.get(kind) ?? 0) + 1);
      }
      applied++;
    }
  }
  return applied;
}

/** Checks the service on `runs` inputs drawn from `arbitrary`; the run must have applied at least `minApplied` code actions (it is not enough to find none to check). */
function fuzz(
  arbitrary: fc.Arbitrary<{ language: Language; text: string }>,
  seed: number,
  numRuns: number,
  minApplied: number,
  kinds: string[] = [],
): void {
  let applied = 0;
  effects.clear();
  fc.assert(
    fc.property(arbitrary, options, ({ text, language }, o) => void (applied += checkService(text, language, o))),
    { seed, numRuns: runs(numRuns) },
  );
  assert.ok(applied >= minApplied * (runs(numRuns) / numRuns), `only ${applied} code actions were applied and checked`);
  for (const kind of kinds)
    assert.ok(effects.has(kind), `no '${kind}' fix had its effect checked: ${JSON.stringify(Object.fromEntries(effects))}`);
  if (process.env.FUZZ_STATS)
    console.log(`      ${applied} actions applied; effects checked: ${JSON.stringify(Object.fromEntries(effects))}`);
}

describe('fuzz: the language service', function () {
  this.timeout(120_000);
  const real = realConfigs();

  it('configs built from pieces: no throw, ranges inside, fixes that re-parse and keep the rest, each call bounded', () => {
    fuzz(
      fc.tuple(builtConfig, fc.constantFrom(...LANGUAGES)).map(([text, language]) => ({ text, language })),
      SEED,
      600,
      1200,
    );
  });

  it('configs shaped like real ones, from lines that invite every kind of fix', () => {
    fuzz(structuredConfig, SEED + 4, 500, 2500, [
      'rename',
      'remove',
      'move-above-match',
      'split',
      'ignore-unknown',
      'move-block',
      'keepalive',
      'fix-all',
    ]);
  });

  it('real configs (the differential corpus, the stock files) mutated by characters and lines', () => {
    fuzz(mutatedConfig(real), SEED + 1, 400, 1200);
  });

  it('the real configs as they are, each once', () => {
    // Unmutated: the fixes the corpus invites must hold too.
    const settings = fc.sample(options, { seed: SEED + 2, numRuns: real.length });
    let applied = 0;
    real.forEach((entry, i) => {
      try {
        applied += checkService(entry.text, entry.language, settings[i]);
      } catch (error) {
        throw new Error(`${entry.name} with ${JSON.stringify(settings[i])}: ${(error as Error).message}`, { cause: error });
      }
    });
    assert.ok(applied >= real.length, `only ${applied} code actions were applied and checked`);
  });

  it('hostile shapes, each at full scale, as both files and several releases', () => {
    let applied = 0;
    HOSTILE_SHAPES.forEach((shape, index) => {
      for (const pick of [0, 1]) {
        const hostile = hostileAt(index, pick);
        // Once with the default limit of 1,000 problems, once with all of them (code actions for each).
        const o: Options = {
          version: VERSIONS[(index + pick) % VERSIONS.length],
          uri: URIS[pick],
          maxNumberOfProblems: pick ? 100_000 : undefined,
          offCode: false,
          offsets: [7, 1 << 20, 3, 5],
          only: index % ONLY.length,
        };
        const started = performance.now();
        try {
          applied += checkService(hostile.text, hostile.language, o);
        } catch (error) {
          throw new Error(
            `${shape} (${hostile.language}, ${hostile.text.length} characters, version ${o.version}): ${(error as Error).message}`,
            {
              cause: error,
            },
          );
        }
        if (process.env.FUZZ_STATS)
          console.log(
            `      ${shape} (${pick}): ${hostile.text.length} characters, ${Math.round(performance.now() - started)} ms; slowest call ${slowest.ms} ms, ${slowest.what}`,
          );
        Object.assign(slowest, { what: '', ms: 0 });
      }
    });
    assert.ok(applied >= 100, `only ${applied} code actions were applied and checked`);
  });

  it('hostile shapes, varied and mutated', () => {
    const mutations = fc.array(
      fc.record({
        kind: fc.constantFrom('insert' as const),
        at: fc.nat(),
        text: fc.constantFrom('\n', '"', '#', '=', '\0', 'Host *\n', 'Match all\n', ',', '*'),
      }),
      { maxLength: 3 },
    );
    const mutated = fc.tuple(hostileInput, mutations).map(([hostile, m]) => ({ ...hostile, text: mutate(hostile.text, m) }));
    fuzz(mutated, SEED + 3, 24, 40);
  });
});
