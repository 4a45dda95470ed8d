import { CodeAction, CodeActionContext, CodeActionKind, Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Code } from '../diagnosticCodes';
import { clampVersion, Version } from '../knowledge/version';
import { lookupKeyword } from '../knowledge/keywords';
import type { ServiceSettings } from '../languageService';
import { directiveAt } from '../parser/lookup';
import type { ConfigDocument, Directive } from '../parser/syntax';
import type { FixData } from '../validation/problems';
import { validate } from '../validation/validate';
import { KeepaliveValues, planKeepalive } from './keepaliveAction';
import { OffsetEdit, toTextEdit } from './offsetEdit';
import { addToIgnoreUnknown, moveAboveFirstMatch, moveBlockToEnd, removeLine, renameKeyword } from './repairs';

/**
 * Code actions: quick fixes for our diagnostics, the "Add recommended keepalive" refactor, and
 * `source.fixAll` for the fixes that need no choice. Each action edits only what it must.
 */

/** The recommended values, per file: `ssh_config` sets ServerAlive*, `sshd_config` ClientAlive*. */
export interface KeepaliveSettings {
  ssh_config: KeepaliveValues;
  sshd_config: KeepaliveValues;
}

export const DEFAULT_KEEPALIVE: Readonly<KeepaliveSettings> = { ssh_config: { interval: 60, countMax: 3 }, sshd_config: { interval: 60, countMax: 3 } };

/** The findings a keepalive block answers. The range is not needed: every action here concerns a diagnostic or the whole file. */
const KEEPALIVE_CODES = new Set<string>([Code.NoKeepalive, Code.NoDeadPeerDetection, Code.CountMaxZero]);

export function getCodeActions(document: TextDocument, config: ConfigDocument, settings: ServiceSettings, context: CodeActionContext): CodeAction[] {
  const version = clampVersion(settings.openSSHVersion);
  const keepalive = (settings.keepalive ?? DEFAULT_KEEPALIVE)[config.language];
  const wants = (kind: string) => !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const action = (title: string, kind: string, edits: OffsetEdit[], diagnostic?: Diagnostic, preferred = false): CodeAction => {
    const result = CodeAction.create(title, { changes: { [document.uri]: edits.map((e) => toTextEdit(document, e)) } }, kind);
    if (diagnostic) result.diagnostics = [diagnostic];
    if (preferred) result.isPreferred = true;
    return result;
  };
  const actions: CodeAction[] = [];
  let keepaliveOffered = false;

  if (wants(CodeActionKind.QuickFix)) {
    // One keepalive action answers all the keepalive findings in the request.
    const keepaliveFindings = context.diagnostics.filter((d) => d.source === 'ssh-config' && KEEPALIVE_CODES.has(String(d.code)));
    const plan = keepaliveFindings.length ? planKeepalive(config, version, keepalive) : undefined;
    if (plan) {
      const fix = action(plan.title, CodeActionKind.QuickFix, plan.edits, undefined, true);
      fix.diagnostics = keepaliveFindings;
      actions.push(fix);
      keepaliveOffered = true;
    }
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'ssh-config') continue;
      const directive = directiveAt(config, document.offsetAt(diagnostic.range.start));
      const code = String(diagnostic.code);
      if (!directive) continue;
      for (const fix of quickFixes(config, version, directive, code, diagnostic.data as FixData | undefined)) {
        actions.push(action(fix.title, CodeActionKind.QuickFix, fix.edits, diagnostic, fix.preferred));
      }
    }
  }

  if (wants(CodeActionKind.Refactor) && !keepaliveOffered) {
    const plan = planKeepalive(config, version, keepalive);
    if (plan) actions.push(action(plan.title, CodeActionKind.Refactor, plan.edits));
  }

  if (context.only && wants(CodeActionKind.SourceFixAll)) {
    const edits = fixAllEdits(document, config, settings, version);
    if (edits.length) actions.push(action('Fix all safe SSH config problems', CodeActionKind.SourceFixAll, edits));
  }
  return actions;
}

interface QuickFix {
  title: string;
  edits: OffsetEdit[];
  preferred?: boolean;
}

function quickFixes(config: ConfigDocument, version: Version, directive: Directive, code: string, data: FixData | undefined): QuickFix[] {
  const fixes: QuickFix[] = [];
  const written = directive.keyword.value;
  (data?.replacements ?? []).slice(0, 3).forEach((name, index) => {
    fixes.push({ title: `Change '${written}' to '${name}'`, edits: renameKeyword(directive, name), preferred: index === 0 });
  });
  switch (code) {
    case Code.Deprecated:
    case Code.Unsupported:
    case Code.Ignored:
      if (!data?.replacements?.length) fixes.push({ title: `Remove the ${lookupKeyword(config.language, directive.name)?.name ?? written} line`, edits: removeLine(config, directive), preferred: true });
      break;
    case Code.NeverApplies: {
      fixes.push({ title: 'Remove this line: it never takes effect', edits: removeLine(config, directive) });
      const winner = data?.winnerLine !== undefined ? config.directives.find((d) => d.line === data.winnerLine) : undefined;
      const moved = winner && config.language === 'ssh_config' ? moveBlockToEnd(config, winner.blockIndex) : undefined;
      if (moved) {
        fixes.push({ title: `Move the 'Host *' block (line ${config.blocks[winner!.blockIndex].header!.line + 1}) to the end of the file, so that host-specific settings take precedence`, edits: moved, preferred: true });
      }
      break;
    }
    case Code.AfterMatchBlock: {
      const moved = moveAboveFirstMatch(config, directive);
      if (moved) fixes.push({ title: `Move '${written}' above the first Match block, where it applies to every connection`, edits: moved, preferred: true });
      break;
    }
    case Code.UnknownKeyword:
    case Code.VendorKeyword:
      // A near miss of a real keyword is a typo to fix, not a keyword of another platform to hide.
      if (config.language === 'ssh_config' && !data?.replacements?.length) {
        fixes.push({ title: `Add '${written}' to IgnoreUnknown, so that an ssh which does not know it skips the line`, edits: addToIgnoreUnknown(config, version, directive) });
      }
      break;
  }
  return fixes;
}

/** The fixes that need no choice: typos with one clear candidate, counterparts from the other file, renames of retired keywords. */
function fixAllEdits(document: TextDocument, config: ConfigDocument, settings: ServiceSettings, version: Version): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  let lastLine = -1;
  for (const diagnostic of validate(document, config, { ...settings, openSSHVersion: version })) {
    const data = diagnostic.data as FixData | undefined;
    if (!data?.safe || !data.replacements?.length) continue;
    const directive = directiveAt(config, document.offsetAt(diagnostic.range.start));
    if (!directive || directive.line === lastLine) continue;
    lastLine = directive.line;
    edits.push(...renameKeyword(directive, data.replacements[0]));
  }
  return edits;
}
