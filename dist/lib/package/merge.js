/**
 * `merge`: the packages of the shards of one run (`run --shard I/N` on every index) into one
 * package, as if one machine had run them all: every output, every shard's records under its own
 * session id, and the views (logs, summary, metadata, quality issues, viewer, manifest) rendered
 * from one session model over all of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { errorText, ExitCode, LyfeError } from '../errors.js';
import { isWithin } from '../files.js';
import { priceTableInfo, sameTable } from '../records/cost.js';
import { SessionModel, STREAMS_IN_ORDER, summarizeSession } from '../records/session-model.js';
import { countText } from '../records/values.js';
import { assertSessionId, newSessionId } from '../session/id.js';
import { readPackageRecords } from './archive.js';
import { makeAssemblyFolder, placePackage, removeDeadAssemblies, writeLogs } from './assemble.js';
import { LOGS_DIR, LogFiles, WorkFolderNames, WorkFolders } from './constants.js';
import { escapeMarkdown } from './markdown.js';
import { packageBytes, verifyPackage, writeManifest } from './manifest.js';
import { checkPackagesDir } from './log-dir.js';
import { sanitizeTitle } from './title.js';
function readMetadata(dir) {
    const file = path.join(dir, LOGS_DIR, LogFiles.metadata);
    try {
        return JSON.parse(fs.readFileSync(file, 'utf8'));
    }
    catch (error) {
        throw new LyfeError(`the package's metadata cannot be read: ${errorText(error)}`, { file, fix: 'Give packages made by `lyfe-kt run --shard I/N`', cause: error });
    }
}
/** The shard a package ran (its metadata's `shard`); undefined for a package of a whole run. */
function shardOf(metadata) {
    const shard = metadata.shard;
    return shard && Number.isInteger(shard.index) && Number.isInteger(shard.total) && typeof shard.listing === 'string' ? shard : undefined;
}
/** The shard a package ran (`metadata.json`'s `shard`) and its session; undefined for a package of a whole run. */
export function shardOfPackage(dir) {
    const metadata = readMetadata(dir);
    const shard = shardOf(metadata);
    return shard && { shard, sessionId: metadata.session_id };
}
function readShardPackage(dir) {
    const verified = verifyPackage(dir);
    if (!verified.ok) {
        const what = [...verified.changed.map((f) => `changed ${f}`), ...verified.missing.map((f) => `missing ${f}`), ...verified.added.map((f) => `added ${f}`), ...verified.problems];
        throw new LyfeError(`the shard package does not verify (${what.slice(0, 3).join('; ')}${what.length > 3 ? '; ...' : ''})`, {
            file: dir,
            fix: 'Do not merge it: run `lyfe-kt verify` on it, and get the package again from the run that made it',
        });
    }
    const metadata = readMetadata(dir);
    const shard = shardOf(metadata);
    if (!shard) {
        throw new LyfeError('is not a shard package: its metadata.json has no `shard`', { file: dir, fix: 'Merge the packages made by `lyfe-kt run --shard I/N`, one per index' });
    }
    const records = readPackageRecords(dir);
    return { dir, shard, metadata, digest: verified.digest ?? '', files: verified.files, records, summary: summarizeSession(records.processing, records.prompts) };
}
const names = (shards) => shards.map((shard) => `${shard.dir} (${shard.shard.index}/${shard.shard.total})`).join(', ');
/** The shards by what `key` says of each, in the order first seen. */
function groupShards(shards, key) {
    const groups = new Map();
    for (const shard of shards)
        groups.set(key(shard), [...(groups.get(key(shard)) ?? []), shard]);
    return groups;
}
/** Shards of the run that no package given is: `missing`, the indexes. */
export class MissingShards extends LyfeError {
    missing;
    constructor(missing, total, given, fix) {
        super(`shard(s) ${missing.map((index) => `${index}/${total}`).join(', ')} missing: given ${given}`, { fix });
        this.missing = missing;
    }
}
/** Packages that are shards of more than one run: different totals, different articles split (another folder, or one that changed between the jobs), one shard twice, or one session for several. */
export class NotOneRun extends LyfeError {
}
/** The shards are those of one run, each once, none missing, no source in two: else an error that names them. */
function checkShards(shards) {
    const fix = 'Merge exactly one package per shard index of one run (the same folder, the same --total)';
    const totals = new Set(shards.map((shard) => shard.shard.total));
    if (totals.size > 1)
        throw new NotOneRun(`the packages are shards of different totals: ${names(shards)}`, { fix });
    // The same folder split by jobs that saw it in different states (an article added between them) reads as different listings.
    const listings = groupShards(shards, (shard) => `${shard.shard.listing} ${shard.shard.all_files}`);
    if (listings.size > 1) {
        const each = [...listings.values()].map((group) => `${names(group)} split ${group[0].shard.all_files} article(s)`).join('; ');
        throw new NotOneRun(`the packages are not shards of one run: they split different articles (${each}), as when the folder changed between the shard jobs (an article added, removed or changed in size) or they split different folders`, { fix: 'Run every shard again on one state of the folder (the same articles, the same --recursive), then merge' });
    }
    const total = shards[0].shard.total;
    const byIndex = new Map();
    for (const shard of shards) {
        const other = byIndex.get(shard.shard.index);
        if (other)
            throw new NotOneRun(`${other.dir} and ${shard.dir} are both shard ${shard.shard.index}/${total}`, { fix });
        byIndex.set(shard.shard.index, shard);
    }
    // One session per shard: the session model ends a session's packaging by its one end, so shards
    // of one session would read as runs that never finished.
    const shared = [...groupShards(shards, (shard) => shard.summary.session_id)].filter(([, group]) => group.length > 1);
    if (shared.length) {
        const each = shared.map(([session, group]) => `${names(group)} ran in one session, ${session}`).join('; ');
        throw new NotOneRun(`the shards do not each have their own session: ${each}`, {
            fix: 'Run each shard in a session of its own: in the GitHub Action, give each shard job its own job-key (or none: a matrix entry gets its matrix index); on the command line, do not set one LYFE_KT_SESSION for every shard',
        });
    }
    const missing = Array.from({ length: total }, (_, index) => index).filter((index) => !byIndex.has(index));
    if (missing.length)
        throw new MissingShards(missing, total, names(shards), fix);
    // One run validates every output against one schema: a merged package says which.
    const versions = new Set(shards.map((shard) => shard.summary.schema_version).filter((version) => version !== null));
    if (versions.size > 1) {
        const each = shards.map((shard) => `${shard.dir} (${shard.summary.schema_version ?? 'none'})`).join(', ');
        throw new LyfeError(`the shards were validated against different schema versions: ${each}`, { fix: 'Run every shard with the same --schema-version, then merge' });
    }
    const sourceOf = new Map();
    for (const shard of shards) {
        for (const file of shard.summary.input_files) {
            const other = sourceOf.get(file);
            if (other)
                throw new LyfeError(`the shards overlap: ${file} is in ${other.dir} and in ${shard.dir}`, { fix });
            sourceOf.set(file, shard);
        }
    }
}
/** Merges lists each in time order into one in time order; on a tie, the earlier list first (a stable k-way merge). */
function mergeByTime(lists) {
    const at = lists.map(() => 0);
    const times = lists.map((list) => list.map((record) => Date.parse(record.time)));
    const merged = [];
    for (;;) {
        let next = -1;
        for (let list = 0; list < lists.length; list++) {
            if (at[list] < lists[list].length && (next === -1 || times[list][at[list]] < times[next][at[next]]))
                next = list;
        }
        if (next === -1)
            return merged;
        merged.push(lists[next][at[next]++]);
    }
}
/** The table a shard was priced with, as its metadata names it; undefined for a package of a lyfe-kt that named none (before packages had a cost). */
const pricesOf = (shard) => shard.metadata.ai_usage.cost?.prices;
const tableText = (info) => info ? `${info.file ?? 'the shipped table'} (prices as of ${info.as_of})` : 'a table its metadata.json does not name (a package of an older lyfe-kt)';
/**
 * The table the merged package prices every call with again (the views price from the records),
 * so that its cost is the sum of the shards': the one they were priced with, as their metadata
 * names it. That is the table in use when it is theirs, else their price file, read again; a table
 * chosen in this process (`--prices`, LYFE_KT_PRICES) prices the merge whatever the shards'. When
 * the table is not every shard's, a warning says so.
 */
