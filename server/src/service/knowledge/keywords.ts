import { internalized } from '../utils/strings';
import type { ConfigLanguage } from '../types';
import { CLIENT_KEYWORDS } from './clientKeywords';
import { SERVER_KEYWORDS } from './serverKeywords';
import type { KeywordInfo, KeywordState, Timeline, ValueSpec, Vendor } from './types';
import { compareVersions, Version } from './version';

/** Lookup tables over the keyword data, built once. */

/** Every field a keyword's facts can have, in one order (the compiler insists on all of them). */
const INFO_LAYOUT: Record<keyof KeywordInfo, undefined> = {
  name: undefined,
  file: undefined,
  history: undefined,
  aliasOf: undefined,
  replacedBy: undefined,
  value: undefined,
  defaultValue: undefined,
  matchAllowed: undefined,
  repeat: undefined,
  ignoresScope: undefined,
  buildFeature: undefined,
  vendor: undefined,
  environment: undefined,
  counterpart: undefined,
  doc: undefined,
};
const VALUE_LAYOUT = {
  kind: undefined,
  values: undefined,
  caseSensitive: undefined,
  caseInsensitiveSince: undefined,
  none: undefined,
  min: undefined,
  max: undefined,
  nonEmpty: undefined,
  syntax: undefined,
};

const BY_FILE: Record<ConfigLanguage, ReadonlyMap<string, KeywordInfo>> = {
  ssh_config: indexByName(CLIENT_KEYWORDS),
  sshd_config: indexByName(SERVER_KEYWORDS),
};

function indexByName(list: readonly KeywordInfo[]): ReadonlyMap<string, KeywordInfo> {
  const map = new Map<string, KeywordInfo>();
  for (const info of list) map.set(internalized(info.name.toLowerCase()), uniformLayout(info));
  return map;
}

/**
 * The same facts with every field present, in one order. The checks read these objects for every
 * directive, and V8 reads a field fast only where it meets a few object layouts; written as
 * literals with only the fields they need, the tables have dozens. Spreading over the layout
 * keeps any field the layout lacks (a test then finds the layouts differ).
 */
function uniformLayout(info: KeywordInfo): KeywordInfo {
  return { ...INFO_LAYOUT, ...info, value: { ...VALUE_LAYOUT, ...info.value } as ValueSpec };
}

export function otherFile(language: ConfigLanguage): ConfigLanguage {
  return language === 'ssh_config' ? 'sshd_config' : 'ssh_config';
}

/** The keyword as this file knows it in any release, by lower-cased name. */
export function lookupKeyword(language: ConfigLanguage, name: string): KeywordInfo | undefined {
  return BY_FILE[language].get(name);
}

export function allKeywords(language: ConfigLanguage): Iterable<KeywordInfo> {
  return BY_FILE[language].values();
}

/** The value of a timeline at a release, or undefined before its first entry. */
export function atVersion<T>(timeline: Timeline<T>, version: Version): T | undefined {
  let value: T | undefined;
  for (const [from, state] of timeline) {
    if (compareVersions(version, from) < 0) break;
    value = state;
  }
  return value;
}

/** Each vendor patch: what to call it, and the systems whose OpenSSH carries it (for messages and hovers). */
export const VENDORS: Record<Vendor, { label: string; carriers: string }> = {
  debian: { label: 'Debian addition', carriers: 'Debian and Ubuntu' },
  gssapi: { label: 'GSSAPI key-exchange patch', carriers: 'Debian, Ubuntu, Red Hat, Fedora, SUSE and Solaris' },
};

/** What the release does with the keyword; undefined when it has never heard of it (yet). */
export function stateAt(info: KeywordInfo, version: Version): KeywordState | undefined {
  return atVersion(info.history, version);
}

/** The first release that knows the keyword. */
export function firstVersion(info: KeywordInfo): Version {
  return info.history[0][0];
}

/** The canonical keyword an alias stands for (itself when it is not an alias). */
export function canonical(info: KeywordInfo): KeywordInfo {
  return (info.aliasOf && lookupKeyword(info.file, info.aliasOf.toLowerCase())) || info;
}

/** sshd: whether the release accepts the keyword inside a Match block. */
export function allowedInMatch(info: KeywordInfo, version: Version): boolean {
  return info.matchAllowed ? atVersion(info.matchAllowed, version) === true : false;
}

/** A keyword as one release sees it, resolved once per (file, release). */
export interface KeywordAtVersion {
  info: KeywordInfo;
  state: KeywordState | undefined;
  /** The option it sets: the canonical keyword lower-cased (ProxyJump and ProxyCommand share one). */
  option: string;
  inMatch: boolean;
}

const TABLES = new Map<string, ReadonlyMap<string, KeywordAtVersion>>();

/** Every keyword of the file, resolved for one release: O(1) lookups on the hot path. */
export function keywordsAt(language: ConfigLanguage, version: Version): ReadonlyMap<string, KeywordAtVersion> {
  const key = `${language}@${version}`;
  let table = TABLES.get(key);
  if (!table) {
    const map = new Map<string, KeywordAtVersion>();
    for (const [name, info] of BY_FILE[language]) {
      const canonicalName = canonical(info).name.toLowerCase();
      const option = canonicalName === 'proxyjump' || canonicalName === 'proxycommand' ? 'proxy' : canonicalName;
      map.set(name, { info, state: stateAt(info, version), option: internalized(option), inMatch: allowedInMatch(info, version) });
    }
    table = map;
    TABLES.set(key, table);
  }
  return table;
}
