import { Rules } from '../../rules';
import { SPECIAL_WORDS, type WordList } from '../../knowledge/words';
import { report } from '../problems';
import { type Checker, checkArgumentCount, each, firstValue, invalid, single } from './arguments';
import { hasEnvironmentReference } from './environment';
import { isSpace, parseInteger, parsePort } from './scalars';
import { listSet } from './wordSets';

/**
 * Port forwarding: LocalForward, RemoteForward and DynamicForward specs as OpenSSH's
 * `parse_forward` reads them, the permit lists of both files, and tunnel devices.
 */

const forward = {
  count: 0,
  args: ['', '', '', ''],
  /** The field contains a `/`: a Unix-domain socket path. */
  isPath: [false, false, false, false],
};

/**
 * OpenSSH's `parse_fwd_field` loop in `parse_forward`: after C white space, up to four
 * `:`-separated fields, a `[...]` field taken literally, a backslash escaping the next character,
 * and any `/` marking the field as a socket path. False on a syntax error or trailing garbage.
 */

const BACKSLASH_CODE = 92,
  COLON_CODE = 58,
  SLASH_CODE = 47,
  OPEN_BRACKET_CODE = 91;

function readForwardFields(spec: string): boolean {
  let count = 0;
  let i = 0;
  while (i < spec.length && isSpace(spec.charCodeAt(i))) i++;
  while (count < 4 && i < spec.length) {
    let arg = '';
    let isPath = false;
    if (spec.charCodeAt(i) === OPEN_BRACKET_CODE) {
      const close = spec.indexOf(']', i + 1);
      if (close < 0 || (close + 1 < spec.length && spec.charCodeAt(close + 1) !== COLON_CODE)) return false;
      arg = spec.slice(i + 1, close);
      isPath = arg.includes('/');
      i = Math.min(close + 2, spec.length);
    } else {
      // Runs without a backslash are copied in one slice.
      let runStart = i;
      let ended = false;
      for (; i < spec.length; i++) {
        const c = spec.charCodeAt(i);
        if (c === BACKSLASH_CODE) {
          if (i + 1 >= spec.length) return false;
          arg += spec.slice(runStart, i) + spec[i + 1];
          i++;
          runStart = i + 1;
        } else if (c === COLON_CODE) {
          arg += spec.slice(runStart, i);
          i++;
          ended = true;
          break;
        } else if (c === SLASH_CODE) {
          isPath = true;
        }
      }
      if (!ended) arg += spec.slice(runStart, i);
    }
    forward.args[count] = arg;
    forward.isPath[count] = isPath;
    count++;
  }
  forward.count = count;
  return i >= spec.length;
}

/** OpenSSH's `a2port` on field `n`: 0–65535 or a service name, else -1. */

function a2port(n: number): number {
  const value = forward.args[n];
  return parseInteger(value) === 0 ? 0 : (parsePort(value) ?? -1);
}

/** The checks at the end of OpenSSH's `parse_forward`, on the fields `readForwardFields` read. */

function forwardOk(dynamic: boolean, remote: boolean): boolean {
  const STREAMLOCAL = -2;
  const { count, isPath } = forward;
  let listenPort: number;
  let connectPort = 0;
  let listenPath = false;
  let connectPath = false;
  switch (count) {
    case 1:
      listenPath = isPath[0];
      listenPort = listenPath ? STREAMLOCAL : a2port(0);
      break;
    case 2:
      if (isPath[0] && isPath[1]) {
        listenPath = connectPath = true;
        listenPort = connectPort = STREAMLOCAL;
      } else if (isPath[1]) {
        listenPort = a2port(0);
        connectPath = true;
        connectPort = STREAMLOCAL;
      } else {
        listenPort = a2port(1);
      }
      break;
    case 3:
      if (isPath[0]) {
        listenPath = true;
        listenPort = STREAMLOCAL;
        connectPort = a2port(2);
      } else if (isPath[2]) {
        listenPort = a2port(1);
        connectPath = true;
        connectPort = STREAMLOCAL;
      } else {
        listenPort = a2port(0);
        connectPort = a2port(2);
      }
      break;
    case 4:
      listenPort = a2port(1);
      connectPort = a2port(3);
      break;
    default:
      return false;
  }
  if (dynamic) {
    if (count > 2) return false;
  } else {
    if (count < 3 && !connectPath && !listenPath) return false;
    if (connectPort <= 0 && !connectPath) return false;
  }
  return !((listenPort < 0 && !listenPath) || (!remote && listenPort === 0));
}

export function forwardSpec(remote: boolean, dynamic: boolean): Checker {
  return (ctx, directive, info) => {
    const first = firstValue(ctx, directive, info);
    if (first === undefined) return;
    const second = directive.argValue(1);
    const isDynamic = dynamic || (remote && second === '');
    if (!isDynamic && second === '')
      return report(
        ctx,
        Rules.MissingArgument,
        directive.arg(0),
        `${info.name} needs a listen address and a target (e.g. 8080 localhost:80).`,
      );
    // ssh expands `${VAR}` before it reads the spec: its shape is known only then (environment.ts warns).
    if (hasEnvironmentReference(ctx, info, first) || hasEnvironmentReference(ctx, info, second))
      return void checkArgumentCount(ctx, directive, info, 1, isDynamic ? 1 : 2);
    if (!readForwardFields(isDynamic ? first : `${first}:${second}`) || !forwardOk(isDynamic, remote)) {
      return invalid(
        ctx,
        directive.arg(isDynamic ? 0 : 1),
        `${info.name}: not a valid forwarding: write [bind_address:]port or a socket path, then host:port or a socket path.`,
      );
    }
    checkArgumentCount(ctx, directive, info, 1, isDynamic ? 1 : 2);
  };
}

function hostPortProblem(value: string, anyPort: boolean): string | undefined {
  const match = /^(?:\[([^\]]*)\]|([^:]*)):(.*)$/.exec(value);
  if (!match) return `'${value}' is not host:port.`;
  const host = match[1] ?? match[2];
  if (host === '') return `'${value}' has no host.`;
  const port = match[3];
  if (anyPort && port === '*') return undefined;
  return parsePort(port) === undefined ? `'${port}' is not a valid port in '${value}'.` : undefined;
}

/** PermitOpen, PermitListen, PermitRemoteOpen: host:port entries, or one of the syntax's words (`any`, `none`) alone. */
export function permitList(words: WordList, bareListenPort: boolean): Checker {
  return each((value, _index, count, ctx) => {
    if (listSet(words, ctx.version).has(value)) return count > 1 ? `${value} must stand alone.` : undefined;
    return hostPortProblem(bareListenPort && !value.includes(':') ? `*:${value}` : value, true);
  });
}

/** ssh reads ProxyJump from the raw line: leading blanks and `=` skipped, cut at the first `#`. */

export const tunnelDevice = single(
  (value, ctx) => {
    const parts = value.split(':');
    const words = listSet(SPECIAL_WORDS.tunnelDevice, ctx.version);
    return parts.length <= 2 && parts.every((part) => words.has(part) || (parseInteger(part) ?? -1) >= 0);
  },
  (info, value) => `${info.name} takes local[:remote], each a device number or any; '${value}' is not one.`,
);
