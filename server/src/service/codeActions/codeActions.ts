import { CodeAction, CodeActionContext, CodeActionKind, Diagnostic, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Rules } from '../rules';
import { clampVersion, Version } from '../knowledge/version';
import { keywordsAt, lookupKeyword } from '../knowledge/keywords';
import { DEFAULT_KEEPALIVE, type ServiceSettings } from '../types';
import { directiveAt, directiveOnLine } from '../parser/lookup';
import type { ConfigDocument, Directive } from '../parser/syntax';
import type { FixData } from '../validation/problems';
import { planKeepalive } from './keepaliveAction';
import { OffsetEdit, toTextEdit } from '../utils/offsetEdit';
import { addToIgnoreUnknown, moveAboveFirstMatch, moveBlockToEnd, removeLine, renameKeyword, splitHeaderLine } from './repairs';

/**
 * Code actions: quick fixes for our diagnostics, the "Add recommended keepalive" refactor, and
 * `source.fixAll` for the fixes that need no choice. Each action edits only what it must.
 *
 * A client sends back the diagnostics it holds, which may be older than the text (an edit since,
 * a stale cache) and whose `data` it may have changed. So a fix is offered only for a diagnostic
 * that the current text still has, with the same code and range, and its data is taken from
 * today's diagnostic, never from the request.
 */

/** The findings a keepalive block answers. The range is not needed: every action here concerns a diagnostic or the whole file. */
const KEEPALIVE_CODES = new Set<string>([Rules.NoKeepalive.code, Rules.NoDeadPeerDetection.code, Rules.CountMaxZero.code]);

/** `current`: the diagnostics of the document's text as it is now (the language service keeps them per parse). */
export function getCodeActions(
  document: TextDocument,
  config: ConfigDocument,
  settings: ServiceSettings,
  context: CodeActionContext,
  current: readonly Diagnostic[],
): CodeAction[] {
  const version = clampVersion(settings.openSSHVersion);
  const keepalive = (settings.keepalive ?? DEFAULT_KEEPALIVE)[config.language];
  // A request may come without a context (or with null): no diagnostics to fix, no kind asked for.
  const only = Array.isArray(context?.only) ? context.only.filter((kind) => typeof kind === 'string') : undefined;
  const wants = (kind: string) => !only || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
  const action = (title: string, kind: string, edits: OffsetEdit[], diagnostics?: Diagnostic[], preferred = false): CodeAction => {
    const result = CodeAction.create(title, { changes: { [document.uri]: edits.map((e) => toTextEdit(document, e)) } }, kind);
    if (diagnostics) result.diagnostics = diagnostics;
    if (preferred) result.isPreferred = true;
    return result;
  };
  const actions: CodeAction[] = [];
  let keepaliveOffered = false;

  if (wants(CodeActionKind.QuickFix)) {
    const live = liveDiagnostics(context?.diagnostics, current);
    // One keepalive action answers all the keepalive findings in the request.
    const keepaliveFindings = live.filter(({ ours }) => KEEPALIVE_CODES.has(String(ours.code))).map(({ sent }) => sent);
    const plan = keepaliveFindings.length ? planKeepalive(config, version, keepalive) : undefined;
    if (plan) {
      actions.push(action(plan.title, CodeActionKind.QuickFix, plan.edits, keepaliveFindings, true));
      keepaliveOffered = true;
    }
    // A block move answers every finding that block causes: computed and offered once per block.
    const blockMoves = new Map<number, { title: string; edits: OffsetEdit[]; diagnostics: Diagnostic[] }>();
    for (const { sent, ours } of live) {
      const directive = directiveAt(config, document.offsetAt(ours.range.start));
      if (!directive) continue;
      const code = String(ours.code);
      const data = ours.data as FixData | undefined;
      for (const fix of quickFixes(config, version, directive, code, data)) {
        actions.push(action(fix.title, CodeActionKind.QuickFix, fix.edits, [sent], fix.preferred));
      }
      if (code === Rules.NeverApplies.code && config.language === 'ssh_config' && data?.winnerLine !== undefined) {
        const winner = directiveOnLine(config, data.winnerLine);
        // Only a line in a later block wins once the Host * block moves to the end.
        if (!winner || winner.blockIndex === directive.blockIndex) continue;
        let move = blockMoves.get(winner.blockIndex);
        if (!move) {
          const edits = moveBlockToEnd(config, winner.blockIndex);
          if (!edits) continue;
          const header = config.blocks[winner.blockIndex].header!;
          move = {
            title: `Move the 'Host *' block (line ${header.line + 1}) to the end of the file, so that host-specific settings take precedence`,
            edits,
            diagnostics: [],
          };
          blockMoves.set(winner.blockIndex, move);
        }
        move.diagnostics.push(sent);
      }
    }
    for (const move of blockMoves.values()) actions.push(action(move.title, CodeActionKind.QuickFix, move.edits, move.diagnostics, true));
  }

  if (wants(CodeActionKind.Refactor) && !keepaliveOffered) {
    const plan = planKeepalive(config, version, keepalive);
    if (plan) actions.push(action(plan.title, CodeActionKind.Refactor, plan.edits));
  }

  if (only && wants(CodeActionKind.SourceFixAll)) {
    const edits = fixAllEdits(document, config, current);
    if (edits.length) actions.push(action('Fix all safe SSH config problems', CodeActionKind.SourceFixAll, edits));
  }
  return actions;
}

