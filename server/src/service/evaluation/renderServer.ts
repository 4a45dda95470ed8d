import { IMPLEMENTATION_ORDER, isKnownAlgorithm, vendorAlgorithm, type AlgorithmKind } from '../knowledge/algorithms';
import { IPQOS_NONE, IPQOS_TABLE, SYSLOG_FACILITY_WORDS } from '../knowledge/words';
import { atVersion } from '../knowledge/keywords';
import {
  DEBIAN_SERVER_BUILD,
  DEFAULT_ALGORITHMS,
  DEFAULT_HOST_KEYS,
  FINGERPRINT_HASH_NAMES,
  LOG_LEVEL_NAMES,
  OUTPUT_CHANGES,
  PENALTY_FIELDS,
  SEQUENTIAL_OPTIONS,
  SERVER_DUMP,
  TCP_SERVICES,
  type AlgorithmListKind,
  type OutputChange,
  type ServerBuild,
  type ServerDumpLine,
} from '../knowledge/serverOutput';
import { parseTimeInterval } from '../knowledge/timeValue';
import { clampVersion, compareVersions, isAtLeast, NEWEST_VERSION, parseVersion, type Version } from '../knowledge/version';
import { matchPatternList } from '../utils/patterns';
import type { EffectiveSettings, Occurrence, OutputLine, ServerConnection } from './types';

/**
 * `sshd -T` as a function: the lines sshd prints for an evaluated configuration, with the keys,
 * value spellings, order and defaults of a release and build (knowledge/serverOutput.ts).
 *
 * The settings are what the evaluation engine found in effect (Match blocks already applied, which
 * is all `-C` changes: the dump prints nothing of the connection itself, and `%` tokens stay as
 * written). Per canonical keyword, the renderer reads:
 * - first-wins options: the first occurrence;
 * - accumulating options (Port, ListenAddress, HostKey, HostCertificate, Allow/Deny*, AcceptEnv):
 *   every occurrence in order; host keys given with `-h` come first, as occurrences without origin;
 * - Subsystem: every occurrence, the first per name counting (Match's own replace the global
 *   ones of that name in place: the engine passes the merged list);
 * - SEQUENTIAL_OPTIONS (IPQoS before 10.3, MaxStartups, StreamLocalBindMask…): every occurrence,
 *   applied in turn;
 * - rest-of-line options (ForceCommand, AuthorizedKeysCommand, AuthorizedPrincipalsCommand,
 *   VersionAddendum): the raw rest of the line as the one argument (several arguments are joined
 *   with spaces, which loses quotes and runs of blanks).
 *
 * Pure and total: odd input (an unknown value, a missing argument) is printed as written rather
 * than refused, since sshd would have rejected the file before printing anything.
 */

export interface ServerRenderOptions {
  /** Which build's lines and defaults (default: Debian's, as the tests' oracles). */
  build?: ServerBuild;
  /** The directory sshd runs in, which relative paths are resolved against (default `/`, as a daemon). */
  workingDirectory?: string;
  /** The home of the user sshd runs as, for `~` (default `/root`). */
  homeDirectory?: string;
}

interface Context {
  version: Version;
  build: ServerBuild;
  cwd: string;
  home: string;
  settings: ReadonlyMap<string, readonly Occurrence[]>;
  out: OutputLine[];
}

export function renderServerConfig(
  settings: EffectiveSettings,
  connection: ServerConnection | undefined,
  version: Version,
  options: ServerRenderOptions = {},
): OutputLine[] {
  void connection; // `-C` only selects Match blocks, which the engine has applied already.
  const parsed = typeof version === 'string' ? parseVersion(version) : undefined;
  const ctx: Context = {
    version: clampVersion(parsed ?? NEWEST_VERSION),
    build: options.build ?? DEBIAN_SERVER_BUILD,
    cwd: options.workingDirectory || '/',
    home: options.homeDirectory || '/root',
    settings: byLowerCaseName(settings),
    out: [],
  };
  for (const line of SERVER_DUMP) {
    if (!printedBy(line, ctx)) continue;
    try {
      renderLine(line, ctx);
    } catch {
      // Never reached on well-formed data; a bug in one line must not cost the others.
    }
  }
  return ctx.out;
}

/** The settings by lower-cased keyword, so a caller's spelling of the name does not matter. */
function byLowerCaseName(settings: EffectiveSettings): ReadonlyMap<string, readonly Occurrence[]> {
  const map = new Map<string, Occurrence[]>();
  if (!settings || typeof settings.forEach !== 'function') return map;
  settings.forEach((occurrences, name) => {
    if (typeof name !== 'string' || !Array.isArray(occurrences)) return;
    const key = name.toLowerCase();
    const list = map.get(key) ?? [];
    for (const occurrence of occurrences) {
      if (occurrence && Array.isArray(occurrence.args)) list.push(occurrence);
    }
    map.set(key, list);
  });
  return map;
}

