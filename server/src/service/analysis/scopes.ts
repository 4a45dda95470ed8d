import { canonical, KeywordAtVersion, keywordsAt } from '../knowledge/keywords';
import type { KeywordInfo } from '../knowledge/types';
import type { Version } from '../knowledge/version';
import type { Block, ConfigDocument, Directive } from '../parser/syntax';
import { asciiLowerCase } from '../utils/strings';

/**
 * Which blocks apply to which hosts and which value of an option takes effect, computed once per
 * document in one pass so that every later question is a map lookup.
 */

export interface Scopes {
  /** Directives with a live keyword of the target release and a value, in file order (headers excluded). */
  resolved: Directive[];
  /** What `resolved[i]`'s keyword is in the target release (its info, and the option it sets). */
  resolvedKeywords: KeywordAtVersion[];
  /** Per block index: whether the block applies to every host/connection (global section, `Host *`, `Match all`). */
  everyHost: boolean[];
  /** The release the scopes were computed for. */
  version: Version;
  /** First directive per option across the blocks that apply everywhere, in file order. */
  firstEverywhere: Map<string, Directive>;
}

export function optionKey(info: KeywordInfo): string {
  const name = canonical(info).name.toLowerCase();
  return name === 'proxyjump' || name === 'proxycommand' ? 'proxy' : name;
}

export function isMatchAllHeader(header: Directive | undefined): boolean {
  return !!header && asciiLowerCase(header.argValue(0)) === 'all';
}

export function isHostStarHeader(header: Directive | undefined): boolean {
  if (!header || header.name !== 'host') return false;
  let star = false;
  for (let i = 0; i < header.argCount; i++) {
    const pattern = header.argValue(i);
    if (pattern.startsWith('!')) return false;
    star ||= pattern === '*';
  }
  return star;
}

/**
 * The keyword of a directive that sets an option: live in the release, with a value, its quotes
 * closed, and not a block header. (Validation gets the same answer from its keyword check.)
 */
export function optionKeyword(
  config: ConfigDocument,
  keywords: ReadonlyMap<string, KeywordAtVersion>,
  directive: Directive,
): KeywordAtVersion | undefined {
  const keyword = keywords.get(directive.name);
  return keyword && keyword.state === 'active' && directive.hasValue && !directive.badQuotes && !isBlockHeader(config, directive)
    ? keyword
    : undefined;
}

/** Whether the directive is the `Host` or `Match` line that opens its block (headers set no option). */
export function isBlockHeader(config: ConfigDocument, directive: Directive): boolean {
  return config.blocks[directive.blockIndex].header === directive;
}

export function appliesEverywhere(block: Block): boolean {
  if (block.kind === 'global') return true;
  return block.kind === 'match' ? isMatchAllHeader(block.header) : isHostStarHeader(block.header);
}

const CACHE = new WeakMap<ConfigDocument, Map<Version, Scopes>>();

/** Scopes of a parsed document for a release, computed once and shared by validation and hovers. */
export function computeScopes(config: ConfigDocument, version: Version): Scopes {
  let scopes = CACHE.get(config)?.get(version);
  if (!scopes) {
    const builder = new ScopesBuilder(config, version);
    const keywords = keywordsAt(config.language, version);
    const { directives } = config;
    for (let i = 0; i < directives.length; i++) {
      const keyword = optionKeyword(config, keywords, directives[i]);
      if (keyword) builder.add(directives[i], keyword);
    }
    scopes = builder.finish();
  }
  return scopes;
}

/**
 * Builds the scopes from the directives that set a live option, fed in file order. Validation feeds
 * it from its own pass over the file, so that a large document is read once, not once per analysis.
 */
export class ScopesBuilder {
  private readonly scopes: Scopes;
  private count = 0;

  constructor(
    private readonly config: ConfigDocument,
    version: Version,
  ) {
    // Sized once for every directive and cut to length in finish(): growing large arrays by push copies them.
    this.scopes = {
      resolved: new Array<Directive>(config.directives.length),
      resolvedKeywords: new Array<KeywordAtVersion>(config.directives.length),
      everyHost: config.blocks.map(appliesEverywhere),
      version,
      firstEverywhere: new Map(),
    };
  }

  get everyHost(): readonly boolean[] {
    return this.scopes.everyHost;
  }

  /** A directive whose keyword is live in the target release and which has a value; not a block header. */
  add(directive: Directive, keyword: KeywordAtVersion): void {
    const { scopes } = this;
    scopes.resolved[this.count] = directive;
    scopes.resolvedKeywords[this.count] = keyword;
    this.count++;
    if (
      scopes.everyHost[directive.blockIndex] &&
      !isUnsetMarker(this.config, keyword.info, directive) &&
      !scopes.firstEverywhere.has(keyword.option)
    ) {
      scopes.firstEverywhere.set(keyword.option, directive);
    }
  }

  /** The finished scopes, also remembered for later questions about the same document. */
  finish(): Scopes {
    const { scopes } = this;
    scopes.resolved.length = this.count;
    scopes.resolvedKeywords.length = this.count;
    let perVersion = CACHE.get(this.config);
    if (!perVersion) {
      perVersion = new Map();
      CACHE.set(this.config, perVersion);
    }
    perVersion.set(scopes.version, scopes);
    return scopes;
  }
}

const FIRST_IN_BLOCK = new WeakMap<ConfigDocument, Map<string, Directive | null>>();

/**
 * The first directive in a block that sets `option`. A block is scanned once per option and the
 * answer kept: the checks ask about the global block once per Match block, and a file can hold
 * tens of thousands of them.
 */
export function firstInBlock(config: ConfigDocument, version: Version, block: Block, option: string): Directive | undefined {
  let answers = FIRST_IN_BLOCK.get(config);
  if (!answers) FIRST_IN_BLOCK.set(config, (answers = new Map()));
  const key = `${version} ${block.index} ${option}`;
  let found = answers.get(key);
  if (found === undefined) {
    found = null;
    const keywords = keywordsAt(config.language, version);
    for (const directive of block.directives) {
      const keyword = optionKeyword(config, keywords, directive);
      if (keyword?.option === option && !isUnsetMarker(config, keyword.info, directive)) {
        found = directive;
        break;
      }
    }
    answers.set(key, found);
  }
  return found ?? undefined;
}

/** ssh stores `none` for a time option as "unset", so a later line can still set the option. */
export function isUnsetMarker(config: ConfigDocument, info: KeywordInfo, directive: Directive): boolean {
  return config.language === 'ssh_config' && info.value.kind === 'time' && directive.argValue(0) === 'none';
}

/**
 * ssh_config: the directive that sets `option` for a host matching `block` and no other specific
 * block: the first in file order among that block and the blocks that apply to every host.
 */
export function effectiveForBlock(config: ConfigDocument, scopes: Scopes, block: Block, option: string): Directive | undefined {
  const own = firstInBlock(config, scopes.version, block, option);
  const everywhere = scopes.firstEverywhere.get(option);
  if (config.language === 'sshd_config') {
    // Match blocks override the global value wherever they are.
    const global = firstInBlock(config, scopes.version, config.blocks[0], option);
    return block.kind === 'match' ? (own ?? global) : global;
  }
  if (!own) return everywhere;
  if (!everywhere) return own;
  return everywhere.start < own.start ? everywhere : own;
}
