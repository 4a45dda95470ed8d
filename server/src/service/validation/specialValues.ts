import { Code } from '../diagnosticCodes';
import { AlgorithmKind, GSSAPI_KEX_PREFIXES, isGssapiKex, isKnownAlgorithm, knownAlgorithms } from '../knowledge/algorithms';
import { keywordsAt, VENDORS } from '../knowledge/keywords';
import { matchPatternList } from '../utils/patterns';
import { asciiLowerCase } from '../utils/strings';
import type { KeywordInfo, SpecialSyntax } from '../knowledge/types';
import { isAtLeast } from '../knowledge/version';
import type { ConfigDocument, Directive, TextSpan } from '../parser/syntax';
import { appliesEverywhere } from '../analysis/scopes';
import { checkClientMatch, checkServerMatch } from './matchCriteria';
import { hasEnvironmentReference } from './environment';
import { CheckContext, directivesNamed, error, firstArgOrKeyword, warning, withFix } from './problems';
import { directiveOnHeaderLine } from './headerKeywords';
import { checkArgumentCount, checkInteger, checkTime, firstValue, isSpace, parseInteger, parsePort, requireArgument } from './values';
import { parseTimeInterval } from '../knowledge/timeValue';

/**
 * Checkers for values with a syntax of their own, each following the parser OpenSSH uses for
 * that keyword (forwarding specs, algorithm lists, MaxStartups...).
 */

type Checker = (ctx: CheckContext, directive: Directive, info: KeywordInfo) => void;

const invalid = (ctx: CheckContext, word: TextSpan, message: string) => error(ctx, Code.InvalidValue, word, message);

/** One argument, checked by `test`; reports `describe` when the test fails. */
function single(test: (value: string, ctx: CheckContext) => boolean, describe: (info: KeywordInfo, value: string) => string): Checker {
  return (ctx, directive, info) => {
    const value = firstValue(ctx, directive, info);
    if (value === undefined) return;
    if (!test(value, ctx)) invalid(ctx, directive.arg(0), describe(info, value));
    else checkArgumentCount(ctx, directive, info, 1, 1);
  };
}

/** Every argument checked by `test` (given its index and the number of arguments); stops at the first bad one, as OpenSSH does. */
function each(test: (value: string, index: number, count: number) => string | undefined, min = 1): Checker {
  return (ctx, directive, info) => {
    if (!checkArgumentCount(ctx, directive, info, min, Infinity)) return;
    const count = directive.argCount;
    for (let index = 0; index < count; index++) {
      const value = directive.argValue(index);
      const problem = test(value, index, count);
      if (problem) {
        invalid(ctx, directive.arg(index), `${info.name}: ${problem}`);
        return;
      }
    }
  };
}

function algorithms(kind: AlgorithmKind, label: string): Checker {
  return (ctx, directive, info) => {
    if (!requireArgument(ctx, directive, info)) return;
    const word = directive.arg(0);
    const list = word.value;
    if (!list.startsWith('-')) {
      const prefixed = list.startsWith('+') || list.startsWith('^');
      const names = prefixed ? list.slice(1) : list;
      const known = (name: string) =>
        isKnownAlgorithm(kind, name, ctx.version) ||
        (kind === 'key' && matchesKeyAlgorithm(name, ctx.version)) ||
        (kind === 'kex' && isGssapiKex(name));
      // Like OpenSSH's `ciphers_valid` and friends: names are checked up to the first empty one
      // (so a trailing comma is fine); unknown names after it are dropped when the list is used.
      const entries = names.split(',');
      const empty = entries.indexOf('');
      const checked = empty < 0 ? entries : entries.slice(0, empty);
      for (const name of checked) {
        if (!known(name)) {
          error(ctx, Code.InvalidAlgorithm, word, `${info.name}: '${name}' is not a ${label} OpenSSH ${ctx.version} knows.`);
          return;
        }
      }
      // An empty list, or one in which no name is known, leaves nothing to negotiate: sshd refuses to start.
      if (names === '' || (!prefixed && !entries.some((name) => name !== '' && known(name)))) {
        error(ctx, Code.InvalidAlgorithm, word, `${info.name}: the list names no ${label} OpenSSH ${ctx.version} knows.`);
        return;
      }
      const gssapi = kind === 'kex' ? checked.find(isGssapiKex) : undefined;
      if (gssapi) {
        const vendor = VENDORS.gssapi;
        warning(
          ctx,
          Code.VendorKeyword,
          word,
          `${info.name}: '${gssapi}' is a key exchange of the ${vendor.label}: the OpenSSH of ${vendor.carriers} accepts it, but upstream OpenSSH (macOS, the BSDs, most other systems) rejects the whole file.`,
        );
      }
    }
    checkArgumentCount(ctx, directive, info, 1, 1);
  };
}

