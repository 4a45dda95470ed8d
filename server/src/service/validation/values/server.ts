import { Rules } from '../../rules';
import { parseTimeInterval } from '../../knowledge/timeValue';
import {
  knowsWord,
  PENALTY_OVERFLOW_MODES,
  PENALTY_SETTINGS,
  PENALTY_SWITCH,
  type PenaltySetting,
  SPECIAL_WORDS,
} from '../../knowledge/words';
import { type CheckContext, firstArgOrKeyword, report } from '../problems';
import { type Checker, checkArgumentCount, each, invalid, requireArgument, single } from './arguments';
import { checkInteger, INT_MAX, parseInteger, parsePort } from './scalars';
import { listSet, releaseProblem, wordSet } from './wordSets';

/**
 * sshd_config values with a syntax of their own: start-up limits, penalties, listen addresses,
 * subsystems, command paths and routing domains.
 */

export const maxStartups = single(
  (value) => {
    // sscanf("%d:%d:%d"): later fields may be missing or garbage; what was read must be consistent.
    const match = /^\s*([+-]?\d+)(?::\s*([+-]?\d+)(?::\s*([+-]?\d+))?)?/.exec(value);
    if (!match) return false;
    const [begin, rate, full] = [match[1], match[2], match[3]].map((v) => (v === undefined ? undefined : Number(v)));
    if (rate !== undefined && full === undefined) return false;
    if (full !== undefined && (begin! > full || rate! > 100 || rate! < 1)) return false;
    return begin! > 0 && (full ?? begin!) > 0;
  },
  (info, value) => `${info.name} takes N or start:rate:full (rate 1–100, start ≤ full); '${value}' is not valid.`,
);

export const perSourceNetBlockSize = single(
  (value) => {
    const match = /^\s*([+-]?\d+)(?::\s*([+-]?\d+))?/.exec(value);
    if (!match) return false;
    const v4 = Number(match[1]);
    const v6 = match[2] === undefined ? 0 : Number(match[2]);
    return v4 >= 0 && v4 <= 32 && v6 >= 0 && v6 <= 128;
  },
  (info, value) => `${info.name} takes v4bits[:v6bits] (0–32 and 0–128); '${value}' is not valid.`,
);

/**
 * sshd's parser: `yes` or `no` alone, or `name:value` settings whose names (and overflow modes) it
 * compares exactly. The names and what each takes come from the knowledge base, per release.
 */
export const perSourcePenalties = each((value, _index, count, ctx) => {
  if (listSet(PENALTY_SWITCH, ctx.version).has(value)) return count > 1 ? `${value} must stand alone.` : undefined;
  const settings = wordSet(PENALTY_SETTINGS, ctx.version, true);
  const colon = value.indexOf(':');
  const name = colon > 0 ? value.slice(0, colon) : value;
  const setting = colon > 0 ? PENALTY_SETTINGS.find((s) => s.word === name) : undefined;
  if (setting && settings.has(name)) return penaltyValueProblem(setting, value.slice(colon + 1), ctx);
  if (setting) return `${name} ${releaseProblem(setting, ctx.version)}.`;
  return `'${value}' is not a known penalty setting (${settings.listed}).`;
});

function penaltyValueProblem(setting: PenaltySetting, value: string, ctx: CheckContext): string | undefined {
  switch (setting.takes) {
    case 'time': {
      const time = parseTimeInterval(value, ctx.version);
      return 'seconds' in time ? undefined : `${setting.word}: '${value}' is not a time (${time.error}).`;
    }
    case 'count': {
      const n = parseInteger(value);
      return n !== undefined && n >= 0 && n <= INT_MAX ? undefined : `${setting.word}: '${value}' is not a whole number.`;
    }
    case 'overflow': {
      const modes = listSet(PENALTY_OVERFLOW_MODES, ctx.version);
      return modes.has(value) ? undefined : `${setting.word} takes ${modes.listed}; '${value}' is not one.`;
    }
  }
}

export const listenAddress: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  const address = directive.arg(0);
  const rdomainWord = directive.argCount > 1 ? directive.arg(1) : undefined;
  const rdomainName = directive.argCount > 2 ? directive.arg(2) : undefined;
  const value = address.value;
  const bareV6 = !value.includes('[') && (value.match(/:/g) ?? []).length >= 2;
  if (!bareV6) {
    const match = /^(?:\[([^\]]*)\]|([^:]*))(?::(.*))?$/.exec(value);
    if (!match) return invalid(ctx, address, `${info.name}: '${value}' is not address, address:port or [address]:port.`);
    if (match[3] !== undefined && parsePort(match[3]) === undefined)
      return invalid(ctx, address, `${info.name}: '${match[3]}' is not a valid port.`);
  }
  if (rdomainWord) {
    const words = listSet(SPECIAL_WORDS.listenAddress, ctx.version);
    const rdomain = words.lookalike(rdomainWord.value);
    if (rdomain && !knowsWord(rdomain, ctx.version))
      return invalid(ctx, rdomainWord, `${info.name}: ${rdomain.word} ${releaseProblem(rdomain, ctx.version)}.`);
    if (!words.has(rdomainWord.value) || !rdomainName)
      return invalid(ctx, rdomainWord, `${info.name}: only 'rdomain NAME' may follow the address.`);
  }
  checkArgumentCount(ctx, directive, info, 1, 3);
};

export const subsystem: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  const name = directive.arg(0);
  const command = directive.argCount > 1 ? directive.arg(1) : undefined;
  if (!command || command.value === '')
    report(
      ctx,
      Rules.MissingArgument,
      name,
      `${info.name} needs a name and a command (e.g. sftp /usr/lib/openssh/sftp-server or sftp internal-sftp).`,
    );
};

/** sshd checks every such line, in Match blocks and repeated ones too, before it looks at whether the line applies. */

export const absoluteCommand: Checker = (ctx, directive, info) => {
  if (!directive.rest) return;
  const value = ctx.config.text.slice(directive.rest.start, directive.rest.end);
  if (!value.startsWith('/') && !listSet(SPECIAL_WORDS.absoluteCommand, ctx.version).has(value)) {
    invalid(ctx, firstArgOrKeyword(directive), `${info.name} must be an absolute path (starting with /) or none; sshd refuses to start.`);
  }
};

export const rdomain: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  report(
    ctx,
    Rules.PlatformUnsupported,
    directive.keyword,
    `${info.name}: routing domains are supported only on OpenBSD; sshd on Linux and other systems refuses to start with this line.`,
  );
};

export const intOrNone: Checker = (ctx, directive, info) => {
  if (!requireArgument(ctx, directive, info)) return;
  const word = directive.arg(0);
  if (listSet(SPECIAL_WORDS.intOrNone, ctx.version).has(word.value) || checkInteger(ctx, info, word, 0, INT_MAX))
    checkArgumentCount(ctx, directive, info, 1, 1);
};
