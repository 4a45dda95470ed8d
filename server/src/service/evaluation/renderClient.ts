import { isKnownAlgorithm, vendorAlgorithm } from '../knowledge/algorithms';
import {
  ADDRESS_CANONICALIZATION_SINCE,
  ALGORITHM_EDITS_SINCE,
  ALGORITHM_TABLE_ORDER,
  type AlgorithmListName,
  CLIENT_DEFAULTS,
  CLIENT_EXPANSIONS,
  CLIENT_OUTPUT_LINES,
  CLIENT_VALUE_KINDS,
  type ClientBuild,
  type ClientOutputLine,
  CONNECTION_HASH_WITH_JUMP_HOST_SINCE,
  DEBIAN_BATCH_MODE_SERVER_ALIVE_INTERVAL,
  DEBIAN_DEFAULTS,
  DEBIAN_IPQOS_TOS_NONE_SINCE,
  DEBIAN_LOG_LEVELS,
  DEBIAN_PROXY_JUMP_NONE_BLOCKS_COMMAND_UNTIL,
  DEBIAN_USER_EXPANSION_CONFIG_ONLY_SINCE,
  DEFAULT_ALGORITHMS,
  DEFAULT_GLOBAL_KNOWN_HOSTS,
  DEFAULT_IDENTITY_FILES,
  DEFAULT_USER_KNOWN_HOSTS,
  type Expansion,
  FINGERPRINT_HASHES,
  FIRST_DUMP_VERSION,
  FLAG_MULTISTATE,
  FORWARD_ENVIRONMENT_SINCE,
  HOSTBASED_ANY_UNTIL,
  IPQOS_DECIMAL_SINCE,
  LOG_LEVELS,
  MULTISTATE,
  type Multistate,
  PROXY_JUMP_NONE_BLOCKS_COMMAND_UNTIL,
  SERVICE_PORTS,
  UPDATE_HOST_KEYS_ASK_RULES_SINCE,
  UPSTREAM_BUILD,
  USER_EXPANSION_CONFIG_ONLY_SINCE,
} from '../knowledge/clientOutput';
import { atVersion, canonical, lookupKeyword } from '../knowledge/keywords';
import { parseTimeInterval } from '../knowledge/timeValue';
import { clampVersion, compareVersions, isAtLeast, NEWEST_VERSION, parseVersion, type Version } from '../knowledge/version';
import { IPQOS_NONE, IPQOS_TABLE, SYSLOG_FACILITY_WORDS, tokensAt } from '../knowledge/words';
import { matchPattern, matchPatternList } from '../utils/patterns';
import { asciiLowerCase } from '../utils/strings';
import type { ClientConnection, EffectiveSettings, Occurrence, OutputLine } from './types';

/**
 * `ssh -G` without ssh: the effective client configuration of a connection as a given release
 * prints it, from the occurrences the evaluation engine found (types.ts). The facts (lines, order,
 * spellings, defaults, expansions per release) are in knowledge/clientOutput.ts; this file redoes
 * what readconf.c and ssh.c compute from them.
 *
 * How the occurrences are read: each option takes its value from the first occurrence that sets
 * it, as ssh does, so passing every occurrence in effect (in reading order) is always right, and
 * needed where one line does not settle an option (a time option's `none` leaves it unset;
 * ForwardAgent's flag and socket path and RekeyLimit's amount and interval fill separate slots).
 * Accumulating options (IdentityFile, SendEnv, the forwardings…) take every occurrence in order;
 * StreamLocalBindMask the last. An occurrence ssh would reject is skipped: ssh would print nothing.
 * Command keywords (ProxyCommand, LocalCommand, RemoteCommand, KnownHostsCommand, VersionAddendum)
 * are the raw rest of the line in `args[0]` (several args are joined with spaces). ProxyCommand and
 * ProxyJump share one slot: when both are given, the earlier line wins (same file), else the one
 * met first in the map. A final pass (CanonicalizeHostname, `Match final`) reads the files again
 * on top: the engine passes the accumulating options' lines of both passes, as ssh keeps them.
 *
 * What cannot be known without the machine is left as written: DNS canonicalisation of the host
 * name (CanonicalizeHostname, CanonicalizePermittedCNAMEs), `~otheruser`, service names outside
 * SERVICE_PORTS, and the tokens and `${VAR}`s the options below do not supply (the local host name
 * for %l, %L and %C, the user id for %i, the environment). Where ssh would stop with an error
 * (an unknown `%` token, an unset variable, a jump-host loop, ConnectionAttempts 0…), the value
 * is printed as the configuration says.
 */

/** What ssh takes from the machine; without it, the tokens that need it stay as written. */
export interface ClientRenderOptions {
  /** The build whose extra lines and defaults apply; UPSTREAM_BUILD by default. */
  build?: ClientBuild;
  /** gethostname(): %l, and %L (up to the first dot), and %C. */
  localHostName?: string;
  /** The local user id: %i. */
  userId?: number;
  /** The environment ssh runs in: `${VAR}`. */
  environment?: Readonly<Record<string, string>>;
}

export function renderClientConfig(
  settings: EffectiveSettings,
  connection: ClientConnection,
  version: Version,
  options: ClientRenderOptions = {},
): OutputLine[] {
  // Releases before 6.8 had no `ssh -G`: they are shown as 6.8 prints. Unknown input means the newest.
  const known = clampVersion(parseVersion(version) ?? NEWEST_VERSION);
  const release = compareVersions(known, FIRST_DUMP_VERSION) < 0 ? FIRST_DUMP_VERSION : known;
  return new ClientRenderer(settings, connection, release, options).render();
}

// ---------------------------------------------------------------------------------------------

/** A value to print and where it comes from. */
interface Printed {
  value: string;
  origin?: Occurrence;
}

type Lines = Printed[];

const NOT_PRINTED: Lines = [];

interface Forward {
  listenHost?: string;
  listenPort: number;
  listenPath?: string;
  connectHost?: string;
  connectPort: number;
  connectPath?: string;
  origin: Occurrence;
}

const PORT_STREAMLOCAL = -2;
const TUNID_ANY = 0x7fffffff;
const TUNID_MAX = TUNID_ANY - 2;
const INT_MAX = 2147483647;

class ClientRenderer {
  private readonly occurrences = new Map<string, Occurrence[]>();
  /** The order in which the engine met the keywords: ProxyCommand against ProxyJump. */
  private readonly firstSeen = new Map<string, number>();
  private readonly build: ClientBuild;
  private readonly environment?: Readonly<Record<string, string>>;
  private computed = new Map<string, Lines>();

  // The connection as ssh has it when it expands tokens.
  private host = '';
  private port = 22;
  private user = '';
  private jump?: Jump;
  private proxyCommand?: Printed;

  constructor(
    settings: EffectiveSettings,
    private readonly connection: ClientConnection,
    private readonly version: Version,
    private readonly options: ClientRenderOptions,
  ) {
    this.build = options.build ?? UPSTREAM_BUILD;
    this.environment = options.environment;
    let index = 0;
    const merged = new Set<string>();
    for (const [name, list] of settings) {
      const info = lookupKeyword('ssh_config', asciiLowerCase(name));
      if (!info || !Array.isArray(list)) continue;
      const keyword = canonical(info).name;
      const known = this.occurrences.get(keyword);
      if (known) merged.add(keyword);
      const occurrences = known ?? [];
      for (const occurrence of list) if (occurrence && Array.isArray(occurrence.args)) occurrences.push(occurrence);
      this.occurrences.set(keyword, occurrences);
      if (!this.firstSeen.has(keyword)) this.firstSeen.set(keyword, index++);
    }
    // The same option under two spellings (an alias, another case): back in file order where the origins tell it.
    for (const keyword of merged) this.occurrences.get(keyword)!.sort(compareOrigins);
  }

  render(): OutputLine[] {
    // The order ssh works in: the host name, the port and the user, then the proxy, then the rest.
    this.host = this.resolveHost().value;
    this.port = this.resolvePort();
    this.resolveProxy();
    this.user = this.resolveUser().value;
    const out: OutputLine[] = [];
    for (const entry of CLIENT_OUTPUT_LINES) {
      if (!this.prints(entry)) continue;
      for (const printed of this.linesFor(entry)) {
        const origin = printed.origin?.origin;
        out.push({
          key: entry.key,
          value: printed.value,
          ...(entry.keyword ? { keyword: entry.keyword } : {}),
          ...(origin ? { origin: { path: origin.path, line: origin.line } } : {}),
          isDefault: !printed.origin,
        });
      }
    }
    return out;
  }

  private prints(entry: ClientOutputLine): boolean {
    if (compareVersions(this.version, entry.since) < 0) return false;
    if (entry.until && compareVersions(this.version, entry.until) >= 0) return false;
    if (entry.feature && !this.build.features.includes(entry.feature)) return false;
    if (entry.vendor) {
      // The GSSAPI key-exchange patch comes with Debian's build (the only vendor modelled).
      if (entry.vendor === 'gssapi' ? this.build.vendor !== 'debian' : this.build.vendor !== entry.vendor) return false;
    }
    return true;
  }

