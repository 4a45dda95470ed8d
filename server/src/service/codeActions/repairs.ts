import { computeScopes, isHostStarHeader } from '../analysis/scopes';
import type { Version } from '../knowledge/version';
import type { ConfigDocument, Directive } from '../parser/syntax';
import type { OffsetEdit } from './offsetEdit';
import { lineEndOffset } from '../parser/lookup';
import { aboveFirstMatch, appendedBlock, isBlankOrComment, lineEnding, wholeLines } from './textLayout';

/**
 * One-line repairs: each returns the edits for one fix, touching only the text it must.
 */

/** Writes another keyword in place of the directive's keyword; the value stays as written. */
export function renameKeyword(directive: Directive, name: string): OffsetEdit[] {
  return [{ start: directive.keyword.start, end: directive.keyword.end, newText: name }];
}

/** Removes the directive's whole line. */
export function removeLine(config: ConfigDocument, directive: Directive): OffsetEdit[] {
  return [{ ...wholeLines(config, directive.line, directive.line), newText: '' }];
}

/**
 * Moves a `Host *` block to the end of the file, where it fills in only what no host set itself.
 * Comments right above the next block stay with that block.
 */
export function moveBlockToEnd(config: ConfigDocument, blockIndex: number): OffsetEdit[] | undefined {
  const block = config.blocks[blockIndex];
  const next = config.blocks[blockIndex + 1];
  if (!block?.header || !isHostStarHeader(block.header) || !next) return undefined;
  const first = block.header.line;
  let last = next.header!.line - 1;
  while (last > first && isBlankOrComment(config, last)) last--;
  const text = config.text.slice(config.lineStarts[first], lineEndOffset(config, last));
  const lines = text.split(/\r?\n/);
  return [
    { ...wholeLines(config, first, last), newText: '' },
    { start: config.text.length, end: config.text.length, newText: appendedBlock(config, lines) },
  ];
}

/** sshd: moves a line that sits below a Match block up into the global section, above the first Match. */
export function moveAboveFirstMatch(config: ConfigDocument, directive: Directive): OffsetEdit[] | undefined {
  const above = aboveFirstMatch(config);
  if (!above || directive.line <= above.matchLine) return undefined;
  const at = config.lineStarts[above.insertAt];
  const line = config.text.slice(directive.start, lineEndOffset(config, directive.line));
  return [
    { start: at, end: at, newText: line + lineEnding(config.text) },
    { ...wholeLines(config, directive.line, directive.line), newText: '' },
  ];
}

/**
 * ssh: lets other releases skip a keyword they do not know. IgnoreUnknown is itself a
 * first-value-wins option and covers only lines after it, so the name joins the first
 * IgnoreUnknown that applies to every host when that one comes earlier; otherwise a new line
 * goes at the top of the file, carrying the patterns of any later one it now takes precedence over.
 */
export function addToIgnoreUnknown(config: ConfigDocument, version: Version, directive: Directive): OffsetEdit[] {
  const name = directive.keyword.value;
  const existing = computeScopes(config, version).firstEverywhere.get('ignoreunknown');
  const args = existing?.args ?? [];
  if (existing && existing.start < directive.start && args.length) {
    const last = args[args.length - 1];
    return [{ start: last.end, end: last.end, newText: `,${name}` }];
  }
  const patterns = [...args.map((a) => a.value).filter((v) => v !== ''), name].join(',');
  const at = config.lineStarts[config.directives[0].line];
  return [{ start: at, end: at, newText: `IgnoreUnknown ${patterns}${lineEnding(config.text)}` }];
}