function printedBy(line: ServerDumpLine, ctx: Context): boolean {
  if (line.since && compareVersions(ctx.version, line.since) < 0) return false;
  if (line.until && compareVersions(ctx.version, line.until) >= 0) return false;
  if (line.requires?.some((feature) => !ctx.build.features.has(feature))) return false;
  if (line.excludes?.some((feature) => ctx.build.features.has(feature))) return false;
  if (line.keyword === 'DebianBanner' && (!ctx.build.debianBannerSince || !isAtLeast(ctx.version, ctx.build.debianBannerSince)))
    return false;
  return true;
}

/** Whether an output change (OUTPUT_CHANGES) holds for this release and build. */
function changed(ctx: Context, change: keyof typeof OUTPUT_CHANGES): boolean {
  const backport = ctx.build.backports[change as OutputChange];
  return isAtLeast(ctx.version, backport && compareVersions(backport, OUTPUT_CHANGES[change]) < 0 ? backport : OUTPUT_CHANGES[change]);
}

/** The key sshd prints for a line. */
function keyOf(line: ServerDumpLine, ctx: Context, literal = line.literal === true): string {
  if (changed(ctx, 'mixedCaseAllKeys')) return line.name;
  if (!literal && changed(ctx, 'mixedCaseTableKeys')) return line.name104 ?? line.name;
  return (line.keys && atVersion(line.keys, ctx.version)) || line.name.toLowerCase();
}

// ---------------------------------------------------------------------------------------------