  private linesFor(entry: ClientOutputLine): Lines {
    if (!entry.keyword) return [{ value: this.connection.host }];
    const cacheKey = entry.keyword;
    let lines = this.computed.get(cacheKey);
    if (!lines) {
      lines = this.compute(entry.keyword);
      this.computed.set(cacheKey, lines);
    }
    return lines;
  }

  // -------------------------------------------------------------------------------------------
  // Reading occurrences

  private all(keyword: string): Occurrence[] {
    // 8.5 and 8.6 read HostbasedKeyTypes (which the knowledge base files under the later name) into HostbasedAlgorithms.
    if (keyword === 'HostbasedAlgorithms')
      return [...(this.occurrences.get(keyword) ?? []), ...(this.occurrences.get('HostbasedAcceptedAlgorithms') ?? [])];
    return this.occurrences.get(keyword) ?? [];
  }

  /** The first occurrence for which `parse` gives a value; `unset` lets a later one decide (a time's `none`). */
  private first<T>(
    keyword: string,
    parse: (args: readonly string[], occurrence: Occurrence) => T | 'unset' | undefined,
  ): { value: T; origin: Occurrence } | undefined {
    for (const occurrence of this.all(keyword)) {
      const value = parse(occurrence.args, occurrence);
      if (value === 'unset' || value === undefined) continue;
      return { value, origin: occurrence };
    }
    return undefined;
  }

  private defaultOf(keyword: string): string | undefined {
    if (this.build.vendor === 'debian' && DEBIAN_DEFAULTS[keyword]) {
      const vendor = atVersion(DEBIAN_DEFAULTS[keyword], this.version);
      if (vendor !== undefined) return vendor;
    }
    const timeline = CLIENT_DEFAULTS[keyword];
    return timeline ? atVersion(timeline, this.version) : undefined;
  }

  private defaultLines(keyword: string): Lines {
    const value = this.defaultOf(keyword);
    return value === undefined ? NOT_PRINTED : [{ value }];
  }

  // -------------------------------------------------------------------------------------------
  // One option

  private compute(keyword: string): Lines {
    const special = this.special(keyword);
    if (special) return special;
    const kind = CLIENT_VALUE_KINDS[keyword];
    if (!kind) return NOT_PRINTED;
    switch (kind.kind) {
      case 'flag': {
        const found = this.first(keyword, (args) => multistateValue(FLAG_MULTISTATE, single(args)));
        return found ? [{ value: found.value ? 'yes' : 'no', origin: found.origin }] : this.defaultLines(keyword);
      }
      case 'multistate': {
        const older = kind.before ? MULTISTATE[kind.before] : FLAG_MULTISTATE;
        const table = kind.since && !isAtLeast(this.version, kind.since) ? older : MULTISTATE[kind.table];
        const flagWords = table === FLAG_MULTISTATE || kind.printAs === 'flag';
        const found = this.first(keyword, (args) => multistateValue(table, single(args)));
        if (!found) return this.defaultLines(keyword);
        return [{ value: flagWords ? (found.value ? 'yes' : 'no') : multistateWord(table, found.value), origin: found.origin }];
      }
      case 'int': {
        const found = this.first(keyword, (args) => parseInteger(single(args)));
        return found ? [{ value: String(found.value), origin: found.origin }] : this.defaultLines(keyword);
      }
      case 'time': {
        const found = this.first(keyword, (args) => this.parseTime(single(args)));
        return found ? [{ value: String(found.value), origin: found.origin }] : this.defaultLines(keyword);
      }
      case 'string':
      case 'command': {
        const found = this.first(keyword, (args) => (kind.kind === 'command' ? commandOf(args) : nonEmpty(single(args))));
        if (!found) return this.defaultLines(keyword);
        if (kind.noneUnsets && asciiLowerCase(found.value) === 'none') return NOT_PRINTED;
        let value = kind.kind === 'string' && kind.lowerCase ? asciiLowerCase(found.value) : found.value;
        value = this.expand(keyword, value) ?? value;
        return [{ value, origin: found.origin }];
      }
      case 'algorithms':
        return this.algorithms(keyword, kind.list);
      default:
        return NOT_PRINTED;
    }
  }

  /** The options with rules of their own; undefined for the generic ones. */
  private special(keyword: string): Lines | undefined {
    switch (keyword) {
      case 'User': {
        const user = this.resolveUser();
        return [user];
      }
      case 'HostName':
        return [this.resolveHost()];
      case 'Port': {
        const found = this.first('Port', (args) => parsePort(single(args)));
        return [{ value: String(this.port), origin: found?.origin }];
      }
      case 'ProxyCommand':
        return this.jump || !this.proxyCommand ? NOT_PRINTED : [this.proxyCommand];
      case 'ProxyJump':
        return this.jump ? [{ value: formatJump(this.jump), origin: this.jump.origin }] : NOT_PRINTED;
      case 'ProxyUseFdpass': {
        // ProxyJump never passes file descriptors.
        const found = this.first(keyword, (args) => multistateValue(FLAG_MULTISTATE, single(args)));
        if (this.jump) return [{ value: 'no', origin: found?.origin }];
        return found ? [{ value: found.value ? 'yes' : 'no', origin: found.origin }] : this.defaultLines(keyword);
      }
      case 'UpdateHostKeys':
        return this.updateHostKeys();
      case 'ServerAliveInterval':
        return this.serverAliveInterval();
      case 'Tunnel':
        return this.tunnel();
      case 'ConnectTimeout': {
        const found = this.first(keyword, (args) => this.parseTime(single(args)));
        return found ? [{ value: String(found.value), origin: found.origin }] : this.defaultLines(keyword);
      }
      case 'LogLevel': {
        const levels = this.logLevels();
        const found = this.first(keyword, (args) => multistateValue(levels, single(args)));
        return found ? [{ value: multistateWord(levels, found.value), origin: found.origin }] : this.defaultLines(keyword);
      }
      case 'SyslogFacility': {
        const found = this.first(
          keyword,
          (args) => SYSLOG_FACILITY_WORDS.find(({ word }) => word === asciiUpperCase(single(args) ?? ''))?.word,
        );
        return found ? [{ value: found.value, origin: found.origin }] : this.defaultLines(keyword);
      }
      case 'FingerprintHash': {
        const names = atVersion(FINGERPRINT_HASHES, this.version) ?? [];
        const found = this.first(keyword, (args) => names.find((name) => name === asciiUpperCase(single(args) ?? '')));
        return found ? [{ value: found.value, origin: found.origin }] : this.defaultLines(keyword);
      }
      case 'AddKeysToAgent':
        return this.addKeysToAgent();
      case 'ForwardAgent':
        return this.forwardAgent();
      case 'IdentityAgent': {
        const found = this.first(keyword, (args) => {
          const path = nonEmpty(single(args));
          return path !== undefined && validAgentPath(path) ? path : undefined;
        });
        return found ? [{ value: this.expand(keyword, found.value) ?? found.value, origin: found.origin }] : NOT_PRINTED;
      }
      case 'ControlPersist':
        return this.controlPersist();
      case 'EscapeChar':
        return this.escapeChar();
      case 'IPQoS':
        return this.ipqos();
      case 'RekeyLimit':
        return this.rekeyLimit();
      case 'StreamLocalBindMask':
        return this.streamLocalBindMask();
      case 'TunnelDevice':
        return this.tunnelDevice();
      case 'ObscureKeystrokeTiming':
        return this.obscureKeystrokeTiming();
      case 'IdentityFile':
        return this.fileList('IdentityFile', true);
      case 'CertificateFile':
        return this.fileList('CertificateFile', false);
      case 'SendEnv':
        return this.sendEnv();
      case 'SetEnv':
        return this.setEnv();
      case 'CanonicalDomains':
      case 'LogVerbose':
      case 'PermitRemoteOpen':
      case 'ChannelTimeout':
        return this.oneLineList(keyword);
      case 'CanonicalizePermittedCNAMEs':
        return this.permittedCnames();
      case 'GlobalKnownHostsFile':
        return this.knownHostsFiles(keyword);
      case 'UserKnownHostsFile':
        return this.knownHostsFiles(keyword);
      case 'RevokedHostKeys':
        return this.revokedHostKeys();
      case 'LocalForward':
      case 'RemoteForward':
      case 'DynamicForward':
        return this.forwards(keyword);
      case 'VersionAddendum':
        return this.versionAddendum();
      case 'Protocol':
        return this.protocol();
      case 'Cipher': {
        const found = this.first(keyword, (args) => nonEmpty(single(args)));
        return found ? [{ value: found.value, origin: found.origin }] : NOT_PRINTED;
      }
      case 'SecurityKeyProvider': {
        const found = this.first(keyword, (args) => nonEmpty(single(args)));
        const value = found ? found.value : this.build.securityKeyProvider;
        if (asciiLowerCase(value) === 'none') return NOT_PRINTED;
        return [{ value, origin: found?.origin }];
      }
      case 'XAuthLocation': {
        const found = this.first(keyword, (args) => nonEmpty(single(args)));
        return [{ value: found ? found.value : this.build.xauthLocation, origin: found?.origin }];
      }
      case 'GSSAPIKexAlgorithms': {
        const found = this.first(keyword, (args) => nonEmpty(single(args)));
        const fallback = lookupKeyword('ssh_config', 'gssapikexalgorithms')?.defaultValue;
        if (found) return [{ value: found.value, origin: found.origin }];
        return fallback ? [{ value: fallback }] : NOT_PRINTED;
      }
      case 'ChallengeResponseAuthentication':
        // An alias of KbdInteractiveAuthentication in the knowledge base; before 8.7 it had its
        // own line, which a configuration can only reach under its own name.
        return undefined;
      default:
        return undefined;
    }
  }

