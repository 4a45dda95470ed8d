import type { KeywordInfo, SpecialSyntax } from '../../knowledge/types';
import { SPECIAL_WORDS } from '../../knowledge/words';
import type { Directive } from '../../parser/syntax';
import type { CheckContext } from '../problems';
import { algorithms, gssapiKexAlgorithms } from './algorithms';
import { type Checker, checkArgumentCount, checkNoEmptyArgument, each, firstValue, requireArgument, single } from './arguments';
import { authenticationMethods, pubkeyAuthOptions } from './authentication';
import {
  addKeysToAgent,
  canonicalDomains,
  canonicalizePermittedCNAMEs,
  controlPersist,
  escapeChar,
  knownHostsFiles,
  obscureKeystrokeTiming,
  proxyJump,
} from './client';
import { envPatterns, permitUserEnvironment, sendEnv, setEnv } from './environment';
import { forwardSpec, permitList, tunnelDevice } from './forwarding';
import { host } from './headers';
import { checkClientMatch, checkServerMatch } from './matchCriteria';
import { checkSingleValue, isValidSingleValue } from './scalars';
import {
  absoluteCommand,
  intOrNone,
  listenAddress,
  maxStartups,
  perSourceNetBlockSize,
  perSourcePenalties,
  rdomain,
  subsystem,
} from './server';
import { channelTimeout, ipqos, logVerbose, octalMask, rekeyLimit } from './shared';

/**
 * Checks the value of a keyword: the common kinds here, the syntaxes of their own through the
 * checker table.
 */

export function checkValue(ctx: CheckContext, directive: Directive, info: KeywordInfo): void {
  const spec = info.value;
  if (spec.kind === 'command') return; // The raw rest of the line; OpenSSH takes anything.
  if (spec.kind === 'special') {
    checkSpecialValue(ctx, directive, info, spec.syntax);
    return;
  }
  if (spec.kind === 'list') {
    if (checkArgumentCount(ctx, directive, info, spec.min ?? 1, spec.max ?? Infinity) && spec.nonEmpty)
      checkNoEmptyArgument(ctx, directive, info);
    return;
  }
  if (spec.kind === 'string' || spec.kind === 'path') {
    // Any one non-empty word will do: decided without making the value's string.
    if (requireArgument(ctx, directive, info) && directive.argCount > 1) checkArgumentCount(ctx, directive, info, 1, 1);
    return;
  }
  const value = firstValue(ctx, directive, info);
  if (value === undefined) return;
  // A Word is made only to report.
  if (!isValidSingleValue(ctx, spec, value)) checkSingleValue(ctx, directive, info, spec, directive.arg(0));
  else if (directive.argCount > 1) checkArgumentCount(ctx, directive, info, 1, 1);
}

/** The first argument's value when there is a non-empty one; otherwise reports the missing value. */

const CHECKERS: Record<SpecialSyntax, Checker> = {
  ciphers: algorithms('cipher', 'cipher'),
  macs: algorithms('mac', 'MAC algorithm'),
  kexAlgorithms: algorithms('kex', 'key exchange algorithm'),
  keyAlgorithms: algorithms('key', 'key or signature algorithm'),
  ipqos,
  rekeyLimit,
  channelTimeout,
  octalMask,
  setEnv,
  envPatterns,
  logVerbose,
  gssapiKexAlgorithms,
  include: each((value) => (value === '' ? 'an empty path is not allowed.' : undefined)),
  host,
  clientMatch: checkClientMatch,
  addKeysToAgent,
  controlPersist,
  escapeChar,
  localForward: forwardSpec(false, false),
  remoteForward: forwardSpec(true, false),
  dynamicForward: forwardSpec(false, true),
  tunnelDevice,
  obscureKeystrokeTiming,
  sendEnv,
  canonicalizePermittedCNAMEs,
  forwardAgent: single(
    () => true,
    () => '',
  ),
  identityAgent: single(
    () => true,
    () => '',
  ),
  permitRemoteOpen: permitList(SPECIAL_WORDS.permitRemoteOpen, false),
  proxyJump,
  knownHostsFiles,
  canonicalDomains,
  serverMatch: checkServerMatch,
  maxStartups,
  perSourceNetBlockSize,
  perSourcePenalties,
  permitOpen: permitList(SPECIAL_WORDS.permitOpen, false),
  permitListen: permitList(SPECIAL_WORDS.permitListen, true),
  listenAddress,
  subsystem,
  absoluteCommand,
  permitUserEnvironment,
  authenticationMethods,
  rdomain,
  pubkeyAuthOptions,
  intOrNone,
};

/** A Map, not the record: a lookup by key in a large object literal is slow in V8 on a hot path. */

const CHECKER_BY_SYNTAX: ReadonlyMap<SpecialSyntax, Checker> = new Map(Object.entries(CHECKERS) as Array<[SpecialSyntax, Checker]>);

export function checkSpecialValue(ctx: CheckContext, directive: Directive, info: KeywordInfo, syntax: SpecialSyntax): void {
  CHECKER_BY_SYNTAX.get(syntax)!(ctx, directive, info);
}