function renderLine(line: ServerDumpLine, ctx: Context): void {
  const occurrences = ctx.settings.get(line.keyword.toLowerCase()) ?? [];
  const first = occurrences[0];
  const emit = (value: string, from?: Occurrence, key = keyOf(line, ctx)): void => {
    ctx.out.push(
      from
        ? { key, value, keyword: line.keyword, origin: from.origin, isDefault: false }
        : { key, value, keyword: line.keyword, isDefault: true },
    );
  };
  const emitDefault = (): void => {
    const value = defaultOf(line, ctx);
    if (value !== null) emit(value);
  };

  switch (line.format) {
    case 'flag':
    case 'enum': {
      const from = sequential(line, ctx) ? occurrences[occurrences.length - 1] : first;
      if (!from) return emitDefault();
      const word = arg(from, 0);
      const words = line.format === 'flag' ? FLAG_STATES : ((line.words && atVersion(line.words, ctx.version)) ?? []);
      const found = words.find((entry) => entry.word.toLowerCase() === word.toLowerCase());
      const state = found ? found.state : word;
      if (line.numericBefore && !isAtLeast(ctx.version, line.numericBefore) && (state === 'yes' || state === 'no'))
        return emit(state === 'yes' ? '1' : '0', from);
      return emit(state, from);
    }
    case 'int': {
      if (!first) return emitDefault();
      return emit(integerText(arg(first, 0)), first);
    }
    case 'time': {
      if (!first) return emitDefault();
      return emit(secondsText(arg(first, 0), ctx), first);
    }
    case 'timeOrNone': {
      if (!first) return emitDefault();
      // `none` is stored on every line, a time only while unset: a `none` anywhere wins.
      const none = occurrences.find((occurrence) => arg(occurrence, 0).toLowerCase() === 'none');
      if (none) return emit('none', none);
      const word = arg(first, 0);
      const seconds = secondsText(word, ctx);
      return emit(seconds === '0' ? 'none' : seconds, first);
    }
    case 'octal': {
      const from = occurrences[occurrences.length - 1];
      if (!from) return emitDefault();
      // strtol in base 8: the leading octal digits count, whatever follows.
      const match = /^\s*([+-]?)([0-7]+)/.exec(arg(from, 0));
      if (!match) return emit(arg(from, 0), from);
      const value = parseInt(match[2], 8) * (match[1] === '-' ? -1 : 1);
      return emit(`0${value.toString(8)}`, from);
    }
    case 'path':
    case 'pathKeepsCase':
    case 'tildePath': {
      if (!first) return emitDefault();
      const word = arg(first, 0);
      if (word.toLowerCase() === 'none') return emit('none', first);
      if (line.format === 'pathKeepsCase' && keepsWord(line.keyword, word)) return emit(word, first);
      return emit(line.format === 'tildePath' ? expandTilde(word, ctx) : absolutePath(word, ctx), first);
    }
    case 'string': {
      if (!first) return emitDefault();
      return emit(arg(first, 0), first);
    }
    case 'noneString': {
      if (!first) return emitDefault();
      const word = arg(first, 0);
      return emit(word.toLowerCase() === 'none' ? 'none' : word, first);
    }
    case 'command':
    case 'versionAddendum': {
      if (!first) return emitDefault();
      const text = restOfLine(first);
      const clears = line.format === 'versionAddendum' || line.noneClears;
      return emit(clears && text.toLowerCase() === 'none' ? 'none' : text, first);
    }
    case 'algorithms': {
      const value = algorithmLine(line, first, ctx);
      if (value !== null) emit(value, first);
      return;
    }
    case 'words': {
      if (occurrences.length === 0) return emitDefault();
      for (const occurrence of occurrences) {
        for (const word of occurrence.args) {
          emit(line.absolutePaths ? hostFile(word, ctx) : line.expandTilde ? expandTilde(word, ctx) : word, occurrence);
        }
      }
      return;
    }
    case 'firstLineWords': {
      if (!first || first.args.length === 0) return emitDefault();
      const words = line.expandTilde ? first.args.map((word) => expandTilde(word, ctx)) : [...first.args];
      const clears = line.clears;
      if (clears && isAtLeast(ctx.version, clears.since) && words.length === 1 && words[0].toLowerCase() === clears.word) {
        const empty = atVersion(clears.whenEmpty, ctx.version);
        if (empty !== null && empty !== undefined) emit(empty, first);
        return;
      }
      return emit(words.join(' '), first);
    }
    case 'port':
      for (const { port, from } of ports(ctx)) emit(String(port), from);
      return;
    case 'listenAddress':
      for (const { value, from } of listenAddresses(ctx)) emit(value, from);
      return;
    case 'logLevel': {
      if (!first) return emitDefault();
      const word = arg(first, 0);
      const found = (ctx.build.logLevelNames ?? LOG_LEVEL_NAMES).find((entry) => entry.word.toLowerCase() === word.toLowerCase());
      return emit(found ? found.state : word, first);
    }
    case 'syslogFacility': {
      if (!first) return emitDefault();
      const word = arg(first, 0);
      const found = SYSLOG_FACILITY_WORDS.find((entry) => entry.word.toLowerCase() === word.toLowerCase())?.word;
      return emit(found ?? word, first);
    }
    case 'fingerprintHash': {
      const from = occurrences[occurrences.length - 1];
      if (!from) return emitDefault();
      const word = arg(from, 0);
      const found = FINGERPRINT_HASH_NAMES.find((name) => name.toLowerCase() === word.toLowerCase());
      return emit(found ?? word, from);
    }
    case 'hostKey': {
      if (occurrences.length === 0) {
        const dir = ctx.build.paths.configDirectory;
        for (const file of atVersion(DEFAULT_HOST_KEYS, ctx.version) ?? []) emit(`${dir}/${file}`);
        return;
      }
      for (const occurrence of occurrences) emit(hostFile(arg(occurrence, 0), ctx), occurrence);
      return;
    }
    case 'subsystem':
      for (const { value, from } of subsystems(occurrences, ctx)) emit(value, from);
      return;
    case 'maxStartups':
      return maxStartups(occurrences, emit);
    case 'perSourceMaxStartups': {
      const from = sequential(line, ctx) ? occurrences[occurrences.length - 1] : first;
      if (!from) return emitDefault();
      const word = arg(from, 0);
      return emit(word === 'none' ? 'none' : integerText(word), from);
    }
    case 'perSourceNetBlockSize': {
      const from = sequential(line, ctx) ? occurrences[occurrences.length - 1] : first;
      if (!from) return emitDefault();
      const match = /^\s*([+-]?\d+)(?::\s*([+-]?\d+))?/.exec(arg(from, 0));
      if (!match) return emit(arg(from, 0), from);
      // With one number sshd leaves the IPv6 length uninitialised; both releases printed 0.
      return emit(`${Number(match[1])}:${match[2] === undefined ? 0 : Number(match[2])}`, from);
    }
    case 'permitTunnel': {
      if (!first) return emitDefault();
      // Exact words, printed as read (anything else was refused by sshd; shown as written).
      return emit(arg(first, 0), first);
    }
    case 'ipqos':
      return ipqos(line, occurrences, ctx, emit, emitDefault);
    case 'rekeyLimit':
      return rekeyLimit(occurrences, ctx, emit);
    case 'permitOpen': {
      if (!first) return emitDefault();
      const words = first.args;
      if (words.length === 0) return emit('', first);
      if (words[0] === 'any' || words[0] === 'none') return emit(words[0], first);
      const listen = line.keyword === 'PermitListen';
      // A bare port in PermitListen means any address: sshd stores it as *:PORT.
      return emit(words.map((word) => (listen && !word.includes(':') ? `*:${word}` : word)).join(' '), first);
    }
    case 'permitUserEnvironment': {
      if (!first) return emitDefault();
      const word = arg(first, 0);
      if (word === 'yes' || word === 'no') return emit(word, first);
      // A pattern list is printed by its own printf: lower-case key until 10.5.
      return emit(word, first, keyOf(line, ctx, true));
    }
    case 'pubkeyAuthOptions': {
      if (!first) return emitDefault();
      const words = first.args.map((word) => word.toLowerCase());
      const flags = ['touch-required', 'verify-required'].filter((flag) => words.includes(flag));
      return emit(flags.length ? flags.join(' ') : 'none', first);
    }
    case 'perSourcePenalties':
      return penalties(occurrences, ctx, emit);
    case 'setEnv': {
      if (!first) return emitDefault();
      const seen = new Set<string>();
      for (const word of first.args) {
        const name = word.includes('=') ? word.slice(0, word.indexOf('=')) : word;
        if (seen.has(name)) continue;
        seen.add(name);
        emit(word, first);
      }
      return;
    }
  }
}

