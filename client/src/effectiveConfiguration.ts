import {
  commands,
  Disposable,
  DocumentLink,
  DocumentLinkProvider,
  EventEmitter,
  InputBox,
  languages,
  ProgressLocation,
  QuickInputButton,
  QuickPickItem,
  QuickPickItemKind,
  Range,
  TextDocument,
  TextDocumentContentProvider,
  ThemeIcon,
  Uri,
  window,
  workspace,
} from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  EFFECTIVE_CONFIGURATION_REQUEST,
  HOST_CANDIDATES_REQUEST,
  type EffectiveConfigurationParams,
  type EffectiveConfigurationResult,
} from '../../server/src/protocol/effectiveConfiguration';

/**
 * "SSH: Show Effective Configuration…": the configuration ssh would use for a destination (or sshd
 * for a connection), as `ssh -G` (`sshd -T`) prints it, computed by the server from the file and
 * what it includes. Shown as a read-only document (scheme `ssh-effective`) whose `# file:line`
 * comments link to the lines the values come from. On the desktop, in a trusted workspace and only
 * on request, "Compare with ssh -G" runs OpenSSH itself and diffs its output with ours; the process
 * is started by the desktop entry (`RunOpenSSH`), so that the browser build never contains it.
 */

export const EFFECTIVE_SCHEME = 'ssh-effective';

/** What the desktop entry runs: `ssh -G -F file destination` or `sshd -T -f file [-C connection]`. */
export interface OpenSSHRequest {
  program: 'ssh' | 'sshd';
  /** The config file on the disk. */
  file: string;
  /** ssh: `host` or `user@host`. */
  destination?: string;
  /** sshd: the `-C` spec; empty for none. */
  connection?: string;
}

export interface OpenSSHOutput {
  /** The command line as run, for titles and messages. */
  command: string;
  stdout: string;
  stderr: string;
}

/** Runs OpenSSH; rejects with an Error whose message says plainly what failed (stderr included). */
export type RunOpenSSH = (request: OpenSSHRequest) => Promise<OpenSSHOutput>;

/** Which document a `ssh-effective:` URI shows; kept in its query, so that the view can be computed again. */
interface ViewQuery {
  /** The ssh_config or sshd_config document the view is about. */
  source: string;
  /** ssh_config: the destination. */
  host?: string;
  /** sshd_config: the connection spec ('' for none). */
  connection?: string;
  /** `view`: the annotated view; `ours` / `openssh`: the two sides of a comparison. */
  kind: 'view' | 'ours' | 'openssh';
}

const DEFAULT_CONNECTION = 'user=root,host=client.example.com,addr=192.0.2.1';
const SPEC_KEYS = ['user', 'host', 'addr', 'laddr', 'lport', 'rdomain'];
const COMPARE_BUTTON_ICON = new ThemeIcon('diff');
const KEEP = 50;

/** Why `spec` is not a connection sshd -T -C takes, or undefined when it is (empty: no connection). */
export function connectionSpecProblem(spec: string): string | undefined {
  if (spec.trim() === '') return undefined;
  for (const part of spec.split(',').map((p) => p.trim())) {
    if (part === 'invalid-user') continue;
    const equals = part.indexOf('=');
    if (equals <= 0 || !SPEC_KEYS.includes(part.slice(0, equals)))
      return `"${part}" is not user=…, host=…, addr=…, laddr=…, lport=…, rdomain=… or invalid-user`;
  }
  return undefined;
}

/** Why `destination` is not one destination ssh takes, or undefined. */
export function destinationProblem(destination: string): string | undefined {
  if (destination === '') return 'Type a host name, or user@host.';
  if (/\s/.test(destination)) return 'One destination, without spaces.';
  if (destination.startsWith('-')) return 'A destination cannot start with "-" (ssh would read it as an option).';
  return undefined;
}

function isSshd(document: TextDocument): boolean {
  return document.languageId === 'sshd_config';
}

function encode(query: ViewQuery, title: string): Uri {
  // The path is what the tab shows; the query says what to compute.
  const label = title.replace(/[/\\]/g, '_');
  const suffix = query.kind === 'view' ? '' : query.kind === 'ours' ? ' (editor)' : ' (OpenSSH)';
  return Uri.from({ scheme: EFFECTIVE_SCHEME, path: `/${label}${suffix}`, query: JSON.stringify(query) });
}

