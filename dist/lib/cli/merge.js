import { mergePackages } from '../package/merge.js';
import { qualityCounts } from '../package/quality-issues/index.js';
import { outputDirOption, paint, printJson, QUIET_HELP, Reporter } from './common.js';
export function registerMergeCommand(program) {
    program
        .command('merge <package...>')
        .description('merge the packages of every shard of a run (`run --shard I/N`) into one package: packages/<title>-YYYY-MM-DD-HH-MM/')
        .requiredOption('--title <title>', 'title of the merged package (required)')
        .addOption(outputDirOption())
        .option('--compress', 'compress the logs into logs/records.tar.gz (done anyway for logs over 64 MiB)')
        .option('--session <id>', "the merged package's session id; default: a new one (each shard keeps its own)")
        .option('-q, --quiet', QUIET_HELP)
        .option('--json', 'print the machine-readable result on stdout')
        .action(async (packages, options) => {
        const reporter = new Reporter(options);
        // The session's model is in the package's views; --json prints what the merge did.
        const { summary: _model, ...result } = await mergePackages({ packages, title: options.title, outputDir: options.outputDir, compress: options.compress, session: options.session });
        if (options.json)
            printJson(result);
        for (const warning of result.warnings)
            reporter.warn(warning);
        const run = result.success ? paint('green', 'run succeeded') : paint('red', 'run failed');
        reporter.note(`merged ${result.shards.length} shard(s) (${run}) into ${result.path} (session ${result.session_id})`);
        reporter.note(`${result.files} files; digest ${result.digest}; quality issues: ${qualityCounts(result.quality_issues)}; see them with their records: lyfe-kt view ${result.path}`);
    });
}