  // -------------------------------------------------------------------------------------------
  // The connection: host, port, user, proxy

  /** HostName: `%h` is the name as typed; the result is lower-cased unless it is an address, which ssh writes canonically. */
  private resolveHost(): Printed {
    const found = this.first('HostName', (args) => nonEmpty(single(args)));
    let host = this.connection.host;
    if (found) {
      const expanded = expandTokens(found.value, { h: this.connection.host }, new Set(['%%', '%h']), false, undefined);
      host = expanded ?? found.value;
    }
    if (!isAtLeast(this.version, ADDRESS_CANONICALIZATION_SINCE)) return { value: asciiLowerCase(host), origin: found?.origin };
    const family = this.addressFamily();
    const address = canonicalAddress(host, family);
    // ssh keeps its own spelling when the canonical one differs only in case.
    if (address !== undefined) host = asciiLowerCase(address) === asciiLowerCase(host) ? host : address;
    else if (!looksLikeAddress(host)) host = asciiLowerCase(host);
    return { value: host, origin: found?.origin };
  }

  /** AddressFamily as set (ssh reads it before its defaults are filled in): 0 any, 4, 6. */
  private addressFamily(): 0 | 4 | 6 {
    const found = this.first('AddressFamily', (args) => multistateValue(MULTISTATE.addressFamily, single(args)));
    return found?.value === 1 ? 4 : found?.value === 2 ? 6 : 0;
  }

  private resolvePort(): number {
    const found = this.first('Port', (args) => parsePort(single(args)));
    return found ? found.value : 22;
  }

  private resolveUser(): Printed {
    if (this.connection.user !== undefined) return this.expandUser({ value: this.connection.user }, false);
    const found = this.first('User', (args) => nonEmpty(single(args)));
    if (found) return this.expandUser({ value: found.value, origin: found.origin }, true);
    return this.expandUser({ value: this.connection.localUser }, false);
  }

  /** 10.0 expands User (without %r and %C, which it feeds) whatever its source; 10.1 only a configured one. */
  private expandUser(user: Printed, fromConfig: boolean): Printed {
    const configOnlySince = this.build.vendor === 'debian' ? DEBIAN_USER_EXPANSION_CONFIG_ONLY_SINCE : USER_EXPANSION_CONFIG_ONLY_SINCE;
    if (!fromConfig && isAtLeast(this.version, configOnlySince)) return user;
    const expanded = this.expand('User', user.value);
    return expanded === undefined ? user : { ...user, value: expanded };
  }

  /** ProxyCommand and ProxyJump fill one slot: the one obtained first wins, `none` included. */
  private resolveProxy(): void {
    const command = this.first('ProxyCommand', (args) => commandOf(args));
    const jump = this.first('ProxyJump', (args) => parseJump(commandOf(args) ?? ''));
    // Both set: the earlier line wins; across files, the keyword the engine met first.
    const a = command?.origin.origin;
    const b = jump?.origin.origin;
    const jumpFirst = !command
      ? !!jump
      : !!jump &&
        (a && b && a.path === b.path
          ? b.line < a.line
          : (this.firstSeen.get('ProxyJump') ?? 0) < (this.firstSeen.get('ProxyCommand') ?? 0));
    if (jumpFirst && jump) {
      if (jump.value.none) {
        // `ProxyJump none` takes the slot and is then cleared; up to 10.4 it keeps ProxyCommand out.
        const blocksUntil =
          this.build.vendor === 'debian' ? DEBIAN_PROXY_JUMP_NONE_BLOCKS_COMMAND_UNTIL : PROXY_JUMP_NONE_BLOCKS_COMMAND_UNTIL;
        if (command && compareVersions(this.version, blocksUntil) >= 0 && asciiLowerCase(command.value) !== 'none')
          this.proxyCommand = { value: command.value, origin: command.origin };
        return;
      }
      this.jump = { ...jump.value, origin: jump.origin };
      return;
    }
    if (command && asciiLowerCase(command.value) !== 'none') this.proxyCommand = { value: command.value, origin: command.origin };
  }

  // -------------------------------------------------------------------------------------------
  // Expansion

  /** The value with the `~`, `%` and `${}` expansions ssh applies to this option before printing; undefined when ssh would fail. */
  private expand(keyword: string, value: string): string | undefined {
    const rule = this.expansionOf(keyword);
    if (!rule) return value;
    let text = value;
    if (rule.tilde) text = this.tilde(text);
    if (!rule.percent) return text;
    const tokenKeyword = keyword === 'ForwardAgent' ? 'IdentityAgent' : keyword;
    const allowed = new Set(tokensAt('ssh_config', tokenKeyword, this.version) ?? ['%%']);
    const dollar = rule.environment !== undefined && isAtLeast(this.version, rule.environment);
    return expandTokens(text, this.tokenValues(keyword), allowed, dollar, this.environment);
  }

  private expansionOf(keyword: string): Expansion | undefined {
    return (CLIENT_EXPANSIONS[keyword] ?? []).find(
      (rule) => isAtLeast(this.version, rule.since) && (!rule.until || compareVersions(this.version, rule.until) < 0),
    );
  }

  /** ssh's `~` and `~/`: the home directory; `~user` only for the local user. */
  private tilde(path: string): string {
    if (!path.startsWith('~')) return path;
    const slash = path.indexOf('/');
    const user = slash < 0 ? path.slice(1) : path.slice(1, slash);
    if (user !== '' && user !== this.connection.localUser) return path;
    const rest = slash < 0 ? '' : path.slice(slash).replace(/^\/+/, '');
    const home = this.connection.homeDirectory;
    return `${home}${home.endsWith('/') ? '' : '/'}${rest}`;
  }

  /** The tokens' values (ssh.c's conn_info); undefined where the machine would have to say. */
  private tokenValues(keyword: string): Record<string, string | undefined> {
    const local = this.options.localHostName;
    const alias = this.first('HostKeyAlias', (args) => nonEmpty(single(args)));
    const jumpHost = this.jump?.host ?? '';
    const values: Record<string, string | undefined> = {
      L: local === undefined ? undefined : local.split('.')[0],
      l: local,
      i: this.options.userId === undefined ? undefined : String(this.options.userId),
      k: alias ? asciiLowerCase(alias.value) : this.connection.host,
      n: this.connection.host,
      p: String(this.port),
      d: this.connection.homeDirectory,
      h: this.host,
      u: this.connection.localUser,
      j: jumpHost,
    };
    if (keyword !== 'User') {
      values.r = this.user;
      values.C =
        local === undefined
          ? undefined
          : sha1Hex(
              local +
                this.host +
                String(this.port) +
                this.user +
                (isAtLeast(this.version, CONNECTION_HASH_WITH_JUMP_HOST_SINCE) ? jumpHost : ''),
            );
    }
    return values;
  }

  // -------------------------------------------------------------------------------------------
  // Options with rules of their own

  private logLevels() {
    return this.build.vendor === 'debian' ? DEBIAN_LOG_LEVELS : LOG_LEVELS;
  }

  /** Debian: BatchMode makes the default five minutes. */
  private serverAliveInterval(): Lines {
    const found = this.first('ServerAliveInterval', (args) => this.parseTime(single(args)));
    if (found) return [{ value: String(found.value), origin: found.origin }];
    const batch = this.first('BatchMode', (args) => multistateValue(FLAG_MULTISTATE, single(args)));
    if (this.build.vendor === 'debian' && batch?.value === 1) return [{ value: DEBIAN_BATCH_MODE_SERVER_ALIVE_INTERVAL }];
    return this.defaultLines('ServerAliveInterval');
  }

  private parseTime(arg: string | undefined): number | 'unset' | undefined {
    if (arg === undefined || arg === '') return undefined;
    if (arg === 'none') return 'unset';
    const result = parseTimeInterval(arg, this.version);
    return 'seconds' in result ? result.seconds : undefined;
  }

