import { Rules } from '../rules';
import { firstVersion, KeywordAtVersion, keywordsAt, lookupKeyword, otherFile, stateAt, VENDORS } from '../knowledge/keywords';
import type { KeywordInfo } from '../knowledge/types';
import { compareVersions, isAtLeast } from '../knowledge/version';
import type { Directive } from '../parser/syntax';
import { CheckContext, report, withFix } from './problems';
import { appliesEverywhere, isMatchAllHeader } from '../analysis/scopes';
import { PatternList } from '../utils/patterns';
import { Suggester, Suggestions } from './suggestions';
import { checkEnvironmentReferences } from './values/environment';
import { checkValue } from './values/checkValue';

/**
 * Per-directive checks: is the keyword known to this file in the target release (and if not, is it
 * a typo, the other file's keyword, too new, removed, a vendor extra, or covered by IgnoreUnknown),
 * is it retired, may it stand inside a Match block, and is its value valid.
 */

/** Characters one validation compares between unknown keywords and the IgnoreUnknown list, at most (about a second's work). */
export const MAX_IGNORE_UNKNOWN_WORK = 20_000_000;

const FILE_LABEL = { ssh_config: 'ssh_config (the client, ssh)', sshd_config: 'sshd_config (the server, sshd)' } as const;

export class KeywordChecker {
  /** The pattern list of the IgnoreUnknown that applies to every host, once one is seen (ssh only). */
  private ignoreUnknown: PatternList | undefined;
  /** Each unknown name's verdict against that list. */
  private readonly ignored = new Map<string, boolean>();
  private readonly suggester: Suggester;

  private readonly keywords: ReadonlyMap<string, KeywordAtVersion>;

  constructor(private readonly ctx: CheckContext) {
    this.keywords = keywordsAt(ctx.language, ctx.version);
    this.suggester = new Suggester(ctx.language, ctx.version);
    if (ctx.inheritedIgnoreUnknown !== undefined) this.ignoreUnknown = new PatternList(ctx.inheritedIgnoreUnknown, true);
  }

  /** Checks one directive; returns its keyword when it is live in the target release and has a value (it sets an option). */
  check(directive: Directive): KeywordAtVersion | undefined {
    const { ctx } = this;
    const keyword = this.keywords.get(directive.name);
    const info = keyword?.info;
    const state = keyword?.state;
    if (!info || state === undefined || state === 'removed') {
      this.reportUnknown(directive, info);
    } else if (info.vendor) {
      this.reportVendor(directive, info);
    } else {
      this.reportRetired(directive, info, state);
    }
    if (!directive.hasValue) {
      if (info) report(ctx, Rules.MissingArgument, directive.keyword, `${info.name} needs a value.`);
      return undefined;
    }
    if (!info || state !== 'active') return undefined;
    if (ctx.language === 'sshd_config' && !this.checkMatchPermission(directive, info, keyword!.inMatch)) return keyword;
    checkValue(ctx, directive, info);
    if (info.environment) checkEnvironmentReferences(ctx, directive, info);
    if (directive.name === 'ignoreunknown') this.noteIgnoreUnknown(directive);
    return keyword;
  }

  private reportUnknown(directive: Directive, info: KeywordInfo | undefined): void {
    const { ctx } = this;
    const written = directive.keyword.value;
    if (info?.vendor) return this.reportVendor(directive, info);
    const ignored = this.isIgnored(directive.name);
    if (ignored) {
      report(ctx, Rules.IgnoredUnknown, directive.keyword, `ssh ignores '${written}': it matches IgnoreUnknown.`);
      return;
    }
    // Only where the target release has IgnoreUnknown (6.3 and newer): older ones reject it too.
    const ignoreHint =
      ctx.language === 'ssh_config' && this.keywords.get('ignoreunknown')?.state === 'active'
        ? ` If another ssh needs it (e.g. macOS's UseKeychain), list it in an IgnoreUnknown line above this one.`
        : '';
    if (info && stateAt(info, ctx.version) === 'removed') {
      const since = info.history.find(([v, s]) => s === 'removed' && compareVersions(v, ctx.version) <= 0)?.[0];
      const instead = info.replacedBy ? ` Use ${info.replacedBy} instead.` : ' Remove the line.';
      report(
        ctx,
        Rules.KeywordRemoved,
        directive.keyword,
        `${info.name} was removed in OpenSSH ${since}; OpenSSH ${ctx.version} rejects it.${instead}`,
      );
      this.offerRename(info.replacedBy, true);
      return;
    }
    if (info) {
      report(
        ctx,
        Rules.KeywordTooNew,
        directive.keyword,
        `${info.name} needs OpenSSH ${firstVersion(info)} or newer; the target is OpenSSH ${ctx.version}, which rejects it. If your OpenSSH is newer, set sshConfig.openSSHVersion.`,
      );
      return;
    }
    const other = lookupKeyword(otherFile(ctx.language), directive.name);
    if (other && !other.vendor) {
      const counterpart = other.counterpart ? ` The ${ctx.language} counterpart is ${other.counterpart}.` : '';
      report(
        ctx,
        Rules.WrongFile,
        directive.keyword,
        `${other.name} belongs in ${FILE_LABEL[other.file]}, not in ${ctx.language}; ${ctx.language === 'ssh_config' ? 'ssh' : 'sshd'} rejects it.${counterpart}`,
      );
      this.offerRename(other.counterpart, true);
      return;
    }
    const { names: suggestions, clear } = this.suggest(directive.name);
    const didYouMean = suggestions.length ? ` Did you mean ${suggestions[0]}?` : '';
    const notCompared =
      ignored === undefined
        ? ' (Not compared with the IgnoreUnknown list: this file holds more unknown keywords than are compared with it.)'
        : '';
    report(
      ctx,
      Rules.UnknownKeyword,
      directive.keyword,
      `Unknown keyword '${written}' in ${ctx.language}.${didYouMean}${suggestions.length ? '' : ignoreHint}${notCompared}`,
    );
    if (suggestions.length) withFix(ctx, { replacements: suggestions, safe: clear });
  }

