import { Rules } from '../../rules';
import { asciiLowerCase } from '../../utils/strings';
import { firstArgOrKeyword, report } from '../problems';
import { type Checker, checkArgumentCount, each, invalid, requireArgument, single } from './arguments';
import { checkInteger, parsePort } from './scalars';

/**
 * sshd_config values with a syntax of their own: start-up limits, penalties, listen addresses,
 * subsystems, command paths and routing domains.
 */

export const maxStartups = single(
  (value) => {
    // sscanf("%d:%d:%d"): later fields may be missing or garbage; what was read must be consistent.
    const match = /^\s*([+-]?\d+)(?::\s*([+-]?\d+)(?::\s*([+-]?\d+))?)?/.exec(value);
    if (!match) return false;
    const [begin, rate, full] = [match[1], match[2], match[3]].map((v) => (v === undefined ? undefined : Number(v)));
    if (rate !== undefined && full === undefined) return false;
    if (full !== undefined && (begin! > full || rate! > 100 || rate! < 1)) return false;
    return begin! > 0 && (full ?? begin!) > 0;
  },
  (info, value) => `${info.name} takes N or start:rate:full (rate 1–100, start ≤ full); '${value}' is not valid.`,
);

export const perSourceNetBlockSize = single(
  (value) => {
    const match = /^\s*([+-]?\d+)(?::\s*([+-]?\d+))?/.exec(value);
    if (!match) return false;
    const v4 = Number(match[1]);
    const v6 = match[2] === undefined ? 0 : Number(match[2]);
    return v4 >= 0 && v4 <= 32 && v6 >= 0 && v6 <= 128;
  },
  (info, value) => `${info.name} takes v4bits[:v6bits] (0–32 and 0–128); '${value}' is not valid.`,
);

const PENALTY_KEYS = [
  'crash',
  'authfail',
  'invaliduser',
  'noauth',
  'grace-exceeded',
  'refuseconnection',
  'max',
  'min',
  'max-sources4',
  'max-sources6',
  'overflow',
  'overflow6',
];

export const perSourcePenalties = each((value, index, count) => {
  if (['yes', 'no'].includes(asciiLowerCase(value))) return count > 1 ? `${value} must stand alone.` : undefined;
  const colon = value.indexOf(':');
  return colon > 0 && PENALTY_KEYS.includes(value.slice(0, colon))
    ? undefined
    : `'${value}' is not a known penalty setting (${PENALTY_KEYS.join(', ')}).`;
});

export const listenAddress: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  const address = directive.arg(0);
  const rdomainWord = directive.argCount > 1 ? directive.arg(1) : undefined;
  const rdomainName = directive.argCount > 2 ? directive.arg(2) : undefined;
  const value = address.value;
  const bareV6 = !value.includes('[') && (value.match(/:/g) ?? []).length >= 2;
  if (!bareV6) {
    const match = /^(?:\[([^\]]*)\]|([^:]*))(?::(.*))?$/.exec(value);
    if (!match) return invalid(ctx, address, `${info.name}: '${value}' is not address, address:port or [address]:port.`);
    if (match[3] !== undefined && parsePort(match[3]) === undefined)
      return invalid(ctx, address, `${info.name}: '${match[3]}' is not a valid port.`);
  }
  if (rdomainWord && (rdomainWord.value !== 'rdomain' || !rdomainName))
    return invalid(ctx, rdomainWord, `${info.name}: only 'rdomain NAME' may follow the address.`);
  checkArgumentCount(ctx, directive, info, 1, 3);
};

export const subsystem: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  const name = directive.arg(0);
  const command = directive.argCount > 1 ? directive.arg(1) : undefined;
  if (!command || command.value === '')
    report(
      ctx,
      Rules.MissingArgument,
      name,
      `${info.name} needs a name and a command (e.g. sftp /usr/lib/openssh/sftp-server or sftp internal-sftp).`,
    );
};

/** sshd checks every such line, in Match blocks and repeated ones too, before it looks at whether the line applies. */

export const absoluteCommand: Checker = (ctx, directive, info) => {
  if (!directive.rest) return;
  const value = ctx.config.text.slice(directive.rest.start, directive.rest.end);
  if (!value.startsWith('/') && asciiLowerCase(value) !== 'none') {
    invalid(ctx, firstArgOrKeyword(directive), `${info.name} must be an absolute path (starting with /) or none; sshd refuses to start.`);
  }
};

export const rdomain: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  report(
    ctx,
    Rules.PlatformUnsupported,
    directive.keyword,
    `${info.name}: routing domains are supported only on OpenBSD; sshd on Linux and other systems refuses to start with this line.`,
  );
};

export const intOrNone: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  const word = directive.arg(0);
  if (word.value === 'none' || checkInteger(ctx, info, word, 0, 2147483647)) checkArgumentCount(ctx, directive, info, 1, 1);
};