function decode(uri: Uri): ViewQuery | undefined {
  if (uri.scheme !== EFFECTIVE_SCHEME) return undefined;
  try {
    const query = JSON.parse(uri.query) as ViewQuery;
    return typeof query.source === 'string' && ['view', 'ours', 'openssh'].includes(query.kind) ? query : undefined;
  } catch {
    return undefined;
  }
}

function isError(answer: EffectiveConfigurationResult | { error: string }): answer is { error: string } {
  return typeof (answer as { error?: unknown }).error === 'string';
}

/** The annotated view: a header of comments, then the lines of `text`. */
function render(result: EffectiveConfigurationResult, sshd: boolean): { text: string; headerLines: number } {
  const header = [
    `# ${result.title}: the configuration ${sshd ? 'sshd' : 'ssh'} would use, as OpenSSH ${result.version} prints it.`,
    '# Computed by the editor from the files; nothing was run. Files read:',
    ...result.files.map((file) => `#   ${file}`),
  ];
  if (result.undecided.length) {
    header.push('# Match lines the editor cannot decide, counted as not matching:', ...result.undecided.map((line) => `#   ${line}`));
  }
  if (result.truncated) header.push('# Incomplete: a limit was reached while reading the files.');
  header.push('# After each value, the file and line it comes from (a link to that line), or (default).', '');
  return { text: `${header.join('\n')}\n${result.text.replace(/\n?$/, '\n')}`, headerLines: header.length };
}

