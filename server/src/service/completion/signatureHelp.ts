import { MarkupKind, ParameterInformation, type SignatureHelp, SignatureInformation } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { matchCriteria } from '../knowledge/matchCriteria';
import { clampVersion, isAtLeast } from '../knowledge/version';
import { contextAt } from '../parser/query';
import type { ConfigDocument } from '../parser/syntax';
import type { Position, ServiceSettings } from '../types';

/**
 * textDocument/signatureHelp on Host and Match lines: what their words are. A Host line takes
 * patterns; a Match line takes criteria of the file's side, each with what it takes, and while a
 * criterion's value is written, that criterion is the active parameter.
 */

const HOST_PATTERNS = [
  'Host patterns, separated by white space. `*` matches any run of characters, `?` one character;',
  'a pattern starting with `!` excludes the hosts it matches (the block then never applies to them).',
  'The block applies when the host name given on the command line matches a pattern; the first value',
  'obtained for an option wins, so specific blocks belong above general ones such as `Host *`.',
].join(' ');

export function doSignatureHelp(
  document: TextDocument,
  position: Position,
  config: ConfigDocument,
  settings: ServiceSettings,
): SignatureHelp | null {
  const cursor = contextAt(config, document.offsetAt(position) - (config.origin ?? 0));
  const directive = cursor.directive;
  if (!directive || cursor.place !== 'argument') return null;
  if (directive.name === 'host' && config.language === 'ssh_config') {
    const signature = SignatureInformation.create('Host pattern [pattern ...]', undefined, ParameterInformation.create('pattern'));
    signature.documentation = { kind: MarkupKind.Markdown, value: HOST_PATTERNS };
    return { signatures: [signature], activeSignature: 0, activeParameter: 0 };
  }
  if (directive.name !== 'match') return null;
  const version = clampVersion(settings.openSSHVersion);
  const criteria = matchCriteria(config.language).filter((c) => isAtLeast(version, c.since));
  const negation = config.language === 'ssh_config' ? ' A `!` before a criterion negates it.' : '';
  const overview = SignatureInformation.create(
    'Match criterion [value] ...',
    undefined,
    ...criteria.map((c) => ({
      label: c.argument ? `${c.name} <pattern-list>` : c.name,
      documentation: { kind: MarkupKind.Markdown, value: c.doc },
    })),
  );
  overview.documentation = {
    kind: MarkupKind.Markdown,
    value: `The block applies when every criterion matches. \`all\` stands alone.${negation} Criteria: ${criteria.map((c) => `\`${c.name}\``).join(', ')}.`,
  };
  const active = cursor.match?.criterion ? criteria.findIndex((c) => c.name === cursor.match!.criterion) : -1;
  return { signatures: [overview], activeSignature: 0, activeParameter: active >= 0 ? active : undefined };
}