/**
 * The key-algorithm lists take patterns: OpenSSH's `sshkey_names_valid2` accepts an entry that is
 * no algorithm name when, as a pattern (`!` negates), it matches some algorithm positively or negatively.
 */
function matchesKeyAlgorithm(entry: string, version: string): boolean {
  return knownAlgorithms('key', version).some((name) => matchPatternList(name, entry, false) !== 0);
}

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

const ipqos: Checker = (ctx, directive, info) => {
  if (!checkArgumentCount(ctx, directive, info, 1, 2)) return;
  const bad = directive.args.find((word) => !isIPQoS(word.value, ctx));
  if (bad)
    invalid(ctx, bad, `${info.name} takes one or two DSCP names (af11…af43, cs0…cs7, ef, le) or numbers 0–255; '${bad.value}' is not one.`);
};

const rekeyLimit: Checker = (ctx, directive, info) => {
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

const channelTimeout: Checker = (ctx, directive, info) => {
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
const octalMask = single(
  (value) => {
    const match = /^\s*([+-]?)([0-7]+)/.exec(value);
    const mask = match ? (match[1] === '-' ? -1 : 1) * parseInt(match[2], 8) : NaN;
    return mask >= 0 && mask <= 0o777;
  },
  (info, value) => `${info.name} takes an octal mask from 0 to 0777; '${value}' is not one.`,
);

const escapeChar = single(
  (value) => {
    if (value === 'none' || value.length === 1) return true;
    return value.length === 2 && value[0] === '^' && value.charCodeAt(1) >= 64 && value.charCodeAt(1) < 128;
  },
  (info, value) => `${info.name} takes a single character, ^ and a letter (e.g. ^]), or none; '${value}' is not one.`,
);

const controlPersist = single(
  (value, ctx) => ['yes', 'no', 'true', 'false'].includes(value) || 'seconds' in parseTimeInterval(value, ctx.version),
  (info, value) => `${info.name} takes yes, no (lower case) or a time such as 10m; '${value}' is not one.`,
);

const addKeysToAgent: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  const first = directive.arg(0);
  const second = directive.argCount > 1 ? directive.arg(1) : undefined;
  const word = asciiLowerCase(first.value);
  const states = ['yes', 'no', 'true', 'false', 'ask', 'confirm'];
  if (word === 'confirm' && second) {
    if (checkTime(ctx, info, second, false)) checkArgumentCount(ctx, directive, info, 1, 2);
    return;
  }
  if (states.includes(word)) {
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

function forwardSpec(remote: boolean, dynamic: boolean): Checker {
  return (ctx, directive, info) => {
    const first = firstValue(ctx, directive, info);
    if (first === undefined) return;
    const second = directive.argValue(1);
    const isDynamic = dynamic || (remote && second === '');
    if (!isDynamic && second === '')
      return error(
        ctx,
        Code.MissingArgument,
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

const tunnelDevice = single(
  (value) => value.split(':').length <= 2 && value.split(':').every((part) => part === 'any' || (parseInteger(part) ?? -1) >= 0),
  (info, value) => `${info.name} takes local[:remote], each a device number or any; '${value}' is not one.`,
);

const obscureKeystrokeTiming = single(
  (value) => {
    if (['yes', 'no', 'true', 'false'].includes(value)) return true;
    const match = /^interval:(\d+)$/.exec(value);
    return !!match && Number(match[1]) >= 1 && Number(match[1]) <= 1000;
  },
  (info, value) => `${info.name} takes yes, no or interval:N with N from 1 to 1000 ms; '${value}' is not accepted.`,
);

const setEnv = each((value) => (value.includes('=') ? undefined : `'${value}' is not NAME=VALUE.`));
const sendEnv = each((value) =>
  value === '' || value.includes('=') ? `'${value}' is not a variable name or pattern (no '=' allowed).` : undefined,
);
const envPatterns = each((value) =>
  value === '' || value.includes('=') ? `'${value}' is not a variable name or pattern (no '=' allowed, not empty).` : undefined,
);

function noneAlone(allowed: string[]): (value: string, index: number, count: number) => string | undefined {
  return (value, _index, count) => (allowed.includes(value) && count > 1 ? `${value} must stand alone.` : undefined);
}

const canonicalizePermittedCNAMEs = each((value, index, count) => {
  if (value === 'none') return noneAlone(['none'])(value, index, count);
  const colon = value.indexOf(':');
  return colon <= 0 || colon === value.length - 1 ? `'${value}' is not source_domains:target_domains.` : undefined;
});

/** host:port with `[v6]` brackets, as OpenSSH's `hpdelim`; port may be `*` where `anyPort`. */
function hostPortProblem(value: string, anyPort: boolean): string | undefined {
  const match = /^(?:\[([^\]]*)\]|([^:]*)):(.*)$/.exec(value);
  if (!match) return `'${value}' is not host:port.`;
  const host = match[1] ?? match[2];
  if (host === '') return `'${value}' has no host.`;
  const port = match[3];
  if (anyPort && port === '*') return undefined;
  return parsePort(port) === undefined ? `'${port}' is not a valid port in '${value}'.` : undefined;
}

function permitList(bareListenPort: boolean): Checker {
  return each((value, index, count) => {
    if (value === 'any' || value === 'none') return count > 1 ? `${value} must stand alone.` : undefined;
    return hostPortProblem(bareListenPort && !value.includes(':') ? `*:${value}` : value, true);
  });
}

/** ssh reads ProxyJump from the raw line: leading blanks and `=` skipped, cut at the first `#`. */
const proxyJump: Checker = (ctx, directive, info) => {
  if (!directive.rest) return;
  const text = ctx.config.text.slice(directive.rest.start, directive.rest.end);
  const value = text
    .replace(/^[\s=]+/, '')
    .split('#')[0]
    .trim();
  if (asciiLowerCase(value) === 'none') return;
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
const canonicalDomains = each((value, index, count) => {
  if (value === 'none') return count > 1 ? 'none must stand alone.' : undefined;
  if (!/^[A-Za-z0-9]/.test(value)) return `domain name '${value}' must start with a letter or digit.`;
  if (!/^[A-Za-z0-9.-]+$/.test(value)) return `domain name '${value}' contains characters other than letters, digits, '-' and '.'.`;
  if (value.includes('..')) return `domain name '${value}' contains '..'.`;
  return undefined;
});

const maxStartups = single(
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

const perSourceNetBlockSize = single(
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
const perSourcePenalties = each((value, index, count) => {
  if (['yes', 'no'].includes(asciiLowerCase(value))) return count > 1 ? `${value} must stand alone.` : undefined;
  const colon = value.indexOf(':');
  return colon > 0 && PENALTY_KEYS.includes(value.slice(0, colon))
    ? undefined
    : `'${value}' is not a known penalty setting (${PENALTY_KEYS.join(', ')}).`;
});

const listenAddress: Checker = (ctx, directive, info) => {
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

const subsystem: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  const name = directive.arg(0);
  const command = directive.argCount > 1 ? directive.arg(1) : undefined;
  if (!command || command.value === '')
    error(
      ctx,
      Code.MissingArgument,
      name,
      `${info.name} needs a name and a command (e.g. sftp /usr/lib/openssh/sftp-server or sftp internal-sftp).`,
    );
};

/** sshd checks every such line, in Match blocks and repeated ones too, before it looks at whether the line applies. */
const absoluteCommand: Checker = (ctx, directive, info) => {
  if (!directive.rest) return;
  const value = ctx.config.text.slice(directive.rest.start, directive.rest.end);
  if (!value.startsWith('/') && asciiLowerCase(value) !== 'none') {
    invalid(ctx, firstArgOrKeyword(directive), `${info.name} must be an absolute path (starting with /) or none; sshd refuses to start.`);
  }
};

const permitUserEnvironment: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  const word = directive.arg(0);
  if (['yes', 'no'].includes(asciiLowerCase(word.value)) && !['yes', 'no'].includes(word.value)) {
    warning(
      ctx,
      Code.InvalidFlag,
      word,
      `${info.name} compares yes and no case-sensitively: '${word.value}' is read as a list of variable-name patterns. Write ${asciiLowerCase(word.value)}.`,
    );
  }
  checkArgumentCount(ctx, directive, info, 1, 1);
};

const AUTH_METHODS = ['publickey', 'password', 'keyboard-interactive', 'hostbased', 'gssapi-with-mic', 'none'];
const authenticationMethodLists = each((value, index, count) => {
  if (value === 'any') return count > 1 ? 'any must stand alone.' : undefined;
  for (const method of value.split(',')) {
    // Like sshd's `auth2_methods_valid`: whatever follows a `:` (a submethod) is not checked.
    const name = method.split(':')[0];
    if (!AUTH_METHODS.includes(name)) return `'${method}' is not an authentication method (${AUTH_METHODS.join(', ')}).`;
  }
  return undefined;
});

/**
 * Up to 9.6 sshd also refuses `any` once an earlier line that applies at startup (global or
 * `Match all`) has set a method list, even though that first list is the one kept. 9.7 parses
 * each line on its own (openssh-portable 65a44a8a4, bz3657), so only `any` beside a list fails.
 */
const authenticationMethods: Checker = (ctx, directive, info) => {
  const before = ctx.findings.reported;
  authenticationMethodLists(ctx, directive, info);
  if (ctx.findings.reported > before || directive.argValue(0) !== 'any' || isAtLeast(ctx.version, '9.7')) return;
  const earlier = firstMethodList(ctx.config);
  if (earlier && earlier.start < directive.start)
    invalid(
      ctx,
      directive.arg(0),
      `${info.name}: sshd refuses 'any' after the method list set at line ${earlier.line + 1}; remove one of the two lines.`,
    );
};

const FIRST_METHOD_LIST = new WeakMap<ConfigDocument, Directive | null>();

/** The first AuthenticationMethods line with a list (not `any`) in a block that applies at startup; found once per document. */
function firstMethodList(config: ConfigDocument): Directive | undefined {
  let found = FIRST_METHOD_LIST.get(config);
  if (found === undefined) {
    found =
      directivesNamed(config, 'authenticationmethods').find(
        (d) => d.argCount > 0 && d.argValue(0) !== 'any' && appliesEverywhere(config.blocks[d.blockIndex]),
      ) ?? null;
    FIRST_METHOD_LIST.set(config, found);
  }
  return found ?? undefined;
}

const rdomain: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  error(
    ctx,
    Code.PlatformUnsupported,
    directive.keyword,
    `${info.name}: routing domains are supported only on OpenBSD; sshd on Linux and other systems refuses to start with this line.`,
  );
};

const pubkeyAuthOptions = each((value) =>
  ['none', 'touch-required', 'verify-required'].includes(asciiLowerCase(value))
    ? undefined
    : `'${value}' is not none, touch-required or verify-required.`,
);

const intOrNone: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  const word = directive.arg(0);
  if (word.value === 'none' || checkInteger(ctx, info, word, 0, 2147483647)) checkArgumentCount(ctx, directive, info, 1, 1);
};

const hostPatterns = each((value) => (value === '' ? 'an empty pattern is not allowed.' : undefined), 0);

const host: Checker = (ctx, directive, info) => {
  const before = ctx.findings.reported;
  hostPatterns(ctx, directive, info);
  if (ctx.findings.reported > before) return;
  // The first pattern after a real one that is named like a keyword: `Host * ServerAliveInterval 60`.
  const keywords = keywordsAt(ctx.language, ctx.version);
  for (let i = 1; i < directive.argCount; i++) {
    if (!keywords.has(asciiLowerCase(directive.argValue(i)))) continue;
    const word = directive.arg(i);
    const written = directiveOnHeaderLine(ctx, directive, word);
    if (written) {
      warning(
        ctx,
        Code.KeywordAsPattern,
        word,
        `'${word.value}' is a keyword, but on a Host line ssh reads it and everything after it as more host patterns: \`${written}\` never takes effect. Put it on a line of its own below the Host line.`,
      );
      withFix(ctx, { splitAt: word.start });
    }
    return;
  }
};

/** `none` alone, and no empty word: OpenSSH reports "keyword … empty argument". */
const noneAloneNoEmpty = each((value, index, count) =>
  value === '' ? 'an empty argument is not allowed.' : noneAlone(['none'])(value, index, count),
);

const logVerbose = noneAloneNoEmpty;

const knownHostsFiles: Checker = (ctx, directive, info) => {
  if (!checkArgumentCount(ctx, directive, info, 1, 32)) return;
  noneAloneNoEmpty(ctx, directive, info);
};

/**
 * The GSSAPI patch's own list: each name, up to the first empty one, starts with a GSSAPI
 * key-exchange prefix; no `+`, `-` or `^` edits.
 */
const gssapiKexAlgorithms: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  const word = directive.arg(0);
  const entries = word.value.split(',');
  const empty = entries.indexOf('');
  const bad = (empty < 0 ? entries : entries.slice(0, empty)).find((name) => !isGssapiKex(name));
  if (bad !== undefined)
    return error(
      ctx,
      Code.InvalidAlgorithm,
      word,
      `${info.name}: '${bad}' is not a GSSAPI key exchange (${GSSAPI_KEX_PREFIXES.join(', ')}).`,
    );
  checkArgumentCount(ctx, directive, info, 1, 1);
};

const CHECKERS: Record<SpecialSyntax, Checker> = {
  ciphers: algorithms('cipher', 'cipher'),
  macs: algorithms('mac', 'MAC algorithm'),
  kexAlgorithms: algorithms('kex', 'key exchange algorithm'),
  keyAlgorithms: algorithms('key', 'key or signature algorithm'),
  ipqos,
  rekeyLimit,
  channelTimeout,
  octalMask,
  setEnv,
  envPatterns,
  logVerbose,
  gssapiKexAlgorithms,
  include: each((value) => (value === '' ? 'an empty path is not allowed.' : undefined)),
  host,
  clientMatch: checkClientMatch,
  addKeysToAgent,
  controlPersist,
  escapeChar,
  localForward: forwardSpec(false, false),
  remoteForward: forwardSpec(true, false),
  dynamicForward: forwardSpec(false, true),
  tunnelDevice,
  obscureKeystrokeTiming,
  sendEnv,
  canonicalizePermittedCNAMEs,
  forwardAgent: single(
    () => true,
    () => '',
  ),
  identityAgent: single(
    () => true,
    () => '',
  ),
  permitRemoteOpen: permitList(false),
  proxyJump,
  knownHostsFiles,
  canonicalDomains,
  serverMatch: checkServerMatch,
  maxStartups,
  perSourceNetBlockSize,
  perSourcePenalties,
  permitOpen: permitList(false),
  permitListen: permitList(true),
  listenAddress,
  subsystem,
  absoluteCommand,
  permitUserEnvironment,
  authenticationMethods,
  rdomain,
  pubkeyAuthOptions,
  intOrNone,
};

/** A Map, not the record: a lookup by key in a large object literal is slow in V8 on a hot path. */
const CHECKER_BY_SYNTAX: ReadonlyMap<SpecialSyntax, Checker> = new Map(Object.entries(CHECKERS) as Array<[SpecialSyntax, Checker]>);

export function checkSpecialValue(ctx: CheckContext, directive: Directive, info: KeywordInfo, syntax: SpecialSyntax): void {
  CHECKER_BY_SYNTAX.get(syntax)!(ctx, directive, info);
}
