import { Command, CommanderError } from 'commander';
import { ExitCode, LyfeError } from './errors.js';
import { VERSION } from './version.js';

/**
 * Each command group is loaded only when its command is asked for: `lyfe-kt logs` does not pay
 * for the LLM SDK and the schema compiler at start-up. Without a known command (root help, a
 * typo) every group is loaded, so the help and commander's suggestions stay complete.
 */
const commandGroups: Record<string, () => Promise<(program: Command) => void>> = {
  pipeline: async () => (await import('./cli/pipeline.js')).registerPipelineCommands,
  package: async () => (await import('./cli/package.js')).registerPackageCommands,
  logs: async () => (await import('./cli/logs.js')).registerLogsCommand,
  view: async () => (await import('./cli/view.js')).registerViewCommand,
};
const groupOfCommand: Record<string, string> = {
  preprocess: 'pipeline',
  generate: 'pipeline',
  run: 'pipeline',
  package: 'package',
  verify: 'package',
  replay: 'package',
  logs: 'logs',
  view: 'view',
};

const program = new Command('lyfe-kt')
  .description('Turn source articles into mobile supertask lessons, with a complete execution record of every run.')
  .version(VERSION)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

try {
  const args = process.argv.slice(2);
  const commandName = args.find((arg) => !arg.startsWith('-'));
  const group = commandName === undefined ? undefined : groupOfCommand[commandName];
  const versionOnly = commandName === undefined && (args.includes('--version') || args.includes('-V'));
  const groups = group ? [group] : versionOnly ? [] : Object.keys(commandGroups);
  for (const name of groups) (await commandGroups[name]())(program);
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

/** The CLI's one place where failures become a message and an exit code: one line, no stack. */
function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message (or the help / version text).
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof LyfeError) {
    process.stderr.write(`lyfe-kt: ${error.oneLine()}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`lyfe-kt: ${message}\n`);
  if (process.env.LYFE_KT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return ExitCode.failure;
}
