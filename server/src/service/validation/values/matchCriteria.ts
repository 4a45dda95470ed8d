import { Rules } from '../../rules';
import { matchCriteria } from '../../knowledge/matchCriteria';
import type { KeywordInfo } from '../../knowledge/types';
import { isAtLeast } from '../../knowledge/version';
import { strdelimWords } from '../../parser/parser';
import type { Directive, Word } from '../../parser/syntax';
import { asciiLowerCase } from '../../utils/strings';
import { type CheckContext, report, withFix } from '../problems';
import { directiveOnHeaderLine } from './headers';
import { parsePort } from './scalars';

/**
 * Match criteria, read as OpenSSH's `match_cfg_line` reads them: words split by white space,
 * quotes and `=`; `all` alone; every other criterion but canonical/final/invalid-user needs an
 * argument; unknown criteria and criteria newer than the target release are errors.
 */

/** The criteria words of a Match line, one at a time with the next one in view; words from a `#` on are a comment. */
class CriteriaReader {
  private readonly words: Iterator<Word>;
  /** The word after the current one, if it is no comment. */
  next: Word | undefined;

  constructor(ctx: CheckContext, directive: Directive) {
    this.words = directive.rest ? strdelimWords(ctx.config.text, directive.rest.start, directive.rest.end) : [][Symbol.iterator]();
    this.next = this.pull();
  }

  take(): Word | undefined {
    const word = this.next;
    this.next = word ? this.pull() : undefined;
    return word;
  }

  private pull(): Word | undefined {
    const result = this.words.next();
    return result.done || result.value.value.startsWith('#') ? undefined : result.value;
  }
}

function checkCriteria(ctx: CheckContext, directive: Directive, info: KeywordInfo): void {
  const client = ctx.language === 'ssh_config';
  const words = new CriteriaReader(ctx, directive);
  const known = matchCriteria(ctx.language);
  let attributes = 0;
  for (let word = words.take(); word; word = words.take()) {
    const negated = client && word.value.startsWith('!');
    const name = asciiLowerCase(negated ? word.value.slice(1) : word.value);
    const criterion = known.find((c) => c.name === name);
    const hasNextArgument = words.next !== undefined;
    if (!criterion) {
      const written = directiveOnHeaderLine(ctx, directive, word);
      if (written) {
        report(
          ctx,
          Rules.InvalidMatch,
          word,
          `'${word.value}' is a keyword, not a Match criterion: ${client ? 'ssh' : 'sshd'} rejects this Match line. Put \`${written}\` on a line of its own below it.`,
        );
        return withFix(ctx, { splitAt: word.start });
      }
      const negation =
        !client && word.value.startsWith('!')
          ? ' (sshd has no negated criteria; negate inside the pattern list instead, e.g. User !root,*)'
          : '';
      return report(
        ctx,
        Rules.InvalidMatch,
        word,
        `Unknown Match criterion '${word.value}'${negation}. Known: ${known
          .filter((c) => isAtLeast(ctx.version, c.since))
          .map((c) => c.name)
          .join(', ')}.`,
      );
    }
    if (!isAtLeast(ctx.version, criterion.since)) {
      return report(
        ctx,
        Rules.InvalidMatch,
        word,
        `Match ${criterion.name} needs OpenSSH ${criterion.since} or newer; the target is ${ctx.version}.`,
      );
    }
    if (negated && !isAtLeast(ctx.version, '6.8'))
      return report(ctx, Rules.InvalidMatch, word, `Negated Match criteria need OpenSSH 6.8 or newer.`);
    if (name === 'all') {
      // ssh counts criteria before `all` and allows one (canonical or final); sshd allows none.
      if (attributes > (client ? 1 : 0) || hasNextArgument) {
        return report(ctx, Rules.InvalidMatch, word, `'all' cannot be combined with other Match criteria.`);
      }
      return;
    }
    attributes++;
    if (!criterion.argument) continue;
    if (!hasNextArgument || words.next!.value === '') {
      return report(ctx, Rules.InvalidMatch, word, `Match ${criterion.name} needs an argument (a pattern list).`);
    }
    const argument = words.take()!;
    const problem = argumentProblem(ctx, name, argument.value);
    if (problem) return report(ctx, Rules.InvalidMatch, argument, problem);
  }
  if (attributes === 0) report(ctx, Rules.InvalidMatch, directive.keyword, `${info.name} needs at least one criterion.`);
}

function argumentProblem(ctx: CheckContext, name: string, value: string): string | undefined {
  if (ctx.language === 'sshd_config') {
    if (name === 'address' || name === 'localaddress') return cidrListProblem(value);
    if (name === 'localport' && parsePort(value) === undefined) return `Match LocalPort takes one port number; '${value}' is not one.`;
  } else if (name === 'localnetwork') {
    return cidrListProblem(value);
  }
  return undefined;
}

/** sshd's `addr_match_list` on a list: a network with host bits set or an impossible mask is fatal. */
export function cidrListProblem(list: string): string | undefined {
  for (const entry of list.split(',')) {
    const cidr = entry.replace(/^!/, '');
    const slash = cidr.indexOf('/');
    if (slash < 0) continue;
    const address = cidr.slice(0, slash);
    const maskText = cidr.slice(slash + 1);
    if (!/^\d+$/.test(maskText) || Number(maskText) > 128) continue; // not CIDR: read as a wildcard pattern
    const mask = Number(maskText);
    const bits = addressBits(address);
    if (!bits) continue;
    if (mask > bits.length) return `'${cidr}': a mask of ${mask} bits is too long for this address.`;
    if (bits.slice(mask).includes('1'))
      return `'${cidr}' has host bits set after the /${mask} mask; write the network address (e.g. ${networkHint(address, mask, bits)}).`;
  }
  return undefined;
}

function networkHint(address: string, mask: number, bits: string): string {
  if (bits.length !== 32) return `the network address/${mask}`;
  const network = bits.slice(0, mask).padEnd(32, '0');
  const octets = [0, 8, 16, 24].map((i) => parseInt(network.slice(i, i + 8), 2));
  return `${octets.join('.')}/${mask}`;
}

/** The address as a bit string, or undefined when it is not a numeric IPv4/IPv6 address. */
function addressBits(address: string): string | undefined {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  if (v4) {
    const octets = v4.slice(1).map(Number);
    if (octets.some((o) => o > 255)) return undefined;
    return octets.map((o) => o.toString(2).padStart(8, '0')).join('');
  }
  if (!address.includes(':') || !/^[0-9a-fA-F:]+$/.test(address)) return undefined;
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (groups.some((g) => g.length === 0 || g.length > 4)) return undefined;
  return groups.map((g) => parseInt(g, 16).toString(2).padStart(16, '0')).join('');
}

export const checkClientMatch = checkCriteria;
export const checkServerMatch = checkCriteria;