async function mergedPriceTable(shards) {
    const tables = shards.map(pricesOf);
    const named = tables.filter((table) => table !== undefined);
    // A shard whose table is not named shares no table with the others: the table in use prices them.
    const { prices, theirs, unread = '' } = (await import('../records/price-file.js')).packagesPriceTable(named.length === tables.length ? named : []);
    const used = priceTableInfo(prices);
    if (named.length === tables.length && named.every((table) => sameTable(table, used)))
        return { prices };
    const head = `the merged package is priced with ${tableText(used)}, so its cost may not be the sum of the shards'`;
    if (theirs) {
        const fix = 'merge with the table they were priced with (--prices FILE; none for the shipped table) to price it as they were';
        return { prices, warning: `${head}: they were priced with ${tableText(theirs)}${unread}; ${fix}` };
    }
    const each = [...groupShards(shards, (shard) => tableText(pricesOf(shard)))].map(([table, group]) => `${names(group)} with ${table}`).join('; ');
    return { prices, warning: `${head}: they were priced with different tables (${each}), and no one table prices the merge as they were` };
}
/** The records of every shard, each stream ordered by time across them, into one model. */
function shardRecords(shards, sessionId, prices) {
    return (visit) => {
        const records = shards.map((shard) => shard.records);
        const model = new SessionModel({ prices });
        for (const kind of STREAMS_IN_ORDER) {
            for (const record of mergeByTime(records.map((shard) => shard[kind]))) {
                visit(record, kind);
                model.add(record, kind);
            }
        }
        return { summary: { ...model.result(), session_id: sessionId }, skipped: 0, notes: [] };
    };
}
function shardEntry(shard) {
    const { metadata, summary } = shard;
    const time = (iso) => iso?.replace(/\.\d{3}Z$/, 'Z') ?? null;
    return {
        session_id: summary.session_id,
        index: shard.shard.index,
        total: shard.shard.total,
        package: path.basename(path.resolve(shard.dir)),
        digest: shard.digest,
        success: summary.success,
        start_time: time(summary.start_time),
        end_time: time(summary.end_time),
        input_files: summary.input_files,
        output_files: summary.output_files,
        total_api_calls: summary.ai.total_api_calls,
        total_tokens: summary.ai.total_tokens,
        tool_version: metadata.package?.tool_version ?? null,
        files: shard.files,
    };
}
/**
 * A warning when the shards were made by different versions of lyfe-kt (a matrix on a moving tag
 * such as `@v1` that moved during the run): their prompts and checks may differ, which a merged
 * package, naming one version, would not say.
 */
