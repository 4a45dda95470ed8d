import { clampVersion, NEWEST_VERSION, parseVersion, Version } from './service/knowledge/version';

/**
 * Decides which OpenSSH release the diagnostics follow: the `sshConfig.openSSHVersion` setting,
 * else the installed release (`ssh -V`, asked once), else the newest release the server knows.
 * Detection is skipped where it would start a program the user has not trusted, or cannot.
 */

/** What the `sshConfig/openSSHVersionInfo` request answers; the client's status item shows it. */
export interface OpenSSHVersionInfo {
  version: Version;
  source: 'setting' | 'detected' | 'newest';
  /** One plain-text line for people: where the version comes from, or why it was not detected. */
  detail: string;
}

export interface VersionDetection {
  /** The installed release ("9.2"), where the platform can ask `ssh -V`. */
  detect?(): Promise<string | undefined>;
  /** Why there is no `detect` here, e.g. in a browser. */
  unavailableReason?: string;
}

/** What the client may pass in `initializationOptions`. */
export interface VersionInitOptions {
  /** `false` in an untrusted workspace: then no program is started. */
  trusted?: boolean;
  /** A release the editor already knows; used instead of detection. */
  openSSHVersion?: string;
}

interface Detection {
  version?: Version;
  detail: string;
}

export class TargetVersion {
  private detection: Promise<Detection> | undefined;
  /** The platform's answer: asked once per server, whatever the client re-sends or changes. */
  private installed: Promise<string | undefined> | undefined;
  private trusted = true;
  private given: Version | undefined;

  constructor(
    private readonly platform: VersionDetection,
    private readonly log: (line: string) => void,
  ) {}

  /** Reads the client's `initializationOptions`; returns what was ignored, and why, for the log. */
  configure(options: unknown): string[] {
    const problems: string[] = [];
    const { trusted, openSSHVersion } = (options && typeof options === 'object' ? options : {}) as VersionInitOptions &
      Record<string, unknown>;
    this.trusted = trusted !== false;
    if (trusted !== undefined && trusted !== null && typeof trusted !== 'boolean')
      problems.push(`trusted = ${JSON.stringify(trusted)} (true or false)`);
    this.given = undefined;
    if (typeof openSSHVersion === 'string') this.given = parseVersion(openSSHVersion);
    else if (openSSHVersion !== undefined && openSSHVersion !== null)
      problems.push(`openSSHVersion = ${JSON.stringify(openSSHVersion)} (a release such as "9.2", as a string)`);
    this.detection = undefined;
    return problems;
  }

  /** `setting` is the raw `sshConfig.openSSHVersion` value: empty or `auto` means detect. */
  async resolve(setting: string | undefined): Promise<OpenSSHVersionInfo> {
    const configured = typeof setting === 'string' && setting !== 'auto' ? parseVersion(setting) : undefined;
    if (configured) return { version: clampVersion(configured), source: 'setting', detail: 'set by the setting sshConfig.openSSHVersion' };
    const found = await this.detected();
    if (found.version) return { version: clampVersion(found.version), source: 'detected', detail: found.detail };
    return { version: NEWEST_VERSION, source: 'newest', detail: `${found.detail}; assuming the newest release known, ${NEWEST_VERSION}` };
  }

  private detected(): Promise<Detection> {
    this.detection ??= this.detect().then((result) => {
      this.log(
        `Target OpenSSH release: ${result.version ?? NEWEST_VERSION} (${result.detail}). The setting sshConfig.openSSHVersion overrides it.`,
      );
      return result;
    });
    return this.detection;
  }

  private async detect(): Promise<Detection> {
    if (this.given) return { version: this.given, detail: 'given by the editor at start-up' };
    if (!this.trusted) return { detail: 'not detected: ssh -V is not run in an untrusted workspace' };
    const { detect } = this.platform;
    if (!detect) return { detail: `not detected: ${this.platform.unavailableReason ?? 'this platform cannot run ssh -V'}` };
    this.installed ??= detect().catch(() => undefined);
    const version = await this.installed;
    return version
      ? { version, detail: 'detected from ssh -V' }
      : { detail: 'not detected: ssh -V gave no version (is OpenSSH installed?)' };
  }
}
