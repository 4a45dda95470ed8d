import { parseTimeInterval } from '../../knowledge/timeValue';
import { isAtLeast } from '../../knowledge/version';
import { asciiLowerCase } from '../../utils/strings';
import type { CheckContext } from '../problems';
import { type Checker, checkArgumentCount, each, invalid, noneAlone, single } from './arguments';
import { checkTime } from './scalars';

/**
 * Values with a syntax of their own that both files share: IPQoS, RekeyLimit, ChannelTimeout,
 * StreamLocalBindMask, LogVerbose.
 */

const IPQOS_NAMES = [
  'af11',
  'af12',
  'af13',
  'af21',
  'af22',
  'af23',
  'af31',
  'af32',
  'af33',
  'af41',
  'af42',
  'af43',
  'cs0',
  'cs1',
  'cs2',
  'cs3',
  'cs4',
  'cs5',
  'cs6',
  'cs7',
  'ef',
  'le',
  'lowdelay',
  'throughput',
  'reliability',
  'none',
];

function isIPQoS(value: string, ctx: CheckContext): boolean {
  const lower = asciiLowerCase(value);
  if (IPQOS_NAMES.includes(lower) || (lower === 'va' && isAtLeast(ctx.version, '10.3'))) return true;
  const n = ipqosNumber(value, ctx.version);
  return n >= 0 && n <= 255;
}

/**
 * A number as `parse_ipqos` reads it, sign allowed. Up to 9.7 that is strtol with base 0 (0x hex,
 * leading-0 octal, decimal); 9.8 switched to strtonum, decimal only (openssh-portable ec78c3140),
 * so `0x10` and `0377` became errors there and `08` valid.
 */

function ipqosNumber(value: string, version: string): number {
  const sign = value.startsWith('-') ? -1 : 1;
  const digits = value.startsWith('-') || value.startsWith('+') ? value.slice(1) : value;
  if (isAtLeast(version, '9.8')) return /^\d+$/.test(digits) ? sign * Number(digits) : NaN;
  const n = /^0x[0-9a-f]+$/i.test(digits)
    ? parseInt(digits.slice(2), 16)
    : /^0[0-7]*$/.test(digits)
      ? parseInt(digits, 8)
      : /^[1-9]\d*$/.test(digits)
        ? Number(digits)
        : NaN;
  return sign * n;
}

export const ipqos: Checker = (ctx, directive, info) => {
  if (!checkArgumentCount(ctx, directive, info, 1, 2)) return;
  const bad = directive.args.find((word) => !isIPQoS(word.value, ctx));
  if (bad)
    invalid(ctx, bad, `${info.name} takes one or two DSCP names (af11…af43, cs0…cs7, ef, le) or numbers 0–255; '${bad.value}' is not one.`);
};

export const rekeyLimit: Checker = (ctx, directive, info) => {
  if (!checkArgumentCount(ctx, directive, info, 1, 2)) return;
  const [size, interval] = directive.args;
  if (size.value !== 'default') {
    const match = /^([+-]?\d+(?:\.\d+)?)([BKMGTPE]?)$/i.exec(size.value);
    if (!match) return invalid(ctx, size, `${info.name} takes a size such as 1G, 500M or default; '${size.value}' is not one.`);
    const scale = 1024 ** 'BKMGTPE'.indexOf((match[2] || 'B').toUpperCase());
    const bytes = Number(match[1]) * scale;
    if (bytes !== 0 && bytes < 16) return invalid(ctx, size, `${info.name} is too small: under 16 bytes.`);
  }
  if (interval && interval.value !== 'none') checkTime(ctx, info, interval, false);
};

export const channelTimeout: Checker = (ctx, directive, info) => {
  if (!checkArgumentCount(ctx, directive, info, 1, Infinity)) return;
  for (let i = 0; i < directive.argCount; i++) {
    const word = directive.arg(i);
    if (asciiLowerCase(word.value) === 'none') {
      if (directive.argCount > 1) return invalid(ctx, word, `${info.name}: none must stand alone.`);
      continue;
    }
    const eq = word.value.indexOf('=');
    const time = eq > 0 ? parseTimeInterval(word.value.slice(eq + 1), ctx.version) : undefined;
    if (!time || !('seconds' in time)) {
      return invalid(ctx, word, `${info.name} entries are type=interval (e.g. session:*=30m, global=1h); '${word.value}' is not.`);
    }
  }
};

/** strtol with base 8, as OpenSSH reads the mask: a sign is allowed, a negative value is not. */

export const octalMask = single(
  (value) => {
    const match = /^\s*([+-]?)([0-7]+)/.exec(value);
    const mask = match ? (match[1] === '-' ? -1 : 1) * parseInt(match[2], 8) : NaN;
    return mask >= 0 && mask <= 0o777;
  },
  (info, value) => `${info.name} takes an octal mask from 0 to 0777; '${value}' is not one.`,
);

export const noneAloneNoEmpty = each((value, index, count) =>
  value === '' ? 'an empty argument is not allowed.' : noneAlone(['none'])(value, index, count),
);

export const logVerbose = noneAloneNoEmpty;
