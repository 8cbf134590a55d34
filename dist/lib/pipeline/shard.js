import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ExitCode, LyfeError } from '../errors.js';
/** More shards than this is a typo, not a plan (a GitHub matrix holds at most 256 jobs). */
export const MAX_SHARDS = 256;
function usage(message, fix) {
    return new LyfeError(message, { fix, exitCode: ExitCode.usage });
}
const TOTAL_FIX = 'Give --total the number of shards (the matrix size)';
const SHARD_FIX = 'Give --shard as index/total, counting from 0: 0/4, 1/4, 2/4, 3/4';
/** A shard count from 1 to MAX_SHARDS; `fix` names the option that gave it. */
export function checkShardTotal(total, fix = TOTAL_FIX) {
    if (!Number.isInteger(total) || total < 1 || total > MAX_SHARDS) {
        throw usage(`the shard total ${total} is not a whole number from 1 to ${MAX_SHARDS}`, fix);
    }
    return total;
}
/** A shard index and total; the index counts from 0. */
export function checkShard(spec, totalFix = TOTAL_FIX) {
    checkShardTotal(spec.total, totalFix);
    if (!Number.isInteger(spec.index) || spec.index < 0 || spec.index >= spec.total) {
        throw usage(`the shard index ${spec.index} is not a whole number from 0 to ${spec.total - 1}`, `Shards count from 0: give an index from 0 to ${spec.total - 1} for ${spec.total} shards`);
    }
    return spec;
}
/** `I/N`, as `run --shard` takes it. */
export function parseShard(value) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    if (!match)
        throw usage(`the shard ${JSON.stringify(value)} is not of the form I/N`, SHARD_FIX);
    return checkShard({ index: Number(match[1]), total: Number(match[2]) }, SHARD_FIX);
}
/**
 * `--index I --total N`, as `shard` takes them: each a whole number written in digits. (`Number`
 * alone takes an empty or blank text for 0, and `0x1` or `2.0` as numbers: a matrix job whose
 * index variable is unset would list shard 0.)
 */
export function shardOfOptions(index, total) {
    const digits = (text, what, fix) => {
        if (!/^\s*\d+\s*$/.test(text))
            throw usage(`the shard ${what} ${JSON.stringify(text)} is not a whole number`, fix);
        return Number(text);
    };
    return checkShard({ total: digits(total, 'total', TOTAL_FIX), index: digits(index, 'index', 'Give --index the shard, counting from 0') });
}
const hashOf = (text) => createHash('sha256').update(text).digest('hex');
/**
 * Splits `files` (found in `dir`) into `total` shards balanced by size: the largest file first
 * (ties broken by the hash of its relative path, then the path), each to the lightest shard so
 * far (ties to the lowest index).
 */
export function planShards(dir, files, total) {
    checkShardTotal(total);
    const entries = files.map((file) => {
        const relative = path.relative(dir, file).split(path.sep).join('/');
        return { file, relative, bytes: fs.statSync(file).size, hash: hashOf(relative) };
    });
    const byPath = (a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0);
    const listing = hashOf([...entries].sort(byPath).map((entry) => `${entry.relative}\t${entry.bytes}\n`).join(''));
    const load = new Array(total).fill(0);
    const shards = Array.from({ length: total }, () => []);
    const bySize = [...entries].sort((a, b) => b.bytes - a.bytes || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0) || byPath(a, b));
    for (const entry of bySize) {
        let lightest = 0;
        for (let shard = 1; shard < total; shard++)
            if (load[shard] < load[lightest])
                lightest = shard;
        shards[lightest].push(entry);
        load[lightest] += entry.bytes;
    }
    return { listing, shards: shards.map((shard) => shard.sort(byPath).map((entry) => entry.file)) };
}
/** The files of one shard, with what a run records of it. */
export function selectShard(dir, files, spec) {
    checkShard(spec);
    const plan = planShards(dir, files, spec.total);
    return { files: plan.shards[spec.index], info: { index: spec.index, total: spec.total, listing: plan.listing, all_files: files.length } };
}