  /**
   * UpdateHostKeys: set, or on by default (8.5+) unless VerifyHostKeyDNS is on or
   * UserKnownHostsFile names anything but ~/.ssh/known_hosts; `ask` is turned off where it cannot
   * ask (ControlPersist with a ControlPath, a RemoteCommand, RequestTTY no, LogLevel below INFO).
   */
  private updateHostKeys(): Lines {
    const table = MULTISTATE.yesnoask;
    const found = this.first('UpdateHostKeys', (args) => multistateValue(table, single(args)));
    let value: number;
    if (found) value = found.value;
    else if (isAtLeast(this.version, '8.5')) {
      const dns = this.first('VerifyHostKeyDNS', (args) => multistateValue(table, single(args)));
      const files = this.first('UserKnownHostsFile', (args) => (args.length > 0 && args.every((a) => a !== '') ? args : undefined));
      const standard = !files || (files.value.length === 1 && files.value[0] === DEFAULT_USER_KNOWN_HOSTS[0]);
      value = (!dns || dns.value <= 0) && standard ? 1 : 0;
    } else value = 0;
    if (value === 2) {
      const persist = this.controlPersistValue();
      const path = this.first('ControlPath', (args) => nonEmpty(single(args)));
      const remote = this.first('RemoteCommand', (args) => commandOf(args));
      const tty = this.first('RequestTTY', (args) => multistateValue(MULTISTATE.requestTTY, single(args)));
      const level = this.first('LogLevel', (args) => multistateValue(this.logLevels(), single(args)));
      const rules = isAtLeast(this.version, UPDATE_HOST_KEYS_ASK_RULES_SINCE);
      // Before 8.2 ControlPersist alone turned `ask` off.
      if (persist.value !== 0 && (!rules || (path && asciiLowerCase(path.value) !== 'none'))) value = 0;
      else if (rules) {
        if ((remote && asciiLowerCase(remote.value) !== 'none') || tty?.value === 1) value = 0;
        else if (level && level.value < 3) value = 0;
      }
    }
    return [{ value: multistateWord(table, value), origin: found?.origin }];
  }

  /** ClearAllForwardings also cancels a tunnel. */
  private tunnel(): Lines {
    const found = this.first('Tunnel', (args) => multistateValue(MULTISTATE.tunnel, single(args)));
    const clear = this.first('ClearAllForwardings', (args) => multistateValue(FLAG_MULTISTATE, single(args)));
    if (clear?.value === 1) return [{ value: 'false', origin: found?.origin ?? clear.origin }];
    return found ? [{ value: multistateWord(MULTISTATE.tunnel, found.value), origin: found.origin }] : this.defaultLines('Tunnel');
  }

  /** `confirm 1h`, a time alone (yes with a lifetime), or a word; 8.4 added the times. */
  private addKeysToAgent(): Lines {
    const table = MULTISTATE.yesnoaskconfirm;
    const withTimes = isAtLeast(this.version, '8.4');
    const found = this.first('AddKeysToAgent', (args) => {
      const value = multistateValue(table, args[0]);
      if (!withTimes) return value === undefined || args.length > 1 ? undefined : { value, lifespan: 0 };
      if (args.length > 2) return undefined;
      if (value === 3 && args[1] !== undefined) {
        const time = this.parseTime(args[1]);
        return typeof time === 'number' ? { value, lifespan: time } : undefined;
      }
      if (value === undefined && args[1] === undefined) {
        const time = this.parseTime(args[0]);
        return typeof time === 'number' ? { value: 1, lifespan: time } : undefined;
      }
      if (value === undefined || args[1] !== undefined) return undefined;
      return { value, lifespan: 0 };
    });
    if (!found) return this.defaultLines('AddKeysToAgent');
    const { value, lifespan } = found.value;
    if (lifespan <= 0) return [{ value: multistateWord(table, value), origin: found.origin }];
    return [{ value: `${value === 3 ? 'confirm ' : ''}${lifespan}`, origin: found.origin }];
  }

  /** The flag and the socket path are separate slots: `ForwardAgent no` then a path still prints the path. */
  private forwardAgent(): Lines {
    const paths = isAtLeast(this.version, '8.2');
    const flag = this.first('ForwardAgent', (args) => {
      const arg = nonEmpty(single(args));
      if (arg === undefined) return undefined;
      const value = multistateValue(FLAG_MULTISTATE, arg);
      return value ?? (paths && validAgentPath(arg) ? 1 : undefined);
    });
    const path = paths
      ? this.first('ForwardAgent', (args) => {
          const arg = nonEmpty(single(args));
          return arg !== undefined && multistateValue(FLAG_MULTISTATE, arg) === undefined && validAgentPath(arg) ? arg : undefined;
        })
      : undefined;
    if (path) return [{ value: this.expand('ForwardAgent', path.value) ?? path.value, origin: path.origin }];
    if (!flag) return this.defaultLines('ForwardAgent');
    return [{ value: flag.value ? 'yes' : 'no', origin: flag.origin }];
  }

  private controlPersistValue(): { value: number; timeout: number; origin?: Occurrence } {
    const found = this.first('ControlPersist', (args) => {
      const arg = single(args);
      if (!arg) return undefined;
      if (arg === 'no' || arg === 'false') return { value: 0, timeout: 0 };
      if (arg === 'yes' || arg === 'true') return { value: 1, timeout: 0 };
      const time = parseTimeInterval(arg, this.version);
      return 'seconds' in time ? { value: 1, timeout: time.seconds } : undefined;
    });
    return found ? { ...found.value, origin: found.origin } : { value: 0, timeout: 0 };
  }

  private controlPersist(): Lines {
    const { value, timeout, origin } = this.controlPersistValue();
    if (!origin) return this.defaultLines('ControlPersist');
    return [{ value: value === 0 || timeout === 0 ? (value ? 'yes' : 'no') : String(timeout), origin }];
  }

  /** A character, `^X` for a control character, or `none`; printed through vis(3). */
  private escapeChar(): Lines {
    const found = this.first('EscapeChar', (args) => {
      const arg = single(args);
      if (!arg) return undefined;
      if (arg === 'none') return -2;
      const bytes = utf8Bytes(arg);
      if (bytes.length === 1) return bytes[0];
      if (bytes.length === 2 && bytes[0] === 0x5e && bytes[1] >= 64 && bytes[1] < 128) return bytes[1] & 31;
      return undefined;
    });
    if (!found) return this.defaultLines('EscapeChar');
    return [{ value: found.value === -2 ? 'none' : vis(found.value), origin: found.origin }];
  }

  private ipqos(): Lines {
    const found = this.first('IPQoS', (args) => {
      if (args.length < 1 || args.length > 2) return undefined;
      const first = this.parseIPQoS(args[0]);
      const second = args[1] === undefined ? first : this.parseIPQoS(args[1]);
      return first === undefined || second === undefined ? undefined : [first, second];
    });
    if (!found) return this.defaultLines('IPQoS');
    return [{ value: found.value.map((v) => this.ipqosName(v)).join(' '), origin: found.origin }];
  }

  private parseIPQoS(arg: string): number | undefined {
    const lower = asciiLowerCase(arg);
    for (const entry of IPQOS_TABLE) {
      if (entry.since && !isAtLeast(this.version, entry.since)) continue;
      if (entry.name === lower) return this.ignoredToS(entry) ? IPQOS_NONE : entry.value;
    }
    const value = isAtLeast(this.version, IPQOS_DECIMAL_SINCE) ? parseStrtonum(arg) : parseStrtol(arg);
    return value !== undefined && value >= 0 && value <= 255 ? value : undefined;
  }

  /** A ToS name the release ignores: it stores `none`, and no longer names its old value. */
  private ignoredToS(entry: (typeof IPQOS_TABLE)[number]): boolean {
    if (!entry.noneSince) return false;
    const since = this.build.vendor === 'debian' ? DEBIAN_IPQOS_TOS_NONE_SINCE : entry.noneSince;
    return isAtLeast(this.version, since);
  }

  private ipqosName(value: number): string {
    for (const entry of IPQOS_TABLE) {
      if (entry.since && !isAtLeast(this.version, entry.since)) continue;
      if (entry.value === value && !this.ignoredToS(entry)) return entry.name;
    }
    return `0x${value.toString(16).padStart(2, '0')}`;
  }