/**
 * The request's diagnostics that the current text still has (ours, same code and range), each with
 * today's copy. Anything else in the request (another tool's, malformed, outdated) is passed over.
 */
function liveDiagnostics(sent: unknown, current: readonly Diagnostic[]): Array<{ sent: Diagnostic; ours: Diagnostic }> {
  if (!Array.isArray(sent) || sent.length === 0) return [];
  const byPlace = new Map<string, Diagnostic>();
  for (const diagnostic of current) byPlace.set(placeKey(diagnostic.code, diagnostic.range.start, diagnostic.range.end), diagnostic);
  const live: Array<{ sent: Diagnostic; ours: Diagnostic }> = [];
  const seen = new Set<Diagnostic>();
  for (const diagnostic of sent as Diagnostic[]) {
    if (!diagnostic || typeof diagnostic !== 'object' || diagnostic.source !== 'ssh-config' || !diagnostic.range) continue;
    const ours = byPlace.get(placeKey(diagnostic.code, diagnostic.range.start, diagnostic.range.end));
    if (!ours || seen.has(ours)) continue;
    seen.add(ours);
    live.push({ sent: diagnostic, ours });
  }
  return live;
}

function placeKey(code: unknown, start: Position | undefined, end: Position | undefined): string {
  return `${String(code)}@${start?.line}:${start?.character}-${end?.line}:${end?.character}`;
}

interface QuickFix {
  title: string;
  edits: OffsetEdit[];
  preferred?: boolean;
}

/** A keyword that can stand in an IgnoreUnknown list as itself: no separator, quote, comment or wildcard. */
const PLAIN_NAME = /^[^\s"'\\#,!*?=]+$/;

/** The fixes of one finding on one line; titles name the line, since a client may list the actions of a whole range. */
function quickFixes(config: ConfigDocument, version: Version, directive: Directive, code: string, data: FixData | undefined): QuickFix[] {
  const fixes: QuickFix[] = [];
  const written = directive.keyword.value;
  const line = `line ${directive.line + 1}`;
  (data?.replacements ?? []).slice(0, 3).forEach((name, index) => {
    fixes.push({
      title: `Change '${written}' to '${name}' (${line})`,
      edits: renameKeyword(config, directive, name),
      preferred: index === 0,
    });
  });
  const name = lookupKeyword(config.language, directive.name)?.name ?? written;
  switch (code) {
    case Rules.Deprecated.code:
    case Rules.Unsupported.code:
    case Rules.Ignored.code:
      if (!data?.replacements?.length)
        fixes.push({ title: `Remove the ${name} line (${line})`, edits: removeLine(config, directive), preferred: true });
      break;
    case Rules.NeverApplies.code:
      fixes.push({ title: `Remove the ${name} line (${line}): it never takes effect`, edits: removeLine(config, directive) });
      break;
    case Rules.AfterMatchBlock.code:
    case Rules.NotAllowedInMatch.code: {
      const moved = moveAboveFirstMatch(config, directive);
      if (moved)
        fixes.push({
          title: `Move '${written}' (${line}) above the first Match block, where it applies to every connection`,
          edits: moved,
          preferred: true,
        });
      break;
    }
    case Rules.KeywordAsPattern.code:
    case Rules.InvalidMatch.code: {
      const split = data?.splitAt !== undefined ? splitHeaderLine(config, directive, data.splitAt) : undefined;
      const moved = split && config.text.slice(data!.splitAt!, directive.end);
      if (split) fixes.push({ title: `Put '${moved}' on a line of its own (${line})`, edits: split, preferred: true });
      break;
    }
    case Rules.UnknownKeyword.code:
    case Rules.VendorKeyword.code:
      // A near miss of a real keyword is a typo to fix, not a keyword of another platform to hide.
      // IgnoreUnknown came with OpenSSH 6.3: an older target would reject the line the fix writes.
      if (
        config.language === 'ssh_config' &&
        !data?.replacements?.length &&
        PLAIN_NAME.test(written) &&
        keywordsAt('ssh_config', version).get('ignoreunknown')?.state === 'active'
      ) {
        fixes.push({
          title: `Add '${written}' (${line}) to IgnoreUnknown, so that an ssh which does not know it skips the line`,
          edits: addToIgnoreUnknown(config, version, directive),
        });
      }
      break;
  }
  return fixes;
}

/** The fixes that need no choice: typos with one clear candidate, counterparts from the other file, renames of retired keywords. */
function fixAllEdits(document: TextDocument, config: ConfigDocument, current: readonly Diagnostic[]): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  let lastLine = -1;
  for (const diagnostic of current) {
    const data = diagnostic.data as FixData | undefined;
    if (!data?.safe || !data.replacements?.length) continue;
    const directive = directiveAt(config, document.offsetAt(diagnostic.range.start));
    if (!directive || directive.line === lastLine) continue;
    lastLine = directive.line;
    edits.push(...renameKeyword(config, directive, data.replacements[0]));
  }
  return edits;
}