  private reportVendor(directive: Directive, info: KeywordInfo): void {
    const vendor = VENDORS[info.vendor!];
    report(
      this.ctx,
      Rules.VendorKeyword,
      directive.keyword,
      `${info.name} comes from the ${vendor.label}: the OpenSSH of ${vendor.carriers} accepts it, but upstream OpenSSH (macOS, the BSDs, most other systems) rejects the whole file.`,
    );
  }

  private reportRetired(directive: Directive, info: KeywordInfo, state: string): void {
    const { ctx } = this;
    if (state === 'active' && !(info.aliasOf && info.replacedBy)) return;
    const since = [...info.history].reverse().find(([v, s]) => s === state && isAtLeast(ctx.version, v))?.[0];
    const instead = info.replacedBy ? ` Use ${info.replacedBy} instead.` : ' Remove the line.';
    if (state === 'deprecated') {
      report(ctx, Rules.Deprecated, directive.keyword, `${info.name} is deprecated (since OpenSSH ${since}) and has no effect.${instead}`);
      this.offerRename(info.replacedBy, true);
    } else if (state === 'unsupported') {
      report(
        ctx,
        Rules.Unsupported,
        directive.keyword,
        `${info.name} is no longer supported (since OpenSSH ${since}); OpenSSH prints a notice and ignores it.${instead}`,
      );
      this.offerRename(info.replacedBy, true);
    } else if (state === 'ignored') {
      report(
        ctx,
        Rules.Ignored,
        directive.keyword,
        `${info.name} is ignored since OpenSSH ${since}: only SSH protocol 2 exists. Remove the line.`,
      );
    } else if (info.aliasOf && info.replacedBy) {
      report(
        ctx,
        Rules.LegacyAlias,
        directive.keyword,
        `${info.name} is an older name for ${info.replacedBy}; both work, the new name is clearer.`,
      );
      this.offerRename(info.replacedBy, true); // an alias: the rename changes nothing but the name
    }
  }

  /** sshd: a global-only keyword inside a Match block stops sshd from starting. */
  private checkMatchPermission(directive: Directive, info: KeywordInfo, inMatch: boolean): boolean {
    const block = this.ctx.config.blocks[directive.blockIndex];
    if (inMatch || block.kind !== 'match' || isMatchAllHeader(block.header)) return true;
    const header = block.header!;
    this.ctx.ineffective.add(directive);
    const later = info.matchAllowed?.find(([v, allowed]) => allowed && compareVersions(v, this.ctx.version) > 0)?.[0];
    const laterHint = later ? ` (OpenSSH ${later} and newer allow it there)` : '';
    report(
      this.ctx,
      Rules.NotAllowedInMatch,
      directive.keyword,
      `${info.name} is not allowed inside a Match block${laterHint}: sshd refuses to start. Move it above the first Match line.`,
      [{ span: header.keyword, message: 'The Match block this line is in' }],
    );
    return false;
  }

  private noteIgnoreUnknown(directive: Directive): void {
    const block = this.ctx.config.blocks[directive.blockIndex];
    // OpenSSH keeps the first value, one word: a comma-separated pattern list (patterns lower-cased).
    if (appliesEverywhere(block) && this.ignoreUnknown === undefined) this.ignoreUnknown = new PatternList(directive.argValue(0), true);
  }

  /**
   * Whether the IgnoreUnknown seen so far covers an unknown keyword (lower case, as OpenSSH compares
   * it). Undefined when it was not compared: a file of endless made-up keywords against an endless
   * list would cost their product, so one validation compares at most MAX_IGNORE_UNKNOWN_WORK characters.
   */
  private isIgnored(name: string): boolean | undefined {
    const list = this.ignoreUnknown;
    if (this.ctx.language !== 'ssh_config' || !list) return false;
    let verdict = this.ignored.get(name);
    if (verdict === undefined) {
      if (list.work > MAX_IGNORE_UNKNOWN_WORK) return undefined;
      verdict = list.match(name) === 1;
      this.ignored.set(name, verdict);
    }
    return verdict;
  }

  /** Offers a keyword as the fix of the finding just reported, when the target release knows it. */
  private offerRename(name: string | undefined, safe: boolean): void {
    if (name && this.keywords.get(name.toLowerCase())?.state === 'active') withFix(this.ctx, { replacements: [name], safe });
  }

  /** Up to three live keywords of this file closest to a misspelling, best first; `clear` when the best stands out. */
  suggest(name: string): Suggestions {
    return this.suggester.suggest(name);
  }
}