  /** The amount and the interval fill separate slots, each taken from the first line that sets it. */
  private rekeyLimit(): Lines {
    let limit: { value: bigint; origin: Occurrence } | undefined;
    let interval: { value: number; origin: Occurrence } | undefined;
    for (const occurrence of this.all('RekeyLimit')) {
      const [amount, time, ...extra] = occurrence.args;
      if (amount === undefined || amount === '' || extra.length > 0) continue;
      const bytes = amount === 'default' ? 0n : scanScaled(amount);
      if (bytes === undefined || (bytes !== 0n && bytes < 16n)) continue;
      let seconds: number | 'unset' | undefined = 'unset';
      if (time !== undefined && time !== 'none') {
        seconds = this.parseTime(time);
        if (seconds === undefined) continue;
      }
      limit ??= { value: bytes, origin: occurrence };
      if (typeof seconds === 'number') interval ??= { value: seconds, origin: occurrence };
    }
    if (!limit && !interval) return this.defaultLines('RekeyLimit');
    const bytes = limit ? BigInt.asUintN(64, limit.value) : 0n;
    return [{ value: `${bytes} ${interval ? interval.value : 0}`, origin: limit?.origin ?? interval?.origin }];
  }

  /** The last value wins (and Host/Match do not limit it); an octal number as strtol reads it. */
  private streamLocalBindMask(): Lines {
    const list = this.all('StreamLocalBindMask');
    for (let i = list.length - 1; i >= 0; i--) {
      const match = /^[ \t\n\v\f\r]*([+-]?)([0-7]+)/.exec(list[i].args[0] ?? '');
      if (!match || list[i].args.length !== 1) continue;
      const value = parseInt(match[2], 8) * (match[1] === '-' ? -1 : 1);
      if (value < 0 || value > 0o777) continue;
      return [{ value: `0${value.toString(8)}`, origin: list[i] }];
    }
    return this.defaultLines('StreamLocalBindMask');
  }

  private tunnelDevice(): Lines {
    const found = this.first('TunnelDevice', (args) => {
      const arg = single(args);
      if (!arg) return undefined;
      const colon = arg.indexOf(':');
      const local = parseTunnelId(colon < 0 ? arg : arg.slice(0, colon));
      const remote = colon < 0 ? TUNID_ANY : parseTunnelId(arg.slice(colon + 1));
      return local === undefined || remote === undefined ? undefined : [local, remote];
    });
    if (!found) return this.defaultLines('TunnelDevice');
    const show = (id: number) => (id === TUNID_ANY ? 'any' : String(id));
    return [{ value: `${show(found.value[0])}:${show(found.value[1])}`, origin: found.origin }];
  }

  private obscureKeystrokeTiming(): Lines {
    const found = this.first('ObscureKeystrokeTiming', (args) => {
      if (args.length !== 1) return undefined;
      const arg = args[0];
      if (arg === 'yes' || arg === 'true') return 20;
      if (arg === 'no' || arg === 'false') return 0;
      if (!arg.startsWith('interval:')) return undefined;
      const value = parseInteger(arg.slice(9));
      return value !== undefined && value > 0 && value <= 1000 ? value : undefined;
    });
    if (!found) return this.defaultLines('ObscureKeystrokeTiming');
    const value = found.value === 0 ? 'no' : found.value === 20 ? 'yes' : String(found.value);
    return [{ value, origin: found.origin }];
  }

  /** IdentityFile and CertificateFile: every line adds one, duplicates dropped, printed as written. */
  private fileList(keyword: string, defaults: boolean): Lines {
    const seen = new Set<string>();
    const lines: Lines = [];
    for (const occurrence of this.all(keyword)) {
      const file = nonEmpty(occurrence.args[0]);
      if (file === undefined || occurrence.args.length !== 1 || seen.has(file)) continue;
      seen.add(file);
      lines.push({ value: file, origin: occurrence });
    }
    if (lines.length > 0 || !defaults) return lines;
    return (atVersion(DEFAULT_IDENTITY_FILES, this.version) ?? []).map((name) => ({ value: `~/.ssh/${name}` }));
  }

  /** Every line adds its names; `-PATTERN` removes the names added so far that match it. */
  private sendEnv(): Lines {
    let lines: Lines = [];
    for (const occurrence of this.all('SendEnv')) {
      if (occurrence.args.length === 0 || occurrence.args.some((arg) => arg === '' || arg.includes('='))) continue;
      for (const arg of occurrence.args) {
        if (arg.startsWith('-')) lines = lines.filter((line) => !matchPattern(line.value, arg.slice(1)));
        else lines.push({ value: arg, origin: occurrence });
      }
    }
    return lines;
  }

  /** The first line wins as a whole; a name it repeats keeps its first value; 10.0 expands the values. */
  private setEnv(): Lines {
    const found = this.first('SetEnv', (args) => (args.length > 0 && args.every((arg) => arg.includes('=')) ? args : undefined));
    if (!found) return NOT_PRINTED;
    const names = new Set<string>();
    const lines: Lines = [];
    for (const entry of found.value) {
      const name = entry.slice(0, entry.indexOf('='));
      if (names.has(name)) continue;
      names.add(name);
      const value = entry.slice(name.length + 1);
      lines.push({ value: `${name}=${this.expand('SetEnv', value) ?? value}`, origin: found.origin });
    }
    return lines;
  }

  /** The first line wins as a whole, printed on one line; ChannelTimeout `none` prints lower case from 10.0. */
  private oneLineList(keyword: string): Lines {
    const found = this.first(keyword, (args) => (args.length > 0 && args.every((arg) => arg !== '') ? args : undefined));
    if (!found) return this.defaultLines(keyword);
    if (
      keyword === 'ChannelTimeout' &&
      isAtLeast(this.version, '10.0') &&
      found.value.length === 1 &&
      asciiLowerCase(found.value[0]) === 'none'
    )
      return [{ value: 'none', origin: found.origin }];
    return [{ value: found.value.join(' '), origin: found.origin }];
  }

  /** `source:target` pairs, lower-cased; `*` stands for `*:*`; a lone `none` prints as none. */
  private permittedCnames(): Lines {
    const found = this.first('CanonicalizePermittedCNAMEs', (args) => {
      if (args.length === 0) return undefined;
      const pairs: string[] = [];
      for (const arg of args) {
        if (asciiLowerCase(arg) === 'none') pairs.push('none:');
        else if (arg === '*') pairs.push('*:*');
        else {
          const lower = asciiLowerCase(arg);
          const colon = lower.indexOf(':');
          if (colon < 0 || colon === lower.length - 1) return undefined;
          pairs.push(lower);
        }
      }
      return pairs;
    });
    if (!found) return this.defaultLines('CanonicalizePermittedCNAMEs');
    if (found.value.length === 1 && found.value[0] === 'none:' && isAtLeast(this.version, '8.8'))
      return [{ value: 'none', origin: found.origin }];
    return [{ value: found.value.join(' '), origin: found.origin }];
  }

  /** The first line wins as a whole; `none` empties the list (8.5+); the user's files are expanded (8.4+). */
  private knownHostsFiles(keyword: 'GlobalKnownHostsFile' | 'UserKnownHostsFile'): Lines {
    const found = this.first(keyword, (args) => (args.length > 0 && args.every((arg) => arg !== '') ? args : undefined));
    let files: string[];
    if (found) files = [...found.value];
    else if (keyword === 'UserKnownHostsFile') files = DEFAULT_USER_KNOWN_HOSTS;
    else files = DEFAULT_GLOBAL_KNOWN_HOSTS.map((name) => `${this.build.systemDirectory}/${name}`);
    if (isAtLeast(this.version, '8.5') && files.length === 1 && asciiLowerCase(files[0]) === 'none')
      return [{ value: 'none', origin: found?.origin }];
    if (keyword === 'UserKnownHostsFile') files = files.map((file) => this.expand(keyword, file) ?? file);
    return [{ value: files.join(' '), origin: found?.origin }];
  }

  /** One file up to 10.2 (`none` unsets it, nothing printed); a list from 10.3; expanded from 9.4. */
  private revokedHostKeys(): Lines {
    if (!isAtLeast(this.version, '10.3')) {
      const found = this.first('RevokedHostKeys', (args) => nonEmpty(single(args)));
      if (!found || asciiLowerCase(found.value) === 'none') return NOT_PRINTED;
      return [{ value: this.expand('RevokedHostKeys', found.value) ?? found.value, origin: found.origin }];
    }
    const found = this.first('RevokedHostKeys', (args) => (args.length > 0 && args.every((arg) => arg !== '') ? args : undefined));
    if (!found) return this.defaultLines('RevokedHostKeys');
    if (found.value.length === 1 && asciiLowerCase(found.value[0]) === 'none') return [{ value: 'none', origin: found.origin }];
    return [{ value: found.value.map((file) => this.expand('RevokedHostKeys', file) ?? file).join(' '), origin: found.origin }];
  }

  private versionAddendum(): Lines {
    const found = this.first('VersionAddendum', (args) => {
      const text = commandOf(args);
      if (text === undefined) return undefined;
      // readconf.c means to cut the line at a `#`, but searches only the keyword (which strdelim has
      // already cut off), so a `#` stays part of the text.
      return asciiLowerCase(text) === 'none' ? '' : text;
    });
    if (!found) return NOT_PRINTED;
    return [{ value: this.expand('VersionAddendum', found.value) ?? found.value, origin: found.origin }];
  }

