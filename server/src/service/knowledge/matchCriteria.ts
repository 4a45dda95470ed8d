import type { ConfigLanguage } from '../types';
import type { Version } from './version';

/** Match criteria per file: the release that added each, and whether it takes an argument. */
export interface MatchCriterion {
  name: string;
  since: Version;
  argument: boolean;
  doc: string;
}

export const CLIENT_MATCH_CRITERIA: readonly MatchCriterion[] = [
  { name: 'all', since: '6.5', argument: false, doc: 'Always matches. Must stand alone (or after canonical/final).' },
  {
    name: 'canonical',
    since: '6.8',
    argument: false,
    doc: 'Matches only while ssh re-reads the configuration after canonicalising the host name.',
  },
  { name: 'final', since: '8.0', argument: false, doc: 'Asks ssh for a final re-read of the configuration and matches only during it.' },
  {
    name: 'exec',
    since: '6.5',
    argument: true,
    doc: 'Runs a shell command and matches when it exits with status 0. It runs every time ssh reads the file, even for `ssh -G`.',
  },
  {
    name: 'host',
    since: '6.5',
    argument: true,
    doc: 'Patterns for the target host name after HostName substitution and canonicalisation.',
  },
  { name: 'originalhost', since: '6.5', argument: true, doc: 'Patterns for the host name exactly as typed on the command line.' },
  { name: 'user', since: '6.5', argument: true, doc: 'Patterns for the remote user name known at this point of the file.' },
  { name: 'localuser', since: '6.5', argument: true, doc: 'Patterns for the local user running ssh.' },
  {
    name: 'localnetwork',
    since: '9.4',
    argument: true,
    doc: 'CIDR networks, matched against the addresses of local interfaces that are up.',
  },
  {
    name: 'tagged',
    since: '9.4',
    argument: true,
    doc: 'Patterns for the tag set with `Tag` or `ssh -P`; an empty string matches "no tag".',
  },
  { name: 'version', since: '10.0', argument: true, doc: "Patterns for ssh's own release string, such as OpenSSH_10.*." },
  { name: 'command', since: '10.0', argument: true, doc: 'Patterns for the remote command or subsystem requested.' },
  { name: 'sessiontype', since: '10.0', argument: true, doc: 'shell, exec, subsystem or none: the kind of session requested.' },
];

export const SERVER_MATCH_CRITERIA: readonly MatchCriterion[] = [
  {
    name: 'all',
    since: '6.0',
    argument: false,
    doc: 'Always matches; must be the only criterion. Lines after it apply to every connection.',
  },
  { name: 'user', since: '6.0', argument: true, doc: 'Patterns for the user name being authenticated.' },
  { name: 'group', since: '6.0', argument: true, doc: 'Patterns for the groups of the user being authenticated.' },
  {
    name: 'host',
    since: '6.0',
    argument: true,
    doc: "Patterns for the client's host name (only resolved when UseDNS is yes; otherwise its address).",
  },
  { name: 'address', since: '6.0', argument: true, doc: "Address patterns or CIDR networks for the client's address." },
  {
    name: 'localaddress',
    since: '6.0',
    argument: true,
    doc: 'Address patterns or CIDR networks for the local address the client connected to.',
  },
  { name: 'localport', since: '6.0', argument: true, doc: 'The local port the client connected to (one number).' },
  { name: 'rdomain', since: '7.7', argument: true, doc: 'Patterns for the routing domain the connection arrived on.' },
  { name: 'invalid-user', since: '9.9', argument: false, doc: 'Matches when the user name given by the client does not exist.' },
  { name: 'version', since: '10.0', argument: true, doc: "Patterns for sshd's own release string, such as OpenSSH_10.*." },
];

export function matchCriteria(language: ConfigLanguage): readonly MatchCriterion[] {
  return language === 'ssh_config' ? CLIENT_MATCH_CRITERIA : SERVER_MATCH_CRITERIA;
}