const FLAG_STATES = [
  { word: 'yes', state: 'yes' },
  { word: 'no', state: 'no' },
];

function sequential(line: ServerDumpLine, ctx: Context): boolean {
  const timeline = SEQUENTIAL_OPTIONS[line.keyword];
  return timeline ? atVersion(timeline, ctx.version) === true : false;
}

function arg(occurrence: Occurrence, index: number): string {
  const value = occurrence.args[index];
  return typeof value === 'string' ? value : '';
}

/** The value of a rest-of-line option: its one argument, or its arguments joined. */
function restOfLine(occurrence: Occurrence): string {
  return occurrence.args.length === 1 ? arg(occurrence, 0) : occurrence.args.join(' ');
}

/** The default as printed, or null when sshd prints no line for it. */
function defaultOf(line: ServerDumpLine, ctx: Context): string | null {
  const override = ctx.build.defaults[line.keyword];
  const built = override ? atVersion(override, ctx.version) : undefined;
  if (built !== undefined) return built;
  if (line.keyword === 'Compression' && !ctx.build.features.has('zlib')) return 'no';
  if (line.buildPath) {
    const path = ctx.build.paths[line.buildPath];
    return path === null ? unsetString(ctx) : path;
  }
  const value = line.defaults ? atVersion(line.defaults, ctx.version) : undefined;
  if (value === undefined) return null;
  // An unset string option: `none` from 7.7; before, no line. Lists stay without a line.
  if (value === null) return isStringFormat(line) ? unsetString(ctx) : null;
  return value;
}

function unsetString(ctx: Context): string | null {
  return changed(ctx, 'unsetStringsPrinted') ? 'none' : null;
}

function isStringFormat(line: ServerDumpLine): boolean {
  return ['path', 'pathKeepsCase', 'tildePath', 'string', 'noneString', 'command', 'versionAddendum'].includes(line.format);
}

// --- numbers and times -----------------------------------------------------------------------

/** sshd reads integers with strtonum: optional blanks and sign, decimal digits. */
function integerText(word: string): string {
  const match = /^\s*([+-]?)(\d+)$/.exec(word);
  if (!match) return word;
  const value = Number(match[2]) * (match[1] === '-' ? -1 : 1);
  return String(value);
}

function secondsText(word: string, ctx: Context): string {
  const result = parseTimeInterval(word, ctx.version);
  return 'seconds' in result ? String(result.seconds) : word;
}

/**
 * A time as a double (convtime_double, 10.3+): the pieces added up with their fractions kept.
 * Undefined when the text is no time.
 */
function fractionalSeconds(word: string): number | undefined {
  const units: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
  let total = 0;
  let rest = word;
  if (rest === '') return undefined;
  while (rest.length > 0) {
    const match = /^(\d*)(\.\d+)?([smhdwSMHDW]?)/.exec(rest);
    if (!match || match[0] === '' || (match[1] === '' && match[2] === undefined)) return undefined;
    total += Number(`${match[1] || '0'}${match[2] ?? ''}`) * units[match[3].toLowerCase()];
    rest = rest.slice(match[0].length);
  }
  return total;
}

// --- paths ---------------------------------------------------------------------------------------

/** tilde_expand_filename for the user sshd runs as: `~` and `~/…`; `~user` is left alone. */
function expandTilde(path: string, ctx: Context): string {
  if (path === '~') return ctx.home;
  if (path.startsWith('~/')) return `${ctx.home.replace(/\/+$/, '')}${path.slice(1)}`;
  return path;
}

/** derelativise_path: `~` expanded, then anything not absolute put under the working directory. */
function absolutePath(path: string, ctx: Context): string {
  if (path.toLowerCase() === 'none') return 'none';
  const expanded = expandTilde(path, ctx);
  if (expanded.startsWith('/')) return expanded;
  return `${ctx.cwd}/${expanded}`;
}

/** A HostKey or HostCertificate path: `none` leaves a null path, which glibc's printf writes as "(null)". */
function hostFile(path: string, ctx: Context): string {
  return path.toLowerCase() === 'none' ? '(null)' : absolutePath(path, ctx);
}

