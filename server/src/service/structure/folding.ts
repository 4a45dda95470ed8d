import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineKind, lineKinds } from '../parser/lines';
import type { ConfigDocument } from '../parser/syntax';
import { blockLines, lineTextEnd, lineTextStart, Positions } from './extents';

/**
 * Folding ranges, in file order:
 *
 * - each Host and Match block, from its header to its last line that is not blank (`extents.ts`
 *   says which comments at its end it keeps), when that is below the header: the header stays in
 *   view, the block's body folds;
 * - each run of comment lines that spans two lines or more, kind Comment (a client can fold them
 *   all with "Fold All Block Comments", or start with them folded).
 *
 * The global section gets none: it has no header to stay in view, and in sshd_config it is most of
 * the file. The ranges nest: a comment run lies inside its block or wholly after it.
 *
 * Lines are LSP lines, found as `document.positionAt` finds them (`Positions`): the parser's lines
 * end at `\n` only, where an LSP client also ends a line at a lone CR.
 */
export function foldingRanges(document: TextDocument, config: ConfigDocument): FoldingRange[] {
  const kinds = lineKinds(config);
  const positions = new Positions(document, config);
  const ranges: FoldingRange[] = [];
  for (const block of config.blocks) {
    if (block.header) {
      const lines = blockLines(config, block, kinds)!;
      const startLine = positions.at(block.header.start, block.header.line).line;
      const endLine = positions.at(lineTextEnd(config, lines.last), lines.last).line;
      if (endLine > startLine) ranges.push({ startLine, endLine });
    }
    for (let line = block.firstLine; line <= block.lastLine; line++) {
      if (kinds[line] !== LineKind.Comment) continue;
      const first = line;
      while (line + 1 <= block.lastLine && kinds[line + 1] === LineKind.Comment) line++;
      const startLine = positions.at(lineTextStart(config, first), first).line;
      const endLine = positions.at(lineTextEnd(config, line), line).line;
      if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Comment });
    }
  }
  return ranges;
}

/**
 * At most `limit` ranges (the client's `rangeLimit`): the outermost are kept first, so a huge file
 * still folds block by block. `ranges` are in file order, each before the ranges inside it.
 */
export function limitFoldingRanges(ranges: FoldingRange[], limit: number): FoldingRange[] {
  if (ranges.length <= limit) return ranges;
  const depth = new Int32Array(ranges.length);
  const open: number[] = []; // end lines of the ranges around the current one
  ranges.forEach((range, i) => {
    while (open.length && open[open.length - 1] < range.startLine) open.pop();
    depth[i] = open.length;
    open.push(range.endLine);
  });
  const kept = ranges
    .map((_, i) => i)
    .sort((a, b) => depth[a] - depth[b] || a - b)
    .slice(0, Math.max(0, limit))
    .sort((a, b) => a - b);
  return kept.map((i) => ranges[i]);
}
