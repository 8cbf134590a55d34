import { runArticles } from '../package/run-pipeline.js';
import { shardOfOptions } from '../pipeline/shard.js';
import { printJson, Reporter } from './common.js';
import { maxInputSizeOption } from './generation-options.js';
export function registerShardCommand(program) {
    program
        .command('shard <dir>')
        .description('print the articles of one shard of a folder, one path per line: the files `run --shard I/N` takes')
        .requiredOption('--total <n>', 'number of shards, the matrix size (required)')
        .requiredOption('--index <i>', 'which shard, counting from 0 (required)')
        .option('--recursive', 'take the articles of its subfolders as well')
        .addOption(maxInputSizeOption(', as `run` does'))
        .option('--json', 'print the machine-readable result on stdout')
        .action((dir, options) => {
        const reporter = new Reporter({ quiet: options.json });
        const shard = shardOfOptions(options.index, options.total);
        // The articles `run --shard` would refuse are refused here too, before a matrix job is planned for them.
        const { files, shard: info } = runArticles(dir, { recursive: options.recursive, shard, maxInputSize: options.maxInputSize }, { warn: (message) => reporter.warn(message) });
        if (options.json)
            printJson({ ...info, files });
        else if (files.length)
            process.stdout.write(`${files.join('\n')}\n`);
    });
}
