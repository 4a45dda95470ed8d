import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { displayPath, formatExplanation, parseConnectionSpec } from './service/evaluation/explain';
import type { ConfigTree } from './service/include/loader';
import { DEBIAN_BUILD, UPSTREAM_BUILD } from './service/knowledge/clientOutput';
import { DEBIAN_SERVER_BUILD, UPSTREAM_SERVER_BUILD } from './service/knowledge/serverOutput';
import type { LanguageService, ServiceSettings } from './service/types';
import { uriOfPath } from './service/utils/uris';
import {
  EFFECTIVE_CONFIGURATION_REQUEST,
  HOST_CANDIDATES_REQUEST,
  type EffectiveConfigurationParams,
  type EffectiveConfigurationResult,
} from './protocol/effectiveConfiguration';

/**
 * The requests behind "SSH: Show Effective Configuration…": the destinations a file names, and the
 * configuration ssh (or sshd) would use, as `ssh -G` (`sshd -T`) prints it, with a link from each
 * value to the line it comes from. Computed from the files; nothing is run.
 */

export interface EffectiveConfigurationHost {
  service: LanguageService;
  documents: { get(uri: string): TextDocument | undefined };
  settingsFor(uri: string): Promise<ServiceSettings>;
  /** The tree of an open document, as its current text includes it. */
  treeOf(document: TextDocument, settings: ServiceSettings): Promise<ConfigTree>;
  /** The user's home directory ($HOME: Include globs, and `~` in what is shown) and name, where the platform tells them. */
  homeDirectory?: string;
  userName?: string;
  /** The home directory of the user's passwd entry, which ssh puts for `~` in values (IdentityFile…); homeDirectory when absent. */
  passwdHomeDirectory?: string;
  /** Which build's extra lines and defaults to print (Debian's where the system is Debian-like). */
  build?: 'debian' | 'upstream';
}

export function registerEffectiveConfiguration(connection: Connection, host: EffectiveConfigurationHost): void {
  connection.onRequest(HOST_CANDIDATES_REQUEST, async (params: { uri?: unknown } | null): Promise<string[]> => {
    const document = typeof params?.uri === 'string' ? host.documents.get(params.uri) : undefined;
    if (!document) return [];
    const settings = await host.settingsFor(document.uri);
    return host.service.hostCandidates(await host.treeOf(document, settings));
  });

  connection.onRequest(
    EFFECTIVE_CONFIGURATION_REQUEST,
    async (params: EffectiveConfigurationParams | null): Promise<EffectiveConfigurationResult | { error: string }> => {
      const document = typeof params?.uri === 'string' ? host.documents.get(params.uri) : undefined;
      if (!document) return { error: 'Open an ssh_config or sshd_config file first.' };
      const settings = await host.settingsFor(document.uri);
      const tree = await host.treeOf(document, settings);
      const debian = host.build === 'debian';
      let explanation;
      let title: string;
      if (tree.language === 'sshd_config') {
        const spec = parseConnectionSpec(typeof params?.connection === 'string' ? params.connection : '');
        if (typeof spec === 'string') return { error: spec };
        explanation = host.service.explain(
          tree,
          { server: spec, options: { build: debian ? DEBIAN_SERVER_BUILD : UPSTREAM_SERVER_BUILD } },
          settings,
        );
        title = spec ? `sshd -T -C ${params!.connection}` : 'sshd -T';
      } else {
        const destination = typeof params?.host === 'string' ? params.host.trim() : '';
        if (!destination || /\s/.test(destination)) return { error: 'Give one destination: a host name, or user@host.' };
        const at = destination.lastIndexOf('@');
        const name = at > 0 ? destination.slice(at + 1) : destination;
        explanation = host.service.explain(
          tree,
          {
            host: name,
            user: at > 0 ? destination.slice(0, at) : undefined,
            localUser: host.userName ?? 'user',
            homeDirectory: host.passwdHomeDirectory ?? host.homeDirectory ?? '~',
            options: { build: debian ? DEBIAN_BUILD : UPSTREAM_BUILD },
          },
          settings,
        );
        title = `ssh -G ${destination}`;
      }
      const text = formatExplanation(explanation.lines, true, host.homeDirectory);
      const links = explanation.lines.flatMap((line, index) =>
        line.origin ? [{ line: index, uri: uriOfPath(document.uri, line.origin.path), targetLine: line.origin.line }] : [],
      );
      return {
        title,
        version: settings.openSSHVersion,
        text,
        plain: formatExplanation(explanation.lines, false),
        links,
        files: explanation.files.map((path) => displayPath(path, host.homeDirectory)),
        undecided: explanation.undecided.map(
          ({ origin, reason }) => `${displayPath(origin.path, host.homeDirectory)} line ${origin.line + 1}: ${reason}`,
        ),
        truncated: explanation.truncated,
      };
    },
  );
}
