import { firstVersion, VENDORS } from '../knowledge/keywords';
import { matchCriteria } from '../knowledge/matchCriteria';
import type { KeywordInfo, SpecialSyntax, ValueWord } from '../knowledge/types';
import { compareVersions, NEWEST_VERSION, type Version } from '../knowledge/version';
import { FLAG_WORDS, isAlias, knowsWord, specialWords, tokensAt, wordReleases } from '../knowledge/words';
import type { ConfigLanguage } from '../types';

/** Short descriptions of value syntaxes and release history, for hovers. */

/** The shape of each special syntax; its words, if it has any, come from the knowledge base. */
const SPECIAL: Record<SpecialSyntax, string> = {
  ciphers: 'comma-separated cipher names; a leading + adds to, - removes from, ^ puts in front of the default list',
  macs: 'comma-separated MAC names; leading +, - or ^ edit the default list',
  kexAlgorithms: 'comma-separated key-exchange names; leading +, - or ^ edit the default list',
  keyAlgorithms: 'comma-separated key/signature algorithm names (wildcards allowed); leading +, - or ^ edit the default list',
  ipqos: 'one or two DSCP classes or numbers 0–255: interactive traffic first, then bulk',
  rekeyLimit: 'a data size (e.g. 1G, 500M), optionally followed by a time (e.g. 1h)',
  channelTimeout: 'type=interval pairs (e.g. session:*=30m global=1h)',
  octalMask: 'an octal umask such as 0177',
  setEnv: 'NAME=VALUE pairs',
  envPatterns: 'environment variable names, wildcards allowed',
  logVerbose: 'patterns of source file:function:line for extra logging',
  gssapiKexAlgorithms: 'comma-separated GSSAPI key-exchange methods, each a `gss-…-` prefix',
  include: 'one or more files or globs',
  host: 'whitespace-separated host patterns (*, ?, ! to exclude)',
  clientMatch: 'criteria, each followed by its argument where it takes one',
  addKeysToAgent: 'a word, a lifetime (e.g. 1h), or confirm and a lifetime',
  controlPersist: 'a word, or how long the idle master stays (e.g. 10m)',
  escapeChar: 'a single character, or ^ and a letter',
  localForward: '[bind_address:]port host:hostport (or Unix socket paths)',
  remoteForward: '[bind_address:]port host:hostport, or just a port for a SOCKS proxy',
  dynamicForward: '[bind_address:]port',
  tunnelDevice: 'local_tun[:remote_tun], each a number or a word',
  obscureKeystrokeTiming: 'a word, or interval:milliseconds',
  sendEnv: 'environment variable names or patterns; a leading - removes earlier ones',
  canonicalizePermittedCNAMEs: 'source_domains:target_domains rules',
  forwardAgent: 'a word, an agent socket path, or $VARIABLE',
  identityAgent: 'a socket path, $VARIABLE, or a word',
  permitRemoteOpen: 'host:port destinations (* wildcards allowed), or a word alone',
  proxyJump: 'comma-separated [user@]host[:port] jump hosts or ssh:// URIs',
  knownHostsFiles: 'one or more files',
  canonicalDomains: 'domain names to try as suffixes',
  serverMatch: 'criteria, each followed by its argument where it takes one',
  maxStartups: 'N, or start:rate:full for random early drop',
  perSourceNetBlockSize: 'IPv4 prefix length[:IPv6 prefix length]',
  perSourcePenalties: 'name:value settings such as authfail:5s max:10m, or yes or no alone',
  permitOpen: 'host:port destinations, or a word alone',
  permitListen: 'ports or host:port listen addresses, or a word alone',
  listenAddress: 'address, address:port or [address]:port, optionally followed by rdomain NAME',
  subsystem: 'a name, then the command that serves it',
  absoluteCommand: 'an absolute command path with arguments',
  permitUserEnvironment: 'a word, or a list of variable-name patterns',
  authenticationMethods: 'comma-separated method chains that must all succeed, or any alone',
  rdomain: 'a routing domain name or %D',
  pubkeyAuthOptions: 'one or more words',
  intOrNone: 'a whole number',
};

/** Docs up to this length are shown beside their word. */
const SHORT_DOC = 80;

/**
 * A keyword's value syntax, its words from the knowledge base and the `%` tokens it expands. Given
 * the target release, words and tokens that release does not know are marked so.
 */
