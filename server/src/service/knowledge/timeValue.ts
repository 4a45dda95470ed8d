import { isAtLeast, Version } from './version';

/**
 * OpenSSH time intervals (`90`, `1m30s`, `1h30`, `1w1d`): pieces of number + optional unit
 * (s, m, h, d, w; any case), added up, at most 2147483647 seconds. The grammar changed twice:
 * up to 9.7 each number went through strtol (so `+5` passed), 9.8 scans digits only, and 10.3 adds
 * fractional seconds while allowing only one seconds piece (`5s5` is then an error).
 */

export type TimeResult = { seconds: number } | { error: string };

const MULTIPLIERS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const INT_MAX = 2147483647;

/** A plain count of seconds (`60`), the common case: digits only, short enough to stay exact. */
function plainSeconds(text: string): number | undefined {
  if (text.length > 10) return undefined;
  let seconds = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    seconds = seconds * 10 + (c - 48);
  }
  return seconds;
}

export function parseTimeInterval(text: string, version: Version): TimeResult {
  if (text === '') return { error: 'an empty time value' };
  const plain = plainSeconds(text);
  if (plain !== undefined) return plain > INT_MAX ? { error: 'longer than 2147483647 seconds' } : { seconds: plain };
  const strtol = !isAtLeast(version, '9.8');
  const fractions = isAtLeast(version, '10.3');
  const piece = strtol ? /^\s*([+-]?)(\d+)([smhdwSMHDW]?)/ : fractions ? /^(\d*)(\.\d*)?([smhdwSMHDW]?)/ : /^(\d+)([smhdwSMHDW]?)/;
  let total = 0;
  let secondsPieces = 0;
  let rest = text;
  while (rest.length > 0) {
    const match = piece.exec(rest);
    if (!match || match[0] === '') return { error: `'${rest}' is not a number with an optional unit (s, m, h, d, w)` };
    let amount: number;
    let unit: string;
    if (strtol) {
      if (match[1] === '-' && Number(match[2]) !== 0) return { error: 'a negative time' };
      amount = Number(match[2]);
      unit = match[3];
    } else if (fractions) {
      const [, whole, fraction, u] = match;
      if (whole === '' && (fraction === undefined || fraction.length < 2))
        return { error: `'${rest}' is not a number with an optional unit (s, m, h, d, w)` };
      if (fraction !== undefined && fraction.length < 2) return { error: 'a number may not end with a decimal point' };
      unit = u;
      if (fraction !== undefined && unit !== '' && unit.toLowerCase() !== 's') return { error: 'only seconds may have a fraction' };
      amount = Math.floor(Number(`${whole || '0'}${fraction ?? ''}`));
    } else {
      amount = Number(match[1]);
      unit = match[2];
    }
    const multiplier = MULTIPLIERS[unit.toLowerCase()];
    if (multiplier === 1 && fractions && ++secondsPieces > 1) return { error: 'only one seconds part is allowed from OpenSSH 10.3 on' };
    if (amount > INT_MAX / multiplier) return { error: 'longer than 2147483647 seconds' };
    total += amount * multiplier;
    if (total > INT_MAX) return { error: 'longer than 2147483647 seconds' };
    rest = rest.slice(match[0].length);
  }
  return { seconds: total };
}

/** "150 s", "1 min 30 s", "2 h", for hovers and messages. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const parts: string[] = [];
  const units: Array<[number, string]> = [
    [604800, 'w'],
    [86400, 'd'],
    [3600, 'h'],
    [60, 'min'],
    [1, 's'],
  ];
  let rest = seconds;
  for (const [size, name] of units) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)} ${name}`);
      rest %= size;
    }
  }
  return parts.join(' ');
}