  private protocol(): Lines {
    const found = this.first('Protocol', (args) => {
      if (!single(args)) return undefined;
      let versions = 0;
      for (const part of args[0].split(',')) {
        const trimmed = part.trim();
        if (trimmed === '1') versions |= 1;
        else if (trimmed === '2') versions |= 2;
        else return undefined;
      }
      return versions;
    });
    if (!found) return this.defaultLines('Protocol');
    return [{ value: found.value === 3 ? '2,1' : String(found.value), origin: found.origin }];
  }

  // -------------------------------------------------------------------------------------------
  // Algorithm lists

  private algorithms(keyword: string, list: AlgorithmListName): Lines {
    const found = this.first(keyword, (args) => (args.length === 1 && args[0] !== '' ? args[0] : undefined));
    const defaults = this.defaultAlgorithms(keyword, list);
    if (!found) return defaults === undefined ? NOT_PRINTED : [{ value: defaults }];
    if (!isAtLeast(this.version, ALGORITHM_EDITS_SINCE) || defaults === undefined) return [{ value: found.value, origin: found.origin }];
    const assembled = assembleAlgorithms(found.value, defaults, this.supported(list));
    // An edit that leaves nothing makes ssh stop; print what the configuration says.
    return [{ value: assembled ?? found.value, origin: found.origin }];
  }

  private defaultAlgorithms(keyword: string, list: AlgorithmListName): string | undefined {
    const vendor =
      this.build.vendor === 'debian' && DEBIAN_DEFAULTS[keyword] ? atVersion(DEBIAN_DEFAULTS[keyword], this.version) : undefined;
    if (keyword === 'HostbasedAcceptedAlgorithms' && compareVersions(this.version, HOSTBASED_ANY_UNTIL) < 0) return '*';
    const defaults = vendor ?? atVersion(DEFAULT_ALGORITHMS[list], this.version);
    if (defaults === undefined) return undefined;
    // The defaults are filtered by what the build supports (match_filter_allowlist).
    const supported = new Set(this.supported(list));
    return defaults
      .split(',')
      .filter((name) => supported.has(name))
      .join(',');
  }

  /** Every name of the kind the release (and the build's vendor) knows, in the release's table order. */
  private supported(list: AlgorithmListName): string[] {
    const kind = list === 'ca' ? 'key' : list;
    return ALGORITHM_TABLE_ORDER[list].filter(
      (name) =>
        isKnownAlgorithm(kind, name, this.version) ||
        (this.build.vendor !== undefined && vendorAlgorithm(kind, name, this.version) === this.build.vendor),
    );
  }

  // -------------------------------------------------------------------------------------------
  // Forwardings

  private forwards(keyword: 'LocalForward' | 'RemoteForward' | 'DynamicForward'): Lines {
    const local: Forward[] = [];
    const remote: Forward[] = [];
    for (const [name, occurrences] of [
      ['LocalForward', this.all('LocalForward')],
      ['DynamicForward', this.all('DynamicForward')],
      ['RemoteForward', this.all('RemoteForward')],
    ] as const) {
      for (const occurrence of occurrences) {
        const forward = this.parseForward(name, occurrence);
        if (!forward) continue;
        const target = name === 'RemoteForward' ? remote : local;
        if (!target.some((other) => sameForward(other, forward))) target.push(forward);
      }
    }
    // Forwardings from the two keywords that share ssh's local list keep the order of their lines
    // when the engine gives origins in one file; across files, LocalForward's come first.
    local.sort((a, b) => compareOrigins(a.origin, b.origin));
    const clear = this.first('ClearAllForwardings', (args) => multistateValue(FLAG_MULTISTATE, single(args)));
    if (clear?.value === 1) return NOT_PRINTED;
    const lines: Lines = [];
    for (const forward of keyword === 'RemoteForward' ? remote : local) {
      const socks = forward.connectHost === 'socks';
      if (keyword === 'DynamicForward' && forward.connectHost !== undefined && !socks) continue;
      if (keyword === 'LocalForward' && socks) continue;
      const listen =
        forward.listenPort === PORT_STREAMLOCAL
          ? this.expandForwardPath(keyword, forward.listenPath ?? '')
          : forward.listenHost === undefined
            ? String(forward.listenPort)
            : `[${forward.listenHost}]:${forward.listenPort}`;
      let text = listen;
      if (keyword !== 'DynamicForward') {
        const connect =
          forward.connectPort === PORT_STREAMLOCAL
            ? this.expandForwardPath(keyword, forward.connectPath ?? '')
            : forward.connectHost === undefined
              ? String(forward.connectPort)
              : `[${forward.connectHost}]:${forward.connectPort}`;
        text += ` ${connect}`;
      }
      lines.push({ value: text, origin: forward.origin });
    }
    return lines;
  }

  private expandForwardPath(keyword: string, path: string): string {
    const rule = keyword === 'RemoteForward' ? 'RemoteForward' : 'LocalForward';
    return this.expand(rule, path) ?? path;
  }

  /** readconf.c's parse_forward, after the two arguments are joined with a colon. */
  private parseForward(keyword: 'LocalForward' | 'RemoteForward' | 'DynamicForward', occurrence: Occurrence): Forward | undefined {
    const [first, second, ...extra] = occurrence.args;
    if (!first || extra.length > 0) return undefined;
    const remoteForward = keyword === 'RemoteForward';
    let dynamic = keyword === 'DynamicForward';
    let spec: string;
    if (!dynamic && (second === undefined || second === '')) {
      if (!remoteForward) return undefined;
      dynamic = true;
    }
    if (dynamic) {
      if (keyword === 'DynamicForward' && second !== undefined) return undefined;
      spec = first;
    } else spec = `${first}:${second}`;
    if (isAtLeast(this.version, FORWARD_ENVIRONMENT_SINCE)) {
      const expanded = expandTokens(spec, {}, new Set(), true, this.environment);
      if (expanded === undefined) return undefined;
      spec = expanded;
    }
    spec = spec.replace(/^[ \t\n\v\f\r]+/, '');
    const fields = splitForwardFields(spec);
    if (!fields) return undefined;
    const port = a2port;
    const forward: Forward = { listenPort: 0, connectPort: 0, origin: occurrence };
    const [a, b, c, d] = fields;
    switch (fields.length) {
      case 1:
        if (a.path) {
          forward.listenPath = a.text;
          forward.listenPort = PORT_STREAMLOCAL;
        } else forward.listenPort = port(a.text);
        forward.connectHost = 'socks';
        break;
      case 2:
        if (a.path && b.path) {
          Object.assign(forward, { listenPath: a.text, listenPort: PORT_STREAMLOCAL, connectPath: b.text, connectPort: PORT_STREAMLOCAL });
        } else if (b.path) {
          Object.assign(forward, { listenPort: port(a.text), connectPath: b.text, connectPort: PORT_STREAMLOCAL });
        } else {
          Object.assign(forward, { listenHost: a.text, listenPort: port(b.text), connectHost: 'socks' });
        }
        break;
      case 3:
        if (a.path) {
          Object.assign(forward, { listenPath: a.text, listenPort: PORT_STREAMLOCAL, connectHost: b.text, connectPort: port(c.text) });
        } else if (c.path) {
          Object.assign(forward, { listenHost: a.text, listenPort: port(b.text), connectPath: c.text, connectPort: PORT_STREAMLOCAL });
        } else {
          Object.assign(forward, { listenPort: port(a.text), connectHost: b.text, connectPort: port(c.text) });
        }
        break;
      case 4:
        Object.assign(forward, { listenHost: a.text, listenPort: port(b.text), connectHost: c.text, connectPort: port(d.text) });
        break;
      default:
        return undefined;
    }
    const count = fields.length;
    if (dynamic) {
      if (count !== 1 && count !== 2) return undefined;
    } else {
      if (count !== 3 && count !== 4 && forward.connectPath === undefined && forward.listenPath === undefined) return undefined;
      if (forward.connectPort <= 0 && forward.connectPath === undefined) return undefined;
    }
    if ((forward.listenPort < 0 && forward.listenPath === undefined) || (!remoteForward && forward.listenPort === 0)) return undefined;
    return forward;
  }
}

// ---------------------------------------------------------------------------------------------
// Values

/** The one argument of a single-valued option; undefined (ssh refuses the line) for more. */
function single(args: readonly string[]): string | undefined {
  return args.length === 1 ? args[0] : undefined;
}

function nonEmpty(arg: string | undefined): string | undefined {
  return arg === undefined || arg === '' ? undefined : arg;
}

/** A command keyword's value: the rest of the line, which the engine passes as one argument. */
function commandOf(args: readonly string[]): string | undefined {
  const text = args.join(' ').replace(/^[ \t\r\n=]+/, '');
  return text === '' ? undefined : text;
}

