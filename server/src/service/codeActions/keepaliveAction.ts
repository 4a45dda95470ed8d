import { keepaliveCoverage } from '../analysis/keepaliveCoverage';
import { computeScopes, isHostStarHeader } from '../analysis/scopes';
import type { Version } from '../knowledge/version';
import type { KeepaliveValues } from '../types';
import type { ConfigDocument, Directive } from '../parser/syntax';
import { isBlank, lineEndOffset } from '../parser/lookup';
import { aboveFirstMatch, appendedBlock, blockBodyIndentation, indentationOf, lineEnding, lineStart } from './textLayout';
import type { OffsetEdit } from '../utils/offsetEdit';
import { valueSpan as valueSpanOf } from '../validation/problems';

/**
 * "Add recommended keepalive": gives every host (ssh_config) or every connection (sshd_config)
 * an SSH-level keepalive without taking anything away from a host's own settings.
 *
 * ssh keeps the first value it obtains, so in ssh_config the values go at the end of the file:
 * into a final `Host *` block, or a new one. A `Host *` block at the top would override every
 * host's own interval. In sshd_config they go into the global section, above the first Match
 * block, because anything below a Match line belongs to that block.
 */

export interface KeepalivePlan {
  title: string;
  edits: OffsetEdit[];
}

export function planKeepalive(config: ConfigDocument, version: Version, values: KeepaliveValues): KeepalivePlan | undefined {
  const coverage = keepaliveCoverage(config, version);
  if (coverage.seconds > 0) return undefined; // every host already gets one
  const eol = lineEnding(config.text);
  const intervalLine = `${coverage.intervalKeyword} ${values.interval}`;
  const countLine = coverage.count ? undefined : `${coverage.countKeyword} ${values.countMax}`;
  const lines = [intervalLine, ...(countLine ? [countLine] : [])];
  const edits: OffsetEdit[] = [];
  let insertionOffset: number;

  if (coverage.interval) {
    // An interval of 0 (or an invalid one) where every host gets it: correct that value in place.
    const count = coverage.interval.argCount;
    const valueSpan = count ? valueSpanOf(coverage.interval) : { start: coverage.interval.end, end: coverage.interval.end };
    // A comment right after the value (`ClientAliveInterval=#off`) must stay a separate word.
    const glued = valueSpan.end < config.text.length && !/\s/.test(config.text[valueSpan.end]);
    edits.push({ ...valueSpan, newText: `${count ? '' : ' '}${values.interval}${glued ? ' ' : ''}` });
    if (countLine) edits.push(lineAfter(config, coverage.interval, indentationOf(config, coverage.interval) + countLine, eol));
    insertionOffset = coverage.interval.start;
  } else if (config.language === 'ssh_config') {
    const last = config.blocks[config.blocks.length - 1];
    if (last.kind === 'host' && isHostStarHeader(last.header)) {
      const after = last.directives[last.directives.length - 1] ?? last.header!;
      const indent = last.directives.length ? indentationOf(config, last.directives[0]) : blockBodyIndentation(config);
      edits.push(lineAfter(config, after, lines.map((l) => indent + l).join(eol), eol));
    } else {
      const indent = blockBodyIndentation(config);
      edits.push({
        start: config.text.length,
        end: config.text.length,
        newText: appendedBlock(config, ['Host *', ...lines.map((l) => indent + l)]),
      });
    }
    insertionOffset = config.text.length;
  } else {
    const above = aboveFirstMatch(config);
    if (above) {
      const at = above.insertAt;
      const before = at > 0 && !isBlank(config, at - 1) ? eol : '';
      const start = lineStart(config, at);
      edits.push({ start, end: start, newText: before + lines.join(eol) + eol + eol });
      insertionOffset = start;
    } else {
      edits.push({ start: config.text.length, end: config.text.length, newText: appendedBlock(config, lines) });
      insertionOffset = config.text.length;
    }
  }

  const who = config.language === 'ssh_config' ? 'all hosts' : 'all connections';
  const settingNames = lines.join(', ');
  const include = earlierInclude(config, version, insertionOffset);
  const includeNote = include ? `; note: the Include on line ${include.line + 1} is read first and a value set there wins` : '';
  return { title: `Add recommended keepalive for ${who} (${settingNames})${includeNote}`, edits };
}

/** Inserts a whole line after a directive's line, with the file's line end. */
function lineAfter(config: ConfigDocument, directive: Directive, line: string, eol: string): OffsetEdit {
  const end = lineEndOffset(config, directive.line);
  const atFileEnd = end === config.text.length;
  return { start: end, end, newText: eol + line + (atFileEnd ? eol : '') };
}

/** An `Include` read before the given offset for every host or connection: its files could set the value first. */
function earlierInclude(config: ConfigDocument, version: Version, offset: number): Directive | undefined {
  const scopes = computeScopes(config, version);
  return config.directives.find((d) => d.name === 'include' && d.start < offset && scopes.everyHost[d.blockIndex]);
}
