import { Command, CommanderError, Option } from 'commander';
import { printedJson, printJson } from './cli/json.js';
import { ExitCode, LyfeError, USAGE_HINT } from './errors.js';
import { VERSION } from './version.js';
/**
 * Each command group is loaded only when its command is asked for: `lyfe-kt logs` does not pay
 * for the LLM SDK and the schema compiler at start-up. Without a known command (root help, a
 * typo) every group is loaded, so the help and commander's suggestions stay complete.
 */
const commandGroups = {
    pipeline: async () => (await import('./cli/pipeline.js')).registerPipelineCommands,
    package: async () => (await import('./cli/package.js')).registerPackageCommands,
    logs: async () => (await import('./cli/logs.js')).registerLogsCommand,
    compare: async () => (await import('./cli/compare.js')).registerCompareCommand,
    view: async () => (await import('./cli/view.js')).registerViewCommand,
    export: async () => (await import('./cli/export.js')).registerExportCommand,
    shard: async () => (await import('./cli/shard.js')).registerShardCommand,
    merge: async () => (await import('./cli/merge.js')).registerMergeCommand,
};
const groupOfCommand = {
    preprocess: 'pipeline',
    generate: 'pipeline',
    run: 'pipeline',
    package: 'package',
    verify: 'package',
    replay: 'package',
    logs: 'logs',
    compare: 'compare',
    view: 'view',
    export: 'export',
    shard: 'shard',
    merge: 'merge',
};
const program = new Command('lyfe-kt')
    .description('Turn source articles into mobile supertask lessons, with a complete execution record of every run.')
    .version(VERSION)
    .showHelpAfterError(USAGE_HINT)
    .configureHelp({ showGlobalOptions: true })
    .addOption(new Option('--prices <file>', 'price table laid over the shipped one for the cost of model calls (docs/cost.md)').env('LYFE_KT_PRICES'))
    .hook('preAction', async () => {
    // Every view of a session prices its calls: the table is chosen before any is read.
    const prices = program.opts().prices;
    if (prices)
        (await import('./records/price-file.js')).usePriceFile(prices);
})
    .exitOverride();
/**
 * A function rather than top-level `await`: the build makes the bundle's entry CommonJS (so that
 * bin/lyfe-kt.js starts it without Node's ES module loader), which cannot await at its top.
 */
async function main() {
    try {
        const args = process.argv.slice(2);
        const commandName = args.find((arg) => !arg.startsWith('-'));
        const group = commandName === undefined ? undefined : groupOfCommand[commandName];
        const versionOnly = commandName === undefined && (args.includes('--version') || args.includes('-V'));
        const groups = group ? [group] : versionOnly ? [] : Object.keys(commandGroups);
        for (const name of groups)
            (await commandGroups[name]())(program);
        unsetEmptyOptionVariables(program);
        await program.parseAsync(process.argv);
        // The command is done: exit now instead of when the event loop empties, which also tears down
        // the heap first (~20 ms after a run of 100 articles); not while stdout or stderr still holds
        // bytes to write (a pipe is written asynchronously on some systems).
        if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0)
            process.exit();
    }
    catch (error) {
        process.exitCode = exitCodeFor(error);
        // A call that does not stop on the abort must not keep an interrupted process alive.
        if (process.exitCode === ExitCode.interrupted)
            process.exit();
    }
}
void main();
/**
 * An empty variable of an option (`LYFE_KT_TIMEOUT=`) is one not set: a GitHub Action input left
 * empty reaches the environment so. commander reads a variable that is present, even empty, and
 * would refuse '' as the option's value; a non-empty bad value is still refused, naming the variable.
 */
function unsetEmptyOptionVariables(command) {
    for (const option of command.options)
        if (option.envVar && process.env[option.envVar] === '')
            delete process.env[option.envVar];
    for (const subcommand of command.commands)
        unsetEmptyOptionVariables(subcommand);
}
/**
 * The CLI's one place where failures become a message and an exit code: one line on stderr, no
 * stack, and with `--json` the error as the one JSON object on stdout (unless the command printed
 * its result object already, as `verify` does).
 */
function exitCodeFor(error) {
    const json = wantsJson(process.argv.slice(2));
    if (error instanceof CommanderError) {
        // commander has already printed its message (or the help / version text).
        if (error.exitCode === 0)
            return ExitCode.ok;
        if (json)
            printJson({ error: { message: error.message.replace(/^error: /, ''), file: null, fix: 'run with --help for usage', exit_code: ExitCode.usage } });
        return ExitCode.usage;
    }
    const known = error instanceof LyfeError ? error : undefined;
    const message = error instanceof Error ? error.message : String(error);
    const exitCode = known?.exitCode ?? ExitCode.failure;
    process.stderr.write(`lyfe-kt: ${known ? known.oneLine() : message}\n`);
    if (!known && process.env.LYFE_KT_DEBUG && error instanceof Error)
        process.stderr.write(`${error.stack}\n`);
    if (json && !printedJson())
        printJson({ error: { message, file: known?.file ?? null, fix: known?.fix ?? null, exit_code: exitCode } });
    return exitCode;
}
/** `--json` among the options (not after `--`, where it would be an argument). */
function wantsJson(args) {
    const end = args.indexOf('--');
    return (end === -1 ? args : args.slice(0, end)).includes('--json');
}