/** Words kept as written by SecurityKeyProvider (`internal`, any case) and HostKeyAgent (`SSH_AUTH_SOCK`). */
function keepsWord(keyword: string, word: string): boolean {
  if (keyword === 'SecurityKeyProvider') return word.toLowerCase() === 'internal';
  if (keyword === 'HostKeyAgent') return word === 'SSH_AUTH_SOCK';
  return false;
}

// --- algorithms ------------------------------------------------------------------------------

/** The algorithm line: the configured list assembled against the defaults, or the defaults; null for no line. */
function algorithmLine(line: ServerDumpLine, first: Occurrence | undefined, ctx: Context): string | null {
  const kind: AlgorithmListKind = line.algorithms ?? 'cipher';
  const all = supportedAlgorithms(kind, ctx);
  const listed = defaultAlgorithms(line, kind, ctx);
  // Only the names the build has stay in the defaults (match_filter_allowlist).
  const defaults = listed === undefined ? undefined : listed === 'all' ? all.join(',') : filterAllowed(listed, all);
  if (!first) {
    if (defaults !== undefined) return defaults;
    return unsetString(ctx);
  }
  const value = arg(first, 0);
  if (!changed(ctx, 'algorithmsAssembled') || defaults === undefined) return value;
  if (!changed(ctx, 'algorithmsMatchedAgainstAll')) {
    if (value.startsWith('+')) return namesCat(defaults, value.slice(1));
    if (value.startsWith('-')) return filterDenied(defaults, value.slice(1));
    return value;
  }
  return assembled(value, defaults, all) ?? value;
}

/** The default list of a release and build, before the build's missing names are dropped. */
function defaultAlgorithms(line: ServerDumpLine, kind: AlgorithmListKind, ctx: Context): string | undefined {
  const override = ctx.build.defaults[line.keyword];
  const built = override ? atVersion(override, ctx.version) : undefined;
  if (built !== undefined) return built;
  // sshd printed nothing for unset Ciphers, MACs and KexAlgorithms before 6.5.
  if ((kind === 'cipher' || kind === 'mac' || kind === 'kex') && !isAtLeast(ctx.version, '6.5')) return undefined;
  return atVersion(DEFAULT_ALGORITHMS[kind], ctx.version);
}

/** Every name the release and build support, in sshd's table order. */
function supportedAlgorithms(kind: AlgorithmListKind, ctx: Context): string[] {
  const base: AlgorithmKind = kind === 'sig' ? 'key' : kind;
  return IMPLEMENTATION_ORDER[base].filter((name) => {
    if (kind === 'sig' && name.includes('-cert-')) return false;
    if (isKnownAlgorithm(base, name, ctx.version)) return true;
    const vendor = vendorAlgorithm(base, name, ctx.version);
    return vendor !== undefined && ctx.build.vendors.has(vendor);
  });
}

/** kex_assemble_names: `+` appends, `-` removes, `^` puts first; then each entry is a pattern over every supported name. */
function assembled(value: string, defaults: string, all: readonly string[]): string | undefined {
  if (value === '') return defaults;
  let list: string;
  if (value.startsWith('+')) list = namesCat(defaults, value.slice(1));
  else if (value.startsWith('-')) return filterDenied(defaults, value.slice(1));
  else if (value.startsWith('^')) list = namesCat(value.slice(1), defaults);
  else list = value;
  let result: string | undefined;
  for (const pattern of list.split(',')) {
    if (pattern.startsWith('!')) return undefined;
    const matching = all.filter((name) => matchPatternList(name, pattern, false) === 1).join(',');
    result = result === undefined ? matching : namesCat(result, matching);
  }
  return result ? result : undefined;
}

/** kex_names_cat: `a`, then each name of `b` not in it yet (up to an empty name). */
function namesCat(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const names = a.split(',');
  const present = new Set(names);
  for (const name of b.split(',')) {
    if (name === '') break;
    if (present.has(name)) continue;
    present.add(name);
    names.push(name);
  }
  return names.join(',');
}

/** The names of `list` that some name of `allowed` equals (match_filter_allowlist with a plain list). */
function filterAllowed(list: string, allowed: readonly string[]): string {
  const filter = allowed.join(',');
  return list
    .split(',')
    .filter((name) => matchPatternList(name, filter, false) === 1)
    .join(',');
}

/** The names of `list` that no pattern of `patterns` matches (match_filter_denylist). */
function filterDenied(list: string, patterns: string): string {
  return list
    .split(',')
    .filter((name) => matchPatternList(name, patterns, false) !== 1)
    .join(',');
}

// --- ports and listen addresses ----------------------------------------------------------------

/** a2port: a number 1–65535, or a service name. */
function portNumber(word: string): number | undefined {
  if (/^\d+$/.test(word)) {
    const value = Number(word);
    return value >= 1 && value <= 65535 ? value : undefined;
  }
  return TCP_SERVICES[word];
}