function toolVersionWarning(shards, entries) {
    const versions = groupShards(shards, (shard) => entries[shards.indexOf(shard)].tool_version ?? 'an unknown version');
    if (versions.size < 2)
        return undefined;
    const each = [...versions].map(([version, group]) => `${names(group)} with ${version}`).join('; ');
    return `the shards were made by different versions of lyfe-kt (${each}): their outputs may differ by more than their articles; run every shard with one version (pin the action to a full version or a commit) and merge again`;
}
/** The `## Shards` section of a merged package's `execution_summary.md`, escaped and counted as the rest of it. */
function shardsSection(entries) {
    const rows = entries.map((entry) => `| ${entry.index}/${entry.total} | ${entry.success ? '✅' : '❌'} | ${escapeMarkdown(entry.session_id)} | ${entry.input_files.length} | ${entry.output_files.length} | ${countText(entry.total_api_calls)} | ${countText(entry.total_tokens)} | ${escapeMarkdown(entry.package)} |`);
    return ['', '## Shards', '', '| Shard | Result | Session | Inputs | Outputs | API calls | Tokens | Package |', '|---|---|---|---|---|---|---|---|', ...rows, ''].join('\n');
}
/** Copies each shard's work folders into the merged package; its `reports/` under `reports/shard-<index>/`. */
function copyOutputs(shards, temp) {
    for (const shard of shards) {
        for (const name of WorkFolderNames) {
            const source = path.join(shard.dir, name);
            if (!fs.existsSync(source))
                continue;
            const target = name === WorkFolders.reports ? path.join(temp, name, `shard-${shard.shard.index}`) : path.join(temp, name);
            try {
                fs.cpSync(source, target, { recursive: true, force: false, errorOnExist: true });
            }
            catch (error) {
                if (error.code !== 'ERR_FS_CP_EEXIST')
                    throw error;
                throw new LyfeError(`the shards overlap: ${shard.dir} holds a file of ${name}/ another shard holds too (${errorText(error)})`, {
                    file: shard.dir,
                    fix: 'Merge exactly one package per shard index of one run',
                    cause: error,
                });
            }
        }
    }
    for (const name of WorkFolderNames)
        fs.mkdirSync(path.join(temp, name), { recursive: true });
}
/**
 * Merges the shard packages into one: each verified first, the shards checked to be those of one
 * run, the package assembled in a hidden folder and renamed into place only when complete.
 */
