import { parseTimeInterval } from '../../knowledge/timeValue';
import { KEYSTROKE_INTERVAL, KEYSTROKE_TIMING_SWITCH, SPECIAL_WORDS } from '../../knowledge/words';
import { firstArgOrKeyword } from '../problems';
import { type Checker, checkArgumentCount, each, invalid, requireArgument, single } from './arguments';
import { checkTime, parsePort } from './scalars';
import { noneAloneNoEmpty } from './shared';
import { listSet } from './wordSets';

/**
 * ssh_config values with a syntax of their own: agent and control settings, the escape character,
 * known-hosts files, canonicalisation and jump hosts.
 */

export const escapeChar = single(
  (value, ctx) => {
    if (value.length === 1 || listSet(SPECIAL_WORDS.escapeChar, ctx.version).has(value)) return true;
    return value.length === 2 && value[0] === '^' && value.charCodeAt(1) >= 64 && value.charCodeAt(1) < 128;
  },
  (info, value) => `${info.name} takes a single character, ^ and a letter (e.g. ^]), or none; '${value}' is not one.`,
);

export const controlPersist = single(
  (value, ctx) => listSet(SPECIAL_WORDS.controlPersist, ctx.version).has(value) || 'seconds' in parseTimeInterval(value, ctx.version),
  (info, value) => `${info.name} takes yes, no (lower case) or a time such as 10m; '${value}' is not one.`,
);

export const addKeysToAgent: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  const first = directive.arg(0);
  const second = directive.argCount > 1 ? directive.arg(1) : undefined;
  const word = listSet(SPECIAL_WORDS.addKeysToAgent, ctx.version).get(first.value);
  if (word?.word === 'confirm' && second) {
    if (checkTime(ctx, info, second, false)) checkArgumentCount(ctx, directive, info, 1, 2);
    return;
  }
  if (word) {
    checkArgumentCount(ctx, directive, info, 1, 1);
    return;
  }
  if (!second && 'seconds' in parseTimeInterval(first.value, ctx.version)) return;
  invalid(
    ctx,
    first,
    `${info.name} takes yes, no, ask, confirm, a key lifetime such as 1h, or confirm with a lifetime; '${first.value}' is not accepted.`,
  );
};

/**
 * The fields of the forwarding spec `readForwardFields` read last: one record reused for every
 * spec, as the parser reuses its token, so that a file of many forwards makes no objects for them.
 */

export const obscureKeystrokeTiming = single(
  (value, ctx) => {
    if (listSet(KEYSTROKE_TIMING_SWITCH, ctx.version).has(value)) return true;
    const prefix = `${KEYSTROKE_INTERVAL.word}:`;
    const ms = value.startsWith(prefix) && /^\d+$/.test(value.slice(prefix.length)) ? Number(value.slice(prefix.length)) : NaN;
    return ms >= 1 && ms <= 1000;
  },
  (info, value) => `${info.name} takes yes, no or interval:N with N from 1 to 1000 ms; '${value}' is not accepted.`,
);

const knownHostsFileList = noneAloneNoEmpty(SPECIAL_WORDS.knownHostsFiles);

export const knownHostsFiles: Checker = (ctx, directive, info) => {
  if (!checkArgumentCount(ctx, directive, info, 1, 32)) return;
  knownHostsFileList(ctx, directive, info);
};

/**
 * The GSSAPI patch's own list: each name, up to the first empty one, starts with a GSSAPI
 * key-exchange prefix; no `+`, `-` or `^` edits.
 */

export const canonicalizePermittedCNAMEs = each((value, _index, count, ctx) => {
  if (listSet(SPECIAL_WORDS.canonicalizePermittedCNAMEs, ctx.version).has(value))
    return count > 1 ? `${value} must stand alone.` : undefined;
  const colon = value.indexOf(':');
  return colon <= 0 || colon === value.length - 1 ? `'${value}' is not source_domains:target_domains.` : undefined;
});

/** host:port with `[v6]` brackets, as OpenSSH's `hpdelim`; port may be `*` where `anyPort`. */

export const canonicalDomains = each((value, _index, count, ctx) => {
  if (listSet(SPECIAL_WORDS.canonicalDomains, ctx.version).has(value)) return count > 1 ? `${value} must stand alone.` : undefined;
  if (!/^[A-Za-z0-9]/.test(value)) return `domain name '${value}' must start with a letter or digit.`;
  if (!/^[A-Za-z0-9.-]+$/.test(value)) return `domain name '${value}' contains characters other than letters, digits, '-' and '.'.`;
  if (value.includes('..')) return `domain name '${value}' contains '..'.`;
  return undefined;
});

export const proxyJump: Checker = (ctx, directive, info) => {
  if (!directive.rest) return;
  const text = ctx.config.text.slice(directive.rest.start, directive.rest.end);
  const value = text
    .replace(/^[\s=]+/, '')
    .split('#')[0]
    .trim();
  if (listSet(SPECIAL_WORDS.proxyJump, ctx.version).has(value)) return;
  for (const hop of value.split(',')) {
    const problem = jumpHopProblem(hop);
    if (problem)
      return invalid(
        ctx,
        firstArgOrKeyword(directive),
        `${info.name}: '${hop}' ${problem}; write [user@]host[:port] or an ssh:// URI, jump hosts separated by commas.`,
      );
  }
};

function jumpHopProblem(hop: string): string | undefined {
  const uri = /^ssh:\/\/(?:[^@/]*@)?([^/]*?)\/?$/.exec(hop);
  const hostPort = uri ? uri[1] : hop.slice(hop.lastIndexOf('@') + 1);
  const match = /^(?:\[([^\]]*)\]|([^:]*))(?::(.*))?$/.exec(hostPort);
  if (!match || (match[1] ?? match[2]) === '') return 'has no host';
  if (match[3] !== undefined && parsePort(match[3]) === undefined) return 'has an invalid port';
  return undefined;
}

/** OpenSSH's `valid_domain`: letters, digits, '-' and '.', starting with a letter or digit. */