function ports(ctx: Context): Array<{ port: number; from?: Occurrence }> {
  const result: Array<{ port: number; from?: Occurrence }> = [];
  for (const occurrence of ctx.settings.get('port') ?? []) {
    const port = portNumber(arg(occurrence, 0));
    if (port !== undefined) result.push({ port, from: occurrence });
  }
  return result.length ? result : [{ port: 22 }];
}

type Family = 'inet' | 'inet6' | 'any';

function listenAddresses(ctx: Context): Array<{ value: string; from?: Occurrence }> {
  const familyWord = arg((ctx.settings.get('addressfamily') ?? [])[0] ?? { args: [] }, 0).toLowerCase();
  const family: Family = familyWord === 'inet' || familyWord === 'inet6' ? familyWord : 'any';
  const portList = ports(ctx);
  // One group per routing domain, in the order first seen; each call's addresses in reverse.
  const groups: Array<{ rdomain?: string; calls: Array<{ addresses: string[]; from?: Occurrence }> }> = [];
  const group = (rdomain: string | undefined) => {
    let found = groups.find((g) => g.rdomain === rdomain);
    if (!found) groups.push((found = { rdomain, calls: [] }));
    return found;
  };
  const occurrences = ctx.settings.get('listenaddress') ?? [];
  for (const occurrence of occurrences) {
    const parsed = parseListenAddress(occurrence);
    const callPorts = parsed.port ? [parsed.port] : portList.map((p) => p.port);
    for (const port of callPorts) {
      group(parsed.rdomain).calls.push({ addresses: resolve(parsed.host, port, family), from: occurrence });
    }
  }
  if (occurrences.length === 0) {
    for (const { port } of portList) group(undefined).calls.push({ addresses: resolve(undefined, port, family) });
  }
  const ordered = changed(ctx, 'listenAddressOrdered');
  const lines: Array<{ value: string; from?: Occurrence }> = [];
  for (const g of groups) {
    const calls = ordered ? g.calls : [...g.calls].reverse();
    for (const call of calls) {
      const addresses = ordered ? [...call.addresses].reverse() : call.addresses;
      for (const address of addresses) lines.push({ value: g.rdomain ? `${address} rdomain ${g.rdomain}` : address, from: call.from });
    }
  }
  return lines;
}

/** ListenAddress's argument: a bare IPv6 address, `[host]:port`, `host:port` or `host`; then `rdomain NAME`. */
function parseListenAddress(occurrence: Occurrence): { host: string; port?: number; rdomain?: string } {
  const text = arg(occurrence, 0);
  const rdomain = arg(occurrence, 1) === 'rdomain' && occurrence.args.length > 2 ? arg(occurrence, 2) : undefined;
  const colons = text.split(':').length - 1;
  if (!text.includes('[') && colons >= 2) return { host: text, rdomain };
  let host = text;
  let portText: string | undefined;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    host = close > 0 ? text.slice(1, close) : text.slice(1);
    const after = close > 0 ? text.slice(close + 1) : '';
    if (after.startsWith(':')) portText = after.slice(1);
  } else if (text.includes(':')) {
    host = text.slice(0, text.indexOf(':'));
    portText = text.slice(text.indexOf(':') + 1);
  }
  return { host, port: portText === undefined ? undefined : portNumber(portText), rdomain };
}

