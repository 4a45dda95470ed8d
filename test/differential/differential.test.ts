import * as assert from 'assert';
import * as fs from 'fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service/languageService';
import { buildCorpus, CorpusEntry, CorpusLanguage } from './corpus';
import { mapLimit, neutralize, Oracle, ORACLE_SOURCES, OracleResult, OracleSource, rejectedLineOf } from './oracle';

/**
 * Differential test: for every config of the corpus, the lines on which the language service reports an
 * Error must be exactly the lines OpenSSH rejects (`ssh -G -F FILE example.com`, `sshd -t -f FILE -h KEY`),
 * once per oracle: Debian 12's OpenSSH 9.2 with our target release 9.2, and Debian 13's OpenSSH 10.0
 * with target 10.0. See README.md in this folder.
 *
 * Without an oracle's binaries its suite skips with a message, except under CI (CI=true), where it fails.
 * DIFFERENTIAL_REPORT=FILE writes every mismatch of both suites as JSON.
 */

const corpus = buildCorpus();
const service = getLanguageService();
const CONCURRENCY = 2;

const inCI = () => !!process.env.CI && !['false', '0', ''].includes(process.env.CI.toLowerCase());

interface Outcome {
  entry: CorpusEntry;
  agrees: boolean;
}

interface Mismatch {
  release: string;
  name: string;
  language: CorpusLanguage;
  text: string;
  openssh: number[];
  ours: number[];
  missing: Array<{ line: number; openssh: string[] }>;
  extra: Array<{ line: number; code: string; message: string }>;
  problems: string[];
}

function errorDiagnostics(entry: CorpusEntry, release: string): Diagnostic[] {
  const document = TextDocument.create(`file:///corpus/${entry.name}`, entry.language, 1, entry.text);
  return service.doValidation(document, undefined, { openSSHVersion: release }).filter((d) => d.severity === DiagnosticSeverity.Error);
}

const numbered = (text: string) =>
  text
    .split('\n')
    .map((line, i) => `${String(i + 1).padStart(4)} | ${JSON.stringify(line).slice(1, -1)}`)
    .join('\n');

const messageText = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const describeDiagnostic = (d: Diagnostic) => `line ${d.range.start.line + 1}: [${String(d.code ?? '-')}] ${messageText(d)}`;

/** Every mismatch of every suite so far, for DIFFERENTIAL_REPORT. */
const mismatches: Mismatch[] = [];

