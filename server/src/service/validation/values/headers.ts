import { Rules } from '../../rules';
import { keywordsAt } from '../../knowledge/keywords';
import type { Directive, Word } from '../../parser/syntax';
import { asciiLowerCase } from '../../utils/strings';
import { type CheckContext, report, withFix } from '../problems';
import { type Checker, each } from './arguments';

/**
 * A directive written on a Host or Match line. A popular guide prints `Host * ServerAliveInterval 60`
 * on one line: ssh then reads `ServerAliveInterval` and `60` as two more host patterns, and the
 * keepalive never applies (on a Match line, as a criterion it rejects). The mistake is told apart
 * from a host that happens to share a keyword's name (`Host tunnel`) by what follows: the rest of
 * the line must be a directive that OpenSSH would accept on a line of its own.
 */

/** The directive text (`ServerAliveInterval 60`) that starts at `word` on the header line, if it stands alone. */
export function directiveOnHeaderLine(ctx: CheckContext, header: Directive, word: Word): string | undefined {
  const keyword = keywordsAt(ctx.language, ctx.version).get(asciiLowerCase(word.value));
  if (!keyword || keyword.state !== 'active' || keyword.option === 'host' || keyword.option === 'match') return undefined;
  const line = ctx.config.text.slice(word.start, header.end);
  // A keyword alone is likelier a host called "tunnel" or "user" than a directive.
  if (line.length === word.end - word.start || !ctx.standsAlone) return undefined;
  return ctx.standsAlone(line) ? line : undefined;
}

const hostPatterns = each((value) => (value === '' ? 'an empty pattern is not allowed.' : undefined), 0);

export const host: Checker = (ctx, directive, info) => {
  const before = ctx.findings.reported;
  hostPatterns(ctx, directive, info);
  if (ctx.findings.reported > before) return;
  // The first pattern after a real one that is named like a keyword: `Host * ServerAliveInterval 60`.
  const keywords = keywordsAt(ctx.language, ctx.version);
  for (let i = 1; i < directive.argCount; i++) {
    if (!keywords.has(asciiLowerCase(directive.argValue(i)))) continue;
    const word = directive.arg(i);
    const written = directiveOnHeaderLine(ctx, directive, word);
    if (written) {
      report(
        ctx,
        Rules.KeywordAsPattern,
        word,
        `'${word.value}' is a keyword, but on a Host line ssh reads it and everything after it as more host patterns: \`${written}\` never takes effect. Put it on a line of its own below the Host line.`,
      );
      withFix(ctx, { splitAt: word.start });
    }
    return;
  }
};

/** `none` alone, and no empty word: OpenSSH reports "keyword … empty argument". */
