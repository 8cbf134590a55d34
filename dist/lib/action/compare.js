/**
 * `compare-with`: this run's package against a base run's, with the CLI's comparison and budgets
 * (`comparePackages`, `checkBudgets`). What it found becomes one line of the report, the comparison
 * a section of the job summary and the comment, and an exceeded budget a reason the job fails.
 */
import path from 'node:path';
import { errorText } from '../errors.js';
import { checkBudgets, comparePackages } from '../package/compare.js';
import { shardOfPackage } from '../package/merge.js';
import { escapeInline } from '../package/markdown.js';
import { findBasePackage } from './base-package.js';
const FIX = 'Re-run the workflow on the base to make a new package artifact, or set compare-with to another branch, tag or SHA';
function artifactLink(artifact) {
    const commit = artifact.headSha.slice(0, 7);
    const branch = artifact.headBranch ? `${escapeInline(artifact.headBranch)} at ` : '';
    return `package artifact [${escapeInline(artifact.name)}](${artifact.url}) of [run ${artifact.runId}](${artifact.runUrl}) (${branch}commit ${commit})`;
}
/**
 * Why a shard's package cannot be compared with the base's alone: the base is not the same shard
 * of the same split (another folder listing, another total, or a whole run). Articles that moved to
 * another shard would show as added here and removed there.
 */
function differentSplit(base, head) {
    if (!head && !base)
        return undefined;
    const of = (shard) => (shard ? `shard ${shard.index}/${shard.total} of ${shard.all_files} article(s)` : 'a whole run');
    if (head && base && head.listing === base.listing && head.total === base.total && head.index === base.index)
        return undefined;
    return `is ${of(base)} and this package is ${of(head)} of another split: a shard compares only with the same shard of the same articles; compare the merged packages instead`;
}
/** A base that could not be had: a warning, and a failure only when a budget depended on it. */
function unusable(reason, budgets) {
    const gated = Object.keys(budgets).length > 0;
    return {
        note: `Compared with the base: **not compared**: ${escapeInline(reason)}.${gated ? ' The budgets could not be checked.' : ''}`,
        problems: gated ? [`compare-with: ${reason}; the budgets could not be checked`] : [],
        warning: `compare-with: ${reason}. ${FIX}`,
    };
}
/**
 * Finds the base package named by `compareWith`, unpacks it under `scratch` and compares `headPackage`
 * with it. Never throws: no base is a line, a broken base a warning (a failure with a budget set).
 */
export async function compareWithBase(compareWith, budgets, headPackage, context, scratch) {
    if (!headPackage)
        return { note: 'Compared with the base: not compared, this run has no package.', problems: [] };
    const base = await findBasePackage(compareWith, context, path.join(scratch, 'base'));
    if (base.status === 'none') {
        const unchecked = Object.keys(budgets).length ? ' The budgets were not checked.' : '';
        return { note: `Compared with ${escapeInline(base.target)}: no base package (${escapeInline(base.reason)}).${unchecked}`, problems: [] };
    }
    if (base.status === 'error')
        return unusable(base.reason, budgets);
    let comparison;
    try {
        const split = differentSplit(shardOfPackage(base.path)?.shard, shardOfPackage(headPackage)?.shard);
        if (split)
            return unusable(`the package artifact ${base.artifact.name} of run ${base.artifact.runId} ${split}`, budgets);
        comparison = comparePackages(base.path, headPackage);
    }
    catch (error) {
        return unusable(`the package artifact ${base.artifact.name} of run ${base.artifact.runId} could not be compared: ${errorText(error)}`, budgets);
    }
    const checks = checkBudgets(comparison, budgets);
    return {
        note: `Compared with ${escapeInline(base.target)}: ${artifactLink(base.artifact)}.`,
        view: { comparison, checks },
        problems: checks.filter((check) => check.status === 'fail').map((check) => `compare-with: budget ${check.budget} exceeded: ${check.message}`),
    };
}
