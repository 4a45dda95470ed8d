import { INCLUDE_LIMITS, isParsed, type ConfigTree, type IncludeProblem, type TreeFile } from '../include/loader';
import type { Directive } from '../parser/syntax';
import { Rules, type Rule } from '../rules';
import { type CheckContext, report } from './problems';

/**
 * What the Include lines of the open file lead to, said on those lines: an argument that matches
 * nothing, a file ssh could not read or would refuse, and, for files further down, what is wrong
 * there (with a link to the line). OpenSSH stops on every error here; a pattern that matches
 * nothing it only logs.
 */

const RULE_OF: Record<IncludeProblem['kind'], Rule> = {
  'no-match': Rules.IncludeNoMatch,
  error: Rules.IncludeError,
  'not-followed': Rules.IncludeNotFollowed,
};

/** ssh refuses an included file unless root or the user owns it and neither group nor others may write it. */
export function permissionProblem(tree: ConfigTree, file: TreeFile): string | undefined {
  if (tree.language !== 'ssh_config' || !file.stat || file.stat.mode === undefined) return undefined;
  const { mode, uid } = file.stat;
  if ((mode & 0o022) !== 0) return `Bad owner or permissions on ${file.path}: group or others may write it (chmod go-w)`;
  if (uid !== undefined && tree.userId !== undefined && uid !== 0 && uid !== tree.userId) {
    return `Bad owner or permissions on ${file.path}: owned by another user`;
  }
  return undefined;
}

interface Nested {
  rule: Rule;
  message: string;
  /** Where in a deeper file, for the link. */
  at?: { path: string; line: number };
}

/** The problems below a file, at most `max` of them, each file's subtree looked at once. */
function problemsBelow(tree: ConfigTree, path: string, seen: Set<string>, out: Nested[], max: number): void {
  if (seen.has(path) || out.length >= max) return;
  seen.add(path);
  const file = tree.files.get(path);
  if (!isParsed(file)) return;
  const includes = tree.includes.get(path);
  if (!includes) return;
  for (const [index, targets] of includes) {
    const line = file.config.directives[index].line;
    for (const target of targets) {
      for (const problem of target.problems) {
        if (problem.kind === 'error') out.push({ rule: Rules.IncludeError, message: problem.message, at: { path, line } });
      }
      for (const child of target.files) {
        const loaded = tree.files.get(child);
        if (loaded && !isParsed(loaded))
          out.push({ rule: Rules.IncludeError, message: `cannot read ${child}: ${loaded.error.message}`, at: { path, line } });
        else if (loaded) {
          const permissions = permissionProblem(tree, loaded);
          if (permissions) out.push({ rule: Rules.IncludePermissions, message: permissions, at: { path, line } });
        }
        problemsBelow(tree, child, seen, out, max);
      }
    }
  }
}

/** How many Include levels a file starts (0: it includes nothing), memoized over the tree. */
function nesting(tree: ConfigTree, path: string, memo: Map<string, number>): number {
  const known = memo.get(path);
  if (known !== undefined) return known;
  memo.set(path, 0); // a loop is reported as one; it does not count twice
  let deepest = 0;
  for (const targets of tree.includes.get(path)?.values() ?? []) {
    for (const target of targets) {
      for (const child of target.files) {
        if (isParsed(tree.files.get(child))) deepest = Math.max(deepest, 1 + nesting(tree, child, memo));
      }
    }
  }
  memo.set(path, deepest);
  return deepest;
}

/** Reports on the root file's Include lines. */
export function checkIncludes(ctx: CheckContext, tree: ConfigTree): void {
  const includes = tree.includes.get(tree.root);
  if (!includes) return;
  const depths = new Map<string, number>();
  for (const [index, targets] of includes) {
    const directive: Directive = ctx.config.directives[index];
    for (const target of targets) {
      const span = directive.argSpan(target.argIndex);
      for (const problem of target.problems) report(ctx, RULE_OF[problem.kind], span, `Include ${problem.message}.`);
      for (const path of target.files) {
        const file = tree.files.get(path)!;
        if (!isParsed(file)) {
          report(ctx, Rules.IncludeError, span, `ssh cannot read ${path}: ${file.error.message}.`);
          continue;
        }
        const permissions = permissionProblem(tree, file);
        if (permissions) report(ctx, Rules.IncludePermissions, span, `${permissions}; ssh refuses to read it.`);
        if (1 + nesting(tree, path, depths) > INCLUDE_LIMITS.depth) {
          report(
            ctx,
            Rules.IncludeError,
            span,
            `Includes nest deeper than ${INCLUDE_LIMITS.depth} levels below ${path}: OpenSSH stops ("Too many recursive configuration includes").`,
          );
        }
        const below: Nested[] = [];
        problemsBelow(tree, path, new Set([tree.root]), below, 20);
        for (const nested of below) {
          report(
            ctx,
            nested.rule,
            span,
            `In ${path}'s Includes: ${nested.message}.`,
            nested.at && [{ location: nested.at, message: 'the Include line' }],
          );
        }
      }
    }
  }
}