function asciiUpperCase(text: string): string {
  return text.replace(/[a-z]/g, (c) => c.toUpperCase());
}

/** The value a word stores in a multistate table (case-insensitive), or undefined. */
function multistateValue(table: Multistate, word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const lower = asciiLowerCase(word);
  return table.find(([name]) => asciiLowerCase(name) === lower)?.[1];
}

/** The word ssh prints for a value: the first in the table that stores it. */
function multistateWord(table: Multistate, value: number): string {
  return table.find(([, stored]) => stored === value)?.[0] ?? 'UNKNOWN';
}

/** atoi_err: strtonum(0, INT_MAX) of a decimal number (leading blanks and a sign allowed). */
function parseInteger(arg: string | undefined): number | undefined {
  const value = parseStrtonum(arg);
  return value !== undefined && value >= 0 && value <= INT_MAX ? value : undefined;
}

function parseStrtonum(arg: string | undefined): number | undefined {
  const match = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(arg ?? '');
  if (!match) return undefined;
  const value = Number(match[1]);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** strtol with base 0 over the whole word: 0x hex, 0 octal, else decimal. */
function parseStrtol(arg: string): number | undefined {
  const match = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(arg);
  if (!match) return undefined;
  const digits = match[2];
  const value = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : digits.startsWith('0') ? parseInt(digits, 8) : Number(digits);
  return match[1] === '-' ? -value : value;
}

/** a2port: a number 0–65535, else a service name; -1 when neither. */
function a2port(arg: string): number {
  const number = parseStrtonum(arg);
  if (number !== undefined && number >= 0 && number <= 65535) return number;
  return Object.prototype.hasOwnProperty.call(SERVICE_PORTS, arg) ? SERVICE_PORTS[arg] : -1;
}

/** A port where one is needed: a2port above 0. */
function parsePort(arg: string | undefined): number | undefined {
  if (!arg) return undefined;
  const port = a2port(arg);
  return port > 0 ? port : undefined;
}

function parseTunnelId(text: string): number | undefined {
  if (asciiLowerCase(text) === 'any') return TUNID_ANY;
  const value = parseStrtonum(text);
  return value !== undefined && value >= 0 && value <= TUNID_MAX ? value : undefined;
}

/** fmt_scaled's scan_scaled: a number, optionally with a fraction and a B/K/M/G/T/P/E suffix (powers of 1024). */
function scanScaled(text: string): bigint | undefined {
  const match = /^[ \t\n\v\f\r]*([+-]?)(\d*)(?:\.(\d*))?(?:([BKMGTPEbkmgtpe])([^A-Za-z0-9].*)?)?$/s.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = '', unit] = match;
  if (whole.length >= 20) return undefined;
  let value = BigInt(whole || '0');
  if (unit) {
    const factor = 1024n ** BigInt('BKMGTPE'.indexOf(unit.toUpperCase()));
    value *= factor;
    if (fraction) value += (BigInt(fraction.slice(0, 18)) * factor) / 10n ** BigInt(Math.min(fraction.length, 18));
  }
  return sign === '-' ? -value : value;
}

/** Whether ssh takes the name for an address before asking the resolver (is_addr_fast). */
function looksLikeAddress(name: string): boolean {
  return name.includes('%') || name.includes(':') || /^[0-9.]*$/.test(name);
}

/**
 * getaddrinfo(AI_NUMERICHOST) then getnameinfo(NI_NUMERICHOST): the address as the resolver
 * writes it (`127.1` → `127.0.0.1`, IPv6 compressed in lower case), or undefined when the name is
 * not a single numeric address of the family.
 */
function canonicalAddress(name: string, family: 0 | 4 | 6): string | undefined {
  const v4 = family !== 6 ? parseInetAton(name) : undefined;
  if (v4 !== undefined) return v4.join('.');
  const percent = name.indexOf('%');
  const words = parseIPv6(percent < 0 ? name : name.slice(0, percent));
  if (!words) return undefined;
  if (family === 4) {
    // Asked for IPv4 only, glibc still takes an IPv4-mapped IPv6 address, as the IPv4 address.
    const mapped = percent < 0 && words.slice(0, 5).every((w) => w === 0) && words[5] === 0xffff;
    return mapped ? `${words[6] >> 8}.${words[6] & 255}.${words[7] >> 8}.${words[7] & 255}` : undefined;
  }
  return formatIPv6(words) + (percent < 0 ? '' : name.slice(percent));
}

/** inet_aton: one to four parts, each decimal, octal (0…) or hex (0x…). */
function parseInetAton(name: string): number[] | undefined {
  const parts = name.split('.');
  if (parts.length < 1 || parts.length > 4) return undefined;
  const values: number[] = [];
  for (const part of parts) {
    if (!/^(0[xX][0-9a-fA-F]*|0[0-7]*|[1-9]\d*)$/.test(part)) return undefined;
    const value = /^0[xX]/.test(part) ? parseInt(part.slice(2) || '0', 16) : part.startsWith('0') ? parseInt(part, 8) : Number(part);
    values.push(value);
  }
  const last = values.pop()!;
  if (values.some((v) => v > 255)) return undefined;
  const room = 4 - values.length;
  if (last >= 2 ** (8 * room)) return undefined;
  const tail: number[] = [];
  for (let i = room - 1; i >= 0; i--) tail.push(Math.floor(last / 2 ** (8 * i)) % 256);
  return [...values, ...tail];
}