describe('differential: Error lines equal the lines OpenSSH rejects', function () {
  it(`has a corpus of at least 200 configs, names unique, no lone CR`, () => {
    assert.ok(corpus.length >= 200, `only ${corpus.length} configs`);
    assert.strictEqual(new Set(corpus.map((e) => e.name)).size, corpus.length, 'duplicate corpus names');
    for (const entry of corpus) assert.ok(!/\r(?!\n)/.test(entry.text), `${entry.name} contains a lone \\r`);
  });

  it('oracle helpers: reads rejected lines from stderr and neutralizes them in place', () => {
    const file = '/tmp/x/c1.conf';
    assert.strictEqual(rejectedLineOf(`${file} line 4: invalid time value.`, file), 3);
    assert.strictEqual(rejectedLineOf(`${file}: line 2: Bad configuration option: foo`, file), 1);
    assert.strictEqual(rejectedLineOf(`Invalid Match address argument '192.0.2.0/33' at line 7`, file), 6);
    assert.strictEqual(rejectedLineOf(`${file} line 1: Unsupported option "rsaauthentication"`, file), undefined);
    assert.strictEqual(rejectedLineOf(`${file} line 1: Deprecated option UsePrivilegeSeparation`, file), undefined);
    assert.strictEqual(rejectedLineOf(`${file} line 1: unsupported option "maybe".`, file), 0);
    assert.strictEqual(rejectedLineOf(`/etc/ssh/other.conf line 3: Bad configuration option: foo`, file), undefined);
    assert.strictEqual(rejectedLineOf(`Missing Match criteria for host`, file), undefined);
    const text = ['Host a', 'Port 0\r', 'Match foo', 'User b'];
    assert.strictEqual(neutralize(text, new Set([0, 1, 2]), 'ssh_config').split('\n').length, 4);
    assert.deepStrictEqual(neutralize(text, new Set([0, 2]), 'ssh_config').split('\n'), [
      'Host __corpus_never__',
      'Port 0\r',
      'Match User __corpus_never__',
      'User b',
    ]);
    assert.match(neutralize(['Host *'], new Set([0]), 'sshd_config'), /^#/);
    assert.match(neutralize(['Port 0\r'], new Set([0]), 'sshd_config'), /^#.*\r$/);
  });

  for (const source of ORACLE_SOURCES) againstOracle(source);
});

/** The corpus against one OpenSSH release, our target release set to the same. */
function againstOracle(source: OracleSource): void {
  const release = source.release;
  describe(`against ${source.description} (target release ${release})`, function () {
    this.timeout(180_000);
    const results = new Map<string, OracleResult>();
    const outcomes: Outcome[] = [];
    let oracle: Oracle | undefined;
    let elapsed = 0;
    let runs = 0;

    before(async function () {
      const located = source.locate();
      if ('missing' in located) {
        if (inCI()) throw new Error(`differential suite for OpenSSH ${release} cannot run: ${located.missing}. CI must ${source.remedy}.`);
        console.log(
          `\n    SKIPPING the differential suite for OpenSSH ${release}: ${located.missing}.\n    To run it, ${source.remedy} (under CI=true this is a failure).\n`,
        );
        this.skip();
      }
      const started = Date.now();
      oracle = Oracle.create(located);
      const checked = await mapLimit(corpus, CONCURRENCY, (entry, index) => oracle!.check(entry.language, entry.text, `c${index}`));
      checked.forEach((result, index) => results.set(corpus[index].name, result));
      runs = checked.reduce((sum, r) => sum + r.runs.length, 0);
      elapsed = Date.now() - started;
    });

    after(function () {
      oracle?.dispose();
      if (!outcomes.length) return;
      const side = (language: CorpusLanguage) => {
        const mine = outcomes.filter((o) => o.entry.language === language);
        return `${language} ${mine.filter((o) => o.agrees).length}/${mine.length}`;
      };
      const agreements = outcomes.filter((o) => o.agrees).length;
      console.log(
        `\n    differential summary: ${outcomes.length} configs checked, ${agreements} agree with OpenSSH ${release} ` +
          `(${side('ssh_config')}, ${side('sshd_config')}); ${runs} OpenSSH runs in ${(elapsed / 1000).toFixed(1)} s\n`,
      );
      const reportFile = process.env.DIFFERENTIAL_REPORT;
      if (reportFile) fs.writeFileSync(reportFile, JSON.stringify(mismatches, null, 2));
    });

    for (const entry of corpus) {
      it(`${entry.name}`, () => {
        const result = results.get(entry.name);
        assert.ok(result, 'no OpenSSH result');
        let diagnostics: Diagnostic[];
        try {
          diagnostics = errorDiagnostics(entry, release);
        } catch (error) {
          outcomes.push({ entry, agrees: false });
          throw new Error(`${entry.name}: the language service threw: ${(error as Error).stack}`, { cause: error });
        }
        const openssh = result.rejectedLines.map((l) => l + 1);
        const ours = [...new Set(diagnostics.map((d) => d.range.start.line + 1))].sort((a, b) => a - b);
        const agrees = result.problems.length === 0 && openssh.join() === ours.join();
        outcomes.push({ entry, agrees });
        if (agrees) return;

        const missing = openssh.filter((l) => !ours.includes(l)).map((line) => ({ line, openssh: result.messages.get(line - 1) ?? [] }));
        const extra = diagnostics
          .filter((d) => !openssh.includes(d.range.start.line + 1))
          .map((d) => ({ line: d.range.start.line + 1, code: String(d.code ?? ''), message: messageText(d) }));
        mismatches.push({
          release,
          name: entry.name,
          language: entry.language,
          text: entry.text,
          openssh,
          ours,
          missing,
          extra,
          problems: result.problems,
        });

        const report = [
          `${entry.name} (${entry.language}): Error lines differ from OpenSSH ${release}`,
          '--- config (1-based line numbers) ---',
          numbered(entry.text),
          ...(result.problems.length ? ['--- oracle problems (fix the corpus entry) ---', ...result.problems] : []),
          ...(missing.length
            ? ['--- rejected by OpenSSH, no Error from us ---', ...missing.map((m) => `line ${m.line}: ${m.openssh.join(' / ')}`)]
            : []),
          ...(extra.length
            ? ['--- Error from us, accepted by OpenSSH ---', ...extra.map((e) => `line ${e.line}: [${e.code}] ${e.message}`)]
            : []),
          '--- OpenSSH stderr, one block per run ---',
          ...result.runs.map((run, i) => `run ${i + 1} (exit ${run.exitCode}): ${run.stderr.trim() || '(nothing)'}`),
          '--- our Error diagnostics ---',
          ...(diagnostics.length ? diagnostics.map(describeDiagnostic) : ['(none)']),
        ].join('\n');
        assert.deepStrictEqual(ours, openssh, report);
        assert.deepStrictEqual(result.problems, [], report);
      });
    }
  });
}