export function describeValue(info: KeywordInfo, language: ConfigLanguage, version?: Version): string {
  return describeShape(info, language, version) + describeTokens(info, language, version);
}

function describeShape(info: KeywordInfo, language: ConfigLanguage, version: Version | undefined): string {
  const spec = info.value;
  switch (spec.kind) {
    case 'flag': {
      const words = FLAG_WORDS[language].words;
      const aliases = words.filter(isAlias);
      return (
        words
          .filter((w) => !isAlias(w))
          .map(code)
          .join(' | ') + (aliases.length ? ` (also ${aliases.map(code).join(' | ')})` : '')
      );
    }
    case 'enum': {
      // One word a line, with its doc: the lines join the hover's facts, which end in hard breaks.
      const lines = spec.values.map((w) => `  \n${code(w)}${wordNote(w, info, version, true)}`);
      return `one of${spec.caseSensitive ? ' (case matters)' : ''}:${lines.join('')}`;
    }
    case 'time':
      return `a time interval: seconds, or pieces like \`5m\`, \`1h30m\` (units s, m, h, d, w)${spec.none ? ', or `none`' : ''}`;
    case 'int':
      return `a whole number${spec.min !== undefined || spec.max !== undefined ? ` from ${spec.min ?? 0} to ${spec.max ?? 2147483647}` : ''}`;
    case 'port':
      return 'a port number (1–65535) or service name';
    case 'string':
      return 'one word (quote it if it has spaces)';
    case 'path':
      return 'a path; `~` and `%` tokens are expanded where OpenSSH allows them';
    case 'list':
      return spec.max === 1 ? 'one word' : 'one or more words';
    case 'command':
      return 'a command: the rest of the line, taken as written (a `#` does not start a comment here)';
    case 'special': {
      const shape = SPECIAL[spec.syntax];
      if (spec.syntax === 'clientMatch' || spec.syntax === 'serverMatch') {
        const criteria = matchCriteria(language).map((c) => ({ word: c.name, doc: c.doc, since: c.since }));
        return `${shape}: ${criteria.map((c) => code(c) + wordNote(c, info, version, false)).join(', ')}`;
      }
      const words = specialWords(spec.syntax);
      if (!words) return shape;
      const listed = words.words.map((w) => code(w) + wordNote(w, info, version, false)).join(', ');
      return `${shape}; words${words.caseSensitive ? ' (case matters)' : ''}: ${listed}`;
    }
  }
}

const code = (word: ValueWord) => `\`${word.word}\``;

/** " — doc (7.6+)", or " (not in OpenSSH 7.5: 7.6+)": the doc when short and wanted, and the releases that know the word. */
function wordNote(word: ValueWord, info: KeywordInfo, version: Version | undefined, withDoc: boolean): string {
  const doc = withDoc && word.doc.length <= SHORT_DOC ? ` — ${word.doc}` : '';
  if (version && !knowsWord(word, version)) return `${doc} (not in OpenSSH ${version}: ${wordReleases(word)})`;
  // A word as old as its keyword needs no note.
  const newer = !!word.removed || (!!word.since && compareVersions(word.since, firstVersion(info)) > 0);
  return newer ? `${doc} (${wordReleases(word)})` : doc;
}

/** "  \nTokens: `%%` `%h` …" for a keyword that expands `%` tokens, in the given release or the newest one. */
function describeTokens(info: KeywordInfo, language: ConfigLanguage, version: Version | undefined): string {
  const tokens = tokensAt(language, info.aliasOf ?? info.name, version ?? NEWEST_VERSION);
  return tokens ? `  \nTokens: ${tokens.map((t) => `\`${t}\``).join(' ')}` : '';
}

const STATE_WORDS = {
  active: 'added in',
  deprecated: 'deprecated in',
  unsupported: 'unsupported from',
  ignored: 'ignored from',
  removed: 'removed in',
} as const;

/** "OpenSSH 7.3 and newer", "added in 6.0 or earlier · deprecated in 7.6". */
export function describeHistory(info: KeywordInfo): string {
  const steps = info.history.map(([version, state], index) => {
    if (index === 0 && state === 'active') return version === '6.0' ? 'in every OpenSSH since 6.0' : `OpenSSH ${version} and newer`;
    return `${STATE_WORDS[state]} ${version}`;
  });
  return `Releases: ${steps.join(' · ')}${info.vendor ? ` (only the OpenSSH of ${VENDORS[info.vendor].carriers})` : ''}`;
}