function parseIPv6(text: string): number[] | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const words: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i];
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(piece) ? piece.split('.').map(Number) : undefined;
        if (!v4 || v4.some((b) => b > 255)) return undefined;
        words.push(v4[0] * 256 + v4[1], v4[2] * 256 + v4[3]);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) words.push(parseInt(piece, 16));
      else return undefined;
    }
    return words;
  };
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - tail.length;
  return missing < 1 ? undefined : [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/** glibc's inet_ntop: the longest run of two or more zero words becomes `::`; IPv4-mapped and -compatible tails in dotted form. */
function formatIPv6(words: number[]): string {
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (bestLength < 2) bestStart = -1;
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (bestStart >= 0 && i >= bestStart && i < bestStart + bestLength) {
      if (i === bestStart) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    if (i === 6 && bestStart === 0 && (bestLength === 6 || (bestLength === 5 && words[5] === 0xffff))) {
      out += `${words[6] >> 8}.${words[6] & 255}.${words[7] >> 8}.${words[7] & 255}`;
      break;
    }
    out += words[i].toString(16);
  }
  if (bestStart >= 0 && bestStart + bestLength === 8) out += ':';
  return out;
}

/** vis(3) with VIS_WHITE, as ssh prints EscapeChar. */
function vis(c: number): string {
  const visible = c >= 0x21 && c <= 0x7e;
  if (visible) return c === 0x5c ? '\\\\' : String.fromCharCode(c);
  if ((c & 0x7f) === 0x20) return `\\${((c >> 6) & 7).toString()}${((c >> 3) & 7).toString()}${(c & 7).toString()}`;
  let out = '\\';
  let low = c;
  if (low & 0x80) {
    low &= 0x7f;
    out += 'M';
  }
  if (low < 0x20 || low === 0x7f) out += `^${low === 0x7f ? '?' : String.fromCharCode(low + 64)}`;
  else out += `-${String.fromCharCode(low)}`;
  return out;
}

function utf8Bytes(text: string): number[] {
  return Array.from(new TextEncoder().encode(text));
}

/**
 * `%` tokens (those in `allowed`; `%%` is a `%`) and, with `dollar`, `${VAR}`. A token whose value
 * the renderer cannot know stays as written; undefined when ssh would refuse the text (an unknown
 * token, a `%` at the end, an unset variable when the environment is known).
 */
function expandTokens(
  text: string,
  values: Record<string, string | undefined>,
  allowed: ReadonlySet<string>,
  dollar: boolean,
  environment: Readonly<Record<string, string>> | undefined,
): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (dollar && c === '$' && text[i + 1] === '{') {
      const end = text.indexOf('}', i + 2);
      if (end < 0 || end === i + 2) return undefined;
      const name = text.slice(i + 2, end);
      if (environment === undefined) out += text.slice(i, end + 1);
      else if (Object.prototype.hasOwnProperty.call(environment, name)) out += environment[name];
      else return undefined;
      i = end;
      continue;
    }
    if (c !== '%' || allowed.size === 0) {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) return undefined;
    i++;
    if (next === '%') {
      out += '%';
      continue;
    }
    if (!allowed.has(`%${next}`)) return undefined;
    const value = values[next];
    out += value === undefined ? `%${next}` : value;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Algorithm lists (kex_assemble_names)

/**
 * `+` appends to the defaults, `-` removes what its patterns match, `^` puts names first;
 * otherwise the list replaces the defaults. Each entry is then a pattern over every supported
 * name, expanding in the table's order; duplicates go. Undefined when nothing is left.
 */
function assembleAlgorithms(value: string, defaults: string, supported: readonly string[]): string | undefined {
  let list: string;
  if (value.startsWith('+')) list = concatenateNames(defaults, value.slice(1));
  else if (value.startsWith('-')) {
    const patterns = value.slice(1);
    return defaults
      .split(',')
      .filter((name) => name !== '' && matchPatternList(name, patterns, false) !== 1)
      .join(',');
  } else if (value.startsWith('^')) list = concatenateNames(value.slice(1), defaults);
  else list = value;
  let result = '';
  for (const pattern of list.split(',')) {
    if (pattern.startsWith('!')) return undefined;
    const matching = supported.filter((name) => matchPatternList(name, pattern, false) === 1).join(',');
    result = concatenateNames(result, matching);
  }
  return result === '' ? undefined : result;
}

/** kex_names_cat: `b`'s names not yet in `a`, appended; it stops at an empty name. */
function concatenateNames(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  const names = a.split(',');
  for (const name of b.split(',')) {
    if (name === '') break;
    if (!names.includes(name)) names.push(name);
  }
  return names.join(',');
}

// ---------------------------------------------------------------------------------------------
// Forwardings

interface ForwardField {
  text: string;
  path: boolean;
}

/**
 * parse_fwd_field, repeated: `[…]` is taken literally, a backslash makes the next character
 * literal (an escaped `/` or `:` neither marks a path nor ends the field), `/` marks a path; at
 * most four fields, and nothing may be left over.
 */
function splitForwardFields(spec: string): ForwardField[] | undefined {
  const fields: ForwardField[] = [];
  let rest = spec;
  while (fields.length < 4 && rest !== '') {
    if (rest[0] === '[') {
      const close = rest.indexOf(']');
      if (close < 0) return undefined;
      const after = rest[close + 1];
      if (after !== ':' && after !== undefined) return undefined;
      const text = rest.slice(1, close);
      fields.push({ text, path: text.includes('/') });
      rest = rest.slice(close + (after === ':' ? 2 : 1));
      continue;
    }
    let text = '';
    let path = false;
    let i = 0;
    let ended = false;
    for (; i < rest.length; i++) {
      const c = rest[i];
      if (c === '\\') {
        if (i + 1 >= rest.length) return undefined;
        text += rest[++i];
        continue;
      }
      if (c === ':') {
        ended = true;
        break;
      }
      if (c === '/') path = true;
      text += c;
    }
    fields.push({ text, path });
    rest = ended ? rest.slice(i + 1) : '';
  }
  return rest === '' ? fields : undefined;
}

function sameForward(a: Forward, b: Forward): boolean {
  return (
    a.listenHost === b.listenHost &&
    a.listenPort === b.listenPort &&
    a.listenPath === b.listenPath &&
    a.connectHost === b.connectHost &&
    a.connectPort === b.connectPort &&
    a.connectPath === b.connectPath
  );
}

function compareOrigins(a: Occurrence, b: Occurrence): number {
  const x = a.origin;
  const y = b.origin;
  if (!x || !y || x.path !== y.path) return 0;
  return x.line - y.line;
}

// ---------------------------------------------------------------------------------------------
// ProxyJump

interface Jump {
  none: boolean;
  user?: string;
  host: string;
  port: number;
  extra?: string;
  origin?: Occurrence;
}

/** readconf.c's parse_jump: the last hop is parsed, the others only checked; `none` alone clears. */
function parseJump(value: string): Jump | undefined {
  if (value === '') return undefined;
  if (asciiLowerCase(value) === 'none') return { none: true, host: 'none', port: 0 };
  let text = value;
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(0, hash);
  text = text.replace(/[ \t\r\n]+$/, '');
  const hops = text.split(',');
  let last: { user?: string; host: string; port: number } | undefined;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = parseHop(hops[i]);
    if (!hop) return undefined;
    last ??= hop;
  }
  if (!last) return undefined;
  const comma = value.lastIndexOf(',');
  return { none: false, ...last, extra: comma > 0 ? value.slice(0, comma) : undefined };
}

/** `[user@]host[:port]` or `ssh://[user@]host[:port]` (no path). */
function parseHop(hop: string): { user?: string; host: string; port: number } | undefined {
  if (hop.startsWith('ssh://')) {
    let rest = hop.slice(6);
    let user: string | undefined;
    const at = rest.indexOf('@');
    if (at >= 0) {
      const info = rest.slice(0, at);
      user = info.split(';')[0];
      if (user === '') return undefined;
      user = decodeURIComponentSafe(user);
      if (user === undefined) return undefined;
      rest = rest.slice(at + 1);
    }
    const split = splitHostPort(rest, true);
    if (!split || split.path) return undefined;
    return { user, host: split.host, port: split.port };
  }
  let rest = hop;
  let user: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    user = rest.slice(0, at);
    if (user === '') return undefined;
    rest = rest.slice(at + 1);
  }
  const split = splitHostPort(rest, false);
  if (!split) return undefined;
  return { user, host: split.host, port: split.port };
}

/** hpdelim and a2port: `host`, `host:port`, `host/port`, `[address]:port`; the brackets are removed. */
function splitHostPort(text: string, uri: boolean): { host: string; port: number; path?: string } | undefined {
  let host: string;
  let rest: string | undefined;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return undefined;
    const after = text[close + 1];
    if (after !== undefined && after !== ':' && after !== '/') return undefined;
    host = text.slice(0, close + 1);
    rest = after === undefined ? undefined : text.slice(close + 2);
    if (uri && after === '/') return { host: cleanHost(host), port: -1, path: rest };
  } else {
    const delimiter = text.search(/[:/]/);
    host = delimiter < 0 ? text : text.slice(0, delimiter);
    rest = delimiter < 0 ? undefined : text.slice(delimiter + 1);
    if (uri && delimiter >= 0 && text[delimiter] === '/') return { host: cleanHost(host), port: -1, path: rest };
  }
  if (host === '') return undefined;
  let port = -1;
  let path: string | undefined;
  if (rest !== undefined && rest !== '') {
    let portText = rest;
    if (uri) {
      const slash = rest.indexOf('/');
      if (slash >= 0) {
        portText = rest.slice(0, slash);
        path = rest.slice(slash + 1) || undefined;
      }
    }
    const parsed = parsePort(portText);
    if (parsed === undefined) return undefined;
    port = parsed;
  }
  return { host: cleanHost(host), port, path };
}

function cleanHost(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function decodeURIComponentSafe(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** As dump_client_config prints it: extra hops, user, the host (bracketed when numeric) and port. */
function formatJump(jump: Jump): string {
  const numeric = jump.host.includes(':') || /^[0-9.]*$/.test(jump.host);
  return (
    (jump.extra !== undefined ? `${jump.extra},` : '') +
    (jump.user !== undefined ? `${jump.user}@` : '') +
    (numeric ? `[${jump.host}]` : jump.host) +
    (jump.port > 0 ? `:${jump.port}` : '')
  );
}

/** ForwardAgent's socket path: `$NAME` must be a valid variable name, `${…}` well formed. */
function validAgentPath(path: string): boolean {
  if (path.startsWith('$') && !path.startsWith('${')) return /^[A-Za-z_][A-Za-z0-9_]*$/.test(path.slice(1));
  const open = path.indexOf('${');
  if (open >= 0) {
    const close = path.indexOf('}', open + 2);
    if (close < 0 || close === open + 2) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// SHA-1, for %C (ssh_connection_hash); the service may not reach for the platform's crypto.

function sha1Hex(text: string): string {
  const bytes = utf8Bytes(text);
  const length = bytes.length;
  bytes.push(0x80);
  while (bytes.length % 64 !== 56) bytes.push(0);
  const bits = length * 8;
  for (let i = 7; i >= 0; i--) bytes.push(i >= 4 ? Math.floor(bits / 2 ** (8 * i)) & 0xff : (bits >>> (8 * i)) & 0xff);
  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  const w = new Array<number>(80);
  for (let offset = 0; offset < bytes.length; offset += 64) {
    for (let i = 0; i < 16; i++) {
      const j = offset + i * 4;
      w[i] = ((bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3]) >>> 0;
    }
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
      w[i] = ((x << 1) | (x >>> 31)) >>> 0;
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let i = 0; i < 80; i++) {
      let f: number;
      let k: number;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[i]) >>> 0;
      e = d;
      d = c;
      c = ((b << 30) | (b >>> 2)) >>> 0;
      b = a;
      a = temp;
    }
    h0 = (h0 + a) >>> 0;
    h1 = (h1 + b) >>> 0;
    h2 = (h2 + c) >>> 0;
    h3 = (h3 + d) >>> 0;
    h4 = (h4 + e) >>> 0;
  }
  return [h0, h1, h2, h3, h4].map((h) => h.toString(16).padStart(8, '0')).join('');
}

/** For tests: the SHA-1 used for %C. */
export const __sha1ForTests = sha1Hex;