export function registerEffectiveConfiguration(
  client: BaseLanguageClient,
  languageIds: readonly string[],
  runOpenSSH?: RunOpenSSH,
): Disposable {
  const changed = new EventEmitter<Uri>();
  /**
   * The content of the `ssh-effective:` documents handed out, and for views their result. Kept when
   * VS Code closes a document (it does so on a change of language too), the oldest dropped after
   * KEEP: one entry per command run, a few kilobytes each.
   */
  const contents = new Map<string, string>();
  const views = new Map<string, { result: EffectiveConfigurationResult; headerLines: number }>();
  const keep = <V>(map: Map<string, V>, key: string, value: V) => {
    map.delete(key);
    map.set(key, value);
    if (map.size > KEEP) map.delete(map.keys().next().value!);
  };

  const request = async (query: ViewQuery): Promise<EffectiveConfigurationResult | { error: string }> => {
    const source = Uri.parse(query.source, true);
    // The server answers about open documents: open the source again if it was closed meanwhile.
    await workspace.openTextDocument(source);
    const params: EffectiveConfigurationParams =
      query.connection !== undefined ? { uri: query.source, connection: query.connection } : { uri: query.source, host: query.host };
    try {
      return await client.sendRequest<EffectiveConfigurationResult | { error: string }>(EFFECTIVE_CONFIGURATION_REQUEST, params);
    } catch (error) {
      return { error: `The language server did not answer: ${error instanceof Error ? error.message : String(error)}` };
    }
  };

  /** Computes a view (or the editor's side of a comparison) and keeps its content for the provider. */
  const compute = async (query: ViewQuery): Promise<{ uri: Uri; result: EffectiveConfigurationResult } | { error: string }> => {
    const answer = await request(query);
    if (isError(answer)) return answer;
    const uri = encode(query, answer.title);
    if (query.kind === 'view') {
      const sshd = query.connection !== undefined;
      const { text, headerLines } = render(answer, sshd);
      keep(contents, uri.toString(), text);
      keep(views, uri.toString(), { result: answer, headerLines });
    } else {
      keep(contents, uri.toString(), answer.plain.replace(/\n?$/, '\n'));
    }
    return { uri, result: answer };
  };

  const provider: TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(uri: Uri): Promise<string> {
      const known = contents.get(uri.toString());
      if (known !== undefined) return known;
      const query = decode(uri);
      // OpenSSH's side of a comparison is not kept across reloads: run the comparison again.
      if (!query || query.kind === 'openssh') return '# Nothing to show: run the command again.\n';
      const computed = await compute(query).catch((error: unknown) => ({ error: String(error) }));
      return 'error' in computed ? `# ${computed.error}\n` : contents.get(uri.toString())!;
    },
  };

  const links: DocumentLinkProvider = {
    provideDocumentLinks(document: TextDocument): DocumentLink[] {
      const view = views.get(document.uri.toString());
      if (!view) return [];
      const found: DocumentLink[] = [];
      for (const link of view.result.links) {
        const line = view.headerLines + link.line;
        if (line >= document.lineCount) continue;
        const text = document.lineAt(line).text;
        // The origin comment closes the line: link it, not the value.
        const start = Math.max(text.lastIndexOf('# '), 0);
        let target: Uri;
        try {
          target = Uri.parse(link.uri, true).with({ fragment: `L${link.targetLine + 1}` });
        } catch {
          continue;
        }
        const item = new DocumentLink(new Range(line, start, line, text.length), target);
        item.tooltip = `Open ${text.slice(start + 2).replace(/:\d+$/, '')} at line ${link.targetLine + 1}`;
        found.push(item);
      }
      return found;
    },
  };

  /** Opens a computed document in the language of its source, whose grammar colours `key value`. */
  const openAs = async (uri: Uri, languageId: string): Promise<TextDocument> => {
    const document = await workspace.openTextDocument(uri);
    return document.languageId === languageId ? document : languages.setTextDocumentLanguage(document, languageId);
  };

  /** The ssh_config or sshd_config document a command is about: its argument, the active view's source, or the active editor. */
  const sourceOf = async (resource: unknown): Promise<TextDocument | undefined> => {
    let uri = resource instanceof Uri ? resource : window.activeTextEditor?.document.uri;
    const query = uri && decode(uri);
    if (query) uri = Uri.parse(query.source, true);
    const document = uri && (await workspace.openTextDocument(uri));
    if (!document || !languageIds.includes(document.languageId)) {
      void window.showInformationMessage('Open an ssh_config or sshd_config file first: the effective configuration is computed from it.');
      return undefined;
    }
    return document;
  };

  const canCompare = (): boolean => runOpenSSH !== undefined && workspace.isTrusted;

  /**
   * Asks for the destination (ssh_config: a Host of the file or anything typed) or the connection
   * (sshd_config); `compare` is set when the user chose "Compare with ssh -G" there instead.
   */
  const ask = async (document: TextDocument): Promise<{ query: ViewQuery; compare: boolean } | undefined> => {
    const source = document.uri.toString();
    if (isSshd(document)) {
      const box: InputBox = window.createInputBox();
      box.title = 'Show Effective Configuration (sshd -T)';
      box.prompt =
        'The connection, as sshd -T -C takes it: user=…,host=…,addr=… (also laddr=, lport=, rdomain=). Empty: no connection, the values sshd starts with.';
      box.value = DEFAULT_CONNECTION;
      const compareButton: QuickInputButton = { iconPath: COMPARE_BUTTON_ICON, tooltip: 'Compare with sshd -T' };
      if (canCompare()) box.buttons = [compareButton];
      return new Promise((resolve) => {
        let answer: { query: ViewQuery; compare: boolean } | undefined;
        const accept = (compare: boolean) => {
          const problem = connectionSpecProblem(box.value);
          if (problem) {
            box.validationMessage = problem;
            return;
          }
          answer = { query: { source, connection: box.value.trim(), kind: 'view' }, compare };
          box.hide();
        };
        const subscriptions = [
          box.onDidChangeValue((value) => (box.validationMessage = connectionSpecProblem(value))),
          box.onDidAccept(() => accept(false)),
          box.onDidTriggerButton(() => accept(true)),
          box.onDidHide(() => {
            subscriptions.forEach((s) => s.dispose());
            box.dispose();
            resolve(answer);
          }),
        ];
        box.show();
      });
    }

    const pick = window.createQuickPick<QuickPickItem & { destination?: string }>();
    pick.title = 'Show Effective Configuration (ssh -G)';
    pick.placeholder = 'A host of the file, or type any destination: host or user@host';
    pick.busy = true;
    const buttons = canCompare() ? [{ iconPath: COMPARE_BUTTON_ICON, tooltip: 'Compare with ssh -G' }] : [];
    let candidates: string[] = [];
    let shownTyped: string | undefined;
    /**
     * The first item is what is typed, or a separator when there is nothing new to offer: the hosts
     * keep their places whatever is typed. VS Code's extension host names items by their index in
     * the last list set, and the workbench answers about the list it had: were the hosts to move
     * down and up as the typed item comes and goes, an answer about the previous list would name
     * the wrong host.
     */
    const update = (force = false) => {
      const value = pick.value.trim();
      const typed = value && !candidates.includes(value) && !destinationProblem(value) ? value : undefined;
      if (!force && typed === shownTyped) return;
      shownTyped = typed;
      const first: QuickPickItem & { destination?: string } = typed
        ? { label: typed, description: 'as typed', destination: typed, alwaysShow: true, buttons }
        : { label: 'hosts of the file and its includes', kind: QuickPickItemKind.Separator };
      pick.items = [first, ...candidates.map((host) => ({ label: host, destination: host, buttons }))];
    };
    void client
      .sendRequest<string[]>(HOST_CANDIDATES_REQUEST, { uri: source })
      .then(
        (hosts) => (candidates = Array.isArray(hosts) ? hosts.filter((h) => typeof h === 'string') : []),
        () => (candidates = []),
      )
      .then(() => {
        pick.busy = false;
        update(true);
      });
    return new Promise((resolve) => {
      let answer: { query: ViewQuery; compare: boolean } | undefined;
      const choose = (destination: string | undefined, compare: boolean) => {
        if (!destination) return;
        answer = { query: { source, host: destination, kind: 'view' }, compare };
        pick.hide();
      };
      const subscriptions = [
        pick.onDidChangeValue(() => update()),
        pick.onDidAccept(() => {
          const typed = pick.value.trim();
          const problem = typed && !pick.selectedItems.length ? destinationProblem(typed) : undefined;
          if (problem) void window.showWarningMessage(problem);
          choose(pick.selectedItems[0]?.destination, false);
        }),
        pick.onDidTriggerItemButton((event) => choose(event.item.destination, true)),
        pick.onDidHide(() => {
          subscriptions.forEach((s) => s.dispose());
          pick.dispose();
          resolve(answer);
        }),
      ];
      update(true);
      pick.show();
    });
  };

  /** Shows the view of `query`; returns its URI (tests and other extensions may read it). */
  const show = async (query: ViewQuery, languageId: string): Promise<Uri | undefined> => {
    const computed = await compute(query);
    if ('error' in computed) {
      void window.showErrorMessage(computed.error);
      return undefined;
    }
    const document = await openAs(computed.uri, languageId);
    changed.fire(computed.uri); // a view shown before shows the new result
    await window.showTextDocument(document, { preview: false });
    return computed.uri;
  };

  const compare = async (query: ViewQuery, languageId: string): Promise<void> => {
    const sshd = query.connection !== undefined;
    const program = sshd ? 'sshd' : 'ssh';
    if (!runOpenSSH) {
      void window.showInformationMessage(
        `Comparing with ${program} ${sshd ? '-T' : '-G'} runs OpenSSH, which the browser build of the extension cannot do.`,
      );
      return;
    }
    if (!workspace.isTrusted) {
      void window.showInformationMessage(`Comparing with ${program} ${sshd ? '-T' : '-G'} starts OpenSSH: trust this workspace first.`);
      return;
    }
    const source = await workspace.openTextDocument(Uri.parse(query.source, true));
    if (source.uri.scheme !== 'file') {
      void window.showErrorMessage(`${program} reads files from the disk, and ${source.uri.toString(true)} is not a file on this machine.`);
      return;
    }
    const ours = await compute({ ...query, kind: 'ours' });
    if ('error' in ours) {
      void window.showErrorMessage(ours.error);
      return;
    }
    // OpenSSH reads the disk: unsaved edits to the file or to a file it includes would differ.
    const read = new Set([source.uri.toString(), ...ours.result.links.map((link) => link.uri)]);
    const unsaved = workspace.textDocuments.filter((document) => document.isDirty && read.has(document.uri.toString()));
    if (unsaved.length) {
      const names = unsaved.map((document) => workspace.asRelativePath(document.uri)).join(', ');
      const save = 'Save and Compare';
      const choice = await window.showWarningMessage(
        `${program} reads the files from the disk, and ${names} has unsaved changes.`,
        { modal: true },
        save,
      );
      if (choice !== save) return;
      for (const document of unsaved) await document.save();
      return compare(query, languageId);
    }
    let output: OpenSSHOutput;
    try {
      output = await window.withProgress(
        { location: ProgressLocation.Notification, title: `Running ${program} ${sshd ? '-T' : '-G'}…` },
        () => runOpenSSH({ program, file: source.uri.fsPath, destination: query.host, connection: query.connection }),
      );
    } catch (error) {
      void window.showErrorMessage(error instanceof Error ? error.message : String(error));
      return;
    }
    const theirs = encode({ ...query, kind: 'openssh' }, ours.result.title);
    keep(contents, theirs.toString(), output.stdout.replace(/\n?$/, '\n'));
    changed.fire(ours.uri);
    changed.fire(theirs);
    await openAs(ours.uri, languageId);
    await openAs(theirs, languageId);
    await commands.executeCommand(
      'vscode.diff',
      ours.uri,
      theirs,
      `${ours.result.title}: the editor's (OpenSSH ${ours.result.version}) ↔ ${program}'s own`,
      { preview: false },
    );
    const said = output.stderr
      .split('\n')
      .map((line) => line.trim())
      // ssh says this whenever its input is not a terminal; it is about the session -G never opens.
      .filter((line) => line && !line.startsWith('Pseudo-terminal will not be allocated'));
    if (said.length) void window.showWarningMessage(`${output.command} also said: ${said.join(' ')}`);
  };

  /** The command's arguments: an explicit destination (or connection) skips the question. */
  const queryFor = async (
    resource: unknown,
    given: unknown,
    viewAnswers: boolean,
  ): Promise<{ query: ViewQuery; compare: boolean; languageId: string } | undefined> => {
    const active = resource instanceof Uri ? resource : window.activeTextEditor?.document.uri;
    const fromView = viewAnswers ? active && decode(active) : undefined;
    const document = await sourceOf(resource);
    if (!document) return undefined;
    if (typeof given === 'string') {
      const query: ViewQuery = isSshd(document)
        ? { source: document.uri.toString(), connection: given, kind: 'view' }
        : { source: document.uri.toString(), host: given, kind: 'view' };
      return { query, compare: false, languageId: document.languageId };
    }
    if (fromView) return { query: { ...fromView, kind: 'view' }, compare: false, languageId: document.languageId };
    const asked = await ask(document);
    return asked && { ...asked, languageId: document.languageId };
  };

  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** Open views follow edits of the files they are computed from. */
  const refresh = async (): Promise<void> => {
    for (const document of workspace.textDocuments) {
      const query = decode(document.uri);
      if (query?.kind !== 'view') continue;
      const computed = await compute(query).catch(() => undefined);
      if (computed && !('error' in computed)) changed.fire(document.uri);
    }
  };

  // The comparison is offered where the Node entry runs (desktop VS Code, a remote, code-server),
  // whatever runs the workbench: code-server's is a browser page, so `isWeb` cannot tell.
  void commands.executeCommand('setContext', 'sshConfig.canRunOpenSSH', runOpenSSH !== undefined);

  return Disposable.from(
    changed,
    workspace.registerTextDocumentContentProvider(EFFECTIVE_SCHEME, provider),
    languages.registerDocumentLinkProvider({ scheme: EFFECTIVE_SCHEME }, links),
    workspace.onDidChangeTextDocument((event) => {
      if (event.document.uri.scheme === EFFECTIVE_SCHEME || !languageIds.includes(event.document.languageId)) return;
      if (!workspace.textDocuments.some((document) => decode(document.uri)?.kind === 'view')) return;
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => void refresh(), 500);
    }),
    { dispose: () => clearTimeout(refreshTimer) },
    commands.registerCommand('sshConfig.showEffectiveConfiguration', async (resource?: unknown, given?: unknown) => {
      const chosen = await queryFor(resource, given, false);
      if (!chosen) return undefined;
      if (chosen.compare) {
        await compare(chosen.query, chosen.languageId);
        return undefined;
      }
      return show(chosen.query, chosen.languageId);
    }),
    commands.registerCommand('sshConfig.compareWithOpenSSH', async (resource?: unknown, given?: unknown) => {
      const chosen = await queryFor(resource, given, true);
      if (chosen) await compare(chosen.query, chosen.languageId);
    }),
  );
}

/** Whether a document is one of ours: the language server is kept out of them (they are not config files to check). */
export function isEffectiveConfigurationDocument(uri: Uri): boolean {
  return uri.scheme === EFFECTIVE_SCHEME;
}
