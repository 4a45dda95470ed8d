/** OpenSSH release numbers as `major.minor` strings ("9.2", "10.5"), compared numerically. */
export type Version = string;

/** The releases the knowledge base covers, oldest first. */
export const KNOWN_VERSIONS: readonly Version[] = [
  '6.0',
  '6.1',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
  '6.6',
  '6.7',
  '6.8',
  '6.9',
  '7.0',
  '7.1',
  '7.2',
  '7.3',
  '7.4',
  '7.5',
  '7.6',
  '7.7',
  '7.8',
  '7.9',
  '8.0',
  '8.1',
  '8.2',
  '8.3',
  '8.4',
  '8.5',
  '8.6',
  '8.7',
  '8.8',
  '8.9',
  '9.0',
  '9.1',
  '9.2',
  '9.3',
  '9.4',
  '9.5',
  '9.6',
  '9.7',
  '9.8',
  '9.9',
  '10.0',
  '10.1',
  '10.2',
  '10.3',
  '10.4',
  '10.5',
];

export const OLDEST_VERSION: Version = KNOWN_VERSIONS[0];
export const NEWEST_VERSION: Version = KNOWN_VERSIONS[KNOWN_VERSIONS.length - 1];

const ORDINALS = new Map<Version, number>();

/** A number that sorts like the release: 9.2 → 902. Memoised, since checks compare versions per line. */
function ordinal(version: Version): number {
  let value = ORDINALS.get(version);
  if (value === undefined) {
    const [major, minor] = version.split('.').map(Number);
    value = major * 100 + (minor || 0);
    ORDINALS.set(version, value);
  }
  return value;
}

/** Negative, zero or positive as `a` is older than, the same as, or newer than `b`. */
export function compareVersions(a: Version, b: Version): number {
  return ordinal(a) - ordinal(b);
}

export function isAtLeast(version: Version, floor: Version): boolean {
  return compareVersions(version, floor) >= 0;
}

/**
 * Reads a version from a setting or from `ssh -V` output ("OpenSSH_9.2p1 Debian-2+deb12u6, ...").
 * Returns undefined for anything that is not a version.
 */
export function parseVersion(input: string): Version | undefined {
  const match = /(?:^|OpenSSH_)(\d{1,2})\.(\d{1,2})/.exec(input.trim());
  return match ? `${Number(match[1])}.${Number(match[2])}` : undefined;
}

/** Clamps a version into the covered range, so that unknown future releases behave like the newest one. */
export function clampVersion(version: Version): Version {
  if (compareVersions(version, OLDEST_VERSION) < 0) return OLDEST_VERSION;
  if (compareVersions(version, NEWEST_VERSION) > 0) return NEWEST_VERSION;
  return version;
}