/** The addresses getaddrinfo gives for a numeric host (glibc's order); a name is kept as written. */
function resolve(host: string | undefined, port: number, family: Family): string[] {
  if (host === undefined) {
    // The wildcard addresses, IPv4 first (sshd prints them in reverse).
    const all = [`0.0.0.0:${port}`, `[::]:${port}`];
    return family === 'inet' ? [all[0]] : family === 'inet6' ? [all[1]] : all;
  }
  const v4 = parseIPv4(host);
  if (v4) return [`${v4}:${port}`];
  const v6 = formatIPv6(host);
  if (v6) return [`[${v6}]:${port}`];
  return [host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`];
}

/** inet_aton's forms (`1.2.3.4`, `127.1`, `0x7f.1`, `2130706433`), written back as a dotted quad. */
function parseIPv4(text: string): string | undefined {
  const parts = text.split('.');
  if (parts.length < 1 || parts.length > 4) return undefined;
  const numbers: number[] = [];
  for (const part of parts) {
    let value: number;
    if (/^0[xX][0-9a-fA-F]*$/.test(part)) value = part.length === 2 ? 0 : parseInt(part.slice(2), 16);
    else if (/^0[0-7]*$/.test(part)) value = parseInt(part, 8);
    else if (/^[1-9]\d*$/.test(part)) value = Number(part);
    else return undefined;
    numbers.push(value);
  }
  const last = numbers.pop()!;
  if (numbers.some((n) => n > 255)) return undefined;
  const room = 4 - numbers.length;
  if (last >= 2 ** (8 * room)) return undefined;
  const bytes = [...numbers];
  for (let i = room - 1; i >= 0; i--) bytes.push(Math.floor(last / 2 ** (8 * i)) % 256);
  return bytes.join('.');
}

/** An IPv6 address as inet_ntop writes it (longest zero run as `::`, v4-mapped tails dotted); undefined if none. */
function formatIPv6(text: string): string | undefined {
  const percent = text.indexOf('%');
  const scope = percent >= 0 ? text.slice(percent) : '';
  const address = percent >= 0 ? text.slice(0, percent) : text;
  const words = parseIPv6Words(address);
  if (!words) return undefined;
  let best = { base: -1, len: 0 };
  let current = { base: -1, len: 0 };
  for (let i = 0; i < 8; i++) {
    if (words[i] === 0) {
      current = current.base < 0 ? { base: i, len: 1 } : { base: current.base, len: current.len + 1 };
      if (current.len > best.len) best = { ...current };
    } else current = { base: -1, len: 0 };
  }
  if (best.len < 2) best = { base: -1, len: 0 };
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (best.base >= 0 && i >= best.base && i < best.base + best.len) {
      if (i === best.base) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    if (i === 6 && best.base === 0 && (best.len === 6 || (best.len === 5 && words[5] === 0xffff))) {
      out += `${words[6] >> 8}.${words[6] & 255}.${words[7] >> 8}.${words[7] & 255}`;
      return out + scope;
    }
    out += words[i].toString(16);
  }
  if (best.base >= 0 && best.base + best.len === 8) out += ':';
  return out + scope;
}

function parseIPv6Words(text: string): number[] | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || !text.includes(':')) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const words: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(piece);
        if (!v4 || v4.slice(1).some((n) => Number(n) > 255)) return undefined;
        words.push((Number(v4[1]) << 8) | Number(v4[2]), (Number(v4[3]) << 8) | Number(v4[4]));
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) words.push(parseInt(piece, 16));
      else return undefined;
    }
    return words;
  };
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  if (head.length + tail.length > 7) return undefined;
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

// --- lines sshd composes ---------------------------------------------------------------------

/** Subsystems: the first definition of each name; the command re-quoted from 9.5 (argv_assemble). */
function subsystems(occurrences: readonly Occurrence[], ctx: Context): Array<{ value: string; from: Occurrence }> {
  const seen = new Set<string>();
  const result: Array<{ value: string; from: Occurrence }> = [];
  const quoted = changed(ctx, 'subsystemQuoted');
  for (const occurrence of occurrences) {
    const [name, ...command] = occurrence.args;
    if (name === undefined || seen.has(name)) continue;
    seen.add(name);
    const words = quoted ? command.map(assembleArgument) : command;
    result.push({ value: [name, ...words].join(' '), from: occurrence });
  }
  return result;
}

/** argv_assemble for one word: `\`, `'` and `"` escaped, the word quoted when it holds a blank. */
function assembleArgument(word: string): string {
  const escaped = word.replace(/[\\'"]/g, (c) => `\\${c}`);
  return /[ \t]/.test(word) ? `"${escaped}"` : escaped;
}

/** MaxStartups: every line applies; `N` sets start and full, `S:R:F` all three (sscanf's %d). */
function maxStartups(occurrences: readonly Occurrence[], emit: (value: string, from?: Occurrence) => void): void {
  let start = 10,
    rate = 30,
    full = 100;
  let from: Occurrence | undefined;
  for (const occurrence of occurrences) {
    const match = /^\s*([+-]?\d+)(?::\s*([+-]?\d+)(?::\s*([+-]?\d+))?)?/.exec(arg(occurrence, 0));
    if (!match) continue;
    from = occurrence;
    if (match[3] !== undefined) {
      start = Number(match[1]);
      rate = Number(match[2]);
      full = Number(match[3]);
    } else {
      start = Number(match[1]);
      full = start;
    }
  }
  emit(`${start}:${rate}:${full}`, from);
}

/** IPQoS: one or two values (the second defaults to the first); a value prints as the first name with its byte. */
function ipqos(
  line: ServerDumpLine,
  occurrences: readonly Occurrence[],
  ctx: Context,
  emit: (value: string, from?: Occurrence) => void,
  emitDefault: () => void,
): void {
  const from = sequential(line, ctx) ? occurrences[occurrences.length - 1] : occurrences[0];
  if (!from) return emitDefault();
  const legacyIgnored = changed(ctx, 'ipqosLegacyNamesIgnored');
  const names = IPQOS_TABLE.filter((entry) => !entry.since || isAtLeast(ctx.version, entry.since));
  const LEGACY = ['lowdelay', 'throughput', 'reliability'];
  const read = (word: string): number | undefined => {
    const named = names.find((entry) => entry.name === word.toLowerCase());
    if (named) return legacyIgnored && LEGACY.includes(named.name) ? IPQOS_NONE : named.value;
    // strtol base 0 (hex, octal) until 9.7, strtonum base 10 from 9.8.
    let value: number;
    if (isAtLeast(ctx.version, '9.8')) value = /^\d+$/.test(word) ? Number(word) : NaN;
    else if (/^0[xX][0-9a-fA-F]+$/.test(word)) value = parseInt(word.slice(2), 16);
    else if (/^0[0-7]*$/.test(word)) value = parseInt(word, 8);
    else value = /^\d+$/.test(word) ? Number(word) : NaN;
    return value >= 0 && value <= 255 ? value : undefined;
  };
  const write = (value: number): string => {
    const named = names.find((entry) => entry.value === value && !(legacyIgnored && LEGACY.includes(entry.name)));
    return named ? named.name : `0x${value.toString(16).padStart(2, '0')}`;
  };
  const interactive = read(arg(from, 0));
  const bulk = from.args.length > 1 ? read(arg(from, 1)) : interactive;
  if (interactive === undefined || bulk === undefined) return emit(from.args.join(' '), from);
  emit(`${write(interactive)} ${write(bulk)}`, from);
}

/** scan_scaled: a number with an optional fraction and a K/M/G/T/P/E suffix (powers of 1024). */
function scaledBytes(word: string): number | undefined {
  const match = /^\s*(\d+)(?:\.(\d+))?([kKmMgGtTpPeE]?)[bB]?$/.exec(word);
  if (!match) return undefined;
  const power = ' kmgtpe'.indexOf(match[3].toLowerCase() || ' ');
  const scale = 1024 ** power;
  const fraction = match[2] ? Math.floor(Number(`0.${match[2]}`) * scale) : 0;
  return Number(match[1]) * scale + fraction;
}

/** RekeyLimit: the data limit of the first line, the interval of the first line that gives one. */
function rekeyLimit(occurrences: readonly Occurrence[], ctx: Context, emit: (value: string, from?: Occurrence) => void): void {
  if (occurrences.length === 0) return emit('0 0');
  const first = occurrences[0];
  const limitWord = arg(first, 0);
  const limit = limitWord === 'default' ? 0 : scaledBytes(limitWord);
  let interval = 0;
  for (const occurrence of occurrences) {
    if (occurrence.args.length < 2 || arg(occurrence, 1) === 'none') continue;
    const result = parseTimeInterval(arg(occurrence, 1), ctx.version);
    if ('seconds' in result) interval = result.seconds;
    break;
  }
  emit(`${limit === undefined ? limitWord : limit} ${interval}`, first);
}

/** PerSourcePenalties: `no`/`yes`, or fields; each field keeps its first value across lines. */
function penalties(occurrences: readonly Occurrence[], ctx: Context, emit: (value: string, from?: Occurrence) => void): void {
  const fields = PENALTY_FIELDS.filter((field) => isAtLeast(ctx.version, field.since));
  const values = new Map<string, string>();
  let enabled: boolean | undefined;
  let from: Occurrence | undefined;
  const fractional = changed(ctx, 'penaltiesFractional');
  for (const occurrence of occurrences) {
    for (const word of occurrence.args) {
      const lower = word.toLowerCase();
      if (lower === 'yes' || lower === 'no') {
        if (enabled === undefined) {
          enabled = lower === 'yes';
          from ??= occurrence;
        }
        continue;
      }
      // Setting any field turns penalties on, even after `no`.
      const colon = word.indexOf(':');
      const name = colon < 0 ? word : word.slice(0, colon);
      const field = fields.find((f) => f.name === name);
      if (!field || values.has(name)) continue;
      const text = word.slice(colon + 1);
      let value: string | undefined;
      if (field.kind === 'overflow') value = text === 'deny-all' || text === 'permissive' ? text : undefined;
      else if (field.kind === 'int') value = /^\d+$/.test(text) ? String(Number(text)) : undefined;
      else if (fractional) {
        const seconds = fractionalSeconds(text);
        value = seconds === undefined ? undefined : String(seconds);
      } else {
        const result = parseTimeInterval(text, ctx.version);
        value = 'seconds' in result ? String(result.seconds) : undefined;
      }
      if (value === undefined) continue;
      values.set(name, value);
      enabled = true;
      from ??= occurrence;
    }
  }
  if (enabled === false) return emit('no', from);
  const parts = fields.map((field) => {
    let value = values.get(field.name);
    if (value === undefined && field.name === 'overflow6') value = values.get('overflow');
    value ??= atVersion(field.defaults, ctx.version) ?? '';
    if (fractional && field.kind === 'time') value = Number(value).toFixed(6);
    return `${field.name}:${value}`;
  });
  emit(parts.join(' '), from);
}
