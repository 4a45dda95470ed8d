import { Disposable, LanguageStatusItem, LanguageStatusSeverity, languages, TextDocument, window, workspace } from 'vscode';
import { BaseLanguageClient, State } from 'vscode-languageclient';

/** The answer to `sshConfig/openSSHVersionInfo`; mirrors server/src/targetVersion.ts. */
interface OpenSSHVersionInfo {
  version: string;
  source: 'setting' | 'detected' | 'newest';
  detail: string;
}

/**
 * A language status item (the `{}` beside the language mode) naming the OpenSSH release the
 * diagnostics follow and where it comes from; its command opens the setting that chooses it.
 */
export class VersionStatus implements Disposable {
  private readonly item: LanguageStatusItem;
  private readonly listeners: Disposable[];
  /** Counts requests, so that a slow answer never overwrites a newer one. */
  private generation = 0;

  constructor(
    private readonly client: BaseLanguageClient,
    selector: Array<{ language: string }>,
    private readonly languageIds: readonly string[],
  ) {
    this.item = languages.createLanguageStatusItem('sshConfig.openSSHVersion', selector);
    this.item.name = 'SSH Config: target OpenSSH release';
    this.item.text = 'OpenSSH';
    this.item.command = { title: 'Choose release', command: 'workbench.action.openSettings', arguments: ['sshConfig.openSSHVersion'] };
    this.listeners = [
      window.onDidChangeActiveTextEditor(() => void this.refresh()),
      workspace.onDidOpenTextDocument((document) => {
        if (document === window.activeTextEditor?.document) void this.refresh(); // e.g. a language mode change
      }),
      workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sshConfig.openSSHVersion')) void this.refresh();
      }),
      // The first refresh comes with the first Running state.
      client.onDidChangeState((event) => {
        if (event.newState === State.Running) void this.refresh();
        else if (event.newState === State.Stopped) this.showNotRunning();
      }),
    ];
  }

  async refresh(): Promise<void> {
    const document: TextDocument | undefined = window.activeTextEditor?.document;
    if (!document || !this.languageIds.includes(document.languageId)) return;
    const generation = ++this.generation;
    if (!this.client.isRunning()) {
      this.showNotRunning();
      return;
    }
    this.item.busy = true;
    try {
      const info = await this.client.sendRequest<OpenSSHVersionInfo>('sshConfig/openSSHVersionInfo', { uri: document.uri.toString() });
      if (generation === this.generation) this.show(`OpenSSH ${info.version}`, info.detail, LanguageStatusSeverity.Information);
    } catch (error) {
      if (generation === this.generation)
        this.show('OpenSSH ?', `the language server did not answer: ${String(error)}`, LanguageStatusSeverity.Warning);
    } finally {
      if (generation === this.generation) this.item.busy = false;
    }
  }

  private showNotRunning(): void {
    this.generation++; // an answer still on its way is stale now
    this.item.busy = false;
    this.show(
      'OpenSSH',
      'the language server is not running; SSH Config: Restart Language Server starts it',
      LanguageStatusSeverity.Warning,
    );
  }

  private show(text: string, detail: string, severity: LanguageStatusSeverity): void {
    this.item.text = text;
    this.item.detail = detail;
    this.item.severity = severity;
  }

  dispose(): void {
    this.listeners.forEach((listener) => listener.dispose());
    this.item.dispose();
  }
}
