import { Rules } from '../../rules';
import {
  type AlgorithmKind,
  findAlgorithm,
  GSSAPI_KEX_PREFIXES,
  isGssapiKex,
  isKnownAlgorithm,
  knownAlgorithms,
  vendorAlgorithm,
} from '../../knowledge/algorithms';
import { VENDORS } from '../../knowledge/keywords';
import { matchPatternList } from '../../utils/patterns';
import { report } from '../problems';
import { type Checker, checkArgumentCount, requireArgument } from './arguments';
import { releaseProblem } from './wordSets';

/**
 * Algorithm lists: ciphers, MACs, key exchanges and key types, with `+`, `-` and `^` edits, and
 * the GSSAPI patch's own list.
 */

export function algorithms(kind: AlgorithmKind, label: string): Checker {
  return (ctx, directive, info) => {
    if (!requireArgument(ctx, directive, info)) return;
    const word = directive.arg(0);
    const list = word.value;
    if (!list.startsWith('-')) {
      const prefixed = list.startsWith('+') || list.startsWith('^');
      const names = prefixed ? list.slice(1) : list;
      const known = (name: string) =>
        isKnownAlgorithm(kind, name, ctx.version) ||
        (kind === 'key' && matchesKeyAlgorithm(name, ctx.version)) ||
        (kind === 'kex' && isGssapiKex(name)) ||
        vendorAlgorithm(kind, name, ctx.version) !== undefined;
      // Like OpenSSH's `ciphers_valid` and friends: names are checked up to the first empty one
      // (so a trailing comma is fine); unknown names after it are dropped when the list is used.
      const entries = names.split(',');
      const empty = entries.indexOf('');
      const checked = empty < 0 ? entries : entries.slice(0, empty);
      for (const name of checked) {
        if (!known(name)) {
          const entry = findAlgorithm(kind, name);
          const why = entry ? releaseProblem(entry, ctx.version) : `is not a ${label} OpenSSH ${ctx.version} knows`;
          report(ctx, Rules.InvalidAlgorithm, word, `${info.name}: '${name}' ${why}.`);
          return;
        }
      }
      // An empty list, or one in which no name is known, leaves nothing to negotiate: sshd refuses to start.
      if (names === '' || (!prefixed && !entries.some((name) => name !== '' && known(name)))) {
        report(ctx, Rules.InvalidAlgorithm, word, `${info.name}: the list names no ${label} OpenSSH ${ctx.version} knows.`);
        return;
      }
      const gssapi = kind === 'kex' ? checked.find(isGssapiKex) : undefined;
      if (gssapi) {
        const vendor = VENDORS.gssapi;
        report(
          ctx,
          Rules.VendorKeyword,
          word,
          `${info.name}: '${gssapi}' is a key exchange of the ${vendor.label}: the OpenSSH of ${vendor.carriers} accepts it, but upstream OpenSSH (macOS, the BSDs, most other systems) rejects the whole file.`,
        );
      }
      const early = checked.find((name) => vendorAlgorithm(kind, name, ctx.version) !== undefined);
      if (early) {
        const vendor = VENDORS[vendorAlgorithm(kind, early, ctx.version)!];
        report(
          ctx,
          Rules.VendorKeyword,
          word,
          `${info.name}: upstream OpenSSH knows '${early}' only from ${findAlgorithm(kind, early)!.since}: the OpenSSH ${ctx.version} of ${vendor.carriers} (a ${vendor.label}) accepts it, but upstream OpenSSH ${ctx.version} rejects the whole file.`,
        );
      }
    }
    checkArgumentCount(ctx, directive, info, 1, 1);
  };
}

/**
 * The key-algorithm lists take patterns: OpenSSH's `sshkey_names_valid2` accepts an entry that is
 * no algorithm name when, as a pattern (`!` negates), it matches some algorithm positively or negatively.
 */

function matchesKeyAlgorithm(entry: string, version: string): boolean {
  return knownAlgorithms('key', version).some((name) => matchPatternList(name, entry, false) !== 0);
}

export const gssapiKexAlgorithms: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  const word = directive.arg(0);
  const entries = word.value.split(',');
  const empty = entries.indexOf('');
  const bad = (empty < 0 ? entries : entries.slice(0, empty)).find((name) => !isGssapiKex(name));
  if (bad !== undefined)
    return report(
      ctx,
      Rules.InvalidAlgorithm,
      word,
      `${info.name}: '${bad}' is not a GSSAPI key exchange (${GSSAPI_KEX_PREFIXES.join(', ')}).`,
    );
  checkArgumentCount(ctx, directive, info, 1, 1);
};
