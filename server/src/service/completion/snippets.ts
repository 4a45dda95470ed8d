import { CompletionItem, CompletionItemKind, InsertTextFormat, MarkupKind, TextEdit } from 'vscode-languageserver-types';
import { blockBodyIndentation, lineEnding } from '../codeActions/textLayout';
import type { CompletionContext } from './context';

/**
 * Snippets at the start of a line: a new Host block, a Match block, and the recommended keepalive
 * with the values of the `sshConfig.keepalive.*` settings. In ssh_config the keepalive block is a
 * `Host *` block, which belongs at the end of the file (ssh keeps the first value it obtains); in
 * sshd_config it is two global lines, which belong above the first Match block.
 */
export function snippetItems(context: CompletionContext): CompletionItem[] {
  const { config, cursor, keepalive } = context;
  const indent = blockBodyIndentation(config);
  const eol = lineEnding(config.text);
  const client = config.language === 'ssh_config';
  const values = keepalive[config.language];
  const snippets: Array<{ label: string; body: string[]; plain: string[]; doc: string }> = [];
  if (client) {
    snippets.push({
      label: 'Host block',
      body: ['Host ${1:alias}', `${indent}HostName \${2:host.example.com}`, `${indent}User \${3:user}`, `${indent}$0`],
      plain: ['Host alias', `${indent}HostName host.example.com`, `${indent}User user`],
      doc: 'A block for one host: its alias, the name or address to connect to, and the remote user.',
    });
    snippets.push({
      label: 'Match block',
      body: ['Match host ${1:pattern}', `${indent}$0`],
      plain: ['Match host pattern', indent],
      doc: 'A block for the connections whose criteria match, such as `host`, `user`, `localuser` or `exec`.',
    });
    snippets.push({
      label: 'Keepalive block',
      body: ['Host *', `${indent}ServerAliveInterval \${1:${values.interval}}`, `${indent}ServerAliveCountMax \${2:${values.countMax}}`],
      plain: ['Host *', `${indent}ServerAliveInterval ${values.interval}`, `${indent}ServerAliveCountMax ${values.countMax}`],
      doc: `The recommended keepalive for every host: a probe after ${values.interval} s of silence, the server given up after ${values.countMax} unanswered probes. Put it at the end of the file, where it fills in only what a host did not set.`,
    });
  } else {
    snippets.push({
      label: 'Match block',
      body: ['Match User ${1:user}', `${indent}$0`],
      plain: ['Match User user', indent],
      doc: 'A block for the connections whose criteria match, such as `User`, `Group`, `Address` or `LocalPort`. It runs to the next Match line or the end of the file.',
    });
    snippets.push({
      label: 'Keepalive lines',
      body: [`ClientAliveInterval \${1:${values.interval}}`, `ClientAliveCountMax \${2:${values.countMax}}`],
      plain: [`ClientAliveInterval ${values.interval}`, `ClientAliveCountMax ${values.countMax}`],
      doc: `The recommended keepalive for every connection: a probe after ${values.interval} s of client silence, the client dropped after ${values.countMax} unanswered probes. They belong above the first Match block.`,
    });
  }
  const range = context.range(cursor.word);
  return snippets.map(({ label, body, plain, doc }) => ({
    label,
    kind: CompletionItemKind.Snippet,
    sortText: `0${label}`,
    documentation: { kind: MarkupKind.Markdown, value: doc },
    insertTextFormat: context.capabilities.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: TextEdit.replace(range, (context.capabilities.snippets ? body : plain).join(eol)),
  }));
}