export async function mergePackages(options) {
    const outputDir = options.outputDir ?? 'packages';
    const title = sanitizeTitle(options.title);
    const now = new Date();
    if (options.packages.length === 0)
        throw new LyfeError('no shard package given', { fix: 'Give the packages of every shard of the run' });
    const sessionId = options.session === undefined ? newSessionId(now) : assertSessionId(options.session, '--session');
    // The merged package written inside a shard package would change it: it would no longer verify.
    const holding = options.packages.find((dir) => isWithin(dir, outputDir));
    if (holding) {
        throw new LyfeError(`--output-dir is inside the shard package ${holding}, which would then no longer verify`, {
            file: outputDir,
            fix: 'Give --output-dir a folder outside every shard package (such as the folder that holds them)',
            exitCode: ExitCode.usage,
        });
    }
    checkPackagesDir(outputDir);
    const shards = options.packages.map(readShardPackage);
    checkShards(shards);
    shards.sort((a, b) => a.shard.index - b.shard.index);
    // The merged package's session names it (its metadata, its trace): a shard's would make it read as that shard's.
    const namesake = shards.find((shard) => shard.summary.session_id === sessionId);
    if (namesake) {
        throw new LyfeError(`the merged package's session ${sessionId} is the session of shard ${namesake.shard.index}/${namesake.shard.total} (${namesake.dir}): a merged package needs a session of its own`, { fix: 'Give merge another --session, or none for a new one (in the GitHub Action, give the merge job a job-key that no shard job has)', exitCode: ExitCode.usage });
    }
    const entries = shards.map(shardEntry);
    const { prices, warning } = await mergedPriceTable(shards);
    const warnings = [toolVersionWarning(shards, entries), warning].filter((text) => text !== undefined);
    fs.mkdirSync(outputDir, { recursive: true });
    removeDeadAssemblies(outputDir);
    let temp = makeAssemblyFolder(outputDir, title, now);
    try {
        copyOutputs(shards, temp);
        const written = await writeLogs(path.join(temp, LOGS_DIR), shardRecords(shards, sessionId, prices), {
            compress: Boolean(options.compress),
            title,
            now,
            workFiles: fs.readdirSync(temp, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length,
            shards: { entries, section: shardsSection(entries) },
        });
        const manifest = writeManifest(temp, written.digests);
        const placed = placePackage(temp, outputDir, title, now);
        temp = undefined;
        return {
            path: placed,
            name: path.basename(placed),
            title,
            session_id: sessionId,
            success: written.summary.success,
            shards: entries,
            files: Object.keys(manifest.files).length,
            bytes: packageBytes(placed, manifest),
            digest: manifest.digest,
            quality_issues: written.quality.counts,
            warnings,
            summary: written.summary,
        };
    }
    finally {
        if (temp)
            fs.rmSync(temp, { recursive: true, force: true });
    }
}
