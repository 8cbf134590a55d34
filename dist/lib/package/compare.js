import fs from 'node:fs';
import path from 'node:path';
import { ExitCode, LyfeError } from '../errors.js';
import { Events } from '../records/types.js';
import { readPackageRecords } from './archive.js';
import { diffSupertask, isObject, parseSupertask, sameContent } from './content-diff.js';
import { LOGS_DIR, LogFiles, WorkFolders } from './constants.js';
import { verifyPackage } from './manifest.js';
import { activePriceTable, priceTableInfo, roundUsd, SHIPPED_PRICES, usdText } from '../records/cost.js';
import { packagesPriceTable } from '../records/price-file.js';
import { summarizeSession } from '../records/session-model.js';
import { num, round4, str } from '../records/values.js';
/** The folders whose files are compared, in the pipeline's order. */
const CONTENT_FOLDERS = [WorkFolders.raw, WorkFolders.preprocessed, WorkFolders.output];
export const QUALITY_METRICS = ['schema_compliance', 'mobile_optimization_score', 'ari_persona_consistency'];
export const RUN_METRICS = [...QUALITY_METRICS, 'total_api_calls', 'total_tokens', 'duration_seconds', 'cost_usd'];
/** A section of `metadata.json` (`execution`, `ai_usage`...), empty when missing. */
const sectionOf = (metadata, name) => (isObject(metadata[name]) ? metadata[name] : {});
/** A JSON file of the package; undefined when there is no such file. */
function readJson(file, what, packageDir) {
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new LyfeError(`${what} is not JSON: ${error.message}`, { file, fix: `Run \`lyfe-kt verify ${packageDir}\`; rebuild the package if it was made by another tool` });
    }
}
/** A package compare can trust: it verifies against its manifest. */
function verified(dir, role) {
    const result = verifyPackage(dir);
    if (!result.ok) {
        const named = [...result.changed.map((f) => `changed ${f}`), ...result.missing.map((f) => `missing ${f}`), ...result.added.map((f) => `added ${f}`), ...result.problems];
        const shown = named.slice(0, 3).join('; ') + (named.length > 3 ? `; and ${named.length - 3} more` : '');
        throw new LyfeError(`the ${role} package does not match its manifest (${shown})`, {
            file: dir,
            fix: `Compare only packages that pass \`lyfe-kt verify ${dir}\`; get the package again from where it was made`,
        });
    }
    return result.digest;
}
function listFiles(dir) {
    try {
        return fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
}
/** The folders a stage reads its inputs from and writes its outputs to: the records name files without them. */
const STAGE_FOLDERS = {
    preprocess: [WorkFolders.raw, WorkFolders.preprocessed],
    generate: [WorkFolders.preprocessed, WorkFolders.output],
};
/**
 * `<folder>/<name>` to the file it was made from: a preprocessed file to its source, an output to its
 * template. By folder, since names alone meet: `notes_filled_template.md` is `notes.md`'s template in
 * 02_preprocessed and may be an article of its own in 01_raw.
 */
function inputsFromRecords(processing) {
    const madeFrom = new Map();
    for (const record of processing) {
        const input = record.input?.[0];
        const folders = STAGE_FOLDERS[record.stage];
        if (record.event !== Events.fileResult || !folders || !input)
            continue;
        for (const output of record.output ?? [])
            madeFrom.set(`${folders[1]}/${output}`, `${folders[0]}/${input}`);
    }
    return madeFrom;
}
/**
 * `<folder>/<name>` to the source it was made from, followed through the records of both packages: a
 * package whose records name only its generation (a replay's folder, generated again and packaged)
 * has its outputs lead to their templates, and the other package's records lead those to their
 * source. Where the two disagree, the head's records say. A file no record names stands for itself.
 */
function sourcesOf(base, head) {
    const madeFrom = new Map([...base.madeFrom, ...head.madeFrom]);
    return (name) => {
        const seen = new Set();
        let source = name;
        while (madeFrom.has(source) && !seen.has(source)) {
            seen.add(source);
            source = madeFrom.get(source);
        }
        return source;
    };
}
/** `logs/quality_issues.json` as `{ "issues": [...] }` or a bare array; null when the package has none. */
function readIssues(packageDir) {
    const file = path.join(packageDir, LOGS_DIR, LogFiles.qualityIssues);
    const value = readJson(file, LogFiles.qualityIssues, packageDir);
    if (value === undefined)
        return null;
    const list = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.issues) ? value.issues : null;
    if (!list || !list.every(isObject)) {
        throw new LyfeError(`${LogFiles.qualityIssues} holds no list of issues`, { file, fix: 'Rebuild the package with this version of lyfe-kt' });
    }
    return list.map((issue) => ({ rule: str(issue.rule) ?? str(issue.id) ?? 'unknown', severity: str(issue.severity), file: str(issue.file), message: str(issue.message) }));
}
function readPackage(dir, role) {
    const digest = verified(dir, role);
    const metadataFile = path.join(dir, LOGS_DIR, LogFiles.metadata);
    const metadata = readJson(metadataFile, LogFiles.metadata, dir);
    if (metadata === undefined) {
        throw new LyfeError(`the ${role} package has no ${LOGS_DIR}/${LogFiles.metadata}`, { file: dir, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    }
    if (!isObject(metadata))
        throw new LyfeError(`${LogFiles.metadata} is not an object`, { file: metadataFile, fix: 'Give the path of a folder made by `lyfe-kt package`' });
    const records = readPackageRecords(dir);
    const summary = summarizeSession(records.processing, records.prompts);
    const files = new Map();
    for (const folder of CONTENT_FOLDERS) {
        for (const name of listFiles(path.join(dir, folder)))
            files.set(`${folder}/${name}`, fs.readFileSync(path.join(dir, folder, name)));
    }
    const success = sectionOf(metadata, 'execution').success;
    return {
        info: {
            path: dir,
            session_id: str(metadata.session_id),
            digest,
            compressed: records.compressed,
            success: typeof success === 'boolean' ? success : null,
            model: str(sectionOf(metadata, 'ai_usage').model),
        },
        // Both runs priced from their records by one table, the one in use (`--prices` laid over the shipped
        // one): a change of prices between the tool versions that made them is no change of the runs.
        numbers: runNumbers(metadata, summary.ai.cost.usd),
        files,
        madeFrom: inputsFromRecords(records.processing),
        outputs: new Map(summary.outputs.map((output) => [output.file, output])),
        issues: readIssues(dir),
        records,
        pricedWith: pricedWith(sectionOf(metadata, 'ai_usage')),
    };
}
/** The numbers of a run, from its `metadata.json` (the PRD's fields); its cost is taken from its records. */
function runNumbers(metadata, costUsd) {
    const quality = sectionOf(metadata, 'quality_metrics');
    const ai = sectionOf(metadata, 'ai_usage');
    return {
        schema_compliance: num(quality.schema_compliance),
        mobile_optimization_score: num(quality.mobile_optimization_score),
        ari_persona_consistency: num(quality.ari_persona_consistency),
        total_api_calls: num(ai.total_api_calls),
        total_tokens: num(ai.total_tokens),
        duration_seconds: num(sectionOf(metadata, 'execution').duration_seconds),
        cost_usd: costUsd,
    };
}
/** `head - base`, rounded as the numbers are (`round`: to 4 places, as the quality scores are kept). */
export function deltaOf(base, head, round = round4) {
    return { base, head, delta: base === null || head === null ? null : round(head - base) };
}
/**
 * The change of a run metric, rounded as the runs keep it: dollars to 1e-8 (a run of a few cents
 * changes below 4 places), the scores and counts to 4 places.
 */
export function metricDelta(metric, base, head) {
    return deltaOf(base, head, metric === 'cost_usd' ? roundUsd : round4);
}
const issueKey = (issue) => `${issue.rule}\u0000${issue.file ?? ''}`;
const sameIssueKey = (issue) => `${issueKey(issue)}\u0000${issue.message ?? ''}`;
/** How many of each key `issues` hold. */
function tally(issues, key) {
    const counts = new Map();
    for (const issue of issues)
        counts.set(key(issue), (counts.get(key(issue)) ?? 0) + 1);
    return counts;
}
export function compareIssues(base, head) {
    const counts = deltaOf(base?.length ?? null, head?.length ?? null);
    if (!base || !head)
        return { ...counts, new: null };
    // As many of a rule and file as the base had are not new; the rest are. The head's issues that the
    // base has word for word (its message names the place) are the old ones first, so that the new ones named are new.
    const same = tally(base, sameIssueKey);
    const known = head.map((issue) => {
        const left = same.get(sameIssueKey(issue)) ?? 0;
        same.set(sameIssueKey(issue), left - 1);
        return left > 0;
    });
    const left = tally(base, issueKey);
    head.forEach((issue, index) => {
        if (known[index])
            left.set(issueKey(issue), left.get(issueKey(issue)) - 1);
    });
    const fresh = head.filter((issue, index) => {
        if (known[index])
            return false;
        const remaining = left.get(issueKey(issue)) ?? 0;
        left.set(issueKey(issue), remaining - 1);
        return remaining <= 0;
    });
    return { ...counts, new: fresh };
}
function qualityOf(output) {
    if (!output)
        return null;
    return { valid: output.valid, errors: output.errors, mobile_optimization_score: output.mobile_optimization_score, ari_persona_consistency: output.ari_persona_consistency };
}
function compareFile(file, base, head) {
    const before = base.files.get(file);
    const after = head.files.get(file);
    const status = !before ? 'added' : !after ? 'removed' : sameContent(file, before, after) ? 'unchanged' : 'changed';
    const comparison = { file, status };
    if (status === 'unchanged' || !file.startsWith(`${WorkFolders.output}/`))
        return comparison;
    const name = path.posix.basename(file);
    comparison.quality = { base: before ? qualityOf(base.outputs.get(name)) : null, head: after ? qualityOf(head.outputs.get(name)) : null };
    if (status === 'changed') {
        const baseTask = parseSupertask(before);
        const headTask = parseSupertask(after);
        if (baseTask && headTask)
            comparison.supertask = diffSupertask(baseTask, headTask);
    }
    return comparison;
}
/** The price table a package's metadata says its cost was priced with; the shipped one when it says none. */
function pricedWith(ai) {
    const prices = isObject(ai.cost) && isObject(ai.cost.prices) ? ai.cost.prices : {};
    const [asOf, source, file] = [str(prices.as_of), str(prices.source), str(prices.file)];
    return asOf && source ? { as_of: asOf, source, ...(file ? { file } : {}) } : priceTableInfo(SHIPPED_PRICES);
}
/** Compares two packages (folders, plain or compressed logs); each must pass `verify`. */
export function comparePackages(baseDir, headDir) {
    const base = readPackage(baseDir, 'base');
    const head = readPackage(headDir, 'head');
    // Both priced by one table: the one in use, or (none chosen here) the price file both were priced with.
    const { prices } = packagesPriceTable([base.pricedWith, head.pricedWith]);
    if (prices !== activePriceTable()) {
        for (const pkg of [base, head])
            pkg.numbers.cost_usd = summarizeSession(pkg.records.processing, pkg.records.prompts, { prices }).ai.cost.usd;
    }
    const sourceOf = sourcesOf(base, head);
    const groups = new Map();
    for (const pkg of [base, head]) {
        for (const file of pkg.files.keys()) {
            const source = sourceOf(file);
            groups.set(source, (groups.get(source) ?? new Set()).add(file));
        }
    }
    const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
    const sources = [];
    // Each source by its name, its folder aside (a file no record names may be in any folder).
    const byName = (key) => `${path.posix.basename(key)}\u0000${key}`;
    for (const key of [...groups.keys()].sort((a, b) => (byName(a) < byName(b) ? -1 : 1))) {
        const source = path.posix.basename(key);
        const files = [...groups.get(key)].sort().map((file) => compareFile(file, base, head));
        const status = files.every((f) => f.status === 'added')
            ? 'added'
            : files.every((f) => f.status === 'removed')
                ? 'removed'
                : files.every((f) => f.status === 'unchanged')
                    ? 'unchanged'
                    : 'changed';
        counts[status] += 1;
        sources.push(status === 'unchanged' ? { source, status } : { source, status, files });
    }
    const metrics = Object.fromEntries(RUN_METRICS.map((metric) => [metric, metricDelta(metric, base.numbers[metric], head.numbers[metric])]));
    return { base: base.info, head: head.info, counts, sources, metrics, quality_issues: compareIssues(base.issues, head.issues) };
}
const sides = (delta) => `${delta.base ?? 'unknown'} -> ${delta.head ?? 'unknown'}`;
const missingIn = (delta) => (delta.base === null && delta.head === null ? 'both runs' : delta.base === null ? 'the base run' : 'the head run');
function checkQualityDrop(comparison, limit) {
    const budget = 'max-quality-drop';
    const failed = [];
    const unknown = [];
    for (const metric of QUALITY_METRICS) {
        const delta = comparison.metrics[metric];
        if (delta.delta === null)
            unknown.push(`${metric} (not in ${missingIn(delta)})`);
        else if (round4(-delta.delta) > limit)
            failed.push(`${metric} dropped ${round4(-delta.delta)} (${sides(delta)})`);
    }
    const head = `quality drop at most ${limit}`;
    if (failed.length)
        return { budget, limit: String(limit), status: 'fail', message: `${head}: exceeded: ${failed.join('; ')}${unknown.length ? `; not checked: ${unknown.join('; ')}` : ''}` };
    if (unknown.length)
        return { budget, limit: String(limit), status: 'unknown', message: `${head}: not checked: ${unknown.join('; ')}` };
    return { budget, limit: String(limit), status: 'pass', message: `${head}: within (no metric dropped more)` };
}
/**
 * A dollar amount of a cost budget's line, as exactly as it is judged: `usdText` when that says the
 * amount exactly ($0.50), else to the 1e-8 dollars the run keeps, so that a limit and an increase that differ
 * never read as the same rounded amount ("at most $0.0371: exceeded: +$0.0371").
 */
function exactUsd(value) {
    const text = usdText(value);
    return /e/.test(text) || Number(text.slice(1)) !== value ? `$${value.toFixed(8).replace(/\.?0+$/, '')}` : text;
}
function checkCostIncrease(comparison, limit) {
    const budget = 'max-cost-increase';
    const shown = 'usd' in limit ? exactUsd(limit.usd) : `${limit.percent}%`;
    const head = `cost increase at most ${shown}`;
    const cost = comparison.metrics.cost_usd;
    if (cost.base === null || cost.head === null) {
        return { budget, limit: shown, status: 'unknown', message: `${head}: not checked: the cost of ${missingIn(cost)} is unknown (a model without a price, or calls stopped in flight: price the model with --prices)` };
    }
    const increase = cost.delta;
    const percent = cost.base > 0 ? round4((increase / cost.base) * 100) : increase > 0 ? Number.POSITIVE_INFINITY : 0;
    const over = 'usd' in limit ? increase > limit.usd : percent > limit.percent;
    const change = `${exactUsd(cost.base)} -> ${exactUsd(cost.head)} (${increase >= 0 ? '+' : '-'}${exactUsd(Math.abs(increase))}${Number.isFinite(percent) ? `, ${percent >= 0 ? '+' : ''}${percent}%` : ''})`;
    return { budget, limit: shown, status: over ? 'fail' : 'pass', message: `${head}: ${over ? 'exceeded' : 'within'}: ${change}` };
}
function checkNewIssues(comparison, limit) {
    const budget = 'max-new-issues';
    const head = `new quality issues at most ${limit}`;
    const issues = comparison.quality_issues;
    if (issues.new === null) {
        return { budget, limit: String(limit), status: 'unknown', message: `${head}: not checked: ${missingIn(issues)} ${issues.base === null && issues.head === null ? 'have' : 'has'} no ${LOGS_DIR}/${LogFiles.qualityIssues}` };
    }
    const over = issues.new.length > limit;
    return { budget, limit: String(limit), status: over ? 'fail' : 'pass', message: `${head}: ${over ? 'exceeded' : 'within'}: ${issues.new.length} new (${sides(issues)} in all)` };
}
/** Checks each budget given; the order is the order of the options. */
export function checkBudgets(comparison, budgets) {
    const checks = [];
    if (budgets.maxQualityDrop !== undefined)
        checks.push(checkQualityDrop(comparison, budgets.maxQualityDrop));
    if (budgets.maxCostIncrease !== undefined)
        checks.push(checkCostIncrease(comparison, budgets.maxCostIncrease));
    if (budgets.maxNewIssues !== undefined)
        checks.push(checkNewIssues(comparison, budgets.maxNewIssues));
    return checks;
}
/** The error that makes a regression past a budget a failing exit (the CLI) or a failed step (the action). */
export function budgetError(checks, headDir) {
    const failed = checks.filter((check) => check.status === 'fail');
    if (!failed.length)
        return null;
    return new LyfeError(`${failed.length} budget(s) exceeded: ${failed.map((check) => `--${check.budget} ${check.limit}`).join(', ')}`, {
        file: headDir,
        fix: 'Look at the comparison for what regressed; fix the content or the prompts, or raise the budget if the change is wanted',
        exitCode: ExitCode.budgetExceeded,
    });
}
